// The speed goals of docs/performance.md, measured on a 1,000,000-member list (bench/gencsv.h):
//
//   BM_ImportMembersXlsx the same list as an .xlsx workbook (genxlsx.h) -> fresh database.
//   BM_ImportMembersCsv  CSV -> fresh database (init --unit 395, import with createUnits): rows/s, and
//                        the database size per member after a WAL checkpoint (no VACUUM).
//   BM_AnnualReport/N    the annual report of the district at depth N on that database.
//   BM_Search/<query>    MemberRepository::search, one benchmark per realistic query.
//   BM_ImportPhases      diagnosis: the import's steps one by one, CPU seconds each.
//
// The CSV and the database live in the build folder (default <build>/bench/data; --hv_data=DIR). The
// CSV is generated when missing; the report and search benchmarks import the database first (untimed)
// when it is missing or holds another member count, so each can be run alone with --benchmark_filter.
//
// Own flags (before Google Benchmark's): --hv_data=DIR --hv_rows=N (default 1000000) --hv_year=YYYY
// (report year, default 2025).

#include "gencsv.h"
#include "genxlsx.h"

#include "core/membership.h"
#include "core/membervalidation.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "importing/csvreader.h"
#include "importing/headermap.h"
#include "importing/memberimporter.h"
#include "importing/memberrowparser.h"
#include "importing/xlsxreader.h"
#include "reports/annualreport.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/memberbulkloader.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <vector>

#ifndef HOIVIEN_BENCH_DATA_DIR
#define HOIVIEN_BENCH_DATA_DIR "bench-data"
#endif

namespace {

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// CPU seconds of the process (user + system): what a busy machine does not inflate.
double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) * 1e-6 + double(ru.ru_stime.tv_sec) +
           double(ru.ru_stime.tv_usec) * 1e-6;
}

struct Config {
    QString dataDir = QStringLiteral(HOIVIEN_BENCH_DATA_DIR);
    qint64 rows = 1000000;
    int year = 2025;
    QString csv() const { return dataDir + QStringLiteral("/members-%1.csv").arg(rows); }
    QString db() const { return dataDir + QStringLiteral("/members-%1.sqlite").arg(rows); }
    QString xlsx() const { return dataDir + QStringLiteral("/members-%1.xlsx").arg(rows); }
} gConfig;

const hv::ReferenceData& ref()
{
    static const hv::ReferenceData data;
    return data;
}

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 fileSize(const QString& path) { return QFileInfo::exists(path) ? QFileInfo(path).size() : 0; }

void ensureCsv()
{
    if (QFileInfo::exists(gConfig.csv()))
        return;
    QDir().mkpath(gConfig.dataDir);
    std::fprintf(stderr, "generating %s ...\n", qPrintable(gConfig.csv()));
    hvbench::GenOptions o;
    o.rows = gConfig.rows;
    hvbench::writeMemberCsv(gConfig.csv(), o);
}

struct ImportRun {
    hv::ImportResult result;
    double seconds = 0;
    double cpu = 0;
};

// A fresh database as `init --unit 395` makes it, then the import of the whole CSV; only the import
// (reading the CSV included) is timed.
ImportRun importFresh(bool fromXlsx = false)
{
    ensureCsv();
    if (fromXlsx && !QFileInfo::exists(gConfig.xlsx())) {
        std::fprintf(stderr, "generating %s ...\n", qPrintable(gConfig.xlsx()));
        hvbench::writeMemberXlsx(gConfig.csv(), gConfig.xlsx());
    }
    removeDatabase(gConfig.db());
    hv::Database db(gConfig.db());
    hv::UnitRepository(db).createFromOfficialList(QStringLiteral("395"));
    hv::MemberImportOptions options;
    options.createUnits = true;
    ImportRun run;
    const auto t0 = Clock::now();
    const double c0 = cpuSeconds();
    std::unique_ptr<hv::RowSource> reader;
    if (fromXlsx)
        reader = std::make_unique<hv::XlsxReader>(gConfig.xlsx());
    else
        reader = std::make_unique<hv::CsvReader>(gConfig.csv());
    run.result = hv::MemberImporter(db, ref()).run(*reader, options);
    run.seconds = secondsSince(t0);
    run.cpu = cpuSeconds() - c0;
    return run;
}

