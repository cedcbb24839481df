// Changes of the organisation tree: members move with their history, and the report of a past year
// comes out byte for byte the same after a merge or a split.
#include "storage/unitchanges.h"
#include "core/referencedata.h"
#include "reports/annualreport.h"
#include "reports/reportwriters.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/statisticsrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>
#include <QRegularExpression>

using namespace hv;

namespace {

const QDate kOn(2024, 7, 1);

// District D1 with communes C1 (chapters A, B) and C2 (chapter X); members from 2015 to 2024.
class UnitChangesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        UnitRepository units(db);
        d1 = units.insert({0, "D1", QString::fromUtf8("Huyện Mẫu"), UnitLevel::District, 0});
        c1 = units.insert({0, "C1", QString::fromUtf8("Xã Một"), UnitLevel::Commune, d1});
        c2 = units.insert({0, "C2", QString::fromUtf8("Xã Hai"), UnitLevel::Commune, d1});
        a = units.insert({0, "C1-A", QString::fromUtf8("Chi hội A"), UnitLevel::Chapter, c1});
        b = units.insert({0, "C1-B", QString::fromUtf8("Chi hội B"), UnitLevel::Chapter, c1});
        x = units.insert({0, "C2-X", QString::fromUtf8("Chi hội X"), UnitLevel::Chapter, c2});
        units.setOfficeUnit(d1);
        UnitYearRepository years(db);
        years.setPopulation(c1, 2023, {10, "present"});
        years.setPopulation(c2, 2023, {8, "present"});

        m1 = member("Lê Thị Một", {ev(EventKind::Admitted, QDate(2015, 3, 1), a)});
        repo.addPosition({0, m1, Position::ChapterHead, {}, a, QDate(2020, 1, 1)});
        m2 = member("Lê Thị Hai", {ev(EventKind::Admitted, QDate(2018, 5, 5), a),
                                   ev(EventKind::Moved, QDate(2023, 4, 1), b)});
        m3 = member("Lê Thị Ba",
                    {ev(EventKind::Admitted, QDate(2019, 1, 10), b), ev(EventKind::Died, QDate(2024, 9, 9))});
        m4 = member("Lê Thị Bốn", {ev(EventKind::Admitted, QDate(2020, 2, 2), c1)});
        m5 = member("Lê Thị Năm", {ev(EventKind::Admitted, QDate(2016, 1, 1), x)});
        member("Lê Thị Sáu",
               {ev(EventKind::Admitted, QDate(2017, 1, 1), a), ev(EventKind::Withdrew, QDate(2022, 10, 10))});
    }

    Id member(const char* name, std::vector<MembershipEvent> events)
    {
        Member m;
        m.fullName = QString::fromUtf8(name);
        m.birth.date = QDate(1970, 1, 1);
        m.birth.year = 1970;
        m.ethnicityCode = "01";
        m.religionCode = "00";
        return repo.create(m, std::move(events));
    }
    static MembershipEvent ev(EventKind k, QDate d, Id unit = 0) { return {0, 0, k, d, unit}; }

    QByteArray report(int year) { return annualReportJson(buildAnnualReport(db, {year, {}, {}, 2})); }
    qint64 activeIn(Id unit, const QDate& d)
    {
        return StatisticsRepository(db).activeAt(d).value(unit).ordinary;
    }
    OrgUnit unit(Id id) { return *UnitRepository(db).byId(id); }
    // Her event in effect on d.
    MembershipEvent eventOn(Id m, const QDate& d)
    {
        MembershipEvent found;
        for (const MembershipEvent& e : repo.events(m))
            if (e.date <= d) found = e;
        return found;
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "u.sqlite")};
    ReferenceData ref;
    MemberRepository repo{db, ref};
    UnitChanges changes{db, ref};
    Id d1 = 0, c1 = 0, c2 = 0, a = 0, b = 0, x = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0;
};

}  // namespace

