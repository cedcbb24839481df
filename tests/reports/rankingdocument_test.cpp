// The ranking as a printed report and a workbook, on the hand-worked year of tests/reports/
// threecommunes.h (scores 97, 9x and 6x worked out in rating_test.cpp): golden files of the PDF text and
// the XLSX cells, and the per-criterion points as columns.
#include "reports/golden.h"
#include "reports/pdfwriter.h"
#include "reports/rankingdocument.h"
#include "testutil.h"
#include "threecommunes.h"

#include <gtest/gtest.h>

using namespace hv;

namespace {

class RankingDocumentTest : public ::testing::Test {
protected:
    void SetUp() override { t = hvtest::buildThreeCommunes(db); }
    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "ranking.sqlite")};
    hvtest::ThreeCommunes t;
};

}  // namespace

TEST_F(RankingDocumentTest, TableHasACriterionPerColumnAndTheScoreIsTheirSum)
{
    const Ranking r = buildRanking(db, 2025, UnitLevel::Commune);
    const ReportTable table = rankingTable(r);
    ASSERT_EQ(table.rows.size(), 3u);
    const std::size_t criteria = r.card.criteria.size();
    ASSERT_GT(criteria, 1u);
    ASSERT_EQ(table.columns.size(), 2 + criteria + 4);
    EXPECT_EQ(table.rows[0].cells[1].text, QString::fromUtf8("Xã An"));
    double sum = 0;
    for (std::size_t i = 0; i < criteria; ++i)
        sum += table.rows[0].cells[2 + i].number;
    EXPECT_NEAR(sum, table.rows[0].cells[2 + criteria].number, 0.05);
    EXPECT_DOUBLE_EQ(table.rows[0].cells[2 + criteria].number, 97.0);
    EXPECT_EQ(table.rows[2].cells[0].number, 3);
}

TEST_F(RankingDocumentTest, PdfText)
{
    const Ranking r = buildRanking(db, 2025, UnitLevel::Commune);
    const QByteArray pdf = reportPdf(rankingDocument(r, letterheadFor(db, "D9"), QDate(2026, 1, 10)));
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    const QByteArray text = hvtest::pdfText(pdf);
    EXPECT_TRUE(text.contains("KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CƠ SỞ HỘI NĂM 2025")) << text.toStdString();
    EXPECT_TRUE(text.contains("Xã An"));
    EXPECT_TRUE(text.contains("Thử, ngày 10 tháng 01 năm 2026"));
    EXPECT_EQ(hvtest::compareGolden("ranking.pdf.txt", text), "");
}

TEST_F(RankingDocumentTest, XlsxCellsReadBack)
{
    const Ranking r = buildRanking(db, 2025, UnitLevel::Commune);
    const QByteArray xlsx = rankingXlsx(r);
    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(xlsx, 1);
    ASSERT_EQ(sheet.at({0, 0}).value, "Hạng");
    EXPECT_EQ(sheet.at({1, 1}).value, "Xã An");
    const int scoreColumn = 2 + int(r.card.criteria.size());
    EXPECT_EQ(sheet.at({1, scoreColumn}).type, "n");
    EXPECT_EQ(sheet.at({1, scoreColumn}).value, "97");
    EXPECT_EQ(hvtest::compareGolden("ranking.xlsx.sheet1.txt", hvtest::xlsxSheetText(sheet)), "");
    EXPECT_EQ(hvtest::compareGolden("ranking.xlsx.sheet2.txt", hvtest::xlsxSheetText(hvtest::readXlsxSheet(xlsx, 2))), "");
}
