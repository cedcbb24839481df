// Trainings, awards and activities: what is stored, and every kind of bad input refused whole.
#include "core/error.h"
#include "reports/threecommunes.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace hv;

namespace {

class YearWorkTest : public ::testing::Test {
protected:
    void SetUp() override { t = hvtest::buildThreeCommunes(db); }

    // The Input error's message, or a failure when the call did not throw one.
    template <typename F>
    std::string refusal(F f)
    {
        try {
            f();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Input);
            return e.message().toStdString();
        }
        ADD_FAILURE() << "accepted";
        return {};
    }
    qint64 count(const char* table)
    {
        Query q(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        q.exec();
        q.next();
        return q.integer(0);
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "work.sqlite")};
    hvtest::ThreeCommunes t;
};

Training training(Id unit, QDate from, std::vector<TrainingParticipant> people = {})
{
    Training tr;
    tr.year = 2025;
    tr.title = QString::fromUtf8("Lớp kỹ năng");
    tr.unitId = unit;
    tr.from = from;
    tr.participants = std::move(people);
    return tr;
}

}  // namespace

TEST_F(YearWorkTest, TrainingsAreReadBackWithTheirParticipants)
{
    const auto xa = TrainingRepository(db).forYear(2025, t.xa);
    ASSERT_EQ(xa.size(), 4u);
    EXPECT_EQ(xa[0].attendeeCount(), 4);
    EXPECT_EQ(xa[0].participants[2].name, QString::fromUtf8("Cán bộ Hội huyện"));
    EXPECT_EQ(xa[3].attendeeCount(), 30);
    EXPECT_EQ(xa[0].level, "commune");
    const auto hers = TrainingRepository(db).ofMember(t.xaMember);
    ASSERT_EQ(hers.size(), 1u);
    EXPECT_EQ(hers[0].title, "Tap huan An 0");
}

TEST_F(YearWorkTest, TrainingDatesOutsideTheYearAreRefused)
{
    const qint64 before = count("trainings");
    Training tr = training(t.xa, QDate(2024, 12, 30));
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(tr); }).find("outside the year 2025"), std::string::npos);
    tr = training(t.xa, QDate(2025, 12, 30));
    tr.to = QDate(2026, 1, 2);
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(tr); }).find("outside the year"), std::string::npos);
    tr = training(t.xa, QDate(2025, 5, 3));
    tr.to = QDate(2025, 5, 1);
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(tr); }).find("before the first day"), std::string::npos);
    EXPECT_EQ(count("trainings"), before);
}

TEST_F(YearWorkTest, AParticipantMustBeAMemberOnTheTrainingDate)
{
    const qint64 trainings = count("trainings"), participants = count("training_participants");
    // Admitted on 1/6/2025: not yet a member on 10/3/2025.
    Training tr = training(t.xa, QDate(2025, 3, 10), {{TrainingParticipant::Kind::Member, t.xaMember, {}},
                                                      {TrainingParticipant::Kind::Member, t.xaNewMember, {}}});
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(tr); }).find("Moi An 1 was not an active member on 10/03/2025"),
              std::string::npos);
    EXPECT_EQ(count("trainings"), trainings);
    EXPECT_EQ(count("training_participants"), participants);
    tr.from = tr.to = QDate(2025, 6, 1);  // her admission day: she is one
    EXPECT_GT(TrainingRepository(db).save(tr), 0);
    tr.id = 0;
    tr.attendees = 1;  // fewer than the two listed
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(tr); }).find("2 participants"), std::string::npos);
    Training anon = training(t.xa, QDate(2025, 6, 1), {{TrainingParticipant::Kind::Outside, 0, {}}});
    EXPECT_NE(refusal([&] { TrainingRepository(db).save(anon); }).find("needs a name"), std::string::npos);
}

TEST_F(YearWorkTest, AnAwardToAUnitThatDidNotExistThenIsRefused)
{
    OrgUnit xd{0, "XD", QString::fromUtf8("Xã Đông"), UnitLevel::Commune, t.district};
    xd.validFrom = QDate(2025, 7, 1);
    const Id xdId = UnitRepository(db).insert(xd);
    const qint64 before = count("awards");
    Award a{0, 2025, "flag", QString::fromUtf8("Cờ thi đua"), "province", "7/QĐ", QDate(2025, 3, 1), {}, 0, xdId};
    EXPECT_NE(refusal([&] { AwardRepository(db).save(a); }).find("did not exist on 01/03/2025"), std::string::npos);
    Award person{0, 2025, "title", QString::fromUtf8("Phụ nữ tiêu biểu"), "district", "8/QĐ", QDate(2025, 3, 1), {}, t.xaNewMember, 0};
    EXPECT_NE(refusal([&] { AwardRepository(db).save(person); }).find("not an active member"), std::string::npos);
    Award late{0, 2023, "merit", {}, "province", "9/QĐ", QDate(2025, 3, 1), {}, 0, t.xa};
    EXPECT_NE(refusal([&] { AwardRepository(db).save(late); }).find("outside the emulation year"), std::string::npos);
    Award noDecision{0, 2025, "merit", {}, "province", {}, QDate(2025, 9, 1), {}, 0, t.xa};
    EXPECT_NE(refusal([&] { AwardRepository(db).save(noDecision); }).find("decision number"), std::string::npos);
    EXPECT_EQ(count("awards"), before);
}