TEST_F(UnitChangesTest, MergeMovesMembersOnTheDayAndKeepsThePastReport)
{
    const QByteArray before2023 = report(2023);
    const QByteArray before2022 = report(2022);

    EXPECT_EQ(changes.merge(c1, c2, kOn, "12/QĐ-HLHPN"), 4);  // Một, Hai (A, B), Ba (B), Bốn (C1)

    EXPECT_EQ(report(2023), before2023);
    EXPECT_EQ(report(2022), before2022);
    for (Id m : {m1, m2, m3, m4}) {
        const MembershipEvent e = eventOn(m, kOn);
        EXPECT_EQ(e.kind, EventKind::Moved);
        EXPECT_EQ(e.date, kOn);
        EXPECT_EQ(e.unitId, c2);
        EXPECT_EQ(e.decisionNo, QStringLiteral("12/QĐ-HLHPN"));
    }
    EXPECT_EQ(eventOn(m2, kOn).fromUnitId, b);
    // Ba died after the merge: her death now leaves commune 2.
    const auto ba = repo.events(m3);
    ASSERT_EQ(ba.size(), 3u);
    EXPECT_EQ(ba.back().kind, EventKind::Died);
    EXPECT_EQ(ba.back().fromUnitId, c2);
    EXPECT_EQ(activeIn(c2, kOn), 4);  // Một, Hai, Ba, Bốn; Năm is in X
    EXPECT_EQ(activeIn(a, kOn.addDays(-1)), 1);

    for (Id id : {c1, a, b}) {
        EXPECT_EQ(unit(id).validTo, kOn);
        EXPECT_EQ(unit(id).mergedIntoId, c2);
    }
    EXPECT_FALSE(unit(c2).validTo.isValid());
    // The chapter head of the closed chapter holds it until the day.
    EXPECT_EQ(repo.positions(m1).front().to, kOn);
    // A later movement is still accepted: the chain stays valid.
    EXPECT_NO_THROW(repo.addEvent(m1, ev(EventKind::Moved, QDate(2024, 8, 1), x)));
}

TEST_F(UnitChangesTest, MergeCanKeepTheChaptersUnderTheTarget)
{
    const QByteArray before = report(2023);
    EXPECT_EQ(changes.merge(c1, c2, kOn, "13/QĐ", UnitChanges::ChildUnits::KeepUnderTarget), 4);
    EXPECT_EQ(report(2023), before);

    const UnitTree tree = UnitRepository(db).tree();
    const auto kept = tree.children(c2, kOn);
    ASSERT_EQ(kept.size(), 3u);  // X and the copies of A and B
    const OrgUnit* newA = tree.byId(unit(a).mergedIntoId);
    ASSERT_NE(newA, nullptr);
    EXPECT_EQ(newA->name, QString::fromUtf8("Chi hội A"));
    EXPECT_EQ(newA->parentId, c2);
    EXPECT_EQ(newA->validFrom, kOn);
    EXPECT_EQ(newA->code, QStringLiteral("C2-01"));
    EXPECT_EQ(eventOn(m1, kOn).unitId, newA->id);
    EXPECT_EQ(eventOn(m4, kOn).unitId, c2);  // she was in the commune itself
    // Her position continues in the new chapter.
    const auto positions = repo.positions(m1);
    ASSERT_EQ(positions.size(), 2u);
    EXPECT_EQ(positions[1].unitId, newA->id);
    EXPECT_FALSE(positions[1].to.isValid());
}

TEST_F(UnitChangesTest, MergeRefusesATargetBelowOrAFutureDate)
{
    EXPECT_THROW(changes.merge(c1, a, kOn, {}), Error);
    EXPECT_THROW(changes.merge(c1, c1, kOn, {}), Error);
    EXPECT_THROW(changes.merge(c1, c2, QDate::currentDate().addDays(3), {}), Error);
    EXPECT_FALSE(unit(c1).validTo.isValid());
    EXPECT_EQ(eventOn(m1, QDate::currentDate()).unitId, a);
}

