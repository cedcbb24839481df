// The demo database: a small Thọ Xuân (3,000 member records over its 30 communes) built once for the
// suite, then checked through the repositories, plain queries and the year-end report.
#include "importing/demogenerator.h"

#include "core/citizenid.h"
#include "core/membership.h"
#include "core/membervalidation.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "reports/annualreport.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <QHash>
#include <QSet>
#include <gtest/gtest.h>
#include <memory>

using namespace hv;

namespace {

const ReferenceData& ref()
{
    static const ReferenceData data;
    return data;
}

qint64 scalar(Database& db, const QString& sql)
{
    Query q(db, sql);
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

QStringList firstNames(Database& db, int n)
{
    Query q(db, QStringLiteral("SELECT full_name FROM members WHERE id <= :n ORDER BY id"));
    q.bind(QStringLiteral(":n"), n).exec();
    QStringList out;
    while (q.next())
        out << q.text(0);
    return out;
}

constexpr qint64 kMembers = 3000;

class DemoGeneratorTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new hvtest::TempDir;
        db = new Database(dir->path(QStringLiteral("demo.db")));
        DemoOptions o;
        o.members = kMembers;
        o.seed = 7;
        o.progress = [](double f) {
            calls.push_back(f);
            return true;
        };
        summary = generateDemo(*db, ref(), o);
    }
    static void TearDownTestSuite()
    {
        delete db;
        delete dir;
        db = nullptr;
        dir = nullptr;
    }
    static DemoSummary build(const QString& file, quint32 seed)
    {
        Database other(dir->path(file));
        DemoOptions o;
        o.members = kMembers;
        o.seed = seed;
        return generateDemo(other, ref(), o);
    }

    static inline hvtest::TempDir* dir = nullptr;
    static inline Database* db = nullptr;
    static inline DemoSummary summary;
    static inline std::vector<double> calls;
    const QDate today = QDate::currentDate();
    const int lastYear = QDate::currentDate().year() - 1;
};

TEST_F(DemoGeneratorTest, CreatesTheRequestedNumberOfMembersAndTheTree)
{
    MemberRepository members(*db, ref());
    EXPECT_EQ(summary.members, kMembers);
    EXPECT_EQ(members.count(), kMembers);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM member_events")), summary.events);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM member_positions")), summary.positions);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM units")), summary.units);
    EXPECT_GT(summary.events, summary.members);

    UnitRepository units(*db);
    ASSERT_TRUE(units.officeUnit());
    EXPECT_EQ(units.officeUnit()->code, QStringLiteral("395"));
    const UnitTree tree = units.tree();
    const auto communes = tree.children(units.officeUnit()->id);
    ASSERT_EQ(communes.size(), 30u);
    for (const OrgUnit* c : communes) {
        const auto chapters = tree.children(c->id);
        EXPECT_GE(chapters.size(), 8u) << c->code.toStdString();
        EXPECT_LE(chapters.size(), 20u) << c->code.toStdString();
        const bool town = c->name.startsWith(QStringLiteral("Thị trấn"));
        for (const OrgUnit* ch : chapters) {
            EXPECT_EQ(ch->level, UnitLevel::Chapter);
            EXPECT_TRUE(ch->code.startsWith(c->code + u'-')) << ch->code.toStdString();
            EXPECT_TRUE(ch->name.startsWith(town ? QStringLiteral("Chi hội Khu phố ") : QStringLiteral("Chi hội ")))
                << ch->name.toStdString();
            const auto groups = tree.children(ch->id);
            EXPECT_GE(groups.size(), 3u);
            EXPECT_LE(groups.size(), 6u);
            for (const OrgUnit* g : groups) {
                EXPECT_EQ(g->level, UnitLevel::Group);
                EXPECT_TRUE(g->name.startsWith(QStringLiteral("Tổ "))) << g->name.toStdString();
                EXPECT_TRUE(g->code.startsWith(ch->code + u'-')) << g->code.toStdString();
            }
        }
    }
    // Progress was reported, in order, up to the end.
    ASSERT_FALSE(calls.empty());
    EXPECT_TRUE(std::is_sorted(calls.begin(), calls.end()));
    EXPECT_DOUBLE_EQ(calls.back(), 1.0);
}

