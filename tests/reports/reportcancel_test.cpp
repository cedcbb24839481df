// Stopping a report (reports/cancelcheck.h): the builders ask the check at every unit and the writers at
// every row and page; a cancelled report throws Error(Kind::Cancelled) and saveReport leaves no file
// (nor its temporary file) in the folder, and a file already there as it was.
#include "core/error.h"
#include "reports/annualdocument.h"
#include "reports/fixture.h"
#include "reports/golden.h"
#include "reports/htmlwriter.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/reportrequest.h"

#include <QDir>
#include <QFile>
#include <memory>

using namespace hv;

namespace {

// A check that counts its calls and answers true from call number `stopAt` on (0: never).
struct Counter {
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    int stopAt = 0;
    CancelCheck check() const
    {
        return [calls = calls, stopAt = stopAt] { return ++*calls >= stopAt && stopAt > 0; };
    }
};

Error::Kind kindOf(const std::function<void()>& work)
{
    try {
        work();
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no error thrown";
    return Error::Kind::Input;
}

class ReportCancelTest : public hvtest::DistrictFixture {
protected:
    void SetUp() override
    {
        DistrictFixture::SetUp();
        addMembers(false);
    }
    ReportRequest request(ReportKind kind, const CancelCheck& cancelled)
    {
        ReportRequest r;
        r.kind = kind;
        r.year = 2023;
        r.date = QDate(2023, 12, 31);
        r.depth = 2;
        r.printedOn = QDate(2024, 1, 5);
        r.cancelled = cancelled;
        return r;
    }
    // How often a whole report asks the check.
    int callsOf(const std::function<void(const CancelCheck&)>& work)
    {
        Counter never;
        work(never.check());
        return *never.calls;
    }
    QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files | QDir::Hidden); }

    hvtest::TempDir out;
};

}  // namespace

TEST_F(ReportCancelTest, AnnualReportAsksAtEveryUnitAndStops)
{
    // 1 office + 2 communes + 3 chapters at depth 2: asked more often than there are rows.
    const int calls = callsOf([&](const CancelCheck& c) { buildAnnualReport(db, {2023, {}, {}, 2, c}); });
    EXPECT_GT(calls, 6);
    for (const int stopAt : {1, calls / 2, calls}) {
        Counter stop{std::make_shared<int>(0), stopAt};
        EXPECT_EQ(kindOf([&] {
                      buildAnnualReport(db, {2023, {}, {}, 2, stop.check()});
                  }),
                  Error::Kind::Cancelled)
            << "stopped at call " << stopAt;
        EXPECT_EQ(*stop.calls, stopAt) << "nothing more was asked after the stop";
    }
}

TEST_F(ReportCancelTest, TenYearsOfChartsStopBetweenYears)
{
    AnnualReportOptions o{2023, {}, {}, 1};
    Counter never;
    o.cancelled = never.check();
    buildReportCharts(db, o);
    const int calls = *never.calls;
    Counter stop{std::make_shared<int>(0), calls - 1};
    o.cancelled = stop.check();
    EXPECT_EQ(kindOf([&] { buildReportCharts(db, o); }), Error::Kind::Cancelled);
}

TEST_F(ReportCancelTest, PdfWriterStopsAtTheLastPage)
{
    const ReportDocument doc = buildReportDocument(db, ref, request(ReportKind::Annual, {}));
    const int calls = callsOf([&](const CancelCheck& c) { reportPdf(doc, c); });
    // Every row of the three tables is measured, and every page painted, with a check each.
    std::size_t rows = 0;
    for (const ReportTable& t : doc.tables) rows += t.rows.size();
    EXPECT_GT(calls, int(rows));
    Counter stop{std::make_shared<int>(0), calls};
    EXPECT_EQ(kindOf([&] { reportPdf(doc, stop.check()); }), Error::Kind::Cancelled);
}

TEST_F(ReportCancelTest, HtmlWriterStopsAtARow)
{
    const ReportDocument doc = buildReportDocument(db, ref, request(ReportKind::Members, {}));
    ASSERT_FALSE(doc.tables.front().rows.empty());
    Counter stop{std::make_shared<int>(0), 2};
    EXPECT_EQ(kindOf([&] { reportHtml(doc, stop.check()); }), Error::Kind::Cancelled);
    EXPECT_EQ(reportHtml(doc), reportHtml(doc, [] { return false; }));
}

TEST_F(ReportCancelTest, CancelledSaveLeavesNoFile)
{
    const QString file = out.path("danh-sach.pdf");
    // The member list PDF stopped before it starts, at a member of the register, while its rows are
    // measured, and at the last page, when the temporary file already holds the pages painted before it.
    const int calls =
        callsOf([&](const CancelCheck& c) { renderReport(db, ref, request(ReportKind::Members, c), "pdf"); });
    ASSERT_GT(calls, 3);
    for (const int stopAt : {1, 2, calls / 2, calls}) {
        Counter stop{std::make_shared<int>(0), stopAt};
        EXPECT_EQ(
            kindOf([&] { saveReport(db, ref, request(ReportKind::Members, stop.check()), "pdf", file); }),
            Error::Kind::Cancelled)
            << "stopped at call " << stopAt;
        EXPECT_EQ(filesIn(QFileInfo(file).absolutePath()), QStringList()) << "stopped at call " << stopAt;
    }
    // The same for the annual summary as HTML and as a workbook.
    for (const char* format : {"html", "xlsx"}) {
        Counter stop{std::make_shared<int>(0), 5};
        EXPECT_EQ(kindOf([&] {
                      saveReport(db, ref, request(ReportKind::Annual, stop.check()), format, out.path("bc"));
                  }),
                  Error::Kind::Cancelled)
            << format;
        EXPECT_EQ(filesIn(QFileInfo(file).absolutePath()), QStringList()) << format;
    }
}

TEST_F(ReportCancelTest, CancelledSaveKeepsTheFileThatWasThere)
{
    const QString file = hvtest::writeFile(out.path("bao-cao.html"), "the report of last week");
    Counter stop{std::make_shared<int>(0), 3};
    EXPECT_EQ(kindOf([&] { saveReport(db, ref, request(ReportKind::Annual, stop.check()), "html", file); }),
              Error::Kind::Cancelled);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), "the report of last week");
    EXPECT_EQ(filesIn(out.path(".")), QStringList{"bao-cao.html"});
}

TEST_F(ReportCancelTest, SaveWritesWhatRenderGives)
{
    const QString file = out.path("bao-cao.html");
    saveReport(db, ref, request(ReportKind::Annual, [] { return false; }), "html", file);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), renderReport(db, ref, request(ReportKind::Annual, {}), "html"));

    const QString pdf = out.path("bao-cao.pdf");
    saveReport(db, ref, request(ReportKind::Members, {}), "pdf", pdf);
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    const QByteArray text = hvtest::pdfText(p.readAll());
    EXPECT_TRUE(text.contains("DANH SÁCH HỘI VIÊN")) << text.toStdString();
    EXPECT_TRUE(text.contains("Lê Thị Một"));
}

TEST_F(ReportCancelTest, UnwritableFolderIsAnInputError)
{
    EXPECT_EQ(kindOf([&] {
                  saveReport(db, ref, request(ReportKind::Annual, {}), "html",
                             out.path("no/such/folder/x.html"));
              }),
              Error::Kind::Input);
}
