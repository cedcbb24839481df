// The member register on a real SQLite file: every filter keeps who it should and drops who it should,
// keyset paging returns every member once in Vietnamese order (given name first) whatever index the rows
// come from, and the register of a past date does not change when later movements are entered.
#include "storage/registerrepository.h"
#include "core/membership.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "storage/database.h"
#include "storage/memberbulkloader.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>
#include <QSet>
#include <algorithm>

using namespace hv;
using Source = RegisterRepository::Source;

namespace {

const QDate kD(2024, 6, 30);  // the register's date in these tests

// District D with communes C1 (chapters A, B) and C2 (chapter C).
class RegisterRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(hvtest::testDatabase(dir, "register.sqlite"));
        UnitRepository units(*db);
        district = units.insert({0, "D", QString::fromUtf8("Huyện Mẫu"), UnitLevel::District, 0});
        c1 = units.insert({0, "D-1", QString::fromUtf8("Xã Một"), UnitLevel::Commune, district});
        c2 = units.insert({0, "D-2", QString::fromUtf8("Xã Hai"), UnitLevel::Commune, district});
        a = units.insert({0, "D-1-01", QString::fromUtf8("Chi hội A"), UnitLevel::Chapter, c1});
        b = units.insert({0, "D-1-02", QString::fromUtf8("Chi hội B"), UnitLevel::Chapter, c1});
        c = units.insert({0, "D-2-01", QString::fromUtf8("Chi hội C"), UnitLevel::Chapter, c2});
        repo = std::make_unique<RegisterRepository>(*db);
    }

    // Stores members through the bulk path (one transaction) and returns their ids in order.
    struct Person {
        Member m;
        std::vector<MembershipEvent> events;
        std::vector<PositionHolding> positions;
    };
    std::vector<Id> load(std::vector<Person> people)
    {
        Transaction t(*db);
        MemberBulkLoader loader(*db, 0, qint64(people.size()));
        std::vector<Id> ids;
        for (Person& p : people) {
            EXPECT_EQ(normalizeChain(p.events), QString());
            ids.push_back(loader.add(p.m, p.events, p.positions));
        }
        loader.finish();
        t.commit();
        return ids;
    }
    static Person person(const QString& name, Id unit, const QDate& joined = QDate(2010, 1, 1))
    {
        Person p;
        p.m.fullName = name;
        p.m.birth.date = QDate(1980, 5, 10);
        p.m.birth.year = 1980;
        p.m.ethnicityCode = "01";
        p.m.religionCode = "00";
        p.m.joinedOn = joined;
        p.events.push_back({0, 0, EventKind::Admitted, joined, unit});
        return p;
    }

    // The ids of the whole register of q, read page by page.
    std::vector<Id> ids(RegisterQuery q, int pageSize = 50)
    {
        std::vector<Id> out;
        std::optional<RegisterKey> key;
        for (;;) {
            const std::vector<RegisterRow> rows = repo->page(q, key, pageSize);
            for (const RegisterRow& r : rows) out.push_back(r.id);
            if (int(rows.size()) < pageSize) return out;
            key = rows.back().key;
        }
    }
    static RegisterQuery at(const QDate& d = kD)
    {
        RegisterQuery q;
        q.date = d;
        return q;
    }

    hvtest::TempDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<RegisterRepository> repo;
    Id district = 0, c1 = 0, c2 = 0, a = 0, b = 0, c = 0;
};

