// hoivien-cli with accounts: --user and HOIVIEN_PASSWORD, user add/list/remove, scope of an officer,
// audit list/verify/export, encrypted backup and restore, erase.
#include "cli/clirun.h"
#include "reports/threecommunes.h"
#include "testutil.h"

#include <QFile>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

using namespace hv;

namespace {

hvtest::CliRun run(const QStringList& args, const QHash<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"HOIVIEN_PASSWORD", "HOIVIEN_NEW_PASSWORD", "HOIVIEN_BACKUP_PASSPHRASE"})
        e.remove(QString::fromLatin1(v));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(HOIVIEN_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class SecurityCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        {
            Database d(db);
            t = hvtest::buildThreeCommunes(d);
        }
        // The first account needs no sign-in; it must be the administrator of the whole office.
        EXPECT_EQ(run({"user", "add", "lan", "--role", "officer", "--unit", "XA", "--db", db}, {{"HOIVIEN_NEW_PASSWORD", "mat-khau-lan"}}).exit, 1);
        ASSERT_EQ(run({"user", "add", "admin", "--role", "admin", "--db", db}, {{"HOIVIEN_NEW_PASSWORD", "mat-khau-admin"}}).exit, 0);
        ASSERT_EQ(run({"user", "add", "lan", "--role", "officer", "--unit", "XA", "--db", db, "--user", "admin"},
                      {{"HOIVIEN_PASSWORD", "mat-khau-admin"}, {"HOIVIEN_NEW_PASSWORD", "mat-khau-lan"}})
                      .exit,
                  0);
    }
    hvtest::CliRun asAdmin(QStringList args) { return run(args << "--db" << db << "--user" << "admin", {{"HOIVIEN_PASSWORD", "mat-khau-admin"}}); }
    hvtest::CliRun asLan(QStringList args) { return run(args << "--db" << db << "--user" << "lan", {{"HOIVIEN_PASSWORD", "mat-khau-lan"}}); }

    hvtest::TempDir dir;
    const QString db = dir.path("office.sqlite");
    hvtest::ThreeCommunes t;
};

TEST_F(SecurityCliTest, SignInIsRequiredOnceAccountsExist)
{
    const auto anonymous = run({"search", "Binh", "--db", db});
    EXPECT_EQ(anonymous.exit, 1);
    EXPECT_TRUE(anonymous.err.contains(QLatin1String("--user"))) << anonymous.err.toStdString();
    EXPECT_EQ(run({"search", "Binh", "--db", db, "--user", "admin"}, {{"HOIVIEN_PASSWORD", "sai"}}).exit, 1);
    EXPECT_EQ(run({"search", "Binh", "--db", db, "--user", "admin"}).exit, 2);  // no password and no terminal
    const auto list = asAdmin({"user", "list"});
    EXPECT_EQ(list.exit, 0);
    EXPECT_TRUE(list.out.contains(QLatin1String("lan\tofficer\tXA"))) << list.out.toStdString();
    EXPECT_EQ(asLan({"user", "list"}).exit, 1);  // not for an officer
}

TEST_F(SecurityCliTest, AnOfficerSeesOnlyHerCommune)
{
    EXPECT_EQ(asAdmin({"search", "Binh"}).out.count(QLatin1Char('\n')), 9);
    const auto search = asLan({"search", "Binh"});
    EXPECT_EQ(search.exit, 0);
    EXPECT_TRUE(search.out.isEmpty()) << search.out.toStdString();
    EXPECT_EQ(asLan({"search", "An"}).out.count(QLatin1Char('\n')), 9);
    const auto list = asLan({"export", "members", "--format", "csv", "--date", "2025-12-31"});
    EXPECT_EQ(list.exit, 0);
    EXPECT_FALSE(list.out.contains(QLatin1String("Binh")));
    EXPECT_EQ(list.out.count(QLatin1String("Cu An")) + list.out.count(QLatin1String("Moi An")), 9);
    EXPECT_EQ(asLan({"export", "members", "--unit", "XB", "--format", "csv"}).exit, 1);
    EXPECT_EQ(asLan({"report", "annual", "--year", "2025", "--unit", "XB", "--format", "json"}).exit, 1);
    const auto report = asLan({"report", "annual", "--year", "2025", "--format", "json"});
    EXPECT_EQ(report.exit, 0);
    EXPECT_TRUE(report.out.contains(QLatin1String("\"XA\""))) << report.out.toStdString();
    const QStringList xb = hvtest::queryRows(db, "SELECT id FROM members WHERE full_name LIKE '%Binh%' LIMIT 1");
    ASSERT_EQ(xb.size(), 1);
    EXPECT_EQ(asLan({"export", "member-sheet", "--id", xb.first(), "--format", "html"}).exit, 1);
    EXPECT_EQ(asLan({"export", "member-sheet", "--id", QString::number(t.xaMember), "--format", "html"}).exit, 0);
}

