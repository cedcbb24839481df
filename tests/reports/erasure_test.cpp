// Erasure of a member's personal data on her request: the record is anonymised, the counts of past
// years are not changed, and the audit log keeps the fact but not her values.
#include "core/error.h"
#include "reports/annualreport.h"
#include "reports/rating.h"
#include "reports/reportwriters.h"
#include "storage/auditlog.h"
#include "storage/erasure.h"
#include "testutil.h"
#include "threecommunes.h"

#include <gtest/gtest.h>

using namespace hv;

namespace {

class ErasureTest : public ::testing::Test {
protected:
    void SetUp() override { t = hvtest::buildThreeCommunes(db); }
    QByteArray report(int year, int depth = 2)
    {
        AnnualReportOptions o;
        o.year = year;
        o.depth = depth;
        return annualReportJson(buildAnnualReport(db, o));
    }
    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "erase.sqlite")};
    const ReferenceData ref;
    hvtest::ThreeCommunes t;
};

TEST_F(ErasureTest, PastReportsAreIdenticalAfterErasure)
{
    MemberRepository members(db, ref);
    // Give her what identifies her, a party membership and a minority ethnicity the report counts, and a
    // position.
    Member m = *members.byId(t.xaMember);
    m.citizenId = QStringLiteral("038180000123");
    m.phone = QStringLiteral("0912345678");
    m.address = QStringLiteral("Thôn Đông");
    m.notes = QStringLiteral("con bà Tư");
    m.ethnicityCode = QStringLiteral("04");
    m.partyMember = true;
    m.partyJoinedOn = QDate(2015, 5, 19);
    members.update(m);
    members.addPosition({0, t.xaMember, Position::ChapterHead, {}, t.xa, QDate(2021, 1, 1), {}});
    const QByteArray before2025 = report(2025);
    const QByteArray before2024 = report(2024);
    AnnualReportOptions o;
    o.year = 2025;
    const AnnualReport counted = buildAnnualReport(db, o);
    ASSERT_EQ(counted.totals.party, 1);
    ASSERT_EQ(counted.totals.ethnicMinority, 1);
    ASSERT_EQ(counted.totals.chapterHeads, 1);

    eraseMemberData(db, t.xaMember);

    EXPECT_EQ(report(2025), before2025);
    EXPECT_EQ(report(2024), before2024);
    const Member erased = *members.byId(t.xaMember);
    EXPECT_EQ(erased.fullName, erasedName(t.xaMember));
    EXPECT_EQ(erased.fullName, QStringLiteral("Đã xoá theo yêu cầu #%1").arg(t.xaMember));
    EXPECT_TRUE(erased.citizenId.isEmpty());
    EXPECT_TRUE(erased.phone.isEmpty());
    EXPECT_TRUE(erased.address.isEmpty());
    EXPECT_TRUE(erased.notes.isEmpty());
    EXPECT_FALSE(erased.birth.date.isValid());
    EXPECT_EQ(erased.birth.year, 1980);  // kept: age groups of past years
    EXPECT_TRUE(members.search(QStringLiteral("Cu An 0")).empty());
    EXPECT_FALSE(members.search(QStringLiteral("Đã xoá")).empty());
    // Her old values are gone from the audit log too, and the chain still verifies.
    for (const AuditEntry& e : AuditLog(db).list(0, -1, t.xaMember)) {
        EXPECT_FALSE(e.detail.contains(QLatin1String("0912345678"))) << e.detail.toStdString();
        EXPECT_FALSE(e.detail.contains(QLatin1String("Cu An"))) << e.detail.toStdString();
    }
    EXPECT_EQ(AuditLog(db).list(0, -1, t.xaMember).back().action, QStringLiteral("erase"));
    EXPECT_TRUE(AuditLog(db).verify().ok());
    EXPECT_THROW(eraseMemberData(db, t.xaMember), Error);  // erased already
}

TEST_F(ErasureTest, AnOfficerOfAnotherCommuneCannotErase)
{
    db.setScope({QStringLiteral("binh"), Role::Officer, t.xb, false});
    try {
        eraseMemberData(db, t.xaMember);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Denied);
    }
    db.setScope({});
    EXPECT_EQ(MemberRepository(db, ref).byId(t.xaMember)->fullName, QStringLiteral("Cu An 0"));
}

}  // namespace
