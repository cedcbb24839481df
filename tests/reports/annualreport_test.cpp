// The year-end summary on a small fixture whose figures were worked out by hand (see the comments).
#include "core/referencedata.h"
#include "reports/annualreport.h"
#include "reports/reportwriters.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"
#include "reports/fixture.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace hv;

namespace {

class AnnualReportTest : public hvtest::DistrictFixture {};

}  // namespace

TEST_F(AnnualReportTest, FiguresWorkedOutByHand)
{
    addMembers(false);
    const AnnualReport r = buildAnnualReport(db, {2023, {}, {}, 1});
    EXPECT_EQ(r.cutoff, QDate(2023, 12, 31));
    EXPECT_EQ(r.previousCutoff, QDate(2022, 12, 31));
    ASSERT_EQ(r.rows.size(), 2u);

    // Commune 1: at 31/12/2022 Một, Hai (A) and Ba (B) = 3. In 2023: Mười admitted, Năm transferred in,
    // Ba moved out to commune 2, Hai's move A -> B stays inside. End: Một, Hai, Năm, Mười = 4.
    const AnnualRow& k1 = row(r, "C1");
    EXPECT_EQ(k1.membersStart, 3);
    EXPECT_EQ(k1.admitted, 1);
    EXPECT_EQ(k1.transferredIn, 1);
    EXPECT_EQ(k1.leftTransferredOut, 1);
    EXPECT_EQ(k1.leftTotal(), 1);
    EXPECT_EQ(k1.membersEnd, 4);
    EXPECT_EQ(k1.honoraryEnd, 1);
    EXPECT_EQ(k1.women18Plus.value_or(-1), 10);
    EXPECT_DOUBLE_EQ(k1.attractionRate.value_or(-1), 40.0);
    EXPECT_EQ(k1.chapters, 2);
    EXPECT_EQ(k1.chapterHeads, 1);
    EXPECT_EQ(k1.chapterHeadsParty, 1);
    EXPECT_EQ(k1.religious, 1);
    EXPECT_EQ(k1.party, 1);
    EXPECT_EQ(k1.ethnicMinority, 0);
    EXPECT_DOUBLE_EQ(k1.targetAdmitted.value_or(-1), 2.0);
    EXPECT_DOUBLE_EQ(k1.admittedVsTarget.value_or(0), -50.0);

    // Commune 2: start Sáu, Tám = 2. Bốn admitted, Ba moved in; Sáu died, Tám transferred out. End 2.
    const AnnualRow& k2 = row(r, "C2");
    EXPECT_EQ(k2.membersStart, 2);
    EXPECT_EQ(k2.admitted, 1);
    EXPECT_EQ(k2.transferredIn, 1);
    EXPECT_EQ(k2.leftDied, 1);
    EXPECT_EQ(k2.leftTransferredOut, 1);
    EXPECT_EQ(k2.leftTotal(), 2);
    EXPECT_EQ(k2.membersEnd, 2);
    EXPECT_EQ(k2.ethnicMinority, 1);
    EXPECT_DOUBLE_EQ(k2.attractionRate.value_or(-1), 25.0);
    EXPECT_FALSE(k2.targetAdmitted.has_value());
    EXPECT_FALSE(k2.admittedVsTarget.has_value());

    // The district: the move between its communes cancels out.
    const AnnualRow& t = r.totals;
    EXPECT_EQ(t.membersStart, 5);
    EXPECT_EQ(t.admitted, 2);
    EXPECT_EQ(t.transferredIn, 1);
    EXPECT_EQ(t.leftTransferredOut, 1);
    EXPECT_EQ(t.leftDied, 1);
    EXPECT_EQ(t.membersEnd, 6);
    EXPECT_EQ(t.women18Plus.value_or(-1), 18);
    EXPECT_DOUBLE_EQ(t.attractionRate.value_or(-1), 33.3);
    EXPECT_EQ(t.chapters, 3);
    EXPECT_EQ(r.rateBasis, "present");

    for (const AnnualRow* x : {&t, &k1, &k2})
        EXPECT_EQ(x->membersEnd, x->membersStart + x->admitted + x->transferredIn - x->leftTotal()) << x->code.toStdString();
}

TEST_F(AnnualReportTest, ChapterRowsAtDepthTwo)
{
    addMembers(false);
    const AnnualReport r = buildAnnualReport(db, {2023, {}, {}, 2});
    ASSERT_EQ(r.rows.size(), 5u);
    EXPECT_EQ(r.rows[0].code, "C1");
    EXPECT_EQ(r.rows[1].depth, 2);
    // Chapter A: start Một, Hai = 2; Hai moved to B (a departure for A); Mười admitted. End Một, Mười.
    const AnnualRow& ca = row(r, "C1-A");
    EXPECT_EQ(ca.membersStart, 2);
    EXPECT_EQ(ca.leftTransferredOut, 1);
    EXPECT_EQ(ca.admitted, 1);
    EXPECT_EQ(ca.membersEnd, 2);
    const AnnualRow& cb = row(r, "C1-B");
    EXPECT_EQ(cb.membersStart, 1);
    EXPECT_EQ(cb.transferredIn, 2);  // Hai from A, Năm from outside
    EXPECT_EQ(cb.leftTransferredOut, 1);  // Ba to commune 2
    EXPECT_EQ(cb.membersEnd, 2);
    EXPECT_FALSE(cb.women18Plus.has_value());
    EXPECT_FALSE(cb.attractionRate.has_value());
}

