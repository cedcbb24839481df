// Export templates: a form of the level above (a workbook with its own headers, a formula total and a
// unit the report does not have) filled from the hand-worked district, then read back cell by cell;
// the mapping file's JSON; the command line's report annual --template.
#include "importing/xlsxreader.h"
#include "importing/xlsxtemplate.h"
#include "reports/fixture.h"
#include "reports/golden.h"
#include "reports/indicators.h"
#include "reports/tablewriters.h"

#include <QFile>
#include <QProcess>

using namespace hv;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class XlsxTemplateTest : public hvtest::DistrictFixture {
protected:
    void SetUp() override
    {
        DistrictFixture::SetUp();
        addMembers(false);
        // The form: units in column A from row 2, a total row with a formula, a unit not in the report.
        ReportTable t;
        t.sheetName = QString::fromUtf8("Biểu 1");
        t.columns = {{QString::fromUtf8("Đơn vị"), 20}, {QString::fromUtf8("Tổng số HV"), 10}, {QString::fromUtf8("Kết nạp"), 10}};
        const auto unit = [](const char* name) {
            return ReportRow{{ReportCell::textCell(QString::fromUtf8(name)), ReportCell{}, ReportCell{}}, ReportRow::Style::Normal, true};
        };
        t.rows = {unit("Xã Một"), unit("Xã Không Có"), unit("Hai")};
        ReportCell total = ReportCell::integer(0);
        total.sumOfRows = true;
        t.rows.push_back({{ReportCell::textCell(QString::fromUtf8("Cộng")), total, total}, ReportRow::Style::Total, false});
        QFile f(dir.path("form.xlsx"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(tablesXlsx({t}));
    }

    TemplateMapping mapping()
    {
        TemplateMapping m;
        m.templatePath = dir.path("form.xlsx");
        m.cells = {{"members_end", QString::fromUtf8("'Biểu 1'!B9")}, {"attraction_rate", "C9"}};
        TemplateUnitRows rows;
        rows.nameColumn = "A";
        rows.firstRow = 2;
        rows.lastRow = 4;  // not the total row
        rows.columns = {{"members_end", "B"}, {"admitted", "C"}};
        m.unitRows = rows;
        return m;
    }

    TemplateSource source(const AnnualReport& report)
    {
        return {[&report](const QString& u) { return findReportRow(report, u) != nullptr; },
                [&report](const QString& u, const QString& key) -> std::optional<double> {
                    const AnnualRow* r = findReportRow(report, u);
                    return r ? annualIndicator(*r, key) : std::nullopt;
                }};
    }
};

}  // namespace

TEST_F(XlsxTemplateTest, FillsCellsAndUnitRowsAndKeepsTheForm)
{
    const AnnualReport report = buildAnnualReport(db, {2023, {}, {}, 1});
    const AnnualRow* one = findReportRow(report, QString::fromUtf8("Xã Một"));
    const AnnualRow* two = findReportRow(report, QString::fromUtf8("Hai"));  // the name without "Xã"
    ASSERT_NE(one, nullptr);
    ASSERT_NE(two, nullptr);
    const TemplateFillResult r = fillXlsxTemplate(mapping(), source(report), dir.path("filled.xlsx"));
    EXPECT_EQ(r.unitsFound, QStringList({QString::fromUtf8("Xã Một"), QString::fromUtf8("Hai")}));
    ASSERT_EQ(r.unmatchedRows.size(), 1);
    EXPECT_EQ(r.unmatchedRows.first(), QString::fromUtf8("A3: Xã Không Có"));
    EXPECT_EQ(r.cellsFilled, 2 + 4);

    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(readAll(dir.path("filled.xlsx")), 1);
    EXPECT_EQ(sheet.at({0, 0}).value, "Đơn vị");  // the form's own text is kept
    EXPECT_EQ(sheet.at({1, 1}).type, "n");
    EXPECT_EQ(sheet.at({1, 1}).value, QString::number(one->membersEnd).toStdString());
    EXPECT_EQ(sheet.at({1, 2}).value, QString::number(one->admitted).toStdString());
    EXPECT_EQ(sheet.at({3, 1}).value, QString::number(two->membersEnd).toStdString());
    EXPECT_EQ(sheet.count({2, 1}), 0u);  // the unknown unit's row is left empty
    EXPECT_EQ(sheet.at({4, 1}).type, "f");  // the form's total formula stays
    // Row 9 did not exist in the form: inserted, after the rows before it.
    EXPECT_EQ(sheet.at({8, 1}).value, QString::number(report.totals.membersEnd).toStdString());
    ASSERT_TRUE(report.totals.attractionRate.has_value());
    EXPECT_EQ(sheet.at({8, 2}).value, QString::number(*report.totals.attractionRate, 'g', 15).toStdString());

    // The project's own reader sees the same numbers.
    XlsxReader reader(dir.path("filled.xlsx"));
    QStringList column;
    while (reader.next())
        column << (reader.cellCount() > 1 ? reader.cell(1).toString() : QString());
    EXPECT_EQ(column.value(1), QString::number(one->membersEnd));
    EXPECT_EQ(column.last(), QString::number(report.totals.membersEnd));
}

TEST_F(XlsxTemplateTest, MappingFileRoundTripsAndRejectsBadCells)
{
    const TemplateMapping m = mapping();
    m.save(dir.path("form.mapping.json"));
    const QByteArray json = readAll(dir.path("form.mapping.json"));
    EXPECT_TRUE(json.contains("\"template\": \"form.xlsx\"")) << json.toStdString();  // relative, beside it
    const TemplateMapping back = TemplateMapping::load(dir.path("form.mapping.json"));
    EXPECT_EQ(back.templatePath, dir.path("form.xlsx"));
    ASSERT_EQ(back.cells.size(), 2u);
    EXPECT_EQ(back.cells[0].cell, QString::fromUtf8("'Biểu 1'!B9"));
    ASSERT_TRUE(back.unitRows.has_value());
    EXPECT_EQ(back.unitRows->columns.size(), 2u);
    EXPECT_THROW(TemplateMapping::fromJson(R"({"template":"a.xlsx","cells":[{"indicator":"admitted","cell":"Sheet1!12D"}]})", "."),
                 Error);
    EXPECT_THROW(TemplateMapping::fromJson("[]", "."), Error);
}

TEST(XlsxTemplateRefs, CellReferences)
{
    EXPECT_EQ(parseCellRef("D12"), std::make_optional(std::pair{12, 4}));
    EXPECT_EQ(parseCellRef("$AB$3"), std::make_optional(std::pair{3, 28}));
    EXPECT_FALSE(parseCellRef("12D").has_value());
    EXPECT_EQ(columnLetters(28), "AB");
    EXPECT_EQ(columnNumber("XFD"), 16384);
    EXPECT_EQ(splitSheetRef("'It''s'!A1"), std::pair(QString("It's"), QString("A1")));
}

TEST_F(XlsxTemplateTest, CommandLineFillsTheForm)
{
    mapping().save(dir.path("m.json"));
    QProcess p;
    p.start(QStringLiteral(HOIVIEN_CLI_PATH), {"report", "annual", "--year", "2023", "--template", dir.path("m.json"), "--out",
                                               dir.path("cli.xlsx"), "--db", dir.path("r.sqlite")});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(p.readAllStandardError().contains("A3"));
    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(readAll(dir.path("cli.xlsx")), 1);
    EXPECT_EQ(sheet.at({1, 1}).type, "n");
}
