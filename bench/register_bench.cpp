// The member register page on 1,000,000 members (issue of the desktop: first rows in under 100 ms, a
// keystroke to a repainted list in a frame, memory that does not grow with the register).
//
// Drives the real RegisterModel (src/ui) on an offscreen QApplication over the database the import
// benchmark leaves (build-bench/bench/data/members-1000000.sqlite; make it first with
// `hoivien_bench --benchmark_filter=BM_ImportMembersCsv`). Times are wall time from the call to the
// signal that the rows are there, with the window's event loop running as in the application.
//
//   register_bench [--hv_db=FILE] [google benchmark flags]

#include "storage/database.h"
#include "storage/registerrepository.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/registermodel.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <cstring>
#include <memory>
#include <random>

using namespace hv;

namespace {

QString gDb = QStringLiteral(HOIVIEN_BENCH_DATA_DIR "/members-1000000.sqlite");

struct Fixture {
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<AppContext> ctx;
    std::unique_ptr<RegisterModel> model;

    Fixture()
    {
        settings = std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ctx = std::make_unique<AppContext>(std::make_unique<Database>(gDb), *settings);
        model = std::make_unique<RegisterModel>(*ctx);
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

// Runs the event loop until the signal fires (or 60 s); returns the milliseconds waited.
template <typename Signal>
double waitFor(RegisterModel& model, Signal signal, const std::function<void()>& start)
{
    QEventLoop loop;
    bool done = false;
    auto c = QObject::connect(&model, signal, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    start();
    if (!done)
        loop.exec();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(c);
    return done ? ms : -1;
}

Id communeWithMostMembers(Database& db)
{
    Query q(db, QStringLiteral("SELECT u.parent_id, count(*) FROM member_events e JOIN units u ON u.id = e.unit_id "
                               "WHERE e.status = 'active' AND e.valid_until = '9999-12-31' "
                               "GROUP BY u.parent_id ORDER BY 2 DESC LIMIT 1"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

void report(benchmark::State& state, std::vector<double>& ms)
{
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["max_ms"] = ms.back();
    state.counters["rows_held"] = double(fixture().model->rowsHeld());
}

// First rows of the whole register, then of the largest commune, each from a fresh query.
void BM_RegisterFirstRows(benchmark::State& state)
{
    Fixture& f = fixture();
    RegisterQuery q;
    if (state.range(0) == 1)
        q.unitId = communeWithMostMembers(f.ctx->db());
    std::vector<double> ms;
    for (auto _ : state) {
        q.descending = !q.descending;  // a different query each time: nothing is reused
        const double t = waitFor(*f.model, &RegisterModel::loaded, [&] { f.model->setQuery(q); });
        state.SetIterationTime(t / 1000);
        ms.push_back(t);
    }
    report(state, ms);
}
BENCHMARK(BM_RegisterFirstRows)->Arg(0)->Arg(1)->UseManualTime()->Iterations(10)->Unit(benchmark::kMillisecond);

// Runs one(query) for the query of each keystroke of a name typed letter by letter; one returns the
// milliseconds to report. The last keystroke's time is the iteration's.
void typeName(benchmark::State& state, const std::function<double(const RegisterQuery&)>& one)
{
    const QString typed = QStringLiteral("nguyen thi hang");
    std::vector<double> ms;
    for (auto _ : state) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            RegisterQuery q;
            q.search = typed.left(n);
            ms.push_back(one(q));
            if (qEnvironmentVariableIsSet("HV_VERBOSE"))
                std::fprintf(stderr, "%-16s %8.1f ms\n", qPrintable(q.search), ms.back());
        }
        state.SetIterationTime(ms.back() / 1000);
    }
    report(state, ms);
}

// From each keystroke's query to its first rows in the model (the page's typing pause comes on top; see
// docs/performance.md).
void BM_RegisterKeystroke(benchmark::State& state)
{
    Fixture& f = fixture();
    typeName(state, [&](const RegisterQuery& q) {
        return waitFor(*f.model, &RegisterModel::loaded, [&] { f.model->setQuery(q); });
    });
}
BENCHMARK(BM_RegisterKeystroke)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// The repository alone, on the calling thread: where a keystroke's time goes (the choice of source is
// made on the first page of a query only).
void BM_RegisterRepositoryPage(benchmark::State& state)
{
    Database db(gDb);
    RegisterRepository repo(db);
    typeName(state, [&](const RegisterQuery& q) {
        QElapsedTimer t;
        t.start();
        repo.page(q, std::nullopt, RegisterModel::kPageSize);
        return double(t.nsecsElapsed()) / 1e6;
    });
}
BENCHMARK(BM_RegisterRepositoryPage)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

// The count that sizes the scroll bar, then jumps of the scroll bar to random rows: from the view asking
// for a row to its page on screen.
void BM_RegisterJump(benchmark::State& state)
{
    Fixture& f = fixture();
    RegisterQuery q;
    const double countMs = waitFor(*f.model, &RegisterModel::countChanged, [&] { f.model->setQuery(q); });
    const int rows = f.model->rowCount();
    std::mt19937 rng(7);
    std::vector<double> ms;
    for (auto _ : state) {
        const int row = std::uniform_int_distribution<int>(0, rows - 1)(rng);
        if (f.model->idAt(row) != 0)
            continue;  // already held: nothing to wait for
        const double t = waitFor(*f.model, &QAbstractItemModel::dataChanged, [&] {
            f.model->data(f.model->index(row, 0));  // what the view does when the row comes into view
        });
        state.SetIterationTime(t / 1000);
        ms.push_back(t);
    }
    state.counters["count_ms"] = countMs;
    state.counters["rows"] = rows;
    report(state, ms);
}
BENCHMARK(BM_RegisterJump)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--hv_db=", 8) == 0)
            gDb = QString::fromLocal8Bit(argv[i] + 8);
        else
            rest.push_back(argv[i]);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int qargc = 1;
    QApplication app(qargc, argv);
    int n = int(rest.size());
    benchmark::Initialize(&n, rest.data());
    std::printf("hv_db: %s\n", qPrintable(gDb));
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
