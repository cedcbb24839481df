// Speed of the printed lists (docs/performance.md "Reports and lists"): a demo district of 10,000
// members made with the project's demo generator (hoivien-cli demo), then
//
//   BM_ExportMembersPdf   the member list of the district at 31/12, default columns, built and written
//                         as PDF (A4, header row repeated on every page, page numbers). Goal: < 10 s.
//   BM_ExportMembersXlsx  the same list as XLSX.
//   BM_ExportMembersCsv   the same list as CSV.
//   BM_AnnualReportPdf    the annual summary with the previous year, as PDF.
//
// The database lives in <build>/bench/data/demo-<N>.sqlite (generated when missing, untimed).
// Own flags (before Google Benchmark's): --hv_data=DIR --hv_members=N (default 10000).
#include "core/referencedata.h"
#include "importing/demogenerator.h"
#include "reports/annualdocument.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/tablewriters.h"
#include "storage/database.h"

#include <benchmark/benchmark.h>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstring>
#include <memory>

#ifndef HOIVIEN_BENCH_DATA_DIR
#define HOIVIEN_BENCH_DATA_DIR "bench-data"
#endif

namespace {

QString gDataDir = QStringLiteral(HOIVIEN_BENCH_DATA_DIR);
int gMembers = 10000;
const int kYear = 2024;
std::unique_ptr<hv::Database> gDb;
std::unique_ptr<hv::ReferenceData> gRef;

hv::Database& db()
{
    if (!gDb) {
        QDir().mkpath(gDataDir);
        const QString file = QDir(gDataDir).filePath(QStringLiteral("demo-%1.sqlite").arg(gMembers));
        const bool exists = QFileInfo::exists(file);
        gRef = std::make_unique<hv::ReferenceData>();
        gDb = std::make_unique<hv::Database>(file);
        if (!exists) {
            hv::DemoOptions o;
            o.members = gMembers;
            o.seed = 1;
            o.lastYear = kYear;
            hv::generateDemo(*gDb, *gRef, o);
        }
    }
    return *gDb;
}

hv::MemberList memberList()
{
    return hv::buildMemberList(db(), *gRef, {QString(), QDate(kYear, 12, 31), {}, false});
}

void BM_ExportMembersPdf(benchmark::State& state)
{
    try {
        db();
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
        return;
    }
    for (auto _ : state) {
        const hv::MemberList list = memberList();
        const hv::ReportDocument doc = hv::memberListDocument(list, hv::letterheadFor(db(), list.unitCode), QDate(2025, 1, 15));
        const QByteArray pdf = hv::reportPdf(doc);
        state.counters["members"] = double(list.table.rows.size());
        state.counters["pdf_kb"] = double(pdf.size()) / 1024.0;
    }
}
BENCHMARK(BM_ExportMembersPdf)->Iterations(2)->Unit(benchmark::kSecond);

void BM_ExportMembersXlsx(benchmark::State& state)
{
    db();
    for (auto _ : state) {
        const QByteArray x = hv::tablesXlsx({memberList().table});
        benchmark::DoNotOptimize(x.size());
    }
}
BENCHMARK(BM_ExportMembersXlsx)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ExportMembersCsv(benchmark::State& state)
{
    db();
    for (auto _ : state) {
        const QByteArray x = hv::tableCsv(memberList().table);
        benchmark::DoNotOptimize(x.size());
    }
}
BENCHMARK(BM_ExportMembersCsv)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_AnnualReportPdf(benchmark::State& state)
{
    db();
    for (auto _ : state) {
        const hv::AnnualComparison c = hv::buildAnnualComparison(db(), {kYear, {}, {}, 2});
        const QByteArray pdf = hv::reportPdf(hv::annualReportDocument(c, hv::letterheadFor(db(), c.current.unitCode), QDate(2025, 1, 15)));
        benchmark::DoNotOptimize(pdf.size());
    }
}
BENCHMARK(BM_AnnualReportPdf)->Iterations(2)->Unit(benchmark::kMillisecond);

bool takeFlag(const char* arg, const char* name, QString& value)
{
    const size_t n = std::strlen(name);
    if (std::strncmp(arg, name, n) != 0 || arg[n] != '=')
        return false;
    value = QString::fromLocal8Bit(arg + n + 1);
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");  // PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        QString v;
        if (takeFlag(argv[i], "--hv_data", v))
            gDataDir = v;
        else if (takeFlag(argv[i], "--hv_members", v))
            gMembers = v.toInt();
        else
            rest.push_back(argv[i]);
    }
    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    if (benchmark::ReportUnrecognizedArguments(n, rest.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    gDb.reset();
    return 0;
}