TEST_F(DemoGeneratorTest, EveryMemberIsValidWithAValidHistory)
{
    MemberRepository members(*db, ref());
    QHash<EventKind, int> kinds;
    int warnings = 0;
    for (Id id = 1; id <= kMembers; ++id) {
        const auto m = members.byId(id);
        ASSERT_TRUE(m) << id;
        std::vector<MembershipEvent> events = members.events(id);
        ASSERT_FALSE(events.empty()) << id;
        EXPECT_EQ(normalizeChain(events), QString()) << id;
        EXPECT_TRUE(events.front().kind == EventKind::Admitted || events.front().kind == EventKind::TransferredIn) << id;
        for (const MembershipEvent& e : events) {
            ++kinds[e.kind];
            EXPECT_LE(e.date, today) << id;
        }
        // No errors, and no CCCD warnings either: the numbers agree with sex, birth year and province.
        for (const FieldProblem& p : validateMember(*m, ref(), today)) {
            ADD_FAILURE() << id << " " << m->fullName.toStdString() << ": " << p.message.toStdString();
            ++warnings;
            if (warnings > 10)
                return;
        }
        if (m->type == MemberType::Ordinary) {
            EXPECT_EQ(m->sex, Sex::Female) << id;
        }
        for (const PositionHolding& h : members.positions(id)) {
            EXPECT_TRUE(h.from.isValid());
            EXPECT_TRUE(!h.to.isValid() || h.from < h.to) << id;
        }
    }
    EXPECT_EQ(kinds.value(EventKind::Restored), 0);
    for (EventKind k : {EventKind::Admitted, EventKind::TransferredIn, EventKind::Moved, EventKind::TransferredOut,
                        EventKind::Withdrew, EventKind::Removed, EventKind::Died})
        EXPECT_GT(kinds.value(k), 0) << toCode(k).toStdString();
}

TEST_F(DemoGeneratorTest, CitizenIdsAreUniqueTwelveDigitsOfThanhHoa)
{
    Query q(*db, QStringLiteral("SELECT citizen_id FROM members"));
    q.exec();
    QSet<QString> seen;
    int missing = 0, total = 0, local = 0;
    while (q.next()) {
        ++total;
        if (q.value(0).isNull()) {
            ++missing;
            continue;
        }
        const QString id = q.text(0);
        EXPECT_TRUE(CitizenId::isWellFormed(id)) << id.toStdString();
        EXPECT_FALSE(seen.contains(id)) << id.toStdString();
        seen.insert(id);
        local += id.startsWith(QStringLiteral("038"));
    }
    EXPECT_EQ(total, kMembers);
    EXPECT_GT(missing, total * 5 / 100);   // about 10 % without CCCD
    EXPECT_LT(missing, total * 16 / 100);
    EXPECT_GT(local, int(seen.size()) * 9 / 10);
}

TEST_F(DemoGeneratorTest, ActiveOrdinaryMembersAreAdultWomen)
{
    Query q(*db, QStringLiteral(
                     "SELECT m.id, m.birth_date, m.birth_year, m.sex FROM members m JOIN member_events e ON e.member_id = m.id "
                     "WHERE e.status = 'active' AND e.valid_until = '9999-12-31' AND m.member_type = 'ordinary'"));
    q.exec();
    int active = 0;
    while (q.next()) {
        ++active;
        FlexDate birth;
        birth.date = q.date(1);
        birth.year = int(q.integer(2));
        EXPECT_GE(ageOn(birth, today), 18) << q.integer(0);
        EXPECT_EQ(q.text(3), QStringLiteral("F")) << q.integer(0);
    }
    EXPECT_GT(active, kMembers / 2);
    EXPECT_LT(active, kMembers);
}

