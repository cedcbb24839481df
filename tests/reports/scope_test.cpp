// Accounts scoped to a subtree (storage/accessscope.h): an officer of one commune sees no row of
// another and cannot write there, in every repository and report that reads members.
#include "core/error.h"
#include "reports/annualreport.h"
#include "reports/memberlists.h"
#include "reports/rating.h"
#include "storage/activityrepository.h"
#include "storage/awardrepository.h"
#include "storage/accountrepository.h"
#include "storage/batchrepository.h"
#include "storage/ratingrepository.h"
#include "storage/registerrepository.h"
#include "storage/session.h"
#include "storage/statisticsrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unityearrepository.h"
#include "testutil.h"
#include "threecommunes.h"

#include <gtest/gtest.h>
#include <optional>

using namespace hv;

namespace {

template <typename F>
std::optional<Error::Kind> errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    return std::nullopt;
}

class ScopeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        t = hvtest::buildThreeCommunes(db);
        MemberRepository members(db, ref);
        for (const SearchHit& h : members.search(QStringLiteral("Binh"), 100))
            xbMembers.push_back(h.id);
        ASSERT_EQ(xbMembers.size(), 9u);
    }
    void as(Role role, Id unit)
    {
        AccessScope s;
        s.userName = QStringLiteral("lan");
        s.role = role;
        s.rootUnitId = unit;
        db.setScope(s);
    }
    static Member someone(const QString& name)
    {
        Member m;
        m.fullName = name;
        m.birth.date = QDate(1990, 5, 5);
        m.birth.year = 1990;
        m.ethnicityCode = QStringLiteral("01");
        m.religionCode = QStringLiteral("00");
        return m;
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "scope.sqlite")};
    const ReferenceData ref;
    hvtest::ThreeCommunes t;
    std::vector<Id> xbMembers;
};