TEST_F(AnnualReportTest, AnyCutOffDate)
{
    addMembers(false);
    AnnualReportOptions o{2023, "C1", QDate(2023, 5, 1), 1};
    const AnnualReport r = buildAnnualReport(db, o);
    // At 01/05/2023: Một (A), Hai (B since 01/04), Ba (B), Năm (B since 03/03) = 4 in commune 1.
    EXPECT_EQ(r.totals.membersEnd, 4);
    EXPECT_EQ(r.previousCutoff, QDate(2022, 5, 1));
    EXPECT_EQ(r.unitCode, "C1");
    EXPECT_THROW(buildAnnualReport(db, {2023, "NOPE", {}, 1}), Error);
    EXPECT_THROW(buildAnnualReport(db, {2023, {}, QDate(2022, 5, 1), 1}), Error);
}

TEST_F(AnnualReportTest, APastReportDoesNotChangeWhenLaterMovementsAreEntered)
{
    addMembers(true);
    const QByteArray before = annualReportJson(buildAnnualReport(db, {2022, {}, {}, 2}));
    // Now the 2023 movements of the same members, and new members of 2023 and 2024.
    repo.addEvent(m2, ev(EventKind::Moved, QDate(2023, 4, 1), b));
    repo.addEvent(m3, ev(EventKind::Moved, QDate(2023, 6, 1), x));
    member("Lê Thị Bốn", {ev(EventKind::Admitted, QDate(2023, 2, 2), x)}, "06");
    member("Lê Thị Mười Một", {ev(EventKind::Admitted, QDate(2024, 1, 5), a)});
    const QByteArray after = annualReportJson(buildAnnualReport(db, {2022, {}, {}, 2}));
    EXPECT_EQ(before, after);
    const QJsonObject totals = QJsonDocument::fromJson(after).object()["totals"].toObject();
    EXPECT_EQ(totals["members_end"].toInt(), 5);
}

TEST_F(AnnualReportTest, JsonFollowsTheContract)
{
    addMembers(false);
    const QJsonObject o = QJsonDocument::fromJson(annualReportJson(buildAnnualReport(db, {2023, {}, {}, 1}))).object();
    EXPECT_EQ(o["year"].toInt(), 2023);
    EXPECT_EQ(o["cutoff"].toString(), "2023-12-31");
    EXPECT_EQ(o["unit"].toObject()["code"].toString(), "D1");
    EXPECT_EQ(o["rate_basis"].toString(), "present");
    const QJsonObject t = o["totals"].toObject();
    for (const char* key : {"members_start", "admitted", "transferred_in", "left", "members_end", "honorary_end",
                            "women_18_plus", "attraction_rate", "chapters", "groups", "chapter_heads",
                            "chapter_heads_party", "ethnic_minority", "religious", "party", "trainings", "trainees",
                            "awards", "target_admitted", "admitted_vs_target"})
        EXPECT_TRUE(t.contains(key)) << key;
    EXPECT_EQ(t["trainings"].toInt(), 0);  // none recorded in the fixture
    EXPECT_EQ(t["awards"].toObject()["merit"].toInt(), 0);
    EXPECT_EQ(t["awards"].toObject()["total"].toInt(), 0);
    EXPECT_EQ(t["left"].toObject()["total"].toInt(), 2);
    EXPECT_TRUE(t["target_admitted"].isNull());
    const QJsonObject first = o["rows"].toArray()[0].toObject();
    EXPECT_EQ(first["level"].toString(), "commune");
    EXPECT_EQ(first["admitted_vs_target"].toDouble(), -50.0);
}

TEST_F(AnnualReportTest, CsvHasVietnameseHeadersAndATotalLine)
{
    addMembers(false);
    const QByteArray bytes = annualReportCsv(buildAnnualReport(db, {2023, {}, {}, 1}));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));  // UTF-8 BOM, so that Excel reads the Vietnamese right
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    auto starts = [](const QString& line, const char* prefix) {
        const QString p = QString::fromUtf8(prefix);
        return line.left(p.size()).toStdString() == p.toStdString() ? std::string() : line.toStdString();
    };
    EXPECT_EQ(starts(lines[0], "Mã đơn vị,Đơn vị,Cấp,Hội viên đầu năm"), "");
    EXPECT_EQ(starts(lines[1], "C1,Xã Một,commune,3,1,1,0,1,0,0,0,1,4,1,10,40.0,"), "");
    EXPECT_EQ(starts(lines[3], "D1,Tổng cộng Huyện Mẫu,district,5,2,1,"), "");
}
