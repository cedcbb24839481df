// The Báo cáo page over a small register: a report picked with the keyboard and saved as PDF (its text
// read back with pdftotext), the member list with a column taken off, the annual summary's preview and
// charts, Ctrl+P registered, and the Excel form of the level above filled from the dialog.
#include "memberfixture.h"  // an office (district 395) with two chapters in commune 15499

#include "reports/golden.h"
#include "reports/tablewriters.h"
#include "ui/actionregistry.h"
#include "ui/chartviews.h"
#include "ui/reportspage.h"
#include "ui/templatedialog.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>

using namespace hv;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class ReportsPageTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA, QDate(2010, 3, 8));
        storeMember(QString::fromUtf8("Lê Thị Bình"), "038185000002", chapterB, QDate(2024, 4, 2));
        page = std::make_unique<ReportsPage>(*ctx, actions);
        page->resize(1100, 700);
        page->show();
        // Shown, the page previews the report of its form at once; wait for it.
        EXPECT_TRUE(QTest::qWaitFor([&] { return !page->isBusy(); }, 30000));
    }
    void TearDown() override { page.reset(); }

    void pickReport(int steps)
    {
        auto* kind = page->findChild<QComboBox*>("reportKind");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Home);
        for (int i = 0; i < steps; ++i)
            QTest::keyClick(kind, Qt::Key_Down);
    }
    void typeYear(int year)
    {
        auto* spin = page->findChild<QSpinBox*>("reportYear");
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(year));
        QTest::keyClick(spin, Qt::Key_Tab);
    }
    QString save(const QString& name)
    {
        QSignalSpy saved(page.get(), &ReportsPage::saved);
        page->saveTo(dir.path(name));
        EXPECT_TRUE(saved.wait(60000) || saved.count() == 1);
        return dir.path(name);
    }

    ActionRegistry actions;
    std::unique_ptr<ReportsPage> page;
};

}  // namespace

TEST_F(ReportsPageTest, MemberListWithAColumnTakenOffSavedAsPdf)
{
    pickReport(2);  // annual, ranking, member list
    EXPECT_EQ(page->request().kind, ReportKind::Members);
    auto* columns = page->findChild<QListWidget*>("reportColumns");
    ASSERT_TRUE(columns->isVisible());
    for (int i = 0; i < columns->count(); ++i)
        if (columns->item(i)->data(Qt::UserRole).toString() == "religion")
            columns->item(i)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(page->request().columns.contains("religion"));
    const QByteArray text = hvtest::pdfText(readAll(save("list.pdf")));
    EXPECT_TRUE(text.contains("DANH SÁCH HỘI VIÊN")) << text.toStdString();
    EXPECT_TRUE(text.contains("Nguyễn Thị An"));
    EXPECT_FALSE(text.contains("Tôn giáo"));
    // The choice is remembered.
    EXPECT_EQ(settings.value("reports/kind").toInt(), 2);
}

TEST_F(ReportsPageTest, AnnualSummaryPreviewChartsAndXlsx)
{
    pickReport(0);
    typeYear(2024);
    QSignalSpy previewed(page.get(), &ReportsPage::previewed);
    page->showPreview();
    ASSERT_TRUE(previewed.wait(60000));
    ASSERT_TRUE(page->document().has_value());
    EXPECT_EQ(page->document()->title, QString::fromUtf8("BÁO CÁO TỔNG KẾT SỐ LIỆU HỘI VIÊN NĂM 2024"));
    auto* charts = page->findChild<ChartsPanel*>("reportCharts");
    ASSERT_EQ(charts->views().size(), 3);
    // The ten-year chart ends with the year's members: the two of them.
    auto* line = qobject_cast<QLineSeries*>(charts->views()[1]->chart()->series().first());
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->points().last().y(), 2);

    const QByteArray text = hvtest::pdfText(readAll(save("annual.pdf")));
    EXPECT_TRUE(text.contains("BÁO CÁO TỔNG KẾT SỐ LIỆU HỘI VIÊN NĂM 2024"));
    EXPECT_TRUE(text.contains("BIỂU ĐỒ"));
    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(readAll(save("annual.xlsx")), 1);
    EXPECT_EQ(sheet.at({0, 0}).value, "Mã đơn vị");
}

TEST_F(ReportsPageTest, PrintAndSaveHaveShortcuts)
{
    ASSERT_NE(actions.action("reports.print"), nullptr);
    EXPECT_EQ(actions.action("reports.print")->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_EQ(actions.action("reports.save")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

TEST_F(ReportsPageTest, TemplateDialogFillsTheForm)
{
    ReportTable t;
    t.sheetName = "Sheet1";
    t.columns = {{QString::fromUtf8("Đơn vị"), 20}, {QString::fromUtf8("Hội viên"), 10}};
    t.rows = {{{ReportCell::textCell(QString::fromUtf8("Thị trấn Thọ Xuân"))}, ReportRow::Style::Normal, false}};
    QFile f(dir.path("form.xlsx"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(tablesXlsx({t}));
    f.close();
    const QString commune15499 = UnitRepository(ctx->db()).byCode("15499")->name;

    ReportRequest r;
    r.year = 2024;
    TemplateDialog dialog(*ctx, r);
    TemplateMapping m;
    m.templatePath = dir.path("form.xlsx");
    m.cells = {{"members_end", "Sheet1!B5"}};
    TemplateUnitRows rows;
    rows.nameColumn = "A";
    rows.firstRow = 2;
    rows.columns = {{"members_end", "B"}};
    m.unitRows = rows;
    dialog.setMapping(m);
    EXPECT_EQ(dialog.mapping().cells.size(), 1u);
    EXPECT_EQ(dialog.defaultMappingFile(), dir.path("form.mapping.json"));
    QSignalSpy filled(&dialog, &TemplateDialog::filled);
    dialog.fillTo(dir.path("filled.xlsx"));
    ASSERT_TRUE(filled.wait(60000));
    const hvtest::XlsxSheet sheet = hvtest::readXlsxSheet(readAll(dir.path("filled.xlsx")), 1);
    EXPECT_EQ(sheet.at({4, 1}).value, "2");  // the district's members at the end of 2024
    ASSERT_EQ(commune15499, QString::fromUtf8("Thị trấn Thọ Xuân"));  // row 2 of the form names it
    EXPECT_EQ(sheet.at({1, 1}).value, "2");
}