TEST_F(ScopeTest, RegisterListsOnlyTheOfficersCommune)
{
    RegisterRepository reg(db);
    RegisterQuery all;
    all.date = QDate(2025, 12, 31);
    EXPECT_EQ(reg.count(all), 26);  // 9 + 9 + 8, as the administrator
    as(Role::Officer, t.xa);
    EXPECT_EQ(reg.count(all), 9);
    for (const RegisterRow& r : reg.page(all, std::nullopt, 100)) {
        EXPECT_EQ(r.unitId, t.xa);
        EXPECT_TRUE(r.fullName.contains(QLatin1String(" An "))) << r.fullName.toStdString();
    }
    RegisterQuery xb = all;
    xb.unitId = t.xb;
    EXPECT_EQ(errorOf([&] { reg.count(xb); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { reg.page(xb, std::nullopt, 10); }), Error::Kind::Denied);
    RegisterQuery search = all;
    search.search = QStringLiteral("binh");
    EXPECT_EQ(reg.count(search), 0);
}

TEST_F(ScopeTest, MembersOfAnotherCommuneAreNotFoundAndNotWritable)
{
    MemberRepository members(db, ref);
    const auto xbMember = members.byId(xbMembers.front());
    ASSERT_TRUE(xbMember);
    as(Role::Officer, t.xa);
    EXPECT_FALSE(members.byId(xbMembers.front()));
    EXPECT_TRUE(members.events(xbMembers.front()).empty());
    EXPECT_TRUE(members.positions(xbMembers.front()).empty());
    EXPECT_TRUE(members.search(QStringLiteral("Binh")).empty());
    EXPECT_EQ(members.search(QStringLiteral("An"), 100).size(), 9u);
    EXPECT_TRUE(members.byId(t.xaMember));

    Member changed = *xbMember;
    changed.phone = QStringLiteral("0912345678");
    EXPECT_EQ(errorOf([&] { members.update(changed); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { members.create(someone(QStringLiteral("Lê Thị Mới")), {{0, 0, EventKind::Admitted, QDate(2025, 7, 1), t.xb}}); }),
              Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { members.addEvent(xbMembers.front(), {0, 0, EventKind::Withdrew, QDate(2025, 8, 1), 0}); }),
              Error::Kind::Denied);
    // Moving her own member to another commune is the district's work.
    EXPECT_EQ(errorOf([&] { members.addEvent(t.xaMember, {0, 0, EventKind::Moved, QDate(2025, 8, 1), t.xb}); }),
              Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { members.remove(xbMembers.front()); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { UnitRepository(db).insert({0, "XB1", QStringLiteral("Chi hội 1"), UnitLevel::Chapter, t.xb}); }),
              Error::Kind::Denied);

    // Her own commune stays writable.
    const Id mine = members.create(someone(QStringLiteral("Lê Thị Mới")), {{0, 0, EventKind::Admitted, QDate(2025, 7, 1), t.xa}});
    EXPECT_TRUE(members.byId(mine));
    db.setScope({});
    EXPECT_EQ(members.byId(xbMembers.front())->phone, xbMember->phone);  // nothing was written
}

TEST_F(ScopeTest, StatisticsCountOnlyTheScope)
{
    as(Role::Officer, t.xa);
    StatisticsRepository stats(db);
    const auto active = stats.activeAt(QDate(2025, 12, 31));
    ASSERT_FALSE(active.isEmpty());
    for (auto it = active.begin(); it != active.end(); ++it)
        EXPECT_EQ(it.key(), t.xa);
    const auto events = stats.eventsBetween(QDate(2024, 12, 31), QDate(2025, 12, 31));
    ASSERT_FALSE(events.empty());
    for (const EventGroup& g : events)
        EXPECT_TRUE(g.unitId == t.xa || g.fromUnitId == t.xa);
}

TEST_F(ScopeTest, AnnualReportOfTheOfficersCommuneOnly)
{
    AnnualReportOptions o;
    o.year = 2025;
    o.unitCode = QStringLiteral("XA");
    const AnnualReport admin = buildAnnualReport(db, o);
    as(Role::Officer, t.xa);
    const AnnualReport officer = buildAnnualReport(db, o);
    EXPECT_EQ(officer.totals.membersEnd, admin.totals.membersEnd);
    EXPECT_EQ(officer.totals.admitted, admin.totals.admitted);
    EXPECT_EQ(officer.totals.membersEnd, 9);
    AnnualReportOptions byDefault;
    byDefault.year = 2025;
    EXPECT_EQ(buildAnnualReport(db, byDefault).unitCode, QStringLiteral("XA"));
    AnnualReportOptions other = o;
    other.unitCode = QStringLiteral("XB");
    EXPECT_EQ(errorOf([&] { buildAnnualReport(db, other); }), Error::Kind::Denied);
    other.unitCode = QStringLiteral("D9");
    EXPECT_EQ(errorOf([&] { buildAnnualReport(db, other); }), Error::Kind::Denied);
}

TEST_F(ScopeTest, ListsAndSheetsOfAnotherCommuneAreRefused)
{
    as(Role::Officer, t.xa);
    MemberListOptions o;
    o.date = QDate(2025, 12, 31);
    const MemberList mine = buildMemberList(db, ref, o);
    EXPECT_EQ(mine.unitCode, QStringLiteral("XA"));
    EXPECT_EQ(mine.table.rows.size(), 9u);
    o.unitCode = QStringLiteral("XB");
    EXPECT_EQ(errorOf([&] { buildMemberList(db, ref, o); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { buildMovementList(db, 2025, QStringLiteral("XB")); }), Error::Kind::Denied);
    EXPECT_EQ(buildMovementList(db, 2025, {}).table.rows.size(), 2u);  // XA's two admissions
    EXPECT_EQ(errorOf([&] { memberSheetDocument(db, ref, xbMembers.front(), QDate(2026, 1, 2)); }), Error::Kind::Input);
    EXPECT_NO_THROW(memberSheetDocument(db, ref, t.xaMember, QDate(2026, 1, 2)));
}

TEST_F(ScopeTest, ViewerReadsMaskedAndWritesNothing)
{
    MemberRepository members(db, ref);
    Member m = *members.byId(t.xaMember);
    m.phone = QStringLiteral("0912345678");
    members.update(m);
    m = *members.byId(t.xaMember);
    as(Role::Viewer, t.xa);
    MemberListOptions o;
    o.date = QDate(2025, 12, 31);
    o.columns = {QStringLiteral("full_name"), QStringLiteral("phone")};
    const MemberList list = buildMemberList(db, ref, o);
    bool found = false;
    for (const ReportRow& r : list.table.rows)
        if (r.cells[1].text.contains(QLatin1Char('*'))) {
            found = true;
            EXPECT_EQ(r.cells[1].text, maskedDigits(QStringLiteral("0912345678")));
        }
    EXPECT_TRUE(found);
    m.notes = QStringLiteral("x");
    EXPECT_EQ(errorOf([&] { members.update(m); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { memberSheetDocument(db, ref, t.xaMember, QDate(2026, 1, 2)); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { BatchRepository(db).create(QStringLiteral("members"), QStringLiteral("x.csv")); }), Error::Kind::Denied);
}

TEST_F(ScopeTest, LockedSessionReadsNothingUntilUnlocked)
{
    AccountRepository accounts(db);
    accounts.add(QStringLiteral("admin"), QStringLiteral("mat-khau-1"), Role::Admin, 0);
    db.setScope(AccessScope{QStringLiteral("admin"), Role::Admin, 0, false});
    accounts.add(QStringLiteral("lan"), QStringLiteral("mat-khau-2"), Role::Officer, t.xa);

    // A new connection to a database with accounts is closed until someone signs in.
    Database other(db.location());
    MemberRepository members(other, ref);
    EXPECT_EQ(errorOf([&] { members.byId(t.xaMember); }), Error::Kind::Denied);
    Session session(other);
    EXPECT_EQ(errorOf([&] { session.login(QStringLiteral("lan"), QStringLiteral("wrong-password")); }), Error::Kind::Denied);
    session.login(QStringLiteral("lan"), QStringLiteral("mat-khau-2"));
    EXPECT_TRUE(members.byId(t.xaMember));
    EXPECT_FALSE(members.byId(xbMembers.front()));
    session.lock();
    EXPECT_EQ(errorOf([&] { members.byId(t.xaMember); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { RegisterRepository(other).count({}); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { session.unlock(QStringLiteral("mat-khau-1")); }), Error::Kind::Denied);
    session.unlock(QStringLiteral("mat-khau-2"));
    EXPECT_TRUE(members.byId(t.xaMember));
}

TEST_F(ScopeTest, YearsWorkOfAnotherCommuneIsNeitherReadNorWritten)
{
    as(Role::Officer, t.xa);
    TrainingRepository trainings(db);
    const auto seen = trainings.forYear(2025);
    ASSERT_EQ(seen.size(), 4u);  // XA's four of the nine
    for (const Training& tr : seen)
        EXPECT_EQ(tr.unitId, t.xa);
    const auto counts = trainings.countsByUnit(QDate(2024, 12, 31), QDate(2025, 12, 31));
    EXPECT_EQ(counts.size(), 1);
    EXPECT_TRUE(counts.contains(t.xa));
    EXPECT_EQ(trainings.memberTraineesByUnit(QDate(2024, 12, 31), QDate(2025, 12, 31)).keys(), QList<Id>{t.xa});

    Training other;
    other.year = 2025;
    other.title = QStringLiteral("Tap huan XB");
    other.unitId = t.xb;
    other.from = QDate(2025, 9, 1);
    EXPECT_EQ(errorOf([&] { trainings.save(other); }), Error::Kind::Denied);
    as(Role::Admin, 0);
    const Id xbTraining = TrainingRepository(db).forYear(2025, t.xb).front().id;
    as(Role::Officer, t.xa);
    EXPECT_FALSE(trainings.byId(xbTraining));
    EXPECT_EQ(errorOf([&] { trainings.remove(xbTraining); }), Error::Kind::Input);
    Training moved = seen.front();
    moved.unitId = t.xb;  // taking her own training over to another commune is writing there
    EXPECT_EQ(errorOf([&] { trainings.save(moved); }), Error::Kind::Denied);

    AwardRepository awards(db);
    for (const Award& a : awards.forYear(2025))
        EXPECT_EQ(a.unitId, t.xa);
    EXPECT_EQ(awards.forYear(2025).size(), 2u);
    EXPECT_EQ(awards.approvedByUnit(2025).keys(), QList<Id>{t.xa});
    Award toXb;
    toXb.year = 2025;
    toXb.form = QStringLiteral("merit");
    toXb.title = QStringLiteral("Bang khen");
    toXb.issuerLevel = QStringLiteral("district");
    toXb.decisionNo = QStringLiteral("1/QD");
    toXb.decisionDate = QDate(2025, 12, 1);
    toXb.memberId = xbMembers.front();  // the award goes to her unit, XB
    EXPECT_EQ(errorOf([&] { awards.save(toXb); }), Error::Kind::Denied);

    ActivityRepository activities(db);
    EXPECT_TRUE(activities.forUnitYear(t.xb, 2025).empty());
    EXPECT_FALSE(activities.forUnitYear(t.xa, 2025).empty());
    EXPECT_EQ(activities.countsByUnit(2025).keys(), QList<Id>{t.xa});
    std::vector<Activity> rows{{0, t.xb, 2025, QDate(2025, 5, 5), QStringLiteral("supervision"), QStringLiteral("x"), 1, 0, {}, {}, {}}};
    EXPECT_EQ(errorOf([&] { activities.upsert(rows); }), Error::Kind::Denied);

    UnitYearRepository figures(db);
    EXPECT_EQ(figures.populations(2025).keys(), QList<Id>{t.xa});
    EXPECT_FALSE(figures.population(t.xb, 2025));
    EXPECT_EQ(figures.targets(2025, QStringLiteral("admitted")).keys(), QList<Id>{t.xa});
    EXPECT_EQ(errorOf([&] { figures.setPopulation(t.xb, 2025, {99, QStringLiteral("present")}); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { figures.setTarget(t.xb, 2025, QStringLiteral("admitted"), 9); }), Error::Kind::Denied);
    figures.setTarget(t.xa, 2025, QStringLiteral("admitted"), 4);  // her own commune: allowed
    EXPECT_EQ(figures.target(t.xa, 2025, QStringLiteral("admitted")), 4.0);

    RatingRepository ratings(db);
    EXPECT_EQ(ratings.overrides(2025).keys(), QList<Id>{t.xa});
    EXPECT_EQ(errorOf([&] { ratings.setOverride(t.xb, 2025, {QStringLiteral("other"), 20, QStringLiteral("x")}); }),
              Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { ratings.setGrades(t.xb, 2025, QStringLiteral("HTNV"), {}, {}, {}, {}); }), Error::Kind::Denied);
    // The scorecard is the office's: a commune officer rates with it but cannot change it.
    EXPECT_EQ(errorOf([&] { ScorecardRepository(db).addVersion(2025, UnitLevel::Commune, scorecardFor(db, 2025, UnitLevel::Commune)); }),
              Error::Kind::Denied);
    EXPECT_FALSE(ScorecardRepository(db).latest(2025, UnitLevel::Commune));  // nothing stored by looking
    const auto rated = computeRatings(db, 2025, UnitLevel::Commune);
    ASSERT_EQ(rated.size(), 1u);
    EXPECT_EQ(rated.front().unitId, t.xa);

    as(Role::Viewer, t.xa);
    EXPECT_EQ(errorOf([&] { figures.setTarget(t.xa, 2025, QStringLiteral("admitted"), 5); }), Error::Kind::Denied);
    EXPECT_EQ(errorOf([&] { rateUnits(db, 2025, UnitLevel::Commune); }), Error::Kind::Denied);
    EXPECT_EQ(trainings.forYear(2025).size(), 4u);  // a viewer still reads her commune
}

}  // namespace
