// The annual report's counts of active members: the member's attributes are kept on her events
// (facts, party_since — 0003_report_facts.sql) and must follow every path that writes members or events.
#include "core/membership.h"
#include "core/referencedata.h"
#include "storage/database.h"
#include "storage/memberbulkloader.h"
#include "storage/memberrepository.h"
#include "storage/statisticsrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace hv;

namespace {

class StatisticsRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        UnitRepository units(db);
        units.createFromOfficialList("395");
        commune = units.byCode("15499")->id;
        OrgUnit a{0, "15499-01", QString::fromUtf8("Chi hội Khu phố 1"), UnitLevel::Chapter, commune};
        chapter = units.insert(a);
    }

    static Member woman(const char* name, const char* ethnicity, const char* religion)
    {
        Member m;
        m.fullName = QString::fromUtf8(name);
        m.birth.date = QDate(1970, 5, 1);
        m.birth.year = 1970;
        m.ethnicityCode = QString::fromLatin1(ethnicity);
        m.religionCode = QString::fromLatin1(religion);
        return m;
    }
    static std::vector<MembershipEvent> admitted(QDate d, Id unit)
    {
        MembershipEvent e;
        e.kind = EventKind::Admitted;
        e.date = d;
        e.unitId = unit;
        return {e};
    }
    // facts and party_since of every event of a member, in event order.
    std::vector<std::pair<qint64, QString>> factsOf(Id memberId)
    {
        Query q(db, QStringLiteral("SELECT facts, party_since FROM member_events WHERE member_id = :m ORDER BY id"));
        q.bind(QStringLiteral(":m"), memberId).exec();
        std::vector<std::pair<qint64, QString>> out;
        while (q.next())
            out.emplace_back(q.integer(0), q.value(1).isNull() ? QStringLiteral("NULL") : q.text(1));
        return out;
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "s.sqlite")};
    ReferenceData ref;
    MemberRepository repo{db, ref};
    Id commune = 0, chapter = 0;
};

}  // namespace

TEST_F(StatisticsRepositoryTest, CountsMinorityReligiousPartyAndHonoraryAtEachDate)
{
    Member thai = woman("Lò Thị Ến", "03", "00");  // Thái: minority
    thai.partyMember = true;
    thai.partyJoinedOn = QDate(2015, 6, 1);
    repo.create(thai, admitted(QDate(2010, 1, 1), chapter));
    repo.create(woman("Nguyễn Thị Lan", "01", "01"), admitted(QDate(2010, 1, 1), chapter));  // Kinh, Buddhist
    repo.create(woman("Trần Thị Mai", "01", "00"), admitted(QDate(2016, 1, 1), chapter));
    Member honorary = woman("Lê Thị Cúc", "03", "01");
    honorary.type = MemberType::Honorary;
    honorary.partyMember = true;
    repo.create(honorary, admitted(QDate(2010, 1, 1), chapter));

    StatisticsRepository stats(db);
    const auto [y2014, y2020] = stats.activeAt(QDate(2014, 12, 31), QDate(2020, 12, 31));
    const ActiveCounts a = y2014.value(chapter);
    EXPECT_EQ(a.ordinary, 2);
    EXPECT_EQ(a.honorary, 1);
    EXPECT_EQ(a.ethnicMinority, 1);  // the honorary Thái member is not counted
    EXPECT_EQ(a.religious, 1);
    EXPECT_EQ(a.party, 0);  // joined the party in 2015
    const ActiveCounts b = y2020.value(chapter);
    EXPECT_EQ(b.ordinary, 3);
    EXPECT_EQ(b.honorary, 1);
    EXPECT_EQ(b.party, 1);
    EXPECT_FALSE(y2014.contains(commune));  // nobody is attached to the commune itself
}

TEST_F(StatisticsRepositoryTest, EditingAMemberUpdatesTheCountsOfHerEvents)
{
    const Id id = repo.create(woman("Hà Thị Hoa", "01", "00"), admitted(QDate(2010, 1, 1), chapter));
    MembershipEvent moved;
    moved.kind = EventKind::Moved;
    moved.date = QDate(2012, 1, 1);
    moved.unitId = commune;
    repo.addEvent(id, moved);
    StatisticsRepository stats(db);
    EXPECT_EQ(stats.activeAt(QDate(2020, 1, 1)).value(commune).ethnicMinority, 0);

    Member m = *repo.byId(id);
    m.ethnicityCode = "17";  // Dao
    m.religionCode = "02";
    m.partyMember = true;  // date unknown: counted at every date
    repo.update(m);
    for (const auto& [facts, party] : factsOf(id)) {
        EXPECT_EQ(facts, (qint64(1) << 21) | (qint64(1) << 42));
        EXPECT_EQ(party, "0000-01-01");
    }
    const ActiveCounts c = stats.activeAt(QDate(2020, 1, 1)).value(commune);
    EXPECT_EQ(c.ethnicMinority, 1);
    EXPECT_EQ(c.religious, 1);
    EXPECT_EQ(c.party, 1);
    EXPECT_EQ(stats.activeAt(QDate(2011, 1, 1)).value(chapter).party, 1);

    m = *repo.byId(id);
    m.type = MemberType::Honorary;
    repo.update(m);
    const ActiveCounts h = stats.activeAt(QDate(2020, 1, 1)).value(commune);
    EXPECT_EQ(h.honorary, 1);
    EXPECT_EQ(h.ordinary, 0);
    EXPECT_EQ(h.ethnicMinority, 0);
    EXPECT_EQ(h.party, 0);
}

TEST_F(StatisticsRepositoryTest, BulkLoaderWritesTheSameFactsAsTheTrigger)
{
    std::vector<Member> people;
    people.push_back(woman("Vi Thị Hường", "05", "03"));
    people.back().partyMember = true;
    people.back().partyJoinedOn = QDate(2001, 2, 3);
    people.push_back(woman("Ngô Thị Tâm", "55", "00"));
    people.push_back(woman("Phan Thị Nga", "", ""));
    people.push_back(woman("Lục Thị Xuân", "04", "01"));
    people.back().type = MemberType::Honorary;

    std::vector<Id> viaRepository, viaLoader;
    for (const Member& m : people)
        viaRepository.push_back(repo.create(m, admitted(QDate(2005, 1, 1), chapter)));
    {
        Transaction t(db);
        MemberBulkLoader loader(db, 0, qint64(people.size()));
        for (Member m : people) {
            m.fullName += QStringLiteral(" B");
            std::vector<MembershipEvent> events = admitted(QDate(2005, 1, 1), chapter);
            normalizeChain(events);
            std::vector<PositionHolding> positions;
            viaLoader.push_back(loader.add(m, events, positions));
        }
        loader.finish();
        t.commit();
    }
    const std::vector<std::pair<qint64, QString>> expected[] = {
        {{(qint64(1) << 21) | (qint64(1) << 42), "2001-02-03"}},
        {{0, "NULL"}},
        {{0, "NULL"}},
        {{1, "NULL"}},
    };
    for (size_t i = 0; i < people.size(); ++i) {
        EXPECT_EQ(factsOf(viaRepository[i]), expected[i]) << "member " << i << " through the repository";
        EXPECT_EQ(factsOf(viaLoader[i]), expected[i]) << "member " << i << " through the bulk loader";
    }
}