// The first errors (then warnings) of a refused import, for the message.
QString firstProblems(const hv::ImportResult& r, int n = 5)
{
    QStringList out;
    for (const auto severity : {hv::InputProblem::Severity::Error, hv::InputProblem::Severity::Warning})
        for (const hv::InputProblem& p : r.problems)
            if (p.severity == severity && out.size() < n)
                out << p.toString();
    return QStringLiteral("%1 errors, %2 problems: ").arg(r.errorCount()).arg(r.problems.size()) + out.join(QStringLiteral("; "));
}

// The 1M-member database shared by the report and search benchmarks.
std::unique_ptr<hv::Database> gDb;
std::string gImportFailure;  // set when the untimed import was refused: not tried again

hv::Database& sharedDb()
{
    if (gDb)
        return *gDb;
    if (!gImportFailure.empty())
        throw std::runtime_error(gImportFailure);
    if (QFileInfo::exists(gConfig.db())) {
        gDb = std::make_unique<hv::Database>(gConfig.db());
        if (hv::MemberRepository(*gDb, ref()).count() == gConfig.rows)
            return *gDb;
        gDb.reset();
    }
    std::fprintf(stderr, "importing %s into %s (untimed) ...\n", qPrintable(gConfig.csv()), qPrintable(gConfig.db()));
    const ImportRun run = importFresh();
    if (!run.result.accepted()) {
        gImportFailure = "the import was refused: " + firstProblems(run.result).toStdString();
        throw std::runtime_error(gImportFailure);
    }
    gDb = std::make_unique<hv::Database>(gConfig.db());
    return *gDb;
}

// ------------------------------------------------------------------------------------------------

