// Rating and ranking on a year worked out by hand (tests/reports/threecommunes.h), scorecard versions,
// and the order of ties.
#include "core/error.h"
#include "reports/annualreport.h"
#include "reports/ranking.h"
#include "reports/rating.h"
#include "reports/reportwriters.h"
#include "testutil.h"
#include "threecommunes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace hv;

namespace {

class RatingTest : public ::testing::Test {
protected:
    void SetUp() override { t = hvtest::buildThreeCommunes(db); }

    static const UnitRating& of(const std::vector<UnitRating>& v, const char* code)
    {
        for (const UnitRating& r : v)
            if (r.code == code)
                return r;
        throw std::runtime_error(std::string("no rating for ") + code);
    }
    static double points(const UnitRating& r, const char* criterion)
    {
        for (const CriterionResult& c : r.criteria)
            if (c.id == criterion)
                return c.points();
        throw std::runtime_error(std::string("no criterion ") + criterion);
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "rating.sqlite")};
    hvtest::ThreeCommunes t;
};

}  // namespace

TEST_F(RatingTest, ScoresAndGradesWorkedOutByHand)
{
    // 2025 commune card: attraction 20 (no points at or below 70 %, all from 85 %), admitted 20 (against
    // the target), trainings 10 (4 for all), awards 10 (2 for all), activities 15 (12 for all),
    // households 10 (50 for all), other 15 (by hand). Each criterion is rounded to one decimal.
    const auto ratings = computeRatings(db, 2025, UnitLevel::Commune);
    ASSERT_EQ(ratings.size(), 3u);
    const UnitRating& xa = of(ratings, "XA");
    // XA: rate 9/10 = 90.0 % >= 85 -> 20; admitted 2/2 -> 20; trainings 4/4 -> 10; awards 2/2 -> 10;
    // activities 12/12 -> 15; households 50/50 -> 10; other 12 by hand. 20+20+10+10+15+10+12 = 97.0,
    // and both conditions of HTXSNV hold (admitted 20 >= 20, attraction 20 >= 15).
    EXPECT_EQ(xa.attractionRate, 90.0);
    EXPECT_DOUBLE_EQ(points(xa, "attraction"), 20.0);
    EXPECT_DOUBLE_EQ(points(xa, "other"), 12.0);
    EXPECT_DOUBLE_EQ(xa.score, 97.0);
    EXPECT_EQ(xa.grade, "HTXSNV");
    const UnitRating& xb = of(ratings, "XB");
    // XB: admitted 2 of a target of 3 -> 20 x 2/3 = 13.33 -> 13.3; the rest full: 20+13.3+10+10+15+10+15
    // = 93.3 >= 90, but "Đạt 100% chỉ tiêu kết nạp" fails (13.3 < 20), so HTTNV: the best grade whose
    // threshold and conditions both hold.
    EXPECT_DOUBLE_EQ(points(xb, "admitted"), 13.3);
    EXPECT_DOUBLE_EQ(xb.score, 93.3);
    EXPECT_EQ(xb.grade, "HTTNV");
    ASSERT_EQ(xb.failedGates.size(), 1);
    EXPECT_EQ(xb.failedGates.front(), QString::fromUtf8("Đạt 100% chỉ tiêu kết nạp hội viên"));
    const UnitRating& xc = of(ratings, "XC");
    // XC: rate 8/10 = 80.0 % -> 20 x (80-70)/(85-70) = 13.33 -> 13.3; admitted 1/1 -> 20; trainings
    // 1/4 -> 2.5; awards 0 -> 0; activities 3/12 -> 3.75 -> 3.8; households 10/50 -> 2.0; other 10.
    // 13.3+20+2.5+0+3.8+2.0+10 = 51.6 -> HTNV (50 to < 70).
    EXPECT_DOUBLE_EQ(points(xc, "attraction"), 13.3);
    EXPECT_DOUBLE_EQ(points(xc, "activities"), 3.8);
    EXPECT_DOUBLE_EQ(xc.score, 51.6);
    EXPECT_EQ(xc.grade, "HTNV");
}

