// Speed of the printed lists (docs/performance.md "Reports and lists"): a demo district of 10,000
// members made with the project's demo generator (hoivien-cli demo), then
//
//   BM_ExportMembersPdf   the member list of the district at 31/12, default columns, built and written
//                         as PDF (A4, header row repeated on every page, page numbers). Goal: < 10 s.
//   BM_ExportMembersXlsx  the same list as XLSX.
//   BM_ExportMembersCsv   the same list as CSV.
//   BM_AnnualReportPdf    the annual summary with the previous year, as PDF.
//
// and a demo province of 300,000 members (the districts and communes of the official list, ten years
// of movements), on which
//
//   BM_ProvinceAnnualSummary/D  what the Báo cáo page makes for the annual summary of the province at
//                               depth D (1: districts, 2: and communes): the summary beside the previous
//                               year and the charts over the last ten years (buildReportDocument).
//                               Goal (issue "Reports"): < 2 s.
//   BM_ProvinceComparison/D     diagnosis: the two years alone (buildAnnualComparison).
//   BM_ProvinceCharts           diagnosis: the ten years of the charts alone (buildReportCharts).
//   BM_ProvinceAnnualPdf        the whole document as PDF, charts included.
//
//   BM_CancelLatency/R          how soon Cancel stops a report (R 0: the member list PDF of the district,
//                               1: the province's annual summary as PDF): the report is cancelled at
//                               times spread over its length; the time from the cancel to
//                               Error(Kind::Cancelled), worst and mean.
//
// The databases live in <build>/bench/data/demo-<N>.sqlite and province-<code>-<N>.sqlite (generated
// when missing, untimed). Own flags (before Google Benchmark's): --hv_data=DIR --hv_members=N (default
// 10000) --hv_province=CODE (default 38, Tỉnh Thanh Hóa) --hv_province_members=N (default 300000).
#include "core/error.h"
#include "core/referencedata.h"
#include "importing/demogenerator.h"
#include "reports/annualdocument.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/reportrequest.h"
#include "reports/tablewriters.h"
#include "storage/database.h"

#include <benchmark/benchmark.h>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>

#ifndef HOIVIEN_BENCH_DATA_DIR
#define HOIVIEN_BENCH_DATA_DIR "bench-data"
#endif

namespace {

QString gDataDir = QStringLiteral(HOIVIEN_BENCH_DATA_DIR);
int gMembers = 10000;
QString gProvince = QStringLiteral("38");
int gProvinceMembers = 300000;
const int kYear = 2024;
std::unique_ptr<hv::Database> gDb, gProvinceDb;
const hv::ReferenceData& ref()
{
    static const hv::ReferenceData r;
    return r;
}

// The demo database of the unit in the data folder, made the first time (seed 1, history up to kYear).
std::unique_ptr<hv::Database> openDemo(const QString& name, const QString& unitCode, int members)
{
    QDir().mkpath(gDataDir);
    const QString file = QDir(gDataDir).filePath(name);
    const bool exists = QFileInfo::exists(file);
    auto db = std::make_unique<hv::Database>(file);
    if (!exists) {
        hv::DemoOptions o;
        o.unitCode = unitCode;
        o.members = members;
        o.seed = 1;
        o.lastYear = kYear;
        try {
            hv::generateDemo(*db, ref(), o);
        } catch (...) {
            db.reset();
            QFile::remove(file);  // not left half made for the next run
            throw;
        }
    }
    return db;
}

hv::Database& db()
{
    if (!gDb) gDb = openDemo(QStringLiteral("demo-%1.sqlite").arg(gMembers), QStringLiteral("395"), gMembers);
    return *gDb;
}

hv::Database& provinceDb()
{
    if (!gProvinceDb)
        gProvinceDb = openDemo(QStringLiteral("province-%1-%2.sqlite").arg(gProvince).arg(gProvinceMembers),
                               gProvince, gProvinceMembers);
    return *gProvinceDb;
}

hv::MemberList memberList()
{
    return hv::buildMemberList(db(), ref(), {QString(), QDate(kYear, 12, 31), {}, false});
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
        const hv::ReportDocument doc =
            hv::memberListDocument(list, hv::letterheadFor(db(), list.unitCode), QDate(2025, 1, 15));
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
        const QByteArray pdf = hv::reportPdf(
            hv::annualReportDocument(c, hv::letterheadFor(db(), c.current.unitCode), QDate(2025, 1, 15)));
        benchmark::DoNotOptimize(pdf.size());
    }
}
BENCHMARK(BM_AnnualReportPdf)->Iterations(2)->Unit(benchmark::kMillisecond);