TEST_F(DemoGeneratorTest, NamesFollowTheStatistics)
{
    Query q(*db, QStringLiteral("SELECT full_name, birth_year FROM members WHERE sex = 'F'"));
    q.exec();
    QHash<QString, int> surnames;
    int older = 0, olderThi = 0;
    while (q.next()) {
        const vn::NameParts parts = vn::splitName(q.text(0));
        ASSERT_FALSE(parts.surname.isEmpty());
        ASSERT_FALSE(parts.given.isEmpty());
        ++surnames[parts.surname];
        if (q.integer(1) < 1975) {
            ++older;
            olderThi += parts.middle.split(u' ').contains(QStringLiteral("Thị"));
        }
    }
    int best = 0;
    QString top;
    for (auto it = surnames.cbegin(); it != surnames.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            top = it.key();
        }
    EXPECT_EQ(top, QStringLiteral("Nguyễn"));
    EXPECT_FALSE(surnames.contains(QStringLiteral("Huỳnh")));  // written Hoàng in the North
    ASSERT_GT(older, 100);
    EXPECT_GT(olderThi, older * 85 / 100);
}

TEST_F(DemoGeneratorTest, SameSeedSameDatabaseOtherSeedOther)
{
    const QStringList mine = firstNames(*db, 100);
    ASSERT_EQ(mine.size(), 100);
    const DemoSummary again = build(QStringLiteral("again.db"), 7);
    EXPECT_EQ(again.events, summary.events);
    EXPECT_EQ(again.positions, summary.positions);
    {
        Database other(dir->path(QStringLiteral("again.db")));
        EXPECT_EQ(firstNames(other, 100), mine);
    }
    build(QStringLiteral("other.db"), 8);
    Database other(dir->path(QStringLiteral("other.db")));
    const QStringList theirs = firstNames(other, 100);
    ASSERT_EQ(theirs.size(), 100);
    int same = 0;
    for (int i = 0; i < 100; ++i)
        same += theirs[i] == mine[i];
    EXPECT_LT(same, 20);
}

TEST_F(DemoGeneratorTest, AnnualReportBalancesEveryYear)
{
    for (int year = lastYear - 9; year <= lastYear; ++year) {
        AnnualReportOptions o;
        o.year = year;
        const AnnualReport r = buildAnnualReport(*db, o);
        ASSERT_EQ(r.rows.size(), 30u);
        std::vector<AnnualRow> rows = r.rows;
        rows.push_back(r.totals);
        for (const AnnualRow& row : rows) {
            EXPECT_EQ(row.membersEnd, row.membersStart + row.admitted + row.transferredIn - row.leftTotal())
                << year << " " << row.code.toStdString();
            EXPECT_EQ(row.restored, 0);
        }
        const AnnualRow& t = r.totals;
        EXPECT_GT(t.admitted, 0) << year;
        EXPECT_GT(t.leftTotal(), 0) << year;
        // Admissions 2-5 % of the membership a year (a little wider for this small demo).
        EXPECT_GT(double(t.admitted), 0.015 * double(t.membersStart)) << year;
        EXPECT_LT(double(t.admitted), 0.06 * double(t.membersStart)) << year;
        ASSERT_TRUE(t.attractionRate) << year;
        EXPECT_GE(*t.attractionRate, 75.0) << year;
        EXPECT_LE(*t.attractionRate, 92.0) << year;
        EXPECT_EQ(t.rateBasis, QStringLiteral("present"));
        ASSERT_TRUE(t.targetAdmitted) << year;
        EXPECT_GT(*t.targetAdmitted, 0.8 * double(t.admitted)) << year;
        EXPECT_LT(*t.targetAdmitted, 1.25 * double(t.admitted)) << year;
        EXPECT_EQ(t.honoraryEnd > 0, year >= 2022) << year;
    }

    AnnualReportOptions o;
    o.year = lastYear;
    const AnnualReport r = buildAnnualReport(*db, o);
    const AnnualRow& t = r.totals;
    // Chapters have a head at the cut-off (a few of these tiny chapters may have nobody to elect);
    // roughly 45 % of them party members.
    EXPECT_LE(t.chapterHeads, t.chapters);
    EXPECT_GE(t.chapterHeads, t.chapters * 85 / 100);
    EXPECT_GT(t.chapterHeadsParty, t.chapterHeads * 30 / 100);
    EXPECT_LT(t.chapterHeadsParty, t.chapterHeads * 60 / 100);
    EXPECT_GT(t.ethnicMinority, 0);
    EXPECT_LT(t.ethnicMinority, t.membersEnd * 15 / 100);
    EXPECT_GT(t.religious, 0);
    EXPECT_LT(t.religious, t.membersEnd * 15 / 100);
    // Some communes beat the target, some miss it.
    int over = 0, under = 0;
    for (const AnnualRow& row : r.rows) {
        ASSERT_TRUE(row.admittedVsTarget) << row.code.toStdString();
        over += *row.admittedVsTarget > 0;
        under += *row.admittedVsTarget < 0;
    }
    EXPECT_GT(over, 0);
    EXPECT_GT(under, 0);
}