TEST_F(UnitChangesTest, MergeRefusesAMovementIntoTheClosedUnitAfterTheDay)
{
    repo.addEvent(m5, ev(EventKind::Moved, QDate(2024, 8, 1), b));  // X -> B after the merge date
    try {
        changes.merge(c1, c2, kOn, {});
        FAIL() << "merge accepted";
    } catch (const Error& e) {
        EXPECT_TRUE(e.message().contains(QString::fromUtf8("Lê Thị Năm"))) << e.message().toStdString();
    }
    EXPECT_FALSE(unit(c1).validTo.isValid());  // rolled back
    EXPECT_EQ(eventOn(m1, kOn).kind, EventKind::Admitted);
}

TEST_F(UnitChangesTest, CloseIsRefusedWhileMembersOrUnitsRemain)
{
    try {
        changes.close(b, kOn, {});
        FAIL() << "close accepted";
    } catch (const Error& e) {
        // How many (Hai and Ba), whatever the language.
        EXPECT_TRUE(e.message().contains(QRegularExpression(QStringLiteral("\\b2\\b"))))
            << e.message().toStdString();
    }
    EXPECT_FALSE(unit(b).validTo.isValid());

    // An empty chapter closes; its commune does not while chapter A still exists.
    const Id empty = changes.addUnit({0, {}, QString::fromUtf8("Chi hội Trống"), UnitLevel::Chapter, c2});
    changes.close(empty, kOn, "5/QĐ");
    EXPECT_EQ(unit(empty).validTo, kOn);
    EXPECT_EQ(unit(empty).decisionNo, QStringLiteral("5/QĐ"));
    EXPECT_THROW(changes.close(empty, kOn, {}), Error);  // closed already

    changes.merge(a, b, QDate(2024, 1, 1), {});
    changes.merge(b, x, QDate(2024, 2, 1), {});
    EXPECT_THROW(changes.close(c1, QDate(2024, 1, 15), {}), Error);  // Bốn, and B, still there
    repo.addEvent(m4, ev(EventKind::Moved, QDate(2024, 3, 1), x));
    changes.close(c1, QDate(2024, 3, 1), {});
    EXPECT_EQ(unit(c1).validTo, QDate(2024, 3, 1));
    EXPECT_EQ(unit(c1).mergedIntoId, 0);
}

TEST_F(UnitChangesTest, SplitByChaptersAndByMembers)
{
    const QByteArray before = report(2023);
    SplitPart north{{0, {}, QString::fromUtf8("Xã Bắc"), UnitLevel::Commune}, {m4}, {a}};
    SplitPart south{{0, "C9", QString::fromUtf8("Xã Nam"), UnitLevel::Commune}, {}, {b}};
    const std::vector<Id> made = changes.split(c1, kOn, "20/QĐ", {north, south});
    ASSERT_EQ(made.size(), 2u);
    EXPECT_EQ(report(2023), before);

    const UnitTree tree = UnitRepository(db).tree();
    EXPECT_EQ(tree.byId(made[0])->code, QStringLiteral("D1-01"));
    EXPECT_EQ(tree.byId(made[1])->code, QStringLiteral("C9"));
    EXPECT_EQ(tree.byId(made[0])->parentId, d1);
    EXPECT_EQ(tree.byId(made[0])->validFrom, kOn);
    EXPECT_EQ(unit(c1).validTo, kOn);
    EXPECT_EQ(unit(a).validTo, kOn);
    EXPECT_EQ(eventOn(m4, kOn).unitId, made[0]);
    EXPECT_EQ(tree.byId(eventOn(m1, kOn).unitId)->parentId, made[0]);  // A's copy under Bắc
    EXPECT_EQ(tree.byId(eventOn(m2, kOn).unitId)->parentId, made[1]);
    EXPECT_EQ(StatisticsRepository(db).activeAt(kOn).value(c1).ordinary, 0);
}