void BM_ImportMembers(benchmark::State& state, bool fromXlsx)
{
    gDb.reset();  // the file is replaced
    for (auto _ : state) {
        ImportRun run;
        try {
            run = importFresh(fromXlsx);
        } catch (const std::exception& e) {
            state.SkipWithError(e.what());
            return;
        }
        state.SetIterationTime(run.seconds);
        const hv::ImportResult& r = run.result;
        if (!r.accepted() || r.added != gConfig.rows) {
            state.SkipWithError(QStringLiteral("import refused or incomplete (%1 of %2 added): %3")
                                    .arg(r.added).arg(gConfig.rows).arg(firstProblems(r)).toStdString().c_str());
            return;
        }
        state.counters["rows"] = double(r.added);
        state.counters["rows_per_s"] = double(r.added) / run.seconds;
        state.counters["cpu_s"] = run.cpu;
        state.counters["rows_per_cpu_s"] = double(r.added) / run.cpu;
        state.counters["problems"] = double(r.problems.size());
    }

    // What the user's disk holds: the WAL folded into the file (no VACUUM).
    hv::Database db(gConfig.db());
    hv::Query(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const qint64 bytes = fileSize(gConfig.db()) + fileSize(gConfig.db() + QStringLiteral("-wal"));
    const qint64 members = hv::MemberRepository(db, ref()).count();
    state.counters["db_MB"] = double(bytes) / 1e6;
    state.counters["bytes_per_member"] = members ? double(bytes) / double(members) : 0.0;
}
void BM_ImportMembersCsv(benchmark::State& state) { BM_ImportMembers(state, false); }
void BM_ImportMembersXlsx(benchmark::State& state) { BM_ImportMembers(state, true); }
BENCHMARK(BM_ImportMembersCsv)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(BM_ImportMembersXlsx)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

// Where the import's time goes: the steps of MemberImporter::run done one after the other over the
// whole file through the same public classes, each with its CPU seconds as a counter (phase_*). The
// duplicate check is re-created here (MemberImporter keeps its index private): three hash keys per
// row, as there. The steps run on one thread here; the import overlaps the first four with the
// loader's writes (ImportPipeline). Not a goal figure; a diagnosis (docs/performance.md).
void BM_ImportPhases(benchmark::State& state)
{
    gDb.reset();
    const QString path = gConfig.dataDir + QStringLiteral("/phases.sqlite");
    for (auto _ : state) {
        ensureCsv();
        removeDatabase(path);
        hv::Database db(path);
        hv::UnitRepository units(db);
        units.createFromOfficialList(QStringLiteral("395"));

        const auto t0 = Clock::now();
        double c = cpuSeconds();
        auto lap = [&](const char* name) {
            const double now = cpuSeconds();
            state.counters[name] = now - c;
            c = now;
        };
        qint64 rowsRead = 0;
        {
            hv::CsvReader reader(gConfig.csv());
            qint64 chars = 0;
            while (reader.next()) {
                for (int i = 0; i < reader.cellCount(); ++i)
                    chars += reader.cell(i).size();
                ++rowsRead;
            }
            benchmark::DoNotOptimize(chars);
        }
        lap("phase1_read_csv");

        const hv::ForeignKeysOffForImport noForeignKeyChecks(db);  // as MemberImporter::run
        hv::Transaction transaction(db);
        const hv::Id batch = hv::BatchRepository(db).create(QStringLiteral("members"), QStringLiteral("phases"));
        std::vector<hv::ParsedMember> rows;
        rows.reserve(size_t(rowsRead));
        hv::CsvReader reader(gConfig.csv());
        const auto map = hv::findMemberHeader(reader);
        if (!map) {
            state.SkipWithError("no header");
            return;
        }
        hv::MemberRowParser parser(ref(), units, *map, true);
        std::vector<hv::InputProblem> problems;
        while (reader.next())
            if (!hv::isBlankOrSubtotal(reader, *map))
                rows.push_back(parser.parse(reader, problems));
        lap("phase2_read_and_parse");

        const QDate today = QDate::currentDate();
        qint64 bad = 0;
        for (hv::ParsedMember& p : rows) {
            bad += !hv::validateMember(p.member, ref(), today).empty();
            bad += !hv::normalizeChain(p.events).isEmpty();
        }
        lap("phase3_validate");

        {
            // As DuplicateIndex: the name folded once, keys of (folded name, Julian day) and (folded
            // name, year) without building a string.
            QHash<QString, int> byId;
            QHash<std::pair<QString, qint64>, int> byNameDate;
            QHash<std::pair<QString, int>, int> byNameYear;
            int i = 0;
            for (const hv::ParsedMember& p : rows) {
                ++i;
                const QString name = hv::vn::fold(p.member.fullName);
                if (!p.member.citizenId.isEmpty()) {
                    bad += byId.contains(p.member.citizenId);
                    byId.insert(p.member.citizenId, i);
                }
                if (!p.member.birth.yearOnly()) {
                    const std::pair<QString, qint64> k{name, p.member.birth.date.toJulianDay()};
                    bad += byNameDate.contains(k);
                    byNameDate.insert(k, i);
                }
                byNameYear.insert({name, p.member.birth.year}, i);
            }
        }
        lap("phase4_duplicate_keys");

        hv::MemberBulkLoader loader(db, batch, 0);
        for (hv::ParsedMember& p : rows)
            loader.add(p.member, p.events, p.positions);
        lap("phase5_loader_add");
        loader.finish();
        lap("phase6_loader_finish");
        transaction.commit();
        lap("phase7_commit");

        state.SetIterationTime(secondsSince(t0));
        state.counters["rows"] = double(rows.size());
        state.counters["problems"] = double(problems.size() + size_t(bad));
    }
}
BENCHMARK(BM_ImportPhases)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

void BM_AnnualReport(benchmark::State& state)
{
    const int depth = int(state.range(0));
    hv::AnnualReportOptions options;
    options.year = gConfig.year;
    options.depth = depth;
    try {
        sharedDb();
        // The first report on a newly opened connection (SQLite's page cache empty; the OS cache warm).
        hv::Database fresh(gConfig.db());
        const auto t0 = Clock::now();
        const hv::AnnualReport first = hv::buildAnnualReport(fresh, options);
        state.counters["first_call_ms"] = secondsSince(t0) * 1000.0;
        state.counters["rows"] = double(first.rows.size());
        state.counters["members_end"] = double(first.totals.membersEnd);
        state.counters["admitted"] = double(first.totals.admitted);
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
        return;
    }
    for (auto _ : state) {
        hv::AnnualReport report = hv::buildAnnualReport(sharedDb(), options);
        benchmark::DoNotOptimize(report.totals.membersEnd);
    }
}
BENCHMARK(BM_AnnualReport)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

enum class QueryKind { Text, CccdPrefix, CccdFull, RareName };

struct SearchCase {
    const char* label;
    QueryKind kind;
    const char* text;
};

const SearchCase kSearches[] = {
    {"nguyen_thi_hang", QueryKind::Text, "nguyen thi hang"},
    {"nguyen_thi_hang_marks", QueryKind::Text, "Nguyễn Thị Hằng"},  // typed with tone marks
    {"hang", QueryKind::Text, "hang"},
    {"tran_thi_kim_oanh", QueryKind::Text, "tran thi kim oanh"},
    {"le_thi", QueryKind::Text, "le thi"},
    {"ha_two_letters", QueryKind::Text, "ha"},  // under three letters: no trigram, a scan
    {"cccd_prefix9", QueryKind::CccdPrefix, nullptr},  // first 9 digits of a stored CCCD
    {"cccd_full", QueryKind::CccdFull, nullptr},       // a stored CCCD
    {"rare_name", QueryKind::RareName, nullptr},       // full name of a member nobody shares it with
};

// Queries that depend on the data, taken from the database: a stored CCCD (and its first 9 digits),
// and the full name of a member whose name nobody else has.
QString resolveQuery(hv::Database& db, const SearchCase& c)
{
    switch (c.kind) {
    case QueryKind::Text:
        return QString::fromUtf8(c.text);
    case QueryKind::CccdPrefix:
    case QueryKind::CccdFull: {
        hv::Query q(db, QStringLiteral("SELECT citizen_id FROM members WHERE citizen_id IS NOT NULL AND id >= :id "
                                       "ORDER BY id LIMIT 1"));
        q.bind(QStringLiteral(":id"), gConfig.rows / 2).exec();
        const QString id = q.next() ? q.text(0) : QString();
        return c.kind == QueryKind::CccdFull ? id : id.left(9);
    }
    case QueryKind::RareName: {
        hv::Query q(db, QStringLiteral("SELECT full_name FROM members WHERE id >= :id AND name_fold IN "
                                       "(SELECT name_fold FROM members GROUP BY name_fold HAVING count(*) = 1) "
                                       "ORDER BY id LIMIT 1"));
        q.bind(QStringLiteral(":id"), gConfig.rows / 3).exec();
        return q.next() ? q.text(0) : QString();
    }
    }
    return {};
}

void BM_Search(benchmark::State& state, const SearchCase* c)
{
    QString text;
    try {
        text = resolveQuery(sharedDb(), *c);
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
        return;
    }
    if (text.isEmpty()) {
        state.SkipWithError("no query text");
        return;
    }
    state.SetLabel(text.toStdString());
    hv::MemberRepository members(sharedDb(), ref());
    size_t hits = 0;
    // Each call timed too: the goal is every search under 5 ms, so the median and the slowest call
    // are reported beside the mean.
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        const auto result = members.search(text);
        ms.push_back(secondsSince(t0) * 1000.0);
        hits = result.size();
        benchmark::DoNotOptimize(hits);
    }
    std::sort(ms.begin(), ms.end());
    state.counters["hits"] = double(hits);
    if (!ms.empty()) {
        state.counters["p50_ms"] = ms[ms.size() / 2];
        state.counters["max_ms"] = ms.back();
        state.counters["over_5ms_pct"] =
            100.0 * double(ms.end() - std::upper_bound(ms.begin(), ms.end(), 5.0)) / double(ms.size());
    }
}

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
    QCoreApplication app(argc, argv);
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        QString v;
        if (takeFlag(argv[i], "--hv_data", v))
            gConfig.dataDir = v;
        else if (takeFlag(argv[i], "--hv_rows", v))
            gConfig.rows = v.toLongLong();
        else if (takeFlag(argv[i], "--hv_year", v))
            gConfig.year = v.toInt();
        else
            rest.push_back(argv[i]);
    }
    for (const SearchCase& c : kSearches)
        benchmark::RegisterBenchmark((std::string("BM_Search/") + c.label).c_str(), BM_Search, &c)
            ->Unit(benchmark::kMicrosecond);

    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    if (benchmark::ReportUnrecognizedArguments(n, rest.data()))
        return 1;
    benchmark::AddCustomContext("hv_csv", gConfig.csv().toStdString());
    benchmark::AddCustomContext("hv_db", gConfig.db().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    gDb.reset();
    return 0;
}
