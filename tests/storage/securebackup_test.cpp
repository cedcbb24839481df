// Encrypted backups: round trip, a wrong passphrase and a flipped byte refused with nothing restored,
// rotated copies; and the slowing down of password guesses.
#include "core/error.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/securebackup.h"
#include "storage/session.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace hv;

namespace {

QByteArray readAll(const QString& f)
{
    QFile file(f);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class SecureBackupTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Database db(source);
        UnitRepository units(db);
        Transaction t(db);
        // Enough rows for several 64 KiB chunks.
        for (int i = 0; i < 1500; ++i)
            units.insert({0, QStringLiteral("U%1").arg(i), QStringLiteral("Đơn vị số %1 với tên khá dài").arg(i), UnitLevel::Commune, 0});
        t.commit();
    }
    int unitCount(const QString& file)
    {
        Database db(file);
        return int(UnitRepository(db).all().size());
    }
    hvtest::TempDir dir;
    const QString source = dir.path("source.sqlite");
    const QString pass = QStringLiteral("mật khẩu sao lưu");
};

TEST_F(SecureBackupTest, RoundTrip)
{
    const QString enc = dir.path("b.hvbackup");
    {
        Database db(source);
        backup::write(db, enc, pass);
    }
    EXPECT_TRUE(backup::isEncrypted(enc));
    EXPECT_FALSE(readAll(enc).contains("SQLite format 3"));
    EXPECT_FALSE(readAll(enc).contains(QStringLiteral("Đơn vị số 12").toUtf8()));
    EXPECT_FALSE(QFileInfo::exists(enc + QStringLiteral(".part")));
    const QString target = dir.path("restored.sqlite");
    backup::restore(enc, target, pass);
    EXPECT_EQ(unitCount(target), 1500);
}

TEST_F(SecureBackupTest, WrongPassphraseAndFlippedByteRestoreNothing)
{
    const QString enc = dir.path("b.hvbackup");
    {
        Database db(source);
        backup::write(db, enc, pass);
    }
    // An existing target stays as it was.
    const QString target = dir.path("target.sqlite");
    {
        Database t(target);
        UnitRepository(t).insert({0, "ONLY", QStringLiteral("Chỉ một"), UnitLevel::Commune, 0});
    }
    const QByteArray targetBefore = readAll(target);
    try {
        backup::restore(enc, target, QStringLiteral("sai mật khẩu"));
        FAIL() << "a wrong passphrase was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        EXPECT_TRUE(e.message().contains(QLatin1String("Wrong passphrase"))) << e.message().toStdString();
    }
    EXPECT_EQ(readAll(target), targetBefore);

    QByteArray bytes = readAll(enc);
    const qsizetype at = bytes.size() / 2;  // inside a data chunk
    bytes[at] = char(bytes[at] ^ 0x01);
    const QString flipped = hvtest::writeFile(dir.path("flipped.hvbackup"), bytes);
    try {
        backup::restore(flipped, target, pass);
        FAIL() << "a flipped byte was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        EXPECT_TRUE(e.message().contains(QLatin1String("damaged"))) << e.message().toStdString();
    }
    EXPECT_EQ(readAll(target), targetBefore);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".restore-part")));

    const QString cut = hvtest::writeFile(dir.path("cut.hvbackup"), readAll(enc).chopped(100));
    EXPECT_THROW(backup::restore(cut, target, pass), Error);
    EXPECT_EQ(readAll(target), targetBefore);
    EXPECT_EQ(unitCount(target), 1);
}

TEST_F(SecureBackupTest, DailyCopiesAreRotated)
{
    Database db(source);
    const QString folder = dir.path("daily");
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0));
    EXPECT_FALSE(backup::dailyIfDue(db, folder, {}, now).isEmpty());
    EXPECT_TRUE(backup::dailyIfDue(db, folder, {}, now.addSecs(3600)).isEmpty());  // not due yet
    for (int day = 1; day <= 9; ++day)
        EXPECT_FALSE(backup::dailyIfDue(db, folder, {}, now.addDays(day)).isEmpty());
    const QStringList copies = backup::rotatedCopies(folder, QStringLiteral("daily"));
    ASSERT_EQ(copies.size(), backup::kDailyKeep);
    EXPECT_TRUE(copies.first().contains(QLatin1String("20260310")));
    EXPECT_TRUE(copies.last().contains(QLatin1String("20260304")));
}

TEST(UpgradeCopies, OnlyTheLastThreeAreKept)
{
    hvtest::TempDir dir;
    const QString file = dir.path("office.sqlite");
    ASSERT_TRUE(QFile::copy(hvtest::dataPath("schema/v1.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    // Copies of four earlier upgrades, oldest first.
    for (int i = 0; i < 4; ++i) {
        const QString old = hvtest::writeFile(file + QStringLiteral(".v%1.bak").arg(10 + i), "old");
        QFile f(old);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.setFileTime(QDateTime::currentDateTime().addDays(-10 + i), QFileDevice::FileModificationTime);
    }
    { Database db(file); }
    QStringList left = QDir(dir.path(".")).entryList({QStringLiteral("office.sqlite.v*.bak")}, QDir::Files, QDir::Name);
    EXPECT_EQ(left, (QStringList{QStringLiteral("office.sqlite.v1.bak"), QStringLiteral("office.sqlite.v12.bak"),
                                 QStringLiteral("office.sqlite.v13.bak")}));
    EXPECT_EQ(Database::kUpgradeCopiesKept, 3);
}

TEST(SessionTest, WrongPasswordsAreSlowedDownAndRecorded)
{
    hvtest::TempDir dir;
    Database db(dir.path("s.sqlite"));
    AccountRepository(db).add(QStringLiteral("admin"), QStringLiteral("dung-mat-khau"), Role::Admin, 0);
    Session session(db);
    QDateTime now(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    session.setClock([&] { return now; });
    for (int i = 0; i < Session::kFreeFailures; ++i)
        EXPECT_THROW(session.login(QStringLiteral("admin"), QStringLiteral("sai")), Error);
    EXPECT_EQ(AccountRepository(db).byName(QStringLiteral("admin"))->failedCount, Session::kFreeFailures);
    EXPECT_EQ(session.retryAfter(QStringLiteral("admin")), 1);
    // Even the right password waits.
    EXPECT_THROW(session.login(QStringLiteral("admin"), QStringLiteral("dung-mat-khau")), Error);
    now = now.addSecs(2);
    EXPECT_THROW(session.login(QStringLiteral("admin"), QStringLiteral("sai")), Error);
    EXPECT_EQ(session.retryAfter(QStringLiteral("admin")), 2);  // the wait doubled
    now = now.addSecs(3);
    session.login(QStringLiteral("admin"), QStringLiteral("dung-mat-khau"));
    EXPECT_EQ(AccountRepository(db).byName(QStringLiteral("admin"))->failedCount, 0);
    EXPECT_EQ(Session::delayAfterFailures(40), Session::kMaxDelaySeconds);
    int failedEntries = 0;
    for (const AuditEntry& e : AuditLog(db).list())
        failedEntries += e.action == QLatin1String("login-failed") && e.target == QLatin1String("account:admin");
    EXPECT_EQ(failedEntries, Session::kFreeFailures + 1);  // the refused attempt during the wait is not a guess
}

}  // namespace
