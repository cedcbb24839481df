// The XLSX reader on real workbooks (tests/data/xlsx, written by libxlsxwriter and by LibreOffice) and on
// damaged and hostile packages: every bad file is an input error naming the file, never a crash or hang.
#include "importing/xlsxreader.h"

#include "core/error.h"
#include "importing/headermap.h"
#include "importing/rowsourcefactory.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <algorithm>
#include <QFile>
#include <gtest/gtest.h>

using hv::XlsxReader;

namespace {

QString xlsx(const QString& name) { return hvtest::dataPath(QStringLiteral("xlsx/") + name); }

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

struct Row {
    int number;
    QStringList cells;
};

std::vector<Row> readAll(hv::RowSource& r)
{
    std::vector<Row> rows;
    while (r.next()) {
        Row row{r.rowNumber(), {}};
        for (int i = 0; i < r.cellCount(); ++i) row.cells << r.cell(i).toString();
        rows.push_back(row);
    }
    return rows;
}

// The message of the input error the reader throws while opening or reading the file.
QString inputError(const QString& path)
{
    try {
        auto r = hv::openRowSource(path);
        while (r->next()) {}
    } catch (const hv::Error& e) {
        EXPECT_EQ(e.kind(), hv::Error::Kind::Input) << e.message().toStdString();
        return e.message();
    }
    return {};
}

}  // namespace

TEST(XlsxReaderTest, CellsOfAWorkbookFromLibxlsxwriter)
{
    XlsxReader r(xlsx(QStringLiteral("members.xlsx")));
    EXPECT_EQ(r.sheetNames(), (QStringList{QStringLiteral("Danh sách"), QStringLiteral("Khu phố 2")}));
    EXPECT_EQ(r.sheetName(), QStringLiteral("Danh sách"));
    const auto rows = readAll(r);
    ASSERT_GE(rows.size(), 9u);
    // Row numbers as Excel shows them; row 3 is empty and not stored, so not given.
    EXPECT_EQ(rows[0].number, 1);
    EXPECT_EQ(rows[2].number, 4);
    const Row* first = nullptr;
    const Row* third = nullptr;
    for (const Row& row : rows) {
        if (row.number == 7) first = &row;
        if (row.number == 9) third = &row;
    }
    ASSERT_TRUE(first && third);
    EXPECT_EQ(first->cells.value(0), QStringLiteral("1"));  // the number 1, not "1.0"
    EXPECT_EQ(first->cells.value(1), QStringLiteral("NGUYỄN THỊ   HẰNG"));  // trimmed; inner spaces kept
    EXPECT_EQ(first->cells.value(2), QStringLiteral("1985-03-15"));  // date cell by its dd/mm/yyyy style
    EXPECT_EQ(first->cells.value(3), QStringLiteral("038185000123"));
    EXPECT_EQ(third->cells.value(2), QStringLiteral("32753"));  // a serial in a General cell stays a number
    EXPECT_EQ(third->cells.value(3), QString());                // gap filled with an empty cell
    EXPECT_EQ(third->cells.value(5), QStringLiteral("TRUE"));   // boolean
    EXPECT_EQ(third->cells.value(8), QStringLiteral("2015-01-01"));  // a formula's cached value, date style
}

TEST(XlsxReaderTest, MergedCellsFillTheHeaderButOnlyMergedColumnsInData)
{
    XlsxReader r(xlsx(QStringLiteral("members.xlsx")));
    r.setHeaderMode(true);
    ASSERT_TRUE(r.next());
    EXPECT_EQ(r.cellCount(), 9);  // A1:I1 merged title
    EXPECT_EQ(r.cell(8), r.cell(0));
    r.setHeaderMode(false);
    EXPECT_EQ(r.cell(8), QString());  // a merged row in the data is a title, not a member
    r.setHeaderMode(true);
    ASSERT_TRUE(r.next());  // row 2
    ASSERT_TRUE(r.next());  // row 4, the first header row
    EXPECT_EQ(r.rowNumber(), 4);
    EXPECT_EQ(r.cell(3), QStringLiteral("Thông tin cá nhân"));
    ASSERT_TRUE(r.next());  // row 5: the vertical merges of row 4 go on
    EXPECT_EQ(r.cell(1), QStringLiteral("Họ và tên"));
    EXPECT_EQ(r.cell(2), QStringLiteral("Ngày sinh"));
    r.setHeaderMode(false);
    EXPECT_EQ(r.cell(1), QStringLiteral("Họ và tên"));  // one column wide: filled in data mode too
}