TEST_F(RegisterRepositoryTest, EachFilterKeepsAndDrops)
{
    std::vector<Person> people;
    people.push_back(person(QString::fromUtf8("Nguyễn Thị Hằng"), a));  // 0: plain member of A
    Person left = person(QString::fromUtf8("Lê Thị Lan"), b);           // 1: withdrew before D
    left.events.push_back({0, 0, EventKind::Withdrew, QDate(2020, 3, 1)});
    people.push_back(left);
    people.push_back(person(QString::fromUtf8("Trần Thị Mai"), c, QDate(2025, 1, 1)));  // 2: joins after D
    Person honorary = person(QString::fromUtf8("Phạm Văn Nam"), c);  // 3: honorary, Tày, Catholic
    honorary.m.type = MemberType::Honorary;
    honorary.m.sex = Sex::Male;
    honorary.m.ethnicityCode = "02";
    honorary.m.religionCode = "03";
    people.push_back(honorary);
    Person party = person(QString::fromUtf8("Đặng Thị Dung"), a);  // 4: party since 2015, head of A
    party.m.partyMember = true;
    party.m.partyJoinedOn = QDate(2015, 1, 1);
    party.m.birth = {QDate(1994, 6, 30), 1994};  // 30 years old exactly on D
    party.m.citizenId = "038194001234";
    party.positions.push_back({0, 0, Position::ChapterHead, {}, a, QDate(2022, 1, 1), {}});
    people.push_back(party);
    Person late = person(QString::fromUtf8("Võ Thị Hồng"), b, QDate(2018, 5, 1));  // 5: party only after D
    late.m.partyMember = true;
    late.m.partyJoinedOn = QDate(2024, 9, 1);
    late.m.birth = {QDate(), 1995};  // year only: 29 at D
    late.m.ethnicityCode = "55";     // a foreigner is not an ethnic minority
    late.positions.push_back({0, 0, Position::ChapterHead, {}, b, QDate(2019, 1, 1), QDate(2022, 1, 1)});
    people.push_back(late);
    const std::vector<Id> id = load(people);

    // Every source of rows must give the same register; the chosen one first.
    const auto check = [&](const char* what, RegisterQuery q, std::initializer_list<int> expected) {
        std::vector<Id> want;
        for (int i : expected) want.push_back(id[i]);
        std::sort(want.begin(), want.end());
        for (std::optional<Source> s :
             {std::optional<Source>(), std::optional(Source::Walk), std::optional(Source::Scan),
              std::optional(Source::Units), std::optional(Source::Search), std::optional(Source::Citizen),
              std::optional(Source::Positions)}) {
            repo->forceSource(s);
            std::vector<Id> got = ids(q);
            std::sort(got.begin(), got.end());
            EXPECT_EQ(got, want) << what << ", source " << (s ? int(*s) : -1);
            EXPECT_EQ(repo->count(q), qint64(want.size())) << what << ", source " << (s ? int(*s) : -1);
        }
        repo->forceSource(std::nullopt);
    };
    check("active at D", at(), {0, 3, 4, 5});
    RegisterQuery q = at();
    q.status = RegisterStatus::Left;
    check("left", q, {1});
    q.status = RegisterStatus::All;
    check("active and left", q, {0, 1, 3, 4, 5});
    check("active in 2026, after Mai joined", at(QDate(2026, 1, 1)), {0, 2, 3, 4, 5});

    q = at();
    q.unitId = c1;
    check("commune 1", q, {0, 4, 5});
    q.unitId = a;
    check("chapter A", q, {0, 4});
    q.unitId = b;
    q.status = RegisterStatus::Left;
    check("left chapter B", q, {1});
    q.unitId = c;
    check("nobody left chapter C", q, {});

    q = at();
    q.memberType = MemberType::Honorary;
    check("honorary", q, {3});
    q.memberType = MemberType::Ordinary;
    check("ordinary", q, {0, 4, 5});

    q = at();
    q.ethnicity = "02";
    check("Tày", q, {3});
    q.ethnicity = RegisterQuery::kMinority;
    check("minorities: not Kinh, not foreigners", q, {3});
    q = at();
    q.religion = "03";
    check("religion 03", q, {3});
    q.religion = RegisterQuery::kAnyReligion;
    check("any religion", q, {3});
    q.religion = "00";
    check("no religion", q, {0, 4, 5});

    q = at();
    q.party = true;
    check("party members at D", q, {4});
    q.party = false;
    check("not party members at D", q, {0, 3, 5});
    q.date = QDate(2024, 12, 31);
    q.party = true;
    check("party members at the end of 2024", q, {4, 5});

    q = at();
    q.ageFrom = 30;
    check("30 and over (born 30/06/1994 counts)", q, {0, 3, 4});
    q.ageFrom = 29;
    q.ageTo = 29;
    check("exactly 29 (year of birth only)", q, {5});
    q.ageFrom = -1;
    q.ageTo = 29;
    check("up to 29", q, {5});

    q = at();
    q.position = Position::ChapterHead;
    check("chapter heads at D", q, {4});
    q.date = QDate(2020, 6, 30);
    check("chapter heads in 2020", q, {5});

    q = at();
    q.joinedYear = 2018;
    check("joined in 2018", q, {5});
    q.joinedYear = 2011;
    check("joined in 2011", q, {});

    q = at();
    q.search = "nguyen thi hang";
    check("name without tone marks", q, {0});
    q.search = QString::fromUtf8("HẰNG");
    check("one word, upper case", q, {0});
    q.search = "dang dung";
    check("đ found as d, words apart", q, {4});
    q.search = "thi hong nguyen";
    check("words in another order", q, {});
    q.search = "038194";
    check("beginning of a CCCD", q, {4});
    q.search = "038195";
    check("another CCCD", q, {});
}