TEST_F(RatingTest, RankingOrdersByGradeThenScore)
{
    const Ranking r = buildRanking(db, 2025, UnitLevel::Commune);
    ASSERT_EQ(r.rows.size(), 3u);
    EXPECT_EQ(r.rows[0].rating.code, "XA");  // HTXSNV 97.0
    EXPECT_EQ(r.rows[1].rating.code, "XB");  // HTTNV 93.3
    EXPECT_EQ(r.rows[2].rating.code, "XC");  // HTNV 51.6
    EXPECT_EQ(r.rows[2].rank, 3);
    const QJsonObject o = QJsonDocument::fromJson(rankingJson(r)).object();
    EXPECT_EQ(o["year"].toInt(), 2025);
    EXPECT_EQ(o["level"].toString(), "commune");
    const QJsonObject first = o["rows"].toArray()[0].toObject();
    EXPECT_EQ(first["rank"].toInt(), 1);
    EXPECT_EQ(first["code"].toString(), "XA");
    EXPECT_EQ(first["name"].toString(), QString::fromUtf8("Xã An"));
    EXPECT_DOUBLE_EQ(first["score"].toDouble(), 97.0);
    EXPECT_EQ(first["grade"].toString(), "HTXSNV");
    EXPECT_DOUBLE_EQ(first["attraction_rate"].toDouble(), 90.0);
    const QJsonObject admitted = o["rows"].toArray()[1].toObject()["figures"].toObject()["admitted"].toObject();
    EXPECT_EQ(admitted["value"].toInt(), 2);   // XB admitted 2 ...
    EXPECT_EQ(admitted["target"].toInt(), 3);  // ... of a target of 3
    const QStringList csv = QString::fromUtf8(rankingCsv(r).mid(3)).split("\r\n", Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), 4);
    EXPECT_TRUE(csv[0].startsWith(QString::fromUtf8("Hạng,Mã đơn vị,Đơn vị,Tổng điểm,Xếp loại"))) << csv[0].toStdString();
    EXPECT_TRUE(csv[2].startsWith(QString::fromUtf8("2,XB,Xã Bình,93.3,HTTNV,Hoàn thành tốt nhiệm vụ,90.0,20.0,13.3,")))
        << csv[2].toStdString();
}

TEST_F(RatingTest, ApprovedGradeCountsInTheRanking)
{
    // The level above approves XC as HTTNV (decision 5/QĐ): it now ranks with XB, below it on score.
    const Ranking before = buildRanking(db, 2025, UnitLevel::Commune);
    RatingRepository(db).setGrades(t.xc, 2025, "HTNV", "HTTNV", "HTTNV", "5/QĐ-HPN", QDate(2026, 1, 15));
    const Ranking r = buildRanking(db, 2025, UnitLevel::Commune);
    EXPECT_EQ(r.rows[2].rating.code, "XC");
    EXPECT_EQ(r.rows[2].rating.finalGrade(), "HTTNV");
    EXPECT_EQ(r.rows[2].rating.grade, "HTNV");  // the computed grade is still shown
    EXPECT_THROW(RatingRepository(db).setGrades(t.xc, 2025, {}, {}, "HTXSNV", {}, {}), Error);
    EXPECT_EQ(before.rows[2].rating.finalGrade(), "HTNV");
}

TEST_F(RatingTest, RatingAgainKeepsTheProcedureGrades)
{
    setUnitGrades(db, "XB", 2025, "HTXSNV", "HTTNV", "HTTNV", "3/QĐ-HPN", QDate(2026, 1, 20));
    rateUnits(db, 2025, UnitLevel::Commune);
    const auto xb = RatingRepository(db).rating(t.xb, 2025);
    ASSERT_TRUE(xb);
    EXPECT_EQ(xb->selfGrade, "HTXSNV");
    EXPECT_EQ(xb->approvedGrade, "HTTNV");
    EXPECT_EQ(xb->decisionNo, "3/QĐ-HPN");
    EXPECT_DOUBLE_EQ(xb->score.value_or(0), 93.3);
    EXPECT_THROW(setUnitGrades(db, "XB", 2025, "XS", {}, {}, {}, {}), Error);  // the older scale's grade
    EXPECT_THROW(setUnitGrades(db, "XZ", 2025, {}, {}, {}, {}, {}), Error);
}

TEST_F(RatingTest, TiesAreBrokenByRateThenShareARank)
{
    const Scorecard card = defaultScorecard(2025, UnitLevel::Commune);
    auto unit = [](const char* code, double score, const char* grade, std::optional<double> rate) {
        UnitRating r;
        r.code = code;
        r.score = score;
        r.grade = grade;
        r.attractionRate = rate;
        return r;
    };
    // Grade first (93.3 HTTNV after 90.0 HTXSNV), then score, then rate (none last), then equal rows
    // share a rank and are listed by code: 1, 2, 3, 4, 4, 6.
    const auto rows = rankRatings({unit("E", 80, "HTTNV", 85.0), unit("B", 93.3, "HTTNV", 90.0), unit("A", 90, "HTXSNV", 80.0),
                                   unit("D", 80, "HTTNV", 85.0), unit("C", 80, "HTTNV", 88.4), unit("F", 80, "HTTNV", std::nullopt)},
                                  card);
    QStringList order;
    QList<int> ranks;
    for (const RankingRow& r : rows) {
        order << r.rating.code;
        ranks << r.rank;
    }
    EXPECT_EQ(order.join(','), "A,B,C,D,E,F");
    EXPECT_EQ(ranks, (QList<int>{1, 2, 3, 4, 4, 6}));
}