TEST_F(SecurityCliTest, AnImportIntoAnotherCommuneIsRefusedWhole)
{
    const QString other = hvtest::writeFile(dir.path("xb.csv"), "Họ và tên,Ngày sinh,Cơ sở Hội,Ngày vào Hội\n"
                                                                 "Phan Thị Nhập,1991,Xã An,2024\n"
                                                                 "Phan Thị Khác,1992,Xã Bình,2024\n");
    const auto refused = asLan({"import", "members", other});
    EXPECT_EQ(refused.exit, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QLatin1String("outside"))) << refused.err.toStdString();
    EXPECT_EQ(hvtest::memberCount(db), 26);  // not even the row of her own commune
    const QString mine = hvtest::writeFile(dir.path("xa.csv"), "Họ và tên,Ngày sinh,Cơ sở Hội,Ngày vào Hội\n"
                                                                "Phan Thị Nhập,1991,Xã An,2024\n");
    const auto accepted = asLan({"import", "members", mine});
    EXPECT_EQ(accepted.exit, 0) << accepted.err.toStdString();
    EXPECT_EQ(hvtest::memberCount(db), 27);
    EXPECT_EQ(hvtest::queryRows(db, "SELECT user_name, action FROM audit_log WHERE action = 'import'"),
              QStringList{QStringLiteral("lan|import")});
}

TEST_F(SecurityCliTest, AuditListVerifyExport)
{
    ASSERT_EQ(asAdmin({"export", "members", "--format", "csv", "--mask"}).exit, 0);
    const auto list = asAdmin({"audit", "list"});
    EXPECT_EQ(list.exit, 0);
    EXPECT_TRUE(list.out.contains(QLatin1String("\tadmin\texport\tmembers D9"))) << list.out.toStdString();
    const auto verify = asAdmin({"audit", "verify"});
    EXPECT_EQ(verify.exit, 0) << verify.err.toStdString();
    EXPECT_TRUE(verify.out.startsWith(QLatin1String("ok: "))) << verify.out.toStdString();
    const QString csv = dir.path("audit.csv");
    EXPECT_EQ(asAdmin({"audit", "export", "--format", "csv", "--out", csv}).exit, 0);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("account-add"));
    EXPECT_EQ(asLan({"audit", "list"}).exit, 1);

    // Somebody edits a row with the trigger dropped: verify names it.
    const QStringList ids = hvtest::queryRows(db, "SELECT id FROM audit_log WHERE action = 'export' ORDER BY id LIMIT 1");
    ASSERT_EQ(ids.size(), 1);
    sqlite3* h = nullptr;
    sqlite3_open(db.toUtf8().constData(), &h);
    const QByteArray sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET target = 'members XC' WHERE id = " + ids.first().toUtf8();
    ASSERT_EQ(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
    const auto bad = asAdmin({"audit", "verify"});
    EXPECT_EQ(bad.exit, 3);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("entry %1 ").arg(ids.first()))) << bad.err.toStdString();
}

TEST_F(SecurityCliTest, EncryptedBackupAndRestore)
{
    const QString enc = dir.path("office.hvbackup");
    const QHash<QString, QString> env{{"HOIVIEN_PASSWORD", "mat-khau-admin"}, {"HOIVIEN_BACKUP_PASSPHRASE", "cum tu sao luu"}};
    EXPECT_EQ(run({"backup", "--out", enc, "--encrypt", "--db", db, "--user", "lan"},
                  {{"HOIVIEN_PASSWORD", "mat-khau-lan"}, {"HOIVIEN_BACKUP_PASSPHRASE", "x"}}).exit, 1);  // admin only
    ASSERT_EQ(run({"backup", "--out", enc, "--encrypt", "--db", db, "--user", "admin"}, env).exit, 0);
    const QString target = dir.path("restored.sqlite");
    const auto wrong = run({"restore", "--in", enc, "--db", target}, {{"HOIVIEN_BACKUP_PASSPHRASE", "sai"}});
    EXPECT_EQ(wrong.exit, 1);
    EXPECT_TRUE(wrong.err.contains(QLatin1String("Wrong passphrase"))) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    ASSERT_EQ(run({"restore", "--in", enc, "--db", target}, {{"HOIVIEN_BACKUP_PASSPHRASE", "cum tu sao luu"}}).exit, 0);
    EXPECT_EQ(hvtest::memberCount(target), 26);
    // The restored database keeps its accounts.
    EXPECT_EQ(run({"search", "Binh", "--db", target}).exit, 1);
}

TEST_F(SecurityCliTest, EraseKeepsTheCounts)
{
    const auto before = asAdmin({"report", "annual", "--year", "2025", "--format", "json"});
    ASSERT_EQ(before.exit, 0);
    EXPECT_EQ(asLan({"erase", "--id", QString::number(t.xaMember)}).exit, 0);
    const auto after = asAdmin({"report", "annual", "--year", "2025", "--format", "json"});
    EXPECT_EQ(after.out, before.out);
    EXPECT_TRUE(asAdmin({"search", QStringLiteral("Đã xoá")}).out.contains(QStringLiteral("#%1").arg(t.xaMember)));
}

}  // namespace
