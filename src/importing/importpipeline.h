#pragma once
// Two cores for one import: a worker thread reads, parses and checks the rows while the calling thread
// writes them. The database connection stays on the calling thread (a Qt SQL connection belongs to the
// thread that opened it, and one SQLite connection is never used by two threads): the worker only hands
// it work, in file order.

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <vector>

namespace hv {

class ImportPipeline {
public:
    using Work = std::function<void()>;

    // Runs produce() on a worker thread and, on the calling thread, the work it posts or calls, in the
    // order given, until produce() has returned and every posted work has run. The first exception of
    // either side stops both (work not run yet is dropped) and is rethrown here after the worker ended.
    void run(const std::function<void()>& produce);

    // From produce(): queue work for the calling thread without waiting for it. Posts are handed over
    // in batches; handOverNow hands this one over at once (work that is itself a large batch).
    void post(Work work, bool handOverNow = false);
    // From produce(): run work on the calling thread after everything posted before it, and wait for it
    // (a database read or write whose result the worker needs). Exceptions of work are rethrown here.
    void call(const Work& work);

private:
    // Thrown in the worker when the calling thread has failed: unwinds produce() quietly.
    struct Stopped {};

    void flush(std::unique_lock<std::mutex>& lock);
    void throwIfStopped() const;

    static constexpr size_t kBatch = 256;      // posts handed over together (one lock per batch)
    static constexpr size_t kMaxBatches = 64;  // queued batches before the worker waits

    std::mutex mMutex;
    std::condition_variable mToWriter;  // batches queued, or the worker done
    std::condition_variable mToWorker;  // room in the queue, a call done, or the writer stopped
    std::deque<std::vector<Work>> mQueue;
    std::vector<Work> mPending;  // the worker's batch being filled (worker only)
    bool mProducerDone = false;
    bool mWriterFailed = false;
    std::exception_ptr mError;  // the first failure, of either side
    quint64 mCallsQueued = 0, mCallsDone = 0;
};

}  // namespace hv
