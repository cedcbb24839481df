// Members: validation on save, the CCCD rules, the movement chain, optimistic locking, search.
#include "core/referencedata.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace hv;

namespace {

class MemberRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        UnitRepository units(db);
        units.createFromOfficialList("395");
        commune = units.byCode("15499")->id;
        OrgUnit a{0, "15499-01", QString::fromUtf8("Chi hội Khu phố 1"), UnitLevel::Chapter, commune};
        OrgUnit b{0, "15499-02", QString::fromUtf8("Chi hội Khu phố 2"), UnitLevel::Chapter, commune};
        chapterA = units.insert(a);
        chapterB = units.insert(b);
    }

    Member woman(const char* name, QDate birth, const QString& cccd = {})
    {
        Member m;
        m.fullName = QString::fromUtf8(name);
        m.birth.date = birth;
        m.birth.year = birth.year();
        m.citizenId = cccd;
        m.ethnicityCode = "01";
        m.religionCode = "00";
        return m;
    }
    std::vector<MembershipEvent> admitted(QDate d, Id unit)
    {
        MembershipEvent e;
        e.kind = EventKind::Admitted;
        e.date = d;
        e.unitId = unit;
        return {e};
    }
    std::string problemOf(const Member& m, std::vector<MembershipEvent> ev)
    {
        try {
            repo.create(m, std::move(ev));
        } catch (const Error& e) {
            return e.message().toStdString();
        }
        return {};
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "m.sqlite")};
    ReferenceData ref;
    MemberRepository repo{db, ref};
    Id commune = 0, chapterA = 0, chapterB = 0;
};

}  // namespace

TEST_F(MemberRepositoryTest, CreatesAndReadsBackEveryField)
{
    Member m = woman("Lê Thị Hoa", QDate(1985, 3, 15), "038185000123");
    m.education = "12/12";
    m.partyMember = true;
    m.partyJoinedOn = QDate(2010, 5, 19);
    m.phone = "0912345678";
    m.cardNo = "TX-0001";
    m.coreMember = true;
    m.joinedOn = QDate(2005, 3, 8);
    const Id id = repo.create(m, admitted(QDate(2005, 3, 8), chapterA));
    const auto back = repo.byId(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->fullName, m.fullName);
    EXPECT_EQ(back->birth, m.birth);
    EXPECT_EQ(back->citizenId, "038185000123");
    EXPECT_EQ(back->education, "12/12");
    EXPECT_TRUE(back->partyMember);
    EXPECT_EQ(back->partyJoinedOn, QDate(2010, 5, 19));
    EXPECT_EQ(back->cardNo, "TX-0001");
    EXPECT_TRUE(back->coreMember);
    EXPECT_EQ(back->version, 1);
    const auto events = repo.events(id);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].unitId, chapterA);
    EXPECT_EQ(events[0].status, Status::Active);
}

TEST_F(MemberRepositoryTest, NameIsRequired)
{
    EXPECT_NE(problemOf(woman("  ", QDate(1980, 1, 1)), admitted(QDate(2000, 1, 1), chapterA)).find("full_name"), std::string::npos);
    EXPECT_EQ(problemOf(woman("Trần Thị Lan", QDate(1980, 1, 1)), admitted(QDate(2000, 1, 1), chapterA)), "");
}

TEST_F(MemberRepositoryTest, OrdinaryMembersJoinAtEighteenOrOver)
{
    EXPECT_NE(problemOf(woman("Trần Thị Lan", QDate(2000, 6, 1)), admitted(QDate(2018, 5, 31), chapterA)), "");
    Member ok = woman("Trần Thị Lan", QDate(2000, 6, 1));
    ok.joinedOn = QDate(2018, 6, 1);
    EXPECT_EQ(problemOf(ok, admitted(QDate(2018, 6, 1), chapterA)), "");
    Member young = woman("Trần Thị Mai", QDate(2000, 6, 1));
    young.joinedOn = QDate(2018, 5, 31);
    EXPECT_NE(problemOf(young, admitted(QDate(2018, 5, 31), chapterA)).find("joined_on"), std::string::npos);
}

