// Every format of the annual report from the hand-worked district, compared with golden files:
// byte for byte for JSON, CSV and HTML; the cells read back for XLSX; the text of the PDF.
#include "reports/annualdocument.h"
#include "reports/fixture.h"
#include "reports/golden.h"
#include "reports/htmlwriter.h"
#include "reports/pdfwriter.h"
#include "reports/reportwriters.h"
#include "reports/tablewriters.h"

using namespace hv;

namespace {

class AnnualGoldenTest : public hvtest::DistrictFixture {
protected:
    void SetUp() override
    {
        DistrictFixture::SetUp();
        addMembers(false);
        UnitYearRepository year(db);
        year.setPopulation(c1, 2022, {10, "present"});
        year.setPopulation(c2, 2022, {9, "present"});
    }
    AnnualComparison comparison(int depth = 1) { return buildAnnualComparison(db, {2023, {}, {}, depth}); }
    ReportDocument document(int depth = 1)
    {
        return annualReportDocument(comparison(depth), letterheadFor(db, "D1"), QDate(2024, 1, 5));
    }
};

}  // namespace

TEST_F(AnnualGoldenTest, Json)
{
    const std::string diff = hvtest::compareGolden("annual.json", annualReportJson(buildAnnualReport(db, {2023, {}, {}, 1})));
    EXPECT_EQ(diff, "");
}

TEST_F(AnnualGoldenTest, Csv)
{
    EXPECT_EQ(hvtest::compareGolden("annual.csv", annualReportCsv(buildAnnualReport(db, {2023, {}, {}, 2}))), "");
}

TEST_F(AnnualGoldenTest, Html)
{
    ReportDocument doc = document(2);
    doc.charts = buildReportCharts(db, {2023, {}, {}, 1}).all();  // as the Báo cáo page has them
    const QByteArray html = reportHtml(doc);
    EXPECT_TRUE(html.contains("HỘI LHPN HUYỆN MẪU"));
    EXPECT_TRUE(html.contains("Mẫu, ngày 05 tháng 01 năm 2024"));
    EXPECT_EQ(hvtest::compareGolden("annual.html", html), "");
}

TEST_F(AnnualGoldenTest, XlsxCellsReadBack)
{
    const QByteArray xlsx = annualReportXlsx(comparison());
    const hvtest::XlsxSheet detail = hvtest::readXlsxSheet(xlsx, 1);
    // Row 1 the headers, rows 2-3 the communes, row 4 the district.
    ASSERT_EQ(detail.at({0, 3}).type, "s");
    EXPECT_EQ(detail.at({0, 3}).value, "Hội viên đầu năm");
    EXPECT_EQ(detail.at({1, 3}).type, "n");  // a number, not the text "3"
    EXPECT_EQ(detail.at({1, 3}).value, "3");
    // Members at the start add up (3 + 2 = 5): a formula. Transfers in do not (1 + 1 but the district
    // counts 1, the move between its communes cancels): a value.
    EXPECT_EQ(detail.at({3, 3}).type, "f");
    EXPECT_EQ(detail.at({3, 3}).value, "SUM(D2:D3) = 5");
    EXPECT_EQ(detail.at({3, 5}).type, "n");
    EXPECT_EQ(detail.at({3, 5}).value, "1");
    EXPECT_EQ(detail.at({3, 15}).type, "n");  // the rate is never a sum
    EXPECT_EQ(hvtest::compareGolden("annual.xlsx.sheet1.txt", hvtest::xlsxSheetText(detail)), "");
    EXPECT_EQ(hvtest::compareGolden("annual.xlsx.sheet2.txt", hvtest::xlsxSheetText(hvtest::readXlsxSheet(xlsx, 2))), "");
    EXPECT_EQ(hvtest::compareGolden("annual.xlsx.sheet3.txt", hvtest::xlsxSheetText(hvtest::readXlsxSheet(xlsx, 3))), "");
}

TEST_F(AnnualGoldenTest, PdfText)
{
    ReportDocument doc = document(2);
    doc.charts = buildReportCharts(db, {2023, {}, {}, 1}).all();
    const QByteArray pdf = reportPdf(doc);
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const QByteArray text = hvtest::pdfText(pdf);
    EXPECT_TRUE(text.contains("BÁO CÁO TỔNG KẾT SỐ LIỆU HỘI VIÊN NĂM 2023")) << text.toStdString();
    EXPECT_TRUE(text.contains("TM. BAN THƯỜNG VỤ"));
    EXPECT_TRUE(text.contains("Trang 1/"));
    EXPECT_TRUE(text.contains("BIỂU ĐỒ"));
    EXPECT_TRUE(text.contains("Hội viên và tỷ lệ thu hút theo đơn vị năm 2023"));
    EXPECT_EQ(hvtest::compareGolden("annual.pdf.txt", text), "");
}
