#pragma once
// The hand-worked district of the annual report tests (see the comments in annualreport_test.cpp for the
// figures), shared by the golden-file tests of every report format.
#include "core/referencedata.h"
#include "reports/annualreport.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

namespace hvtest {

using namespace hv;

// District D1 with communes C1 (chapters A, B) and C2 (chapter X).
class DistrictFixture : public ::testing::Test {
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
        UnitYearRepository year(db);
        year.setPopulation(c1, 2023, {10, "present"});
        year.setPopulation(c2, 2023, {8, "present"});
        year.setTarget(c1, 2023, "admitted", 2);
    }

    Id member(const char* name, std::vector<MembershipEvent> events, const char* ethnicity = "01",
              const char* religion = "00", bool party = false, MemberType type = MemberType::Ordinary)
    {
        Member m;
        m.fullName = QString::fromUtf8(name);
        m.birth.date = QDate(1970, 1, 1);
        m.birth.year = 1970;
        m.ethnicityCode = ethnicity;
        m.religionCode = religion;
        m.partyMember = party;
        m.partyJoinedOn = party ? QDate(2010, 1, 1) : QDate();
        m.type = type;
        if (type == MemberType::Honorary)
            m.sex = Sex::Male;
        return repo.create(m, std::move(events));
    }
    static MembershipEvent ev(EventKind k, QDate d, Id unit = 0) { return {0, 0, k, d, unit}; }

    // The members of the hand-worked year 2023; pre2023Only leaves out every event dated 2023 or later.
    void addMembers(bool pre2023Only)
    {
        auto upTo = [&](std::vector<MembershipEvent> all) {
            if (pre2023Only)
                std::erase_if(all, [](const MembershipEvent& e) { return e.date.year() >= 2023; });
            return all;
        };
        m1 = member("Lê Thị Một", upTo({ev(EventKind::Admitted, QDate(2015, 3, 1), a)}), "01", "00", true);
        repo.addPosition({0, m1, Position::ChapterHead, {}, a, QDate(2020, 1, 1)});
        m2 = member("Lê Thị Hai", upTo({ev(EventKind::Admitted, QDate(2018, 5, 5), a), ev(EventKind::Moved, QDate(2023, 4, 1), b)}));
        m3 = member("Lê Thị Ba", upTo({ev(EventKind::Admitted, QDate(2019, 1, 10), b), ev(EventKind::Moved, QDate(2023, 6, 1), x)}));
        if (!pre2023Only) {
            member("Lê Thị Bốn", {ev(EventKind::Admitted, QDate(2023, 2, 2), x)}, "06");
            member("Lê Thị Năm", {ev(EventKind::TransferredIn, QDate(2023, 3, 3), b)}, "01", "02");
        }
        member("Lê Thị Sáu", upTo({ev(EventKind::Admitted, QDate(2020, 1, 1), x), ev(EventKind::Died, QDate(2023, 9, 9))}));
        member("Lê Thị Bảy", {ev(EventKind::Admitted, QDate(2021, 1, 1), a), ev(EventKind::Withdrew, QDate(2022, 10, 10))});
        member("Lê Thị Tám", upTo({ev(EventKind::Admitted, QDate(2016, 1, 1), x), ev(EventKind::TransferredOut, QDate(2023, 11, 11))}));
        member("Lê Văn Chín", {ev(EventKind::Admitted, QDate(2022, 1, 1), a)}, "01", "00", false, MemberType::Honorary);
        if (!pre2023Only) {
            member("Lê Thị Mười", {ev(EventKind::Admitted, QDate(2023, 12, 31), a)});
            member("Lê Thị Mười Một", {ev(EventKind::Admitted, QDate(2024, 1, 5), a)});
        }
    }

    const AnnualRow& row(const AnnualReport& r, const char* code)
    {
        for (const AnnualRow& x : r.rows)
            if (x.code == code)
                return x;
        throw std::runtime_error(std::string("no row ") + code);
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "r.sqlite")};
    ReferenceData ref;
    MemberRepository repo{db, ref};
    Id d1 = 0, c1 = 0, c2 = 0, a = 0, b = 0, x = 0, m1 = 0, m2 = 0, m3 = 0;
};

}  // namespace hvtest