TEST_F(MemberRepositoryTest, DatesInTheFutureAreRefused)
{
    Member m = woman("Trần Thị Lan", QDate::currentDate().addDays(3));
    EXPECT_NE(problemOf(m, admitted(QDate(2020, 1, 1), chapterA)), "");
    Member j = woman("Trần Thị Lan", QDate(1980, 1, 1));
    j.joinedOn = QDate::currentDate().addDays(1);
    EXPECT_NE(problemOf(j, admitted(QDate(2020, 1, 1), chapterA)).find("joined_on"), std::string::npos);
}

TEST_F(MemberRepositoryTest, CitizenIdMustHaveTwelveDigitsAndBeUnique)
{
    EXPECT_NE(problemOf(woman("A", QDate(1985, 1, 1), "03818500012"), admitted(QDate(2005, 1, 1), chapterA)).find("citizen_id"), std::string::npos);
    EXPECT_NE(problemOf(woman("A", QDate(1985, 1, 1), "03818500012X"), admitted(QDate(2005, 1, 1), chapterA)).find("citizen_id"), std::string::npos);
    EXPECT_EQ(problemOf(woman("Phạm Thị A", QDate(1985, 1, 1), "038185000123"), admitted(QDate(2005, 1, 1), chapterA)), "");
    EXPECT_NE(problemOf(woman("Phạm Thị B", QDate(1985, 2, 2), "038185000123"), admitted(QDate(2005, 1, 1), chapterA)).find("another member"), std::string::npos);
}

TEST_F(MemberRepositoryTest, CitizenIdMismatchIsAWarningThatCanBeAccepted)
{
    // 038 1 86 ...: a woman born in 1986, but the record says 1985.
    Member m = woman("Phạm Thị C", QDate(1985, 1, 1), "038186000999");
    const std::string problem = problemOf(m, admitted(QDate(2005, 1, 1), chapterA));
    EXPECT_NE(problem.find("warning"), std::string::npos) << problem;
    m.citizenIdOverride = "confirmed by officer on 2026-11-23";
    const Id id = repo.create(m, admitted(QDate(2005, 1, 1), chapterA));
    EXPECT_EQ(repo.byId(id)->citizenIdOverride, m.citizenIdOverride);
}

TEST_F(MemberRepositoryTest, ChainRulesAreEnforced)
{
    const Id id = repo.create(woman("Đỗ Thị Hằng", QDate(1970, 1, 1)), admitted(QDate(2000, 1, 1), chapterA));
    MembershipEvent move{0, 0, EventKind::Moved, QDate(2010, 1, 1), chapterA};
    EXPECT_THROW(repo.addEvent(id, move), Error);  // already in chapter A
    move.unitId = chapterB;
    repo.addEvent(id, move);
    MembershipEvent restore{0, 0, EventKind::Restored, QDate(2011, 1, 1), chapterA};
    EXPECT_THROW(repo.addEvent(id, restore), Error);  // she is active
    MembershipEvent died{0, 0, EventKind::Died, QDate(2012, 1, 1)};
    repo.addEvent(id, died);
    MembershipEvent moveAfterDeath{0, 0, EventKind::Moved, QDate(2013, 1, 1), chapterA};
    EXPECT_THROW(repo.addEvent(id, moveAfterDeath), Error);
    const auto events = repo.events(id);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[1].fromUnitId, chapterA);
    EXPECT_EQ(events[1].unitId, chapterB);
    EXPECT_EQ(events[2].fromUnitId, chapterB);
    EXPECT_EQ(events[2].status, Status::Died);
    EXPECT_EQ(events[0].validUntil, QDate(2010, 1, 1));
}

TEST_F(MemberRepositoryTest, AnEventEnteredForAPastDateIsPlacedInTheChain)
{
    const Id id = repo.create(woman("Đỗ Thị Hằng", QDate(1970, 1, 1)), admitted(QDate(2000, 1, 1), chapterA));
    repo.addEvent(id, {0, 0, EventKind::TransferredOut, QDate(2020, 1, 1)});
    repo.addEvent(id, {0, 0, EventKind::Moved, QDate(2015, 1, 1), chapterB});
    const auto events = repo.events(id);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[1].kind, EventKind::Moved);
    EXPECT_EQ(events[2].fromUnitId, chapterB);
    // A move after she left is refused, even entered late.
    EXPECT_THROW(repo.addEvent(id, {0, 0, EventKind::Moved, QDate(2021, 1, 1), chapterA}), Error);
}

