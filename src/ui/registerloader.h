#pragma once
// A thread of its own, with its own connection to the database (a Database must not cross threads), that
// runs the register's reads for RegisterModel one at a time, so that neither a count over a province nor a
// jump of the scroll bar to the middle of 1,000,000 members ever blocks the window.
//
// Only the newest job waits: posting replaces a job that has not started. Jobs carry a generation (the
// model's query); when a newer generation is posted, the running job of an older one is cancelled (its
// statement stops, RegisterRepository throws Error(Kind::Cancelled)).
//
// An in-memory database cannot be opened twice: the loader then runs each job at once, on the caller's
// thread, over the caller's connection.

#include "storage/accessscope.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace hv {

class Database;
class RegisterRepository;

class RegisterLoader {
public:
    // Runs on the loader's thread. It must deliver its result by posting to the receiver's thread, and
    // catch what the repository throws.
    using Job = std::function<void(RegisterRepository&)>;

    // db is the window's connection: its location is opened again on the loader's thread. When that
    // fails, failed(error) is called there instead of the jobs.
    RegisterLoader(Database& db, std::function<void(const QString& message)> failed);
    // Cancels the running job and waits for the thread.
    ~RegisterLoader();
    RegisterLoader(const RegisterLoader&) = delete;
    RegisterLoader& operator=(const RegisterLoader&) = delete;

    void post(quint64 generation, Job job);

private:
    void run();

    Database& mDb;
    std::function<void(const QString&)> mFailed;
    QMutex mMutex;
    QWaitCondition mWake;
    std::optional<std::pair<quint64, Job>> mQueued;
    AccessScope mScope;  // of the window's connection when the last job was posted
    bool mStop = false;
    std::atomic<quint64> mGeneration{0};
    std::atomic<quint64> mRunning{0};
    QThread* mThread = nullptr;
    std::unique_ptr<RegisterRepository> mInline;  // in-memory databases
};

}  // namespace hv
