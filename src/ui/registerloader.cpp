#include "ui/registerloader.h"

#include "core/error.h"
#include "storage/database.h"
#include "storage/registerrepository.h"

#include <QThread>
#include <limits>

namespace hv {

RegisterLoader::RegisterLoader(Database& db, std::function<void(const QString&)> failed)
    : mDb(db), mFailed(std::move(failed))
{
    const QString location = db.location();
    if (db.backend() == Database::Backend::SQLite &&
        (location.isEmpty() || location == QLatin1String(":memory:") ||
         location.startsWith(QLatin1String("file::memory:")))) {
        mInline = std::make_unique<RegisterRepository>(db);
        return;
    }
    mThread = QThread::create([this] { run(); });
    mThread->setObjectName(QStringLiteral("hv-register"));
    mThread->start(QThread::LowPriority);
}

RegisterLoader::~RegisterLoader()
{
    if (!mThread) return;
    {
        QMutexLocker lock(&mMutex);
        mStop = true;
        mQueued.reset();
        mGeneration = std::numeric_limits<quint64>::max();  // cancels the running statement
        mWake.wakeAll();
    }
    mThread->wait();
    delete mThread;
}

void RegisterLoader::post(quint64 generation, Job job)
{
    if (mInline) {
        job(*mInline);
        return;
    }
    QMutexLocker lock(&mMutex);
    // The window's sign-in (scope, lock) goes with every job to the thread's own connection.
    mScope = mDb.scope();
    if (generation > mGeneration) mGeneration = generation;
    mQueued.emplace(generation, std::move(job));
    mWake.wakeOne();
}

void RegisterLoader::run()
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RegisterRepository> repo;
    try {
        db = std::make_unique<Database>(mDb.location());
        repo = std::make_unique<RegisterRepository>(*db);
        repo->setCancelCheck([this] { return mRunning.load() < mGeneration.load(); });
    } catch (const Error& e) {
        mFailed(e.message());
    }
    for (;;) {
        std::pair<quint64, Job> job;
        AccessScope scope;
        {
            QMutexLocker lock(&mMutex);
            while (!mQueued && !mStop) mWake.wait(&mMutex);
            if (mStop) break;
            job = std::move(*mQueued);
            mQueued.reset();
            scope = mScope;
        }
        if (db) db->setScope(scope);
        mRunning = job.first;
        if (repo) job.second(*repo);
    }
    // The connection belongs to this thread: close it here.
    repo.reset();
    db.reset();
}

}  // namespace hv
