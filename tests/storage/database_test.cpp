// The database file: created and migrated from nothing, refused when newer or foreign, checked, backed up.
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <QFile>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace hv;

namespace {

int pragma(const QString& file, const char* name)
{
    sqlite3* h = nullptr;
    sqlite3_open_v2(file.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, (QByteArray("PRAGMA ") + name).constData(), -1, &st, nullptr);
    const int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

}  // namespace

TEST(Database, CreatesAndMigratesAnEmptyFile)
{
    hvtest::TempDir dir;
    const QString file = dir.path("new.sqlite");
    {
        Database db(file);
        EXPECT_EQ(db.check(), QStringList());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec("SELECT count(*) FROM members"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
        ASSERT_TRUE(q.exec("PRAGMA foreign_keys"));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    EXPECT_EQ(pragma(file, "user_version"), Database::schemaVersion());
    EXPECT_EQ(pragma(file, "application_id"), Database::kApplicationId);
    // Opening again does not migrate twice.
    Database again(file);
    EXPECT_TRUE(UnitRepository(again).all().empty());
}

TEST(Database, OpensTheFixtureOfSchemaVersion1)
{
    hvtest::TempDir dir;
    const QString file = dir.path("v1.sqlite");
    ASSERT_TRUE(QFile::copy(hvtest::dataPath("schema/v1.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Database db(file);
    const auto office = UnitRepository(db).officeUnit();
    ASSERT_TRUE(office.has_value());
    EXPECT_EQ(office->code, "395");
    EXPECT_EQ(pragma(file, "user_version"), Database::schemaVersion());
}

TEST(Database, RefusesANewerDatabaseUntouched)
{
    hvtest::TempDir dir;
    const QString file = dir.path("newer.sqlite");
    { Database db(file); }
    {
        sqlite3* h = nullptr;
        sqlite3_open(file.toUtf8().constData(), &h);
        sqlite3_exec(h, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 999", nullptr, nullptr, nullptr);
        sqlite3_close(h);
    }
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    try {
        Database db(file);
        FAIL() << "a newer database was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.message().contains("newer")) << e.message().toStdString();
    }
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    EXPECT_FALSE(QFile::exists(file + "-wal"));
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    hvtest::TempDir dir;
    const QString file = hvtest::writeFile(dir.path("garbage.sqlite"), QByteArray(5000, 'x'));
    try {
        Database db(file);
        FAIL() << "garbage was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Damaged);
    }
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray(5000, 'x'));
}

TEST(Database, RefusesAnotherProgramsSqliteFile)
{
    hvtest::TempDir dir;
    const QString file = dir.path("other.sqlite");
    sqlite3* h = nullptr;
    sqlite3_open(file.toUtf8().constData(), &h);
    sqlite3_exec(h, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    EXPECT_THROW(Database db(file), Error);
}

TEST(Database, BackupIsAVerifiedCopy)
{
    hvtest::TempDir dir;
    const QString file = dir.path("live.sqlite");
    Database db(file);
    UnitRepository(db).createFromOfficialList("395");
    const QString copy = dir.path("copy.sqlite");
    db.backupTo(copy);
    Database restored(copy);
    EXPECT_EQ(UnitRepository(restored).all().size(), 31u);
    EXPECT_EQ(UnitRepository(restored).officeUnit()->name, QString::fromUtf8("Huyện Thọ Xuân"));
    EXPECT_FALSE(QFile::exists(copy + ".part"));
    EXPECT_THROW(db.backupTo(file), Error);
}

TEST(Database, CheckFindsABrokenForeignKey)
{
    hvtest::TempDir dir;
    const QString file = dir.path("fk.sqlite");
    Database db(file);
    UnitRepository(db).createFromOfficialList("395");
    db.execScript("PRAGMA foreign_keys = OFF; UPDATE units SET parent_id = 99999 WHERE code = '15499'; PRAGMA foreign_keys = ON;");
    const QStringList problems = db.check();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains("units"));
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    hvtest::TempDir dir;
    Database db(dir.path("t.sqlite"));
    {
        Transaction t(db);
        db.setSetting("k", "v");
    }
    EXPECT_FALSE(db.setting("k").has_value());
    {
        Transaction t(db);
        db.setSetting("k", "v");
        t.commit();
    }
    EXPECT_EQ(db.setting("k").value_or(""), "v");
}