TEST_F(YearWorkTest, ProposalsCountOnceApproved)
{
    AwardRepository awards(db);
    Award p{0, 2025, "certificate", QString::fromUtf8("Giấy khen"), "district", {}, {}, {}, t.xaMember, 0, "proposed"};
    const Id id = awards.save(p);
    EXPECT_EQ(p.unitId, t.xa);  // her unit on 31/12 while proposed
    EXPECT_EQ(awards.approvedByUnit(2025).value(t.xa).value("certificate"), 0);
    awards.approve(id, "12/QĐ-HPN", QDate(2026, 1, 10));
    EXPECT_EQ(awards.approvedByUnit(2025).value(t.xa).value("certificate"), 1);
    EXPECT_EQ(awards.ofMember(t.xaMember).size(), 1u);
    EXPECT_EQ(awards.ofUnit(t.xa).size(), 1u);  // the collective merit of the fixture
    EXPECT_EQ(awardFormFromText(QString::fromUtf8("BẰNG KHEN")), std::optional<QString>("merit"));
    EXPECT_EQ(issuerLevelFromText(QString::fromUtf8("UBND tỉnh")), std::optional<QString>("committee"));
}

TEST_F(YearWorkTest, ActivitiesAreSavedWholeOrNotAtAll)
{
    ActivityRepository repo(db);
    const qint64 before = count("activities");
    const ActivityCounts countsBefore = repo.countsByUnit(2025).value(t.xb);
    std::vector<Activity> rows{{0, t.xb, 2025, QDate(2025, 2, 1), "mediation", {}, 2, 0, {}, {}, {}},
                               {0, t.xb, 2025, QDate(2026, 1, 1), "gift", {}, 5, 2000000, {}, {}, {}}};
    EXPECT_NE(refusal([&] { repo.upsert(rows); }).find("Activity 2"), std::string::npos);
    rows[1].date = QDate(2025, 1, 1);
    rows[1].members = {t.xaNewMember};  // not a member yet on 1/1/2025
    EXPECT_NE(refusal([&] { repo.upsert(rows); }).find("not an active member"), std::string::npos);
    rows[1].members.clear();
    rows[1].count = -1;
    EXPECT_NE(refusal([&] { repo.upsert(rows); }).find("negative"), std::string::npos);
    EXPECT_EQ(count("activities"), before);
    rows[1].count = 5;
    repo.upsert(rows);
    EXPECT_EQ(count("activities"), before + 2);
    EXPECT_EQ(repo.countsByUnit(2025).value(t.xb).supportAmount, 2000000);
    // Two mediations are two activities; the gift to five people is one, reaching five.
    EXPECT_EQ(repo.countsByUnit(2025).value(t.xb).activities - countsBefore.activities, 3);
    EXPECT_EQ(repo.countsByUnit(2025).value(t.xb).supportCount - countsBefore.supportCount, 5);

    // The grid of XC: one club with two members replaces its year.
    std::vector<Activity> grid{{0, 0, 0, QDate(2025, 4, 1), "club", QString::fromUtf8("CLB Phụ nữ với pháp luật"), 2, 0,
                                QDate(2019, 5, 1), {}, {}}};
    Query m(db, QStringLiteral("SELECT member_id FROM member_events WHERE unit_id = :u ORDER BY member_id LIMIT 2"));
    m.bind(QStringLiteral(":u"), t.xc).exec();
    while (m.next())
        grid[0].members.push_back(m.integer(0));
    repo.saveUnitYear(t.xc, 2025, grid);
    const auto xc = repo.forUnitYear(t.xc, 2025);
    ASSERT_EQ(xc.size(), 1u);
    EXPECT_EQ(xc[0].members.size(), 2u);
    EXPECT_EQ(xc[0].foundedOn, QDate(2019, 5, 1));
    EXPECT_EQ(activityKindFromText(QString::fromUtf8("hoà giải")), std::optional<QString>("mediation"));  // old tone placement
    EXPECT_EQ(activityKindFromText(QString::fromUtf8("Hòa giải")), std::optional<QString>("mediation"));
}