TEST(XlsxReaderTest, TwoRowHeaderUnderTitlesIsFound)
{
    XlsxReader r(xlsx(QStringLiteral("members.xlsx")));
    auto map = hv::findMemberHeader(r);
    ASSERT_TRUE(map);
    EXPECT_EQ(map->headerRow, 5);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::FullName), 1);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::BirthDate), 2);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::CitizenId), 3);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::Ethnicity), 4);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::PartyMember), 5);
    EXPECT_EQ(map->indexOf(hv::MemberColumn::JoinedOn), 8);
    EXPECT_TRUE(map->warnings.empty());
    // The row of column numbers (1)...(9) under the header is skipped: the first data row is row 7.
    ASSERT_TRUE(hv::nextDataRow(r, *map));
    EXPECT_EQ(r.rowNumber(), 7);
}

TEST(XlsxReaderTest, SheetByNameOrNumber)
{
    for (const QString& sheet : {QStringLiteral("khu phố 2"), QStringLiteral("2")}) {
        XlsxReader r(xlsx(QStringLiteral("members.xlsx")), sheet);
        EXPECT_EQ(r.sheetName(), QStringLiteral("Khu phố 2"));
        const auto rows = readAll(r);
        ASSERT_EQ(rows.size(), 2u);
        EXPECT_EQ(rows[1].cells, (QStringList{QStringLiteral("Phạm Thị Hoa"), QStringLiteral("1992-12-31"),
                                              QStringLiteral("038192000789"), QStringLiteral("Thị trấn Thọ Xuân"),
                                              QStringLiteral("Khu phố 2")}));
    }
    try {
        XlsxReader r(xlsx(QStringLiteral("members.xlsx")), QStringLiteral("Sheet9"));
        FAIL() << "no such sheet";
    } catch (const hv::Error& e) {
        EXPECT_EQ(e.kind(), hv::Error::Kind::Input);
        EXPECT_TRUE(e.message().contains(QStringLiteral("Sheet9")));
        EXPECT_TRUE(e.message().contains(QStringLiteral("Danh sách, Khu phố 2"))) << e.message().toStdString();
    }
}

TEST(XlsxReaderTest, NumbersComeOutAsTheirExactDecimalText)
{
    XlsxReader r(xlsx(QStringLiteral("cccd_number.xlsx")));
    const auto rows = readAll(r);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].cells.value(3), QStringLiteral("38185000123"));  // not 3.8185E+10
    EXPECT_EQ(rows[1].cells.value(2), QStringLiteral("1985"));
    EXPECT_EQ(rows[2].cells.value(3), QStringLiteral("3.8190E+11"));  // text stays text
}

TEST(XlsxReaderTest, InlineStringsAndAWorkbookFromLibreOffice)
{
    XlsxReader inl(xlsx(QStringLiteral("inline_strings.xlsx")));
    const auto a = readAll(inl);
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[1].cells.value(0), QStringLiteral("Hoàng Thị Yến"));

    XlsxReader lo(xlsx(QStringLiteral("lo_members.xlsx")));
    EXPECT_EQ(lo.sheetNames(), QStringList{QStringLiteral("Hội viên")});
    const auto b = readAll(lo);
    ASSERT_EQ(b.size(), 5u);
    EXPECT_EQ(b[2].cells.value(1), QStringLiteral("HỌ VÀ TÊN"));
    EXPECT_EQ(b[3].cells.value(2), QStringLiteral("1975-07-20"));
    EXPECT_EQ(b[4].cells.value(2), QStringLiteral("1968"));
    EXPECT_EQ(b[4].cells.value(3), QString());
}

// Results never depend on where the inflated blocks end.
TEST(XlsxReaderTest, TinyBlocksGiveTheSameRows)
{
    const QByteArray data = bytesOf(xlsx(QStringLiteral("members.xlsx")));
    XlsxReader whole(data, QStringLiteral("members.xlsx"));
    const auto expected = readAll(whole);
    for (qsizetype block : {1, 7, 64}) {
        XlsxReader r(data, QStringLiteral("members.xlsx"), {}, block);
        const auto rows = readAll(r);
        ASSERT_EQ(rows.size(), expected.size()) << block;
        for (size_t i = 0; i < rows.size(); ++i) {
            EXPECT_EQ(rows[i].number, expected[i].number);
            EXPECT_EQ(rows[i].cells, expected[i].cells) << block << " row " << rows[i].number;
        }
    }
}