TEST_F(DemoGeneratorTest, MergedChaptersHandOverTheirMembers)
{
    Query q(*db, QStringLiteral("SELECT id, valid_to, merged_into_id FROM units WHERE level = 'chapter' AND valid_to IS NOT NULL"));
    q.exec();
    int merged = 0;
    while (q.next()) {
        ++merged;
        const Id chapter = q.integer(0);
        const QString closed = q.text(1);
        const Id survivor = q.integer(2);
        ASSERT_NE(survivor, 0);
        // Nobody is active in the closed chapter (or its groups) on or after the closing day...
        Query active(*db, QStringLiteral(
                              "SELECT count(*) FROM member_events e JOIN units u ON u.id = e.unit_id "
                              "WHERE (u.id = :c OR u.parent_id = :c) AND e.status = 'active' AND e.valid_until > :d"));
        active.bind(QStringLiteral(":c"), chapter).bind(QStringLiteral(":d"), closed).exec();
        ASSERT_TRUE(active.next());
        EXPECT_EQ(active.integer(0), 0);
        // ... and whoever was there then moved to the surviving chapter that day.
        Query moved(*db, QStringLiteral(
                             "SELECT count(*), sum(t.parent_id = :s) FROM member_events e "
                             "JOIN units f ON f.id = e.from_unit_id JOIN units t ON t.id = e.unit_id "
                             "WHERE e.kind = 'moved' AND e.date = :d AND (f.id = :c OR f.parent_id = :c)"));
        moved.bind(QStringLiteral(":c"), chapter).bind(QStringLiteral(":s"), survivor).bind(QStringLiteral(":d"), closed).exec();
        ASSERT_TRUE(moved.next());
        EXPECT_GT(moved.integer(0), 0);
        EXPECT_EQ(moved.integer(1), moved.integer(0));
        // No open position is left there.
        Query held(*db, QStringLiteral(
                            "SELECT count(*) FROM member_positions p JOIN units u ON u.id = p.unit_id "
                            "WHERE (u.id = :c OR u.parent_id = :c) AND (p.date_to IS NULL OR p.date_to > :d)"));
        held.bind(QStringLiteral(":c"), chapter).bind(QStringLiteral(":d"), closed).exec();
        ASSERT_TRUE(held.next());
        EXPECT_EQ(held.integer(0), 0);
    }
    EXPECT_GE(merged, 2);
    EXPECT_LE(merged, 4);
}

