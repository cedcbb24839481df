// What only the PostgreSQL backend has (docs/server.md): its schema version, the move of a database to
// the server and back, row-level security for an officer's own login, two workstations at once, and a
// connection that comes back. Runs in the server suites only (tests/CMakeLists.txt); skipped on SQLite.
#include "core/error.h"
#include "core/referencedata.h"
#include "importing/csvreader.h"
#include "importing/demogenerator.h"
#include "importing/memberimporter.h"
#include "reports/annualreport.h"
#include "reports/reportwriters.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/memberrepository.h"
#include "storage/session.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>
#include <thread>

using namespace hv;

namespace {

class ServerDatabase : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!hvtest::onServer()) GTEST_SKIP() << "a PostgreSQL test server is needed (HOIVIEN_TEST_PG)";
    }
    // Rows of a query through a connection of its own, as the given login role (empty: the URL's).
    static QStringList rowsAs(const QString& location, const QString& role, const QString& sql,
                              QString* error = nullptr)
    {
        QStringList out;
        const QString name = QStringLiteral("hvtest-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase c =
                hvtest::openServerConnection(name, location, role, QStringLiteral("secret-password"));
            if (!c.isOpen()) {
                out << QStringLiteral("cannot connect: ") + c.lastError().text();
            } else {
                QSqlQuery q(c);
                if (!q.exec(sql)) {
                    if (error) *error = q.lastError().databaseText();
                } else {
                    while (q.next()) {
                        QStringList cols;
                        for (int i = 0; i < q.record().count(); ++i) cols << q.value(i).toString();
                        out << cols.join(QLatin1Char('|'));
                    }
                }
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }
    static qint64 scalar(Database& db, const QString& sql)
    {
        Query q(db, sql);
        q.exec();
        return q.next() ? q.integer(0) : -1;
    }
    static QByteArray annualJson(Database& db, int year)
    {
        AnnualReportOptions o;
        o.year = year;
        return annualReportJson(buildAnnualReport(db, o));
    }
    // Rows of every copied table of an SQLite file that another file lacks (ATTACH and EXCEPT).
    static qint64 rowsMissingFrom(const QString& file, const QString& other, const QString& table)
    {
        sqlite3* h = nullptr;
        sqlite3_open(file.toUtf8().constData(), &h);
        const QByteArray sql = QStringLiteral(
                                   "ATTACH '%1' AS other; SELECT count(*) FROM (SELECT * FROM main.%2 EXCEPT "
                                   "SELECT * FROM other.%2)")
                                   .arg(other, table)
                                   .toUtf8();
        sqlite3_exec(h, sql.left(sql.indexOf(';') + 1).constData(), nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        qint64 n = -1;
        if (sqlite3_prepare_v2(h, sql.mid(sql.indexOf(';') + 1).constData(), -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        sqlite3_close(h);
        return n;
    }

    hvtest::TempDir dir;
    const ReferenceData ref;
};

TEST_F(ServerDatabase, ANewerSchemaIsRefusedAndLeftUntouched)
{
    const QString location = hvtest::testDatabase(dir, "x");
    {
        Database db(location);
    }
    ASSERT_EQ(hvtest::rawSql(Database(location), QStringLiteral("UPDATE hoivien_schema SET version = 99")),
              QString());
    try {
        Database again(location);
        FAIL() << "a newer schema was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.message().contains(QStringLiteral("newer"))) << e.message().toStdString();
    }
    EXPECT_EQ(rowsAs(location, {}, QStringLiteral("SELECT version FROM hoivien_schema")),
              QStringList{QStringLiteral("99")});
}

TEST_F(ServerDatabase, ADatabaseOfAnotherProgramIsRefused)
{
    const QString location = hvtest::testDatabase(dir, "x");
    rowsAs(location, {}, QStringLiteral("CREATE TABLE invoices (id int)"));
    try {
        Database db(location);
        FAIL() << "a foreign database was opened";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Damaged);
    }
    EXPECT_EQ(
        rowsAs(location, {}, QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'members'")),
        QStringList{QStringLiteral("0")});
}

TEST_F(ServerDatabase, MovedToTheServerAndBackWithoutLoss)
{
    const QString first = dir.path("office.sqlite");
    const QString back = dir.path("back.sqlite");
    const QString server = hvtest::testDatabase(dir, "server");
    QByteArray report;
    {
        Database office(first);
        DemoOptions o;
        o.members = 1500;
        o.lastYear = 2024;
        generateDemo(office, ref, o);
        AccountRepository(office).add(QStringLiteral("admin"), QStringLiteral("mat-khau-1"), Role::Admin, 0);
        Session(office).login(QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
        report = annualJson(office, 2024);
        Database target(server);
        const CopySummary s = copyDatabase(office, target);
        EXPECT_GT(s.rows, 1500 * 2);
        EXPECT_EQ(annualJson(target, 2024), report) << "the report on the server is the report of the file";
        EXPECT_EQ(scalar(target, QStringLiteral("SELECT count(*) FROM members")), 1500);
        // The search and new ids work on the server after the copy.
        const QString someone = MemberRepository(target, ref).byId(1)->fullName;
        EXPECT_FALSE(MemberRepository(target, ref).search(someone, 5).empty());
        const Id unit = UnitRepository(target).all().back().id;
        EXPECT_GT(UnitRepository(target).insert(
                      {0, "NEW-1", QStringLiteral("Chi hội Mới"), UnitLevel::Chapter, unit}),
                  unit);
        Query(target, QStringLiteral("DELETE FROM units WHERE code = 'NEW-1'")).exec();
    }
    {
        Database fromServer(server);
        Session(fromServer).login(QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
        Database file(back);
        copyDatabase(fromServer, file);
        EXPECT_EQ(annualJson(file, 2024), report);
        EXPECT_TRUE(file.check().isEmpty());
        EXPECT_TRUE(AuditLog(file).verify().ok()) << "the hash chain survives both moves";
        const QString someone = MemberRepository(file, ref).byId(2)->fullName;
        EXPECT_FALSE(MemberRepository(file, ref).search(someone, 5).empty())
            << "the search index was rebuilt";
    }
    // Row for row the same; the copy back holds two entries more in its audit log: the sign-in on the
    // server and the copy from it.
    for (const QString& table : copiedTables()) {
        EXPECT_EQ(rowsMissingFrom(first, back, table), 0) << table.toStdString();
        EXPECT_EQ(rowsMissingFrom(back, first, table), table == QLatin1String("audit_log") ? 2 : 0)
            << table.toStdString();
    }
}

TEST_F(ServerDatabase, TheCopyGoesIntoAnEmptyDatabaseOnly)
{
    Database file(dir.path("a.sqlite"));
    UnitRepository(file).createFromOfficialList(QStringLiteral("395"));
    Database server(hvtest::testDatabase(dir, "s"));
    UnitRepository(server).createFromOfficialList(QStringLiteral("395"));
    try {
        copyDatabase(file, server);
        FAIL() << "copied over existing units";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
    }
    EXPECT_EQ(scalar(server, QStringLiteral("SELECT count(*) FROM units")), 31);
}

TEST_F(ServerDatabase, AnOfficersOwnLoginSeesAndWritesHerCommuneOnly)
{
    const QString location = hvtest::testDatabase(dir, "rls");
    const QString officer = QStringLiteral("hvt_lan_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Id memberA = 0, memberB = 0, communeA = 0, communeB = 0;
    {
        Database db(location);
        UnitRepository units(db);
        units.createFromOfficialList(QStringLiteral("395"));
        const std::vector<OrgUnit> all = units.all();
        communeA = all[1].id;
        communeB = all[2].id;
        MemberRepository members(db, ref);
        Member m;
        m.fullName = QStringLiteral("Lê Thị Lan");
        m.birth.year = 1980;
        memberA = members.create(m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), communeA}});
        m.fullName = QStringLiteral("Phạm Thị Bình");
        memberB = members.create(m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), communeB}});
        AccountRepository accounts(db);
        accounts.add(QStringLiteral("admin"), QStringLiteral("mat-khau-1"), Role::Admin, 0);
        Session(db).login(QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
        accounts.add(officer, QStringLiteral("mat-khau-2"), Role::Officer, communeA);
        db.execScript(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'secret-password' IN ROLE hoivien_users")
                          .arg(officer));
    }
    // Her own login role, outside HoiVien: the server narrows every statement.
    EXPECT_EQ(rowsAs(location, officer, QStringLiteral("SELECT full_name FROM members")),
              QStringList{QStringLiteral("Lê Thị Lan")});
    EXPECT_EQ(rowsAs(location, officer,
                     QStringLiteral("SELECT count(*) FROM member_events WHERE member_id = %1").arg(memberB)),
              QStringList{QStringLiteral("0")});
    EXPECT_EQ(rowsAs(location, officer, QStringLiteral("SELECT count(*) FROM accounts")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(rowsAs(location, officer,
                     QStringLiteral("WITH u AS (UPDATE members SET notes = 'x' WHERE id = %1 RETURNING id) "
                                    "SELECT count(*) FROM u")
                         .arg(memberB)),
              QStringList{QStringLiteral("0")});
    QString error;
    rowsAs(location, officer,
           QStringLiteral("INSERT INTO member_events(member_id, kind, date, unit_id, status) VALUES (%1, "
                          "'moved', '2020-01-01', %2, 'active')")
               .arg(memberB)
               .arg(communeB),
           &error);
    EXPECT_TRUE(error.contains(QStringLiteral("row-level security"))) << error.toStdString();
    error.clear();
    rowsAs(location, officer,
           QStringLiteral("UPDATE accounts SET role = 'admin' WHERE name = '%1'").arg(officer), &error);
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied")))
        << "she cannot make herself an administrator";
    // Through HoiVien, on her own login: her work is written and audited, the rest refused.
    {
        QUrl url(location);
        url.setUserName(officer);
        url.setPassword(QStringLiteral("secret-password"));
        Database db(url.toString());
        Session(db).login(officer, QStringLiteral("mat-khau-2"));
        MemberRepository members(db, ref);
        EXPECT_EQ(members.count(), 1);
        Member m;
        m.fullName = QStringLiteral("Hà Thị Mới");
        m.birth.year = 1990;
        EXPECT_GT(members.create(m, {{0, 0, EventKind::Admitted, QDate(2024, 3, 1), communeA}}), memberB);
        EXPECT_THROW(members.create(m, {{0, 0, EventKind::Admitted, QDate(2024, 3, 1), communeB}}), Error);
    }
    Database admin(location);
    Session(admin).login(QStringLiteral("admin"), QStringLiteral("mat-khau-1"));
    EXPECT_EQ(MemberRepository(admin, ref).count(), 3);
    EXPECT_TRUE(AuditLog(admin).verify().ok()) << "her entries chain onto the administrator's";
    admin.execScript(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(officer));
}

TEST_F(ServerDatabase, TheSecondSaveOfTheSameMemberIsTold)
{
    const QString location = hvtest::testDatabase(dir, "two");
    Database one(location);
    Database two(location);
    UnitRepository(one).createFromOfficialList(QStringLiteral("395"));
    Member m;
    m.fullName = QStringLiteral("Lê Thị Lan");
    m.birth.year = 1980;
    const Id id = MemberRepository(one, ref).create(
        m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), UnitRepository(one).all()[1].id}});
    Member first = *MemberRepository(one, ref).byId(id);
    Member second = *MemberRepository(two, ref).byId(id);
    first.phone = QStringLiteral("0912000111");
    MemberRepository(one, ref).update(first);
    second.address = QStringLiteral("Thôn 3");
    try {
        MemberRepository(two, ref).update(second);
        FAIL() << "the second save overwrote the first";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    // She keeps her change over theirs: only her column is written.
    second.version = MemberRepository(two, ref).byId(id)->version;
    MemberRepository(two, ref).updateColumns(second, {QStringLiteral("address")});
    const Member now = *MemberRepository(one, ref).byId(id);
    EXPECT_EQ(now.phone, QStringLiteral("0912000111"));
    EXPECT_EQ(now.address, QStringLiteral("Thôn 3"));
}

TEST_F(ServerDatabase, TwoImportsAtOnceAddNoMemberTwice)
{
    const QString location = hvtest::testDatabase(dir, "imports");
    {
        Database db(location);
        UnitRepository(db).createFromOfficialList(QStringLiteral("395"));
    }
    QByteArray csv = "Họ và tên,Ngày sinh,Cơ sở Hội,Chi hội,Ngày vào Hội\n";
    for (int i = 1; i <= 400; ++i)
        csv += "Nguyễn Thị Hằng," + QDate(1960, 1, 1).addDays(i).toString("dd/MM/yyyy").toUtf8() +
               ",Thị trấn Thọ Xuân,Khu phố 1,01/01/2010\n";
    std::vector<ImportResult> results(2);
    auto work = [&](int i) {
        Database db(location);
        MemberImportOptions o;
        o.createUnits = true;
        o.onDuplicate = MemberImportOptions::OnDuplicate::Skip;
        CsvReader reader(csv, "members.csv", 4096);
        results[size_t(i)] = MemberImporter(db, ref).run(reader, o);
    };
    std::thread a(work, 0), b(work, 1);
    a.join();
    b.join();
    EXPECT_EQ(results[0].added + results[1].added, 400) << "one import adds them, the other finds them";
    Database db(location);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM members")), 400);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM units WHERE name = 'Khu phố 1'")), 1);
}

TEST_F(ServerDatabase, ALostConnectionIsOpenedAgainForTheNextStatement)
{
    const QString location = hvtest::testDatabase(dir, "lost");
    Database db(location);
    UnitRepository(db).createFromOfficialList(QStringLiteral("395"));
    const qint64 pid = scalar(db, QStringLiteral("SELECT pg_backend_pid()"));
    rowsAs(location, {}, QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    try {
        scalar(db, QStringLiteral("SELECT count(*) FROM units"));
        UnitRepository(db).all();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Database);
        EXPECT_TRUE(e.message().contains(QStringLiteral("try again"))) << e.message().toStdString();
    }
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM units")), 31)
        << "the next statement reached the server";
    EXPECT_NE(scalar(db, QStringLiteral("SELECT pg_backend_pid()")), pid);
}

}  // namespace