// The province's database, or the benchmark skipped with the reason.
bool provinceReady(benchmark::State& state)
{
    try {
        provinceDb();
        return true;
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
        return false;
    }
}

hv::ReportRequest provinceRequest(int depth)
{
    hv::ReportRequest r;
    r.kind = hv::ReportKind::Annual;
    r.unitCode = gProvince;
    r.year = kYear;
    r.depth = depth;
    r.printedOn = QDate(2025, 1, 15);
    return r;
}

void BM_ProvinceAnnualSummary(benchmark::State& state)
{
    if (!provinceReady(state)) return;
    for (auto _ : state) {
        const hv::ReportDocument doc =
            hv::buildReportDocument(provinceDb(), ref(), provinceRequest(int(state.range(0))));
        state.counters["rows"] = double(doc.tables.at(1).rows.size());
        state.counters["years"] = double(doc.charts.at(1).categories.size());
        state.counters["members_end"] = doc.tables.at(0).rows.at(9).cells.at(3).number;
    }
}
BENCHMARK(BM_ProvinceAnnualSummary)->Arg(1)->Arg(2)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ProvinceComparison(benchmark::State& state)
{
    if (!provinceReady(state)) return;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hv::buildAnnualComparison(provinceDb(), {kYear, gProvince, {}, int(state.range(0))})
                .current.rows.size());
}
BENCHMARK(BM_ProvinceComparison)->Arg(1)->Arg(2)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ProvinceCharts(benchmark::State& state)
{
    if (!provinceReady(state)) return;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hv::buildReportCharts(provinceDb(), {kYear, gProvince, {}, 1}).membership.categories.size());
}
BENCHMARK(BM_ProvinceCharts)->Iterations(3)->Unit(benchmark::kMillisecond);

void BM_ProvinceAnnualPdf(benchmark::State& state)
{
    if (!provinceReady(state)) return;
    for (auto _ : state) {
        const QByteArray pdf =
            hv::renderReport(provinceDb(), ref(), provinceRequest(2), QStringLiteral("pdf"));
        state.counters["pdf_kb"] = double(pdf.size()) / 1024.0;
    }
}
BENCHMARK(BM_ProvinceAnnualPdf)->Iterations(2)->Unit(benchmark::kMillisecond);

void BM_CancelLatency(benchmark::State& state)
{
    using Clock = std::chrono::steady_clock;
    const bool province = state.range(0) == 1;
    if (province && !provinceReady(state)) return;
    hv::Database& database = province ? provinceDb() : db();
    hv::ReportRequest r = province ? provinceRequest(2) : hv::ReportRequest{};
    if (!province) {
        r.kind = hv::ReportKind::Members;
        r.date = QDate(kYear, 12, 31);
        r.printedOn = QDate(2025, 1, 15);
    }
    // The whole report once, to spread the cancels over its length.
    const Clock::time_point t0 = Clock::now();
    hv::renderReport(database, ref(), r, QStringLiteral("pdf"));
    const double length = std::chrono::duration<double>(Clock::now() - t0).count();
    double worst = 0, sum = 0;
    int n = 0;
    for (auto _ : state) {
        for (int i = 1; i <= 10; ++i) {
            const Clock::time_point start = Clock::now();
            const Clock::time_point at = start + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(length * i / 11));
            r.cancelled = [at] { return Clock::now() >= at; };
            try {
                hv::renderReport(database, ref(), r, QStringLiteral("pdf"));
                continue;  // ended before the cancel
            } catch (const hv::Error& e) {
                if (e.kind() != hv::Error::Kind::Cancelled) throw;
            }
            const double late = std::chrono::duration<double, std::milli>(Clock::now() - at).count();
            worst = std::max(worst, late);
            sum += late;
            ++n;
        }
    }
    state.counters["report_ms"] = length * 1000;
    state.counters["cancels"] = n;
    state.counters["worst_ms"] = worst;
    state.counters["mean_ms"] = n ? sum / n : 0;
}
BENCHMARK(BM_CancelLatency)->Arg(0)->Arg(1)->Iterations(1)->Unit(benchmark::kMillisecond);

bool takeFlag(const char* arg, const char* name, QString& value)
{
    const size_t n = std::strlen(name);
    if (std::strncmp(arg, name, n) != 0 || arg[n] != '=') return false;
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
        else if (takeFlag(argv[i], "--hv_province", v))
            gProvince = v;
        else if (takeFlag(argv[i], "--hv_province_members", v))
            gProvinceMembers = v.toInt();
        else
            rest.push_back(argv[i]);
    }
    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    if (benchmark::ReportUnrecognizedArguments(n, rest.data())) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    gDb.reset();
    gProvinceDb.reset();
    return 0;
}