TEST_F(RatingTest, CardEditsMakeVersionsAndStoredRatingsKeepTheirs)
{
    // 2024 is rated on the older scale; XA's 2024: no admissions, trainings or awards that year.
    const auto rated2024 = rateUnits(db, 2024, UnitLevel::Commune);
    const QString grade2024 = of(rated2024, "XA").grade;
    EXPECT_EQ(of(rated2024, "XA").scorecardVersion, 1);
    EXPECT_NE(QStringList({"XS", "VM", "KHA", "TB", "YEU"}).indexOf(grade2024), -1) << grade2024.toStdString();
    rateUnits(db, 2025, UnitLevel::Commune);

    // This year's card changes: HTXSNV now needs 98 points. A new version; the stored 2025 rating keeps
    // version 1 until it is rated again, and 2024 is untouched.
    Scorecard card = scorecardFor(db, 2025, UnitLevel::Commune);
    card.grades[0].min = 98;
    const Scorecard v2 = ScorecardRepository(db).addVersion(2025, UnitLevel::Commune, card, "stricter");
    EXPECT_EQ(v2.version, 2);
    EXPECT_EQ(ScorecardRepository(db).versions(2025, UnitLevel::Commune).size(), 2u);
    EXPECT_EQ(of(currentRatings(db, 2025, UnitLevel::Commune), "XA").grade, "HTXSNV");
    EXPECT_EQ(of(currentRatings(db, 2025, UnitLevel::Commune), "XA").scorecardVersion, 1);
    EXPECT_EQ(of(computeRatings(db, 2025, UnitLevel::Commune), "XA").grade, "HTTNV");  // 97 < 98
    rateUnits(db, 2025, UnitLevel::Commune);
    EXPECT_EQ(of(currentRatings(db, 2025, UnitLevel::Commune), "XA").grade, "HTTNV");
    EXPECT_EQ(of(currentRatings(db, 2025, UnitLevel::Commune), "XA").scorecardVersion, 2);
    EXPECT_EQ(of(currentRatings(db, 2024, UnitLevel::Commune), "XA").grade, grade2024);
    EXPECT_EQ(of(currentRatings(db, 2024, UnitLevel::Commune), "XA").scorecardVersion, 1);
}

TEST_F(RatingTest, ScorecardPointsMustAddUpToTheMaximum)
{
    Scorecard card = defaultScorecard(2025, UnitLevel::Commune);
    card.criteria[0].points = 25;  // 105 in all
    try {
        ScorecardRepository(db).addVersion(2025, UnitLevel::Commune, card);
        FAIL() << "accepted a card of 105 points";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        EXPECT_TRUE(e.message().contains("105")) << e.message().toStdString();
    }
    EXPECT_TRUE(ScorecardRepository(db).versions(2025, UnitLevel::Commune).empty());
    QByteArray json = defaultScorecard(2025, UnitLevel::Chapter).toJson();
    json.replace("\"min\": 70", "\"min\": 95");  // thresholds no longer decreasing
    EXPECT_THROW(Scorecard::fromJson(json), Error);
}

TEST_F(RatingTest, OverridesAreCheckedAgainstTheCard)
{
    EXPECT_THROW(overrideCriterion(db, "XA", 2025, "other", 16, "too many"), Error);   // max 15
    EXPECT_THROW(overrideCriterion(db, "XA", 2025, "nothing", 1, "unknown"), Error);
    EXPECT_THROW(overrideCriterion(db, "XA", 2025, "other", 5, "  "), Error);          // no reason
    overrideCriterion(db, "XA", 2025, "awards", 4, QString::fromUtf8("Một khen thưởng bị thu hồi"));
    // 97.0 - 10 + 4 = 91.0, still HTXSNV.
    const UnitRating xa = of(computeRatings(db, 2025, UnitLevel::Commune), "XA");
    EXPECT_DOUBLE_EQ(xa.score, 91.0);
    EXPECT_EQ(xa.grade, "HTXSNV");
}

TEST_F(RatingTest, AnnualReportCountsTrainingsTraineesAndAwards)
{
    const AnnualReport r = buildAnnualReport(db, {2025, {}, {}, 1});
    // XA: 4 trainings; 4 listed participants + 10 + 20 + 30 entered = 64 trainees. XC: 1 and 4.
    // Awards: XA and XB one merit (collective) and one title (individual) each.
    EXPECT_EQ(r.totals.trainings, 9);
    EXPECT_EQ(r.totals.trainees, 64 + 64 + 4);
    EXPECT_EQ(r.totals.awards.at("merit"), 2);
    EXPECT_EQ(r.totals.awards.at("title"), 2);
    EXPECT_EQ(r.totals.awardsTotal(), 4);
    const QJsonObject o = QJsonDocument::fromJson(annualReportJson(r)).object();
    EXPECT_EQ(o["totals"].toObject()["trainees"].toInt(), 132);
    EXPECT_EQ(o["rows"].toArray()[0].toObject()["awards"].toObject()["total"].toInt(), 2);
    const QString csv = QString::fromUtf8(annualReportCsv(r));
    EXPECT_TRUE(csv.contains(QString::fromUtf8("Lớp tập huấn,Lượt học viên,Khen thưởng: cờ thi đua"))) << csv.left(600).toStdString();
}