TEST_F(MemberRepositoryTest, SecondSaveOfAStaleCopyIsAConflict)
{
    const Id id = repo.create(woman("Vũ Thị Yến", QDate(1990, 1, 1)), admitted(QDate(2010, 1, 1), chapterA));
    Member first = *repo.byId(id);
    Member second = first;
    first.phone = "0911111111";
    repo.update(first);
    second.phone = "0922222222";
    try {
        repo.update(second);
        FAIL() << "stale save accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    EXPECT_EQ(repo.byId(id)->phone, "0911111111");
    EXPECT_EQ(repo.byId(id)->version, 2);
}

TEST_F(MemberRepositoryTest, SearchIgnoresToneMarksAndDAndMatchesAnyPart)
{
    repo.create(woman("Nguyễn Thị Hằng", QDate(1980, 1, 1)), admitted(QDate(2000, 1, 1), chapterA));
    repo.create(woman("Đặng Thị Thu Hà", QDate(1981, 1, 1)), admitted(QDate(2000, 1, 1), chapterA));
    repo.create(woman("Trần Thị Hạnh", QDate(1982, 1, 1)), admitted(QDate(2000, 1, 1), chapterB));
    auto names = [&](const char* q) {
        QStringList out;
        for (const SearchHit& h : repo.search(QString::fromUtf8(q)))
            out << h.fullName;
        return out.join('|').toStdString();
    };
    EXPECT_EQ(names("nguyen thi hang"), "Nguyễn Thị Hằng");
    EXPECT_EQ(names("dang thu"), "Đặng Thị Thu Hà");
    EXPECT_EQ(names("ĐẶNG"), "Đặng Thị Thu Hà");
    EXPECT_EQ(names("han"), "Trần Thị Hạnh|Nguyễn Thị Hằng");  // a before ă: Hạnh before Hằng
    EXPECT_EQ(names("hanh"), "Trần Thị Hạnh");
    EXPECT_EQ(names("xyz"), "");
    // Renaming updates the search index.
    Member m = *repo.byId(repo.search("hanh").front().id);
    m.fullName = QString::fromUtf8("Trần Thị Hoài");
    repo.update(m);
    EXPECT_EQ(names("hanh"), "");
    EXPECT_EQ(names("hoai"), "Trần Thị Hoài");
}

TEST_F(MemberRepositoryTest, SearchLedByARareWordStillChecksEveryWord)
{
    // "oanh" is rare in the name statistics: the index is asked for it, LIKE checks the other words.
    repo.create(woman("Trần Thị Kim Oanh", QDate(1980, 1, 1)), admitted(QDate(2010, 1, 1), chapterA));
    repo.create(woman("Nguyễn Thị Kim Oanh", QDate(1981, 1, 1)), admitted(QDate(2010, 1, 1), chapterA));
    repo.create(woman("Trần Thị Oanh", QDate(1982, 1, 1)), admitted(QDate(2010, 1, 1), chapterB));
    repo.create(woman("Trần Kim Thị Oanh", QDate(1983, 1, 1)), admitted(QDate(2010, 1, 1), chapterB));
    repo.create(woman("Trần Thị Kim Anh", QDate(1984, 1, 1)), admitted(QDate(2010, 1, 1), chapterB));
    auto names = [&](const char* q) {
        QStringList out;
        for (const SearchHit& h : repo.search(QString::fromUtf8(q)))
            out << h.fullName;
        out.sort();
        return out.join('|').toStdString();
    };
    EXPECT_EQ(names("tran thi kim oanh"), "Trần Thị Kim Oanh");  // words in their order
    EXPECT_EQ(names("kim oanh"), "Nguyễn Thị Kim Oanh|Trần Kim Thị Oanh|Trần Thị Kim Oanh");
    EXPECT_EQ(names("tran oanh"), "Trần Kim Thị Oanh|Trần Thị Kim Oanh|Trần Thị Oanh");
    EXPECT_EQ(names("TRẦN THỊ OANH"), "Trần Kim Thị Oanh|Trần Thị Kim Oanh|Trần Thị Oanh");
}