TEST_F(UnitChangesTest, SplitRefusesAnUnassignedMemberOrChapter)
{
    SplitPart one{{0, {}, QString::fromUtf8("Xã Bắc"), UnitLevel::Commune}, {}, {a}};
    SplitPart two{{0, {}, QString::fromUtf8("Xã Nam"), UnitLevel::Commune}, {}, {b}};
    EXPECT_THROW(changes.split(c1, kOn, {}, {one, two}), Error);  // Bốn is in the commune itself
    two.childUnitIds.clear();
    two.memberIds = {m4};
    EXPECT_THROW(changes.split(c1, kOn, {}, {one, two}), Error);  // B goes nowhere
    EXPECT_FALSE(unit(c1).validTo.isValid());
    EXPECT_EQ(UnitRepository(db).all().size(), 6u);  // nothing half-written
}

TEST_F(UnitChangesTest, AddChecksLevelCodeAndDates)
{
    EXPECT_THROW(changes.addUnit({0, "C1-Z", QStringLiteral("Z"), UnitLevel::Commune, a}),
                 Error);  // commune below a chapter
    EXPECT_THROW(changes.addUnit({0, "C1-A", QStringLiteral("Z"), UnitLevel::Chapter, c1}),
                 Error);                                                               // code in use
    EXPECT_THROW(changes.addUnit({0, {}, QString(), UnitLevel::Chapter, c1}), Error);  // no name
    EXPECT_THROW(
        changes.addUnit(
            {0, {}, QStringLiteral("Z"), UnitLevel::Chapter, c1, QDate(2024, 5, 1), QDate(2024, 1, 1)}),
        Error);
    EXPECT_THROW(changes.addUnit({0, {}, QStringLiteral("Z"), UnitLevel::Chapter, 0}), Error);  // no parent
    EXPECT_EQ(changes.proposeCode(c1), QStringLiteral("C1-01"));
    const Id g = changes.addUnit({0, {}, QString::fromUtf8("Tổ 1"), UnitLevel::Group, a});
    EXPECT_EQ(unit(g).code, QStringLiteral("C1-A-01"));
    EXPECT_EQ(changes.proposeCode(a), QStringLiteral("C1-A-02"));
    changes.rename(g, QString::fromUtf8(" Tổ phụ nữ 1 "));
    EXPECT_EQ(unit(g).name, QString::fromUtf8("Tổ phụ nữ 1"));
}

TEST_F(UnitChangesTest, UpdateKeepsTheOfficeSettingAndTheLevels)
{
    OrgUnit d = unit(d1);
    d.code = "D1X";
    changes.updateUnit(d);
    ASSERT_TRUE(UnitRepository(db).officeUnit().has_value());
    EXPECT_EQ(UnitRepository(db).officeUnit()->id, d1);
    OrgUnit c = unit(c1);
    c.level = UnitLevel::Chapter;  // its chapters would be at its level
    EXPECT_THROW(changes.updateUnit(c), Error);
    c = unit(c1);
    c.validTo = kOn;  // closing by an edit is checked like close()
    EXPECT_THROW(changes.updateUnit(c), Error);
}

TEST_F(UnitChangesTest, PopulationsSaveInOneTransaction)
{
    changes.savePopulations({{c1, 2024, 120, "eligible"}, {c2, 2023, -1, {}}});
    UnitYearRepository years(db);
    ASSERT_TRUE(years.population(c1, 2024).has_value());
    EXPECT_EQ(years.population(c1, 2024)->women18Plus, 120);
    EXPECT_EQ(years.population(c1, 2024)->basis, QStringLiteral("eligible"));
    EXPECT_FALSE(years.population(c2, 2023).has_value());
    EXPECT_THROW(
        changes.savePopulations({{c1, 2025, 5, "present"}, {c2, 2025, -1, {}}, {x, 2025, 3, "wrong"}}),
        Error);
    EXPECT_FALSE(years.population(c1, 2025).has_value());
}

TEST_F(UnitChangesTest, MembersAtListsTheSubtree)
{
    const auto list = changes.membersAt(c1, QDate(2024, 1, 1));
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list.front().fullName, QString::fromUtf8("Lê Thị Ba"));  // by given name: Ba, Bốn, Hai, Một
    EXPECT_EQ(list.back().fullName, QString::fromUtf8("Lê Thị Một"));
}