TEST_F(RegisterRepositoryTest, KeysetPagingReturnsEveryMemberOnceInVietnameseOrder)
{
    const QStringList surnames = QString::fromUtf8("Nguyễn Trần Lê Phạm Đặng Đỗ Âu Hồ").split(' ');
    const QStringList given = QString::fromUtf8("An Ánh Ân Bình Dung Đào Hằng Hạnh Yến Ý").split(' ');
    std::vector<Person> people;
    for (int i = 0; i < 600; ++i) {  // many identical names: the id decides between them
        const QString name =
            surnames[i % surnames.size()] + QString::fromUtf8(" Thị ") + given[(i / 3) % given.size()];
        people.push_back(person(name, i % 3 == 0 ? a : i % 3 == 1 ? b : c));
    }
    const std::vector<Id> stored = load(people);

    std::vector<std::pair<QByteArray, Id>> expected;
    for (std::size_t i = 0; i < people.size(); ++i)
        expected.push_back({vn::nameSortKey(people[i].m.fullName), stored[i]});
    std::sort(expected.begin(), expected.end());
    std::vector<Id> want;
    for (const auto& e : expected) want.push_back(e.second);

    for (Source s : {Source::Walk, Source::Units, Source::Search, Source::Scan}) {
        repo->forceSource(s);
        EXPECT_EQ(ids(at(), 37), want) << "source " << int(s);
    }
    repo->forceSource(std::nullopt);
    EXPECT_EQ(ids(at(), 37), want);
    EXPECT_EQ(repo->count(at()), 600);

    // Given name first, in the Vietnamese alphabet: An < Ánh < Ân < Bình < Dung < Đào.
    const std::vector<RegisterRow> first = repo->page(at(), std::nullopt, 600);
    QStringList givenOrder;
    for (const RegisterRow& r : first)
        if (givenOrder.isEmpty() || givenOrder.back() != vn::splitName(r.fullName).given)
            givenOrder << vn::splitName(r.fullName).given;
    EXPECT_EQ(givenOrder, QString::fromUtf8("An Ánh Ân Bình Dung Đào Hạnh Hằng Ý Yến").split(' '));

    // Backwards from the end, and jumps by offset, give the same order.
    std::vector<Id> backwards;
    std::optional<RegisterKey> before;
    for (;;) {
        const std::vector<RegisterRow> rows = repo->pageBefore(at(), before, 41);
        for (auto it = rows.rbegin(); it != rows.rend(); ++it) backwards.insert(backwards.begin(), it->id);
        if (rows.size() < 41) break;
        before = rows.front().key;
    }
    EXPECT_EQ(backwards, want);
    const std::vector<RegisterRow> jump = repo->page(at(), std::nullopt, 10, 295);
    ASSERT_EQ(jump.size(), 10u);
    EXPECT_EQ(jump.front().id, want[295]);
    const std::vector<RegisterRow> tail = repo->pageBefore(at(), std::nullopt, 10, 5);
    ASSERT_EQ(tail.size(), 10u);
    EXPECT_EQ(tail.back().id, want[600 - 6]);

    // Descending, and the other orders, page without loss or repetition either.
    RegisterQuery q = at();
    q.descending = true;
    EXPECT_EQ(ids(q, 29), std::vector<Id>(want.rbegin(), want.rend()));
    q.sort = RegisterSort::Unit;
    q.descending = false;
    const std::vector<Id> byUnit = ids(q, 29);
    EXPECT_EQ(QSet<Id>(byUnit.begin(), byUnit.end()).size(), 600);
    const std::vector<RegisterRow> units = repo->page(q, std::nullopt, 600);
    EXPECT_TRUE(std::is_sorted(units.begin(), units.end(), [](const RegisterRow& x, const RegisterRow& y) {
        return x.key.value.toString() < y.key.value.toString();
    }));
    EXPECT_EQ(units.front().unitId, a);
    EXPECT_EQ(units.back().unitId, c);
}

