// hoivien-cli as scripts use it: exit statuses, messages naming file/row/column, nothing written on refusal.
#include "cli/clirun.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace {

using hvtest::cli;
using hvtest::CliRun;
using hvtest::memberCount;

const char* kMembers =
    "\xEF\xBB\xBF"
    "DANH SÁCH HỘI VIÊN\n"
    "STT,Họ và tên,Ngày sinh,Số CCCD,Dân tộc,Tôn giáo,Đảng viên,Cơ sở Hội,Chi hội,Ngày vào Hội,Chức vụ,Tình trạng,Ngày biến động\n"
    "1,NGUYỄN THỊ  HẰNG,15/03/1985,038185000123,Kinh,Không,x,Thị trấn Thọ Xuân,Khu phố 1,08/03/2005,Chi hội trưởng,,\n"
    "2,Lê Thị Mai,1970,,Mường,Phật giáo,,Thị trấn Thọ Xuân,Khu phố 2,2000,,Từ trần,12/05/2023\n"
    "3,Trần Thị Lan,2/9/1990,038190000456,Kinh,Công giáo,,Thị trấn Thọ Xuân,Khu phố 2,1/1/2015,,,\n";

class CliTest : public hvtest::CliOfficeTest {};

}  // namespace

TEST(Cli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).exit, 2);
    EXPECT_EQ(cli({"frobnicate"}).exit, 2);
    EXPECT_EQ(cli({"report", "annual", "--year", "2023", "--format", "json", "--bogus"}).exit, 2);
    EXPECT_EQ(cli({"report", "annual", "--format", "json"}).exit, 2);
    const CliRun help = cli({"--help"});
    EXPECT_EQ(help.exit, 0);
    EXPECT_TRUE(help.out.contains("report annual"));
}

TEST(Cli, DatabaseProblemsExitWithThree)
{
    hvtest::TempDir dir;
    const QString garbage = hvtest::writeFile(dir.path("garbage.sqlite"), QByteArray(4096, '\x7f'));
    const CliRun r = cli({"check", "--db", garbage});
    EXPECT_EQ(r.exit, 3);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(cli({"check", "--db", dir.path("missing.sqlite")}).exit, 3);
    // A truncated database file.
    const QString db = dir.path("cut.sqlite");
    ASSERT_EQ(cli({"init", "--unit", "395", "--db", db}).exit, 0);
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.resize(f.size() / 2);
    f.close();
    EXPECT_EQ(cli({"check", "--db", db}).exit, 3);
}

