#include "importing/importpipeline.h"

#include <thread>

namespace hv {

void ImportPipeline::run(const std::function<void()>& produce)
{
    std::thread worker([&] {
        std::exception_ptr failure;
        try {
            produce();
        } catch (const Stopped&) {
            // the writer failed first; its error is the one reported
        } catch (...) {
            failure = std::current_exception();
        }
        std::unique_lock<std::mutex> lock(mMutex);
        if (failure && !mError)
            mError = failure;
        if (!failure)
            flush(lock);
        mProducerDone = true;
        mToWriter.notify_one();
    });

    for (;;) {
        std::vector<Work> batch;
        {
            std::unique_lock<std::mutex> lock(mMutex);
            mToWriter.wait(lock, [&] { return !mQueue.empty() || mProducerDone; });
            if (mError || mQueue.empty())
                break;  // the worker failed (its rows are not wanted), or everything has run
            batch = std::move(mQueue.front());
            mQueue.pop_front();
            mToWorker.notify_all();
        }
        try {
            for (Work& w : batch)
                w();
        } catch (...) {
            std::lock_guard<std::mutex> lock(mMutex);
            if (!mError)
                mError = std::current_exception();
            mWriterFailed = true;
            mQueue.clear();
            mToWorker.notify_all();
            break;
        }
    }
    worker.join();
    mQueue.clear();
    if (mError)
        std::rethrow_exception(mError);
}

void ImportPipeline::flush(std::unique_lock<std::mutex>&)
{
    if (mPending.empty())
        return;
    mQueue.push_back(std::move(mPending));
    mPending = {};
    mPending.reserve(kBatch);
    mToWriter.notify_one();
}

void ImportPipeline::throwIfStopped() const
{
    if (mWriterFailed)
        throw Stopped{};
}

void ImportPipeline::post(Work work, bool handOverNow)
{
    mPending.push_back(std::move(work));
    if (mPending.size() < kBatch && !handOverNow)
        return;
    std::unique_lock<std::mutex> lock(mMutex);
    mToWorker.wait(lock, [&] { return mQueue.size() < kMaxBatches || mWriterFailed; });
    throwIfStopped();
    flush(lock);
}

void ImportPipeline::call(const Work& work)
{
    std::exception_ptr error;
    bool done = false;
    mPending.push_back([&] {
        try {
            work();
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(mMutex);
        done = true;
        mToWorker.notify_all();
    });
    std::unique_lock<std::mutex> lock(mMutex);
    flush(lock);
    mToWorker.wait(lock, [&] { return done || mWriterFailed; });
    if (!done)
        throw Stopped{};
    lock.unlock();
    if (error)
        std::rethrow_exception(error);
}

}  // namespace hv