TEST_F(RegisterRepositoryTest, SortsByBirthAndJoinDate)
{
    std::vector<Person> people;
    for (int i = 0; i < 90; ++i) {
        Person p =
            person(QString::fromUtf8("Lê Thị Số %1").arg(i % 7), a, QDate(2000 + i % 20, 1 + i % 12, 1));
        p.m.birth = i % 5 == 0 ? FlexDate{QDate(), 1960 + i % 30}
                               : FlexDate{QDate(1960 + i % 30, 1 + i % 12, 1 + i % 28), 1960 + i % 30};
        people.push_back(p);
    }
    load(people);
    for (RegisterSort sort : {RegisterSort::BirthDate, RegisterSort::JoinedOn}) {
        for (bool descending : {false, true}) {
            RegisterQuery q = at();
            q.sort = sort;
            q.descending = descending;
            std::vector<RegisterRow> all;
            std::optional<RegisterKey> key;
            for (;;) {
                const std::vector<RegisterRow> rows = repo->page(q, key, 13);
                all.insert(all.end(), rows.begin(), rows.end());
                if (rows.size() < 13) break;
                key = rows.back().key;
            }
            ASSERT_EQ(all.size(), 90u);
            const auto value = [&](const RegisterRow& r) {
                return sort == RegisterSort::BirthDate ? r.birth.toIso() : r.joinedOn.toString(Qt::ISODate);
            };
            for (std::size_t i = 1; i < all.size(); ++i)
                EXPECT_TRUE(descending ? value(all[i - 1]) >= value(all[i])
                                       : value(all[i - 1]) <= value(all[i]))
                    << value(all[i - 1]).toStdString() << " then " << value(all[i]).toStdString();
        }
    }
}

