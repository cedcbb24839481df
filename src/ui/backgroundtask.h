#pragma once
// Long work off the GUI thread (ARCHITECTURE.md "Interface"): the work runs on a thread of its own and
// its result comes back on the owner's thread. A Database must not cross threads, so the work opens its
// own connection on Database::location().
//
// The runner is a member of the page or window that uses it: its destructor waits for the running work,
// so a result is never delivered to a widget that is gone and no thread outlives the application.

#include <QObject>
#include <QThread>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>

namespace hv {

// What the work returned, or the exception it threw (rethrow it inside ErrorPresenter::guard).
template <typename T>
struct TaskResult {
    std::optional<T> value;
    std::exception_ptr error;
    void rethrowIfFailed() const
    {
        if (error) std::rethrow_exception(error);
    }
};

class BackgroundRunner : public QObject {
public:
    explicit BackgroundRunner(QObject* parent = nullptr) : QObject(parent) {}
    ~BackgroundRunner() override { waitForAll(); }

    // Runs work() on a new thread, then done(TaskResult) on this object's thread.
    template <typename Work, typename Done>
    void run(Work work, Done done)
    {
        using T = std::invoke_result_t<Work&>;
        auto result = std::make_shared<TaskResult<T>>();
        QThread* thread = QThread::create([work = std::move(work), result]() mutable {
            try {
                result->value.emplace(work());
            } catch (...) {
                result->error = std::current_exception();
            }
        });
        thread->setParent(this);
        ++mRunning;
        connect(thread, &QThread::finished, this, [this, thread, result, done = std::move(done)]() mutable {
            --mRunning;
            thread->deleteLater();
            done(std::move(*result));
        });
        thread->start();
    }

    bool busy() const { return mRunning > 0; }
    // Blocks until every started work has returned (their results are then dropped).
    void waitForAll()
    {
        for (QThread* t : findChildren<QThread*>(Qt::FindDirectChildrenOnly)) t->wait();
    }

private:
    int mRunning = 0;
};

}  // namespace hv
