// Accounts scoped to a subtree (storage/accessscope.h): an officer of one commune sees no row of
// another and cannot write there, in every repository and report that reads members.
#include "core/error.h"
#include "reports/annualreport.h"
#include "reports/memberlists.h"
#include "storage/accountrepository.h"
#include "storage/batchrepository.h"
#include "storage/registerrepository.h"
#include "storage/session.h"
#include "storage/statisticsrepository.h"
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
    Database db{dir.path("scope.sqlite")};
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

}  // namespace
