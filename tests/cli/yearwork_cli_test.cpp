// hoivien-cli on the year's work: rating, ranking, and the CSV imports, through the real binary.
#include "reports/threecommunes.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

struct CliResult {
    int exit = -1;
    QString out, err;
};

CliResult cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HOIVIEN_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

class YearWorkCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        hv::Database d(db);
        t = hvtest::buildThreeCommunes(d);
    }
    qint64 count(const char* table)
    {
        hv::Database d(db);
        hv::Query q(d, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        q.exec();
        q.next();
        return q.integer(0);
    }
    hvtest::TempDir dir;
    QString db = dir.path("year.sqlite");
    hvtest::ThreeCommunes t;
};

}  // namespace

TEST_F(YearWorkCli, RankingAsJsonAndCsv)
{
    const CliResult r = cli({"report", "ranking", "--year", "2025", "--level", "commune", "--format", "json", "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o["year"].toInt(), 2025);
    EXPECT_EQ(o["level"].toString(), "commune");
    const QJsonArray rows = o["rows"].toArray();
    ASSERT_EQ(rows.size(), 3);
    // The hand-worked scores of tests/reports/rating_test.cpp.
    EXPECT_EQ(rows[0].toObject()["code"].toString(), "XA");
    EXPECT_DOUBLE_EQ(rows[0].toObject()["score"].toDouble(), 97.0);
    EXPECT_EQ(rows[1].toObject()["grade"].toString(), "HTTNV");
    EXPECT_EQ(rows[2].toObject()["rank"].toInt(), 3);
    EXPECT_DOUBLE_EQ(rows[2].toObject()["attraction_rate"].toDouble(), 80.0);

    const CliResult csv = cli({"report", "ranking", "--year", "2025", "--level", "commune", "--format", "csv", "--out", dir.path("r.csv"), "--db", db});
    ASSERT_EQ(csv.exit, 0) << csv.err.toStdString();
    QFile f(dir.path("r.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QString::fromUtf8("1,XA,Xã An,97.0,HTXSNV,Hoàn thành xuất sắc nhiệm vụ,90.0,"))) << text.toStdString();

    const CliResult xlsx = cli({"report", "ranking", "--year", "2025", "--level", "commune", "--format", "xlsx", "--out", dir.path("r.xlsx"), "--db", db});
    EXPECT_EQ(xlsx.exit, 0) << xlsx.err.toStdString();
    EXPECT_GT(QFileInfo(dir.path("r.xlsx")).size(), 1000);
    const CliResult pdf = cli({"report", "ranking", "--year", "2025", "--level", "commune", "--format", "pdf", "--out", dir.path("r.pdf"),
                               "--printed-on", "2026-01-10", "--db", db});
    ASSERT_EQ(pdf.exit, 0) << pdf.err.toStdString();
    QFile pf(dir.path("r.pdf"));
    ASSERT_TRUE(pf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pf.readAll().startsWith("%PDF"));
    EXPECT_EQ(cli({"report", "ranking", "--year", "2025", "--level", "district", "--format", "json", "--db", db}).exit, 2);
    EXPECT_EQ(cli({"report", "ranking", "--level", "commune", "--format", "json", "--db", db}).exit, 2);
}

TEST_F(YearWorkCli, RateStoresTheRatingsAndScorecardSetMakesAVersion)
{
    const CliResult r = cli({"rate", "--year", "2025", "--level", "commune", "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("XB\t" + QString::fromUtf8("Xã Bình") + "\t93.3\tHTTNV")) << r.out.toStdString();
    EXPECT_EQ(count("ratings"), 3);

    const CliResult show = cli({"scorecard", "show", "--year", "2025", "--level", "commune", "--out", dir.path("card.json"), "--db", db});
    ASSERT_EQ(show.exit, 0) << show.err.toStdString();
    QFile f(dir.path("card.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QByteArray card = f.readAll();
    f.close();
    card.replace("\"points\": 10,", "\"points\": 11,");  // no longer 100 in all
    hvtest::writeFile(dir.path("bad.json"), card);
    const CliResult bad = cli({"scorecard", "set", dir.path("bad.json"), "--year", "2025", "--level", "commune", "--db", db});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains("not the scorecard's maximum of 100")) << bad.err.toStdString();
    EXPECT_EQ(count("scorecards"), 1);
}

TEST_F(YearWorkCli, ImportTrainingsAwardsAndActivities)
{
    const QString xa = QString::number(t.xaMember), newcomer = QString::number(t.xaNewMember);
    hvtest::writeFile(dir.path("trainings.csv"),
                      ("DANH SÁCH LỚP TẬP HUẤN NĂM 2025\n"
                       "Tên lớp,Mã đơn vị,Từ ngày,Đến ngày,Địa điểm,Số học viên,Hội viên tham gia,Cán bộ tham gia\n"
                       "Kỹ năng số,XA,05/09/2025,06/09/2025,Hội trường xã,25,#" + xa + ";#" + newcomer + ",Chủ tịch Hội xã\n"
                       "Pháp luật,XB,12/10/2025,,Nhà văn hóa,40,,\n").toUtf8());
    const qint64 trainings = count("trainings");
    const CliResult ok = cli({"import", "trainings", dir.path("trainings.csv"), "--db", db});
    ASSERT_EQ(ok.exit, 0) << ok.err.toStdString();
    EXPECT_EQ(count("trainings"), trainings + 2);

    // Every problem listed, nothing written: a date outside the year, a participant who was not yet a
    // member, an unknown unit.
    hvtest::writeFile(dir.path("bad.csv"),
                      ("title,unit_code,date_from,date_to,year,members\n"
                       "Lớp A,XA,30/12/2024,02/01/2025,2025,\n"
                       "Lớp B,XA,10/03/2025,,2025,#" + newcomer + "\n"
                       "Lớp C,XZ,10/03/2025,,2025,\n"
                       "Lớp D,XC,10/03/2025,,2025,\n").toUtf8());
    const CliResult bad = cli({"import", "trainings", dir.path("bad.csv"), "--db", db});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains("bad.csv:2: ")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("date_from = '30/12/2024'")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("bad.csv:3: ")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("was not an active member on 10/03/2025")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("unit_code = 'XZ'")) << bad.err.toStdString();
    EXPECT_EQ(count("trainings"), trainings + 2);

    hvtest::writeFile(dir.path("awards.csv"),
                      ("Năm thi đua,Hình thức,Danh hiệu,Cấp khen,Số quyết định,Ngày quyết định,Mã đơn vị,Hội viên,Trạng thái\n"
                       "2025,Giấy khen,,Huyện Hội,15/QĐ-HPN,20/12/2025,XC,,\n"
                       "2025,Danh hiệu,Phụ nữ tiêu biểu,Tỉnh Hội,,,,#" + xa + ",Đề nghị\n").toUtf8());
    const qint64 awards = count("awards");
    const CliResult aw = cli({"import", "awards", dir.path("awards.csv"), "--db", db});
    ASSERT_EQ(aw.exit, 0) << aw.err.toStdString();
    EXPECT_EQ(count("awards"), awards + 2);
    hvtest::writeFile(dir.path("badawards.csv"),
                      "year,form,issuer_level,decision_no,decision_date,unit_code\n"
                      "2025,medal,province,1/QĐ,20/12/2025,XQ\n"
                      "2025,bằng khen,nowhere,2/QĐ,20/12/2025,XA\n");
    const CliResult badAw = cli({"import", "awards", dir.path("badawards.csv"), "--db", db});
    EXPECT_EQ(badAw.exit, 1);
    EXPECT_TRUE(badAw.err.contains("issuer_level = 'nowhere'")) << badAw.err.toStdString();
    EXPECT_EQ(count("awards"), awards + 2);

    hvtest::writeFile(dir.path("activities.csv"),
                      QString::fromUtf8("Mã đơn vị,Ngày,Loại,Nội dung,Số lượng,Số tiền\n"
                                        "XC,01/02/2025,Học bổng,Học bổng cho học sinh nghèo,5,\"5.000.000\"\n"
                                        "XC,03/03/2025,Đối thoại,Đối thoại với chính quyền,1,0\n").toUtf8());
    const qint64 activities = count("activities");
    const CliResult ac = cli({"import", "activities", dir.path("activities.csv"), "--db", db});
    ASSERT_EQ(ac.exit, 0) << ac.err.toStdString();
    EXPECT_EQ(count("activities"), activities + 2);
    hvtest::writeFile(dir.path("badact.csv"), "unit_code,date,kind,year\nXC,01/02/2024,gift,2025\nXC,01/02/2025,picnic,2025\n");
    const CliResult badAc = cli({"import", "activities", dir.path("badact.csv"), "--db", db});
    EXPECT_EQ(badAc.exit, 1);
    EXPECT_TRUE(badAc.err.contains("badact.csv:2: ")) << badAc.err.toStdString();
    EXPECT_TRUE(badAc.err.contains("kind = 'picnic'")) << badAc.err.toStdString();
    EXPECT_EQ(count("activities"), activities + 2);

    // The annual report now counts them: XB 4 + 1 trainings, 64 + 40 trainees.
    const CliResult rep = cli({"report", "annual", "--year", "2025", "--format", "json", "--db", db});
    ASSERT_EQ(rep.exit, 0) << rep.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(rep.out.toUtf8()).object()["rows"].toArray();
    EXPECT_EQ(rows[1].toObject()["code"].toString(), "XB");
    EXPECT_EQ(rows[1].toObject()["trainings"].toInt(), 5);
    EXPECT_EQ(rows[1].toObject()["trainees"].toInt(), 104);
    EXPECT_EQ(rows[2].toObject()["awards"].toObject()["certificate"].toInt(), 1);
}
