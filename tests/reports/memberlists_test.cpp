// Member lists, movements and the member sheet from the hand-worked district: golden files of every
// format, masking, and protection against formula injection.
#include "reports/fixture.h"
#include "reports/golden.h"
#include "reports/htmlwriter.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/tablewriters.h"

using namespace hv;

namespace {

class MemberListTest : public hvtest::DistrictFixture {
protected:
    void SetUp() override
    {
        DistrictFixture::SetUp();
        addMembers(false);
        // A member whose fields a spreadsheet would take for formulas, with a CCCD and a phone to mask.
        Member m;
        m.fullName = QString::fromUtf8("Trần Thị Công Thức");
        m.birth.year = 1980;
        m.citizenId = "038180000123";
        m.phone = "+84912345678";
        m.address = "=HYPERLINK(\"http://x\",\"bấm\")";
        m.ethnicityCode = "01";
        m.religionCode = "00";
        m.joinedOn = QDate(2001, 2, 3);
        special = repo.create(m, {ev(EventKind::Admitted, QDate(2001, 2, 3), b)});
    }
    MemberList list(bool mask, QStringList columns = {})
    {
        return buildMemberList(db, ref, {"D1", QDate(2023, 12, 31), columns, mask});
    }
    const QDate printed{2024, 1, 5};
    Id special = 0;
};

}  // namespace

TEST_F(MemberListTest, ActiveMembersAtTheDateInNameOrder)
{
    const MemberList l = list(false, {"full_name", "chapter"});
    // Active at 31/12/2023: Một, Hai, Ba, Bốn, Năm, Mười, Công Thức (ordinary) and Chín (honorary).
    ASSERT_EQ(l.table.rows.size(), 8u);
    QStringList names;
    for (const ReportRow& r : l.table.rows)
        names << r.cells[0].text;
    // Given name first: Ba, Bảy is gone, Bốn, Chín, Hai, Một, Mười, Năm, Thức.
    EXPECT_EQ(names.join(","), QString::fromUtf8("Lê Thị Ba,Lê Thị Bốn,Lê Văn Chín,Lê Thị Hai,Lê Thị Một,Lê Thị Mười,"
                                                 "Lê Thị Năm,Trần Thị Công Thức"));
    EXPECT_THROW(list(false, {"full_name", "salary"}), Error);
}

TEST_F(MemberListTest, FormulaTextStaysText)
{
    const MemberList l = list(false, {"full_name", "phone", "address"});
    const QByteArray csv = tableCsv(l.table);
    EXPECT_TRUE(csv.contains("'+84912345678")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\"")) << csv.toStdString();
    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(tablesXlsx({l.table}), 1);
    bool found = false;
    for (const auto& [pos, cell] : sheet)
        if (cell.value.rfind("=HYPERLINK", 0) == 0 || cell.value.rfind("HYPERLINK", 0) == 0) {
            EXPECT_EQ(cell.type, "s");
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST_F(MemberListTest, MaskHidesTheMiddleOfCccdAndPhone)
{
    EXPECT_EQ(maskedDigits("038012345612"), "0380******12");
    const QByteArray csv = tableCsv(list(true, {"full_name", "citizen_id", "phone"}).table);
    EXPECT_TRUE(csv.contains("0381******23"));
    EXPECT_TRUE(csv.contains("'+849******78"));
    EXPECT_FALSE(csv.contains("038180000123"));
}

TEST_F(MemberListTest, GoldenFiles)
{
    const MemberList l = list(false, {"stt", "full_name", "birth_date", "citizen_id", "ethnicity", "religion",
                                      "party_member", "address", "commune", "chapter", "joined_on", "position", "member_type"});
    EXPECT_EQ(hvtest::compareGolden("members.csv", tableCsv(l.table)), "");
    EXPECT_EQ(hvtest::compareGolden("members.xlsx.sheet1.txt", hvtest::xlsxSheetText(hvtest::readXlsxSheet(tablesXlsx({l.table}), 1))), "");
    const ReportDocument doc = memberListDocument(l, letterheadFor(db, "D1"), printed);
    EXPECT_EQ(hvtest::compareGolden("members.html", reportHtml(doc)), "");
    EXPECT_EQ(hvtest::compareGolden("members.pdf.txt", hvtest::pdfText(reportPdf(doc))), "");
}

TEST_F(MemberListTest, MovementsOfTheYear)
{
    const MovementList l = buildMovementList(db, 2023, "C1");
    // Commune 1 in 2023: Mười and... admitted (Mười 31/12), Năm transferred in, Hai moved A->B, Ba moved to C2.
    ASSERT_EQ(l.table.rows.size(), 4u);
    EXPECT_EQ(l.table.rows[0].cells[4].text, QString::fromUtf8("Kết nạp"));
    EXPECT_EQ(hvtest::compareGolden("movements.csv", tableCsv(buildMovementList(db, 2023, {}).table)), "");
    const MovementList all = buildMovementList(db, 2023, {});
    const ReportDocument doc = movementListDocument(all, letterheadFor(db, "D1"), printed);
    EXPECT_EQ(hvtest::compareGolden("movements.xlsx.sheet1.txt", hvtest::xlsxSheetText(hvtest::readXlsxSheet(tablesXlsx({all.table}), 1))), "");
    EXPECT_EQ(hvtest::compareGolden("movements.html", reportHtml(doc)), "");
    EXPECT_EQ(hvtest::compareGolden("movements.pdf.txt", hvtest::pdfText(reportPdf(doc))), "");
}

TEST_F(MemberListTest, MemberSheet)
{
    const ReportDocument doc = memberSheetDocument(db, ref, m1, printed);
    const QByteArray html = reportHtml(doc);
    EXPECT_TRUE(html.contains("Lê Thị Một"));
    EXPECT_TRUE(html.contains("Chi hội trưởng"));
    EXPECT_EQ(hvtest::compareGolden("member-sheet.html", html), "");
    EXPECT_EQ(hvtest::compareGolden("member-sheet.pdf.txt", hvtest::pdfText(reportPdf(doc))), "");
    EXPECT_THROW(memberSheetDocument(db, ref, 99999, printed), Error);
}