// One commune at the default size (3,000 records): the shares a real commune reports.
TEST(DemoGenerator, ACommuneOfDefaultSizeLooksReal)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, QStringLiteral("commune.db")));
    DemoOptions o;
    o.unitCode = QStringLiteral("15583");  // Xã Xuân Lai
    o.seed = 3;
    const DemoSummary s = generateDemo(db, ref(), o);
    EXPECT_EQ(s.members, 3000);
    AnnualReportOptions r;
    r.year = QDate::currentDate().year() - 1;
    const AnnualReport report = buildAnnualReport(db, r);
    const AnnualRow& t = report.totals;
    EXPECT_EQ(t.membersEnd, t.membersStart + t.admitted + t.transferredIn - t.leftTotal());
    EXPECT_GT(t.membersEnd, 2000);
    EXPECT_LT(t.membersEnd, 3000);
    EXPECT_EQ(t.chapterHeads, t.chapters);  // every chapter has a head
    EXPECT_GE(t.chapters, 7);
    EXPECT_GT(t.party, t.membersEnd * 5 / 100);  // about 8 % party members
    EXPECT_LT(t.party, t.membersEnd * 12 / 100);
    EXPECT_GT(t.honoraryEnd, 10);  // about 1 %
    EXPECT_LT(t.honoraryEnd, 60);
    ASSERT_TRUE(t.attractionRate);
    EXPECT_GE(*t.attractionRate, 75.0);
    EXPECT_LE(*t.attractionRate, 92.0);
    EXPECT_GT(double(t.admitted), 0.02 * double(t.membersStart));
    EXPECT_LT(double(t.admitted), 0.05 * double(t.membersStart));
    EXPECT_GT(t.leftDied, 0);
    EXPECT_GT(t.leftTransferredOut, 0);
    // Members who joined before the history: join dates back to the 1970s.
    Query q(db, QStringLiteral("SELECT min(joined_on), count(*) FROM members WHERE joined_on < '1990-01-01'"));
    q.exec();
    ASSERT_TRUE(q.next());
    EXPECT_LT(q.text(0), QStringLiteral("1980-01-01"));
    EXPECT_GT(q.integer(1), 50);
}

TEST(DemoGenerator, RefusesADatabaseThatHasUnits)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, QStringLiteral("used.db")));
    UnitRepository(db).createFromOfficialList(QStringLiteral("395"));
    DemoOptions o;
    o.members = 100;
    try {
        generateDemo(db, ref(), o);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
    }
    EXPECT_EQ(MemberRepository(db, ref()).count(), 0);
}

TEST(DemoGenerator, CancelLeavesTheDatabaseEmpty)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, QStringLiteral("cancel.db")));
    DemoOptions o;
    o.members = 12000;  // enough for the bulk loader to drop the indexes
    o.progress = [](double f) { return f < 0.5; };
    try {
        generateDemo(db, ref(), o);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Cancelled);
    }
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM units")), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM members")), 0);
    // The indexes the bulk loader dropped came back with the rollback.
    EXPECT_GT(hvtest::indexCount(db, QStringLiteral("members_citizen_id")), 0);
}

TEST(DemoGenerator, UnknownUnitAndFixedLastYear)
{
    hvtest::TempDir dir;
    Database db(hvtest::testDatabase(dir, QStringLiteral("x.db")));
    DemoOptions o;
    o.unitCode = QStringLiteral("99999");
    try {
        generateDemo(db, ref(), o);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
    }
    // A single commune office (Xã Xuân Lai), history ending with 2020.
    o.unitCode = QStringLiteral("15583");
    o.members = 400;
    o.lastYear = 2020;
    const DemoSummary s = generateDemo(db, ref(), o);
    EXPECT_EQ(s.members, 400);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM member_events WHERE date > '2020-12-31'")), 0);
    EXPECT_GT(scalar(db, QStringLiteral("SELECT count(*) FROM member_events WHERE date >= '2011-01-01'")), 0);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM members WHERE member_type = 'honorary'")), 0);  // before 2022
    AnnualReportOptions r;
    r.year = 2020;
    r.depth = 1;
    const AnnualReport report = buildAnnualReport(db, r);
    EXPECT_EQ(report.unitCode, QStringLiteral("15583"));
    EXPECT_EQ(report.totals.membersEnd,
              report.totals.membersStart + report.totals.admitted + report.totals.transferredIn - report.totals.leftTotal());
    EXPECT_GE(report.rows.size(), 7u);  // its chapters
}

}  // namespace
