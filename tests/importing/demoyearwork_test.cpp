// The demo's year's work: present, deterministic per seed, and giving the ranking a spread.
#include "core/referencedata.h"
#include "importing/demogenerator.h"
#include "reports/ranking.h"
#include "storage/awardrepository.h"
#include "storage/database.h"
#include "storage/trainingrepository.h"
#include "testutil.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace hv;

namespace {

void makeDemo(Database& db, quint32 seed)
{
    const ReferenceData ref;
    DemoOptions o;
    o.members = 3000;
    o.seed = seed;
    o.lastYear = 2025;
    generateDemo(db, ref, o);
}

}  // namespace

TEST(DemoYearWork, TrainingsAwardsAndASpreadOfGrades)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, "demo.sqlite"));
    makeDemo(db, 3);
    for (int year : {2024, 2025}) {
        const auto trainings = TrainingRepository(db).forYear(year);
        ASSERT_GT(trainings.size(), 30u) << year;
        int members = 0;
        for (const Training& t : trainings)
            for (const TrainingParticipant& p : t.participants)
                members += p.kind == TrainingParticipant::Kind::Member;
        EXPECT_GT(members, int(trainings.size()) * 3) << year;
        EXPECT_FALSE(AwardRepository(db).forYear(year).empty()) << year;
    }
    EXPECT_TRUE(TrainingRepository(db).forYear(2023).empty());  // the last two full years only
    const Ranking communes = buildRanking(db, 2025, UnitLevel::Commune);
    ASSERT_EQ(communes.rows.size(), 30u);  // Huyện Thọ Xuân's communes
    QSet<QString> grades;
    for (const RankingRow& r : communes.rows)
        grades.insert(r.rating.finalGrade());
    EXPECT_GE(grades.size(), 2) << "every commune got the same grade";
    EXPECT_GT(communes.rows.front().rating.score, communes.rows.back().rating.score + 10);
    const Ranking chapters = buildRanking(db, 2025, UnitLevel::Chapter);
    grades.clear();
    for (const RankingRow& r : chapters.rows)
        grades.insert(r.rating.finalGrade());
    EXPECT_GE(grades.size(), 3);
    // 2024 is rated on the older scale.
    const Ranking old = buildRanking(db, 2024, UnitLevel::Commune);
    EXPECT_TRUE(QStringList({"XS", "VM", "KHA", "TB", "YEU"}).contains(old.rows.front().rating.grade));
}

TEST(DemoYearWork, SameSeedSameRanking)
{
    hvtest::TempDir dir;
    QByteArray json[2];
    for (int i = 0; i < 2; ++i) {
        Database db(hvtest::testDatabase(dir, QStringLiteral("d%1.sqlite").arg(i)));
        makeDemo(db, 11);
        json[i] = rankingJson(buildRanking(db, 2025, UnitLevel::Chapter));
    }
    EXPECT_EQ(json[0], json[1]);
    EXPECT_GT(json[0].size(), 1000);
}