TEST_F(CliTest, InitCreatesTheDistrictAndItsCommunes)
{
    const CliRun r = cli({"report", "annual", "--year", "2024", "--format", "json", "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o["unit"].toObject()["name"].toString(), QString::fromUtf8("Huyện Thọ Xuân"));
    EXPECT_EQ(o["rows"].toArray().size(), 30);
    EXPECT_EQ(cli({"init", "--unit", "99999", "--db", dir.path("other.sqlite")}).exit, 1);
}

TEST_F(CliTest, ImportSearchAndReport)
{
    hvtest::writeFile(dir.path("members.csv"), kMembers);
    const CliRun dry = cli({"import", "members", dir.path("members.csv"), "--dry-run", "--db", db});
    EXPECT_EQ(dry.exit, 0) << dry.err.toStdString();
    EXPECT_EQ(memberCount(db), 0);
    const CliRun r = cli({"import", "members", dir.path("members.csv"), "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(memberCount(db), 3);

    const CliRun s = cli({"search", "nguyen thi hang", "--db", db});
    EXPECT_EQ(s.exit, 0);
    EXPECT_TRUE(s.out.contains(QString::fromUtf8("Nguyễn Thị Hằng"))) << s.out.toStdString();
    EXPECT_TRUE(s.out.contains("038185000123"));

    const CliRun rep = cli({"report", "annual", "--year", "2023", "--unit", "15499", "--format", "json", "--db", db});
    ASSERT_EQ(rep.exit, 0) << rep.err.toStdString();
    const QJsonObject t = QJsonDocument::fromJson(rep.out.toUtf8()).object()["totals"].toObject();
    EXPECT_EQ(t["members_start"].toInt(), 3);
    EXPECT_EQ(t["left"].toObject()["died"].toInt(), 1);
    EXPECT_EQ(t["members_end"].toInt(), 2);
    EXPECT_EQ(t["chapter_heads"].toInt(), 1);
    EXPECT_EQ(t["chapter_heads_party"].toInt(), 1);
    EXPECT_EQ(t["ethnic_minority"].toInt(), 0);  // the Mường member died in May 2023
    EXPECT_EQ(t["religious"].toInt(), 1);

    const QString out = dir.path("report.csv");
    ASSERT_EQ(cli({"report", "annual", "--year", "2023", "--format", "csv", "--out", out, "--db", db}).exit, 0);
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith("\xEF\xBB\xBF" "Mã đơn vị"));
}

TEST_F(CliTest, RefusedFileNamesRowColumnAndWritesNothing)
{
    hvtest::writeFile(dir.path("bad.csv"),
                      "Họ và tên;Ngày sinh;CCCD;Dân tộc;Xã;Chi hội;Ngày vào Hội\n"
                      "Phạm Thị Hoa;31/02/1980;038180000777;Kinh;Thị trấn Thọ Xuân;Khu phố 1;2000\n"
                      "Lý Thị Bích;1975;038175000555;Kinh;Thị trấn Thọ Xuân;Khu phố 1;2000\n"
                      "Đỗ Thị Thu;1990;3.8185E+11;Kinhh;Thị trấn Thọ Xuân;Khu phố 9;2010\n");
    const CliRun r = cli({"import", "members", dir.path("bad.csv"), "--db", db});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("bad.csv:2")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QString::fromUtf8("Ngày sinh = '31/02/1980'")));
    EXPECT_TRUE(r.err.contains("bad.csv:4"));
    EXPECT_TRUE(r.err.contains("3.8185E+11"));
    EXPECT_TRUE(r.err.contains("Kinhh"));
    EXPECT_TRUE(r.err.contains(QString::fromUtf8("Khu phố 9")));
    EXPECT_EQ(memberCount(db), 0);  // the good row 3 was not written either
}

TEST_F(CliTest, DuplicatesFailByDefaultAndCanBeSkippedOrUpdated)
{
    hvtest::writeFile(dir.path("members.csv"), kMembers);
    ASSERT_EQ(cli({"import", "members", dir.path("members.csv"), "--db", db}).exit, 0);
    const CliRun again = cli({"import", "members", dir.path("members.csv"), "--db", db});
    EXPECT_EQ(again.exit, 1);
    EXPECT_EQ(again.err.count("already in the register"), 3) << again.err.toStdString();
    EXPECT_EQ(cli({"import", "members", dir.path("members.csv"), "--on-duplicate", "skip", "--db", db}).exit, 0);
    EXPECT_EQ(memberCount(db), 3);
    hvtest::writeFile(dir.path("phone.csv"), "Họ và tên,Số CCCD,Điện thoại\nNguyễn Thị Hằng,038185000123,0912000111\n");
    const CliRun upd = cli({"import", "members", dir.path("phone.csv"), "--on-duplicate", "update", "--db", db});
    EXPECT_EQ(upd.exit, 0) << upd.err.toStdString();
    EXPECT_EQ(memberCount(db), 3);
    EXPECT_EQ(cli({"import", "members", dir.path("members.csv"), "--on-duplicate", "maybe", "--db", db}).exit, 2);
}

TEST_F(CliTest, BackupIsAVerifiedCopyThatOpens)
{
    hvtest::writeFile(dir.path("members.csv"), kMembers);
    ASSERT_EQ(cli({"import", "members", dir.path("members.csv"), "--db", db}).exit, 0);
    const QString copy = dir.path("copy.sqlite");
    ASSERT_EQ(cli({"backup", "--out", copy, "--db", db}).exit, 0);
    EXPECT_EQ(memberCount(copy), 3);
    const CliRun check = cli({"check", "--db", copy});
    EXPECT_EQ(check.exit, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains("ok"));
}

TEST_F(CliTest, OtherTableImports)
{
    hvtest::writeFile(dir.path("pop.csv"), "unit_code,year,women_18_plus,basis\n15499,2023,10,present\n");
    ASSERT_EQ(cli({"import", "population", dir.path("pop.csv"), "--db", db}).exit, 0);
    hvtest::writeFile(dir.path("targets.csv"), "unit_code,year,indicator,target\n15499,2023,admitted,4\n");
    ASSERT_EQ(cli({"import", "targets", dir.path("targets.csv"), "--db", db}).exit, 0);
    hvtest::writeFile(dir.path("badpop.csv"), "unit_code,year,women_18_plus\n99999,2023,10\n15499,20x3,-4\n");
    const CliRun bad = cli({"import", "population", dir.path("badpop.csv"), "--db", db});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains("badpop.csv:2")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("badpop.csv:3"));
    hvtest::writeFile(dir.path("members.csv"), kMembers);
    ASSERT_EQ(cli({"import", "members", dir.path("members.csv"), "--db", db}).exit, 0);
    const CliRun rep = cli({"report", "annual", "--year", "2023", "--unit", "15499", "--format", "json", "--db", db});
    const QJsonObject t = QJsonDocument::fromJson(rep.out.toUtf8()).object()["totals"].toObject();
    EXPECT_EQ(t["women_18_plus"].toInt(), 10);
    EXPECT_DOUBLE_EQ(t["attraction_rate"].toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(t["target_admitted"].toDouble(), 4.0);
    EXPECT_DOUBLE_EQ(t["admitted_vs_target"].toDouble(), -100.0);
}

TEST_F(CliTest, ReportsAndListsInEveryFormatWithoutADisplay)
{
    hvtest::writeFile(dir.path("members.csv"), kMembers);
    ASSERT_EQ(cli({"import", "members", dir.path("members.csv"), "--db", db}).exit, 0);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    auto run = [&](const QStringList& args) {
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HOIVIEN_CLI_PATH), args);
        p.waitForFinished(120000);
        return p.exitCode();
    };
    const QString pdf = dir.path("annual.pdf"), xlsx = dir.path("annual.xlsx"), html = dir.path("annual.html");
    EXPECT_EQ(run({"report", "annual", "--year", "2023", "--format", "pdf", "--out", pdf, "--db", db}), 0) << p.readAllStandardError().toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("%PDF"));
    EXPECT_EQ(run({"report", "annual", "--year", "2023", "--format", "xlsx", "--out", xlsx, "--db", db}), 0);
    EXPECT_EQ(run({"report", "annual", "--year", "2023", "--format", "html", "--out", html, "--db", db}), 0);
    QFile h(html);
    ASSERT_TRUE(h.open(QIODevice::ReadOnly));
    EXPECT_EQ(h.readAll().count("<svg"), 3) << "the HTML carries the desktop's three charts";
    // Binary data to a pipe is allowed (docs/cli.md); only a terminal is refused.
    EXPECT_EQ(run({"export", "members", "--format", "xlsx", "--db", db}), 0);
    EXPECT_TRUE(p.readAllStandardOutput().startsWith("PK"));
    EXPECT_EQ(run({"export", "members", "--format", "csv", "--mask", "--columns", "full_name,citizen_id", "--db", db}), 0);
    const QString csv = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(csv.contains(QString::fromUtf8("Nguyễn Thị Hằng,0381******23"))) << csv.toStdString();
    EXPECT_EQ(run({"export", "members", "--format", "csv", "--columns", "full_name,salary", "--db", db}), 1);
    EXPECT_EQ(run({"export", "movements", "--year", "2023", "--format", "pdf", "--out", dir.path("m.pdf"), "--db", db}), 0);
    EXPECT_EQ(run({"export", "member-sheet", "--id", "1", "--format", "html", "--db", db}), 0);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(QString::fromUtf8("PHIẾU THÔNG TIN HỘI VIÊN")));
    EXPECT_EQ(run({"export", "member-sheet", "--id", "1", "--format", "csv", "--db", db}), 2);
    EXPECT_EQ(run({"export", "movements", "--format", "csv", "--db", db}), 2);
    EXPECT_EQ(run({"search", "hang", "--db", db}), 0);  // no graphical libraries started for the rest
}