TEST_F(RegisterRepositoryTest, PastRegisterDoesNotChangeWithLaterMovements)
{
    ReferenceData ref;
    MemberRepository members(*db, ref);
    Member m;
    m.fullName = QString::fromUtf8("Hoàng Thị Em");
    m.birth = {QDate(1980, 1, 1), 1980};
    m.joinedOn = QDate(2015, 1, 1);
    const Id em = members.create(m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), a}});
    m.fullName = QString::fromUtf8("Vũ Thị Gấm");
    const Id gam = members.create(m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), a}});

    RegisterQuery end2022 = at(QDate(2022, 12, 31));
    end2022.unitId = a;
    const auto names = [&](const RegisterQuery& q) {
        QStringList out;
        for (const RegisterRow& r : repo->page(q, std::nullopt, 100))
            out << r.fullName + "@" + QString::number(r.unitId) + ":" + toCode(r.status);
        return out;
    };
    const QStringList before = names(end2022);
    EXPECT_EQ(before.size(), 2);

    // 2023: Em moves to chapter C; 2024: Gấm withdraws.
    members.addEvent(em, {0, 0, EventKind::Moved, QDate(2023, 4, 1), c});
    members.addEvent(gam, {0, 0, EventKind::Withdrew, QDate(2024, 2, 1)});

    EXPECT_EQ(names(end2022), before);
    RegisterQuery now = at(QDate(2024, 6, 30));
    now.unitId = a;
    EXPECT_TRUE(names(now).isEmpty());
    now.unitId = c;
    EXPECT_EQ(names(now), QStringList{QString::fromUtf8("Hoàng Thị Em@%1:active").arg(c)});
    now.unitId = a;
    now.status = RegisterStatus::Left;
    EXPECT_EQ(names(now), QStringList{QString::fromUtf8("Vũ Thị Gấm@%1:withdrew").arg(a)});
}

TEST_F(RegisterRepositoryTest, RowsCarryTheStandingAtTheDate)
{
    Person p = person(QString::fromUtf8("Đinh Thị Xuân"), b);
    p.m.phone = "0912345678";
    p.m.address = QString::fromUtf8("Thôn 3");
    p.m.cardNo = "HV-001";
    p.positions.push_back({0, 0, Position::ChapterDeputy, {}, b, QDate(2021, 1, 1), {}});
    const Id id = load({p}).front();
    const std::vector<RegisterRow> rows = repo->page(at(), std::nullopt, 10);
    ASSERT_EQ(rows.size(), 1u);
    const RegisterRow& r = rows.front();
    EXPECT_EQ(r.id, id);
    EXPECT_EQ(r.unitId, b);
    EXPECT_EQ(r.status, Status::Active);
    EXPECT_EQ(r.position, Position::ChapterDeputy);
    EXPECT_EQ(r.birth.date, QDate(1980, 5, 10));
    EXPECT_EQ(r.phone, "0912345678");
    EXPECT_EQ(r.address, QString::fromUtf8("Thôn 3"));
    EXPECT_EQ(r.cardNo, "HV-001");
    EXPECT_EQ(r.joinedOn, QDate(2010, 1, 1));
    EXPECT_EQ(r.ethnicityCode, "01");
    EXPECT_EQ(repo->page(at(QDate(2020, 6, 30)), std::nullopt, 10).front().position, Position::None);
}

TEST_F(RegisterRepositoryTest, ChoosesTheIndexThatFitsAndCanBeCancelled)
{
    std::vector<Person> people;
    for (int i = 0; i < 300; ++i)
        people.push_back(person(
            i == 7 ? QString::fromUtf8("Lò Thị Xuyến") : QString::fromUtf8("Nguyễn Thị Mai %1").arg(i % 9),
            i < 290 ? a : c));
    load(people);
    EXPECT_EQ(repo->page(at(), std::nullopt, 20).size(), 20u);
    EXPECT_EQ(repo->lastSource(), Source::Walk);  // everybody matches: walk the name order
    RegisterQuery q = at();
    q.unitId = c;
    EXPECT_EQ(repo->page(q, std::nullopt, 20).size(), 10u);
    EXPECT_EQ(repo->lastSource(), Source::Units);
    q = at();
    q.search = "xuyen";
    ASSERT_EQ(repo->page(q, std::nullopt, 20).size(), 1u);
    EXPECT_EQ(repo->lastSource(), Source::Search);

    repo->setCancelCheck([] { return true; });
    try {
        repo->count(at());
        FAIL() << "the count should have been cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Cancelled);
    }
    repo->setCancelCheck({});
    EXPECT_EQ(repo->count(at()), 300);
}

}  // namespace