TEST(XlsxReaderTest, FactoryPicksTheReaderByContent)
{
    hvtest::TempDir dir;
    // A workbook with a .csv name is still read as a workbook.
    QFile::copy(xlsx(QStringLiteral("inline_strings.xlsx")), dir.path(QStringLiteral("list.csv")));
    auto r = hv::openRowSource(dir.path(QStringLiteral("list.csv")));
    ASSERT_TRUE(r->next());
    EXPECT_EQ(r->cell(0), QStringLiteral("Họ và tên"));
    EXPECT_EQ(hv::sniffTableFormat(QByteArray("PK\x03\x04rest", 8)), hv::TableFormat::Xlsx);
    EXPECT_EQ(hv::sniffTableFormat(QByteArray("Họ và tên,")), hv::TableFormat::Csv);

    const QString xls = hvtest::writeFile(dir.path(QStringLiteral("old.xlsx")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 ole2", 13));
    const QString why = inputError(xls);
    EXPECT_TRUE(why.contains(QStringLiteral("old.xlsx")));
    EXPECT_TRUE(why.contains(QStringLiteral("97–2003"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("save it as .xlsx"))) << why.toStdString();
    EXPECT_TRUE(inputError(dir.path(QStringLiteral("missing.xlsx"))).contains(QStringLiteral("does not exist")));
}

TEST(XlsxReaderTest, BadPackagesAreRefusedNamingTheFile)
{
    struct Case {
        const char* file;
        const char* says;
    };
    const Case cases[] = {
        {"not_spreadsheet.xlsx", "not an Excel workbook"},
        {"truncated.xlsx", "not a readable .xlsx"},
        {"garbage.xlsx", "not a readable .xlsx"},
        {"xml_bomb.xlsx", "DTD"},
        {"dtd_sheet.xlsx", "DTD"},
        {"huge_cell.xlsx", "more than 1048576 characters"},
        {"zip_bomb.xlsx", "exhaust memory"},
        {"zip_bomb_lying.xlsx", "xl/sharedStrings.xml"},
    };
    for (const Case& c : cases) {
        const QString path = xlsx(QStringLiteral("bad/") + QLatin1String(c.file));
        QElapsedTimer timer;
        timer.start();
        const QString why = inputError(path);
        EXPECT_TRUE(why.contains(path)) << c.file << ": " << why.toStdString();
        EXPECT_TRUE(why.contains(QLatin1String(c.says))) << c.file << ": " << why.toStdString();
        EXPECT_LT(timer.elapsed(), 10000) << c.file;
    }
}

TEST(XlsxReaderTest, AMillionEmptyRowsAreReadQuicklyAndHaveNoHeader)
{
    const QString path = xlsx(QStringLiteral("bad/million_empty_rows.xlsx"));
    XlsxReader r(path);
    int rows = 0, last = 0;
    double progress = 0;
    while (r.next()) {
        ++rows;
        last = r.rowNumber();
        EXPECT_EQ(r.cellCount(), 0);
        if (rows % 100000 == 0) {
            EXPECT_GE(r.progress(), progress);
            progress = r.progress();
        }
        if (rows > 2000000) break;
    }
    EXPECT_EQ(rows, 1048576);
    EXPECT_EQ(last, 1048576);
    EXPECT_DOUBLE_EQ(r.progress(), 1.0);
    XlsxReader again(path);
    EXPECT_FALSE(hv::findMemberHeader(again));
}

TEST(XlsxReaderTest, RandomDamageNeverCrashes)
{
    const QByteArray good = bytesOf(xlsx(QStringLiteral("members.xlsx")));
    std::srand(11);
    for (int round = 0; round < 300; ++round) {
        QByteArray bad = good;
        for (int k = 0; k < 1 + round % 8; ++k) bad[std::rand() % bad.size()] = char(std::rand());
        if (round % 5 == 0) bad.truncate(std::rand() % bad.size());
        try {
            XlsxReader r(bad, QStringLiteral("damaged.xlsx"), {}, 1 + round % 300);
            while (r.next()) {}
        } catch (const hv::Error& e) {
            EXPECT_EQ(e.kind(), hv::Error::Kind::Input);
            EXPECT_TRUE(e.message().contains(QStringLiteral("damaged.xlsx"))) << e.message().toStdString();
        }
    }
}

TEST(XlsxReaderTest, Tcvn3TextIsConvertedWithSamplesToCheck)
{
    XlsxReader r(xlsx(QStringLiteral("tcvn3.xlsx")));
    EXPECT_EQ(r.convertedFrom(), QStringLiteral("TCVN3 (ABC)"));
    const auto rows = readAll(r);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].cells.value(0), QStringLiteral("DANH SÁCH HỘI VIÊN"));
    EXPECT_EQ(rows[1].cells, (QStringList{QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Năm sinh"),
                                          QStringLiteral("Cơ sở Hội"), QStringLiteral("Chi hội")}));
    EXPECT_EQ(rows[2].cells.value(1), QStringLiteral("Nguyễn Thị Hoa"));
    EXPECT_EQ(rows[2].cells.value(3), QStringLiteral("Thị trấn Thọ Xuân"));
    const auto pairs = r.conversions();
    EXPECT_NE(std::find(pairs.begin(), pairs.end(), std::pair{QStringLiteral("NguyÔn ThÞ Hoa"), QStringLiteral("Nguyễn Thị Hoa")}),
              pairs.end());
    // A Unicode workbook is left as it is and reports nothing.
    XlsxReader unicode(xlsx(QStringLiteral("members.xlsx")));
    EXPECT_EQ(unicode.convertedFrom(), QString());
    EXPECT_TRUE(unicode.conversions().empty());
}
