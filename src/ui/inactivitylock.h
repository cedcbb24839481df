#pragma once
// Locks the session after a period without keyboard or mouse input (setting "security/lockMinutes",
// default 15; 0 = never): Session::lock() closes the data layer, and the lock dialog asks the password
// again; closing it closes the window. Nothing happens on a database without accounts.

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace hv {

class AppContext;

class InactivityLock : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 15;
    static QString settingKey() { return QStringLiteral("security/lockMinutes"); }

    InactivityLock(AppContext& ctx, QWidget* window, QObject* parent = nullptr);

    // The idle time before locking; restarts the count.
    void setIdleInterval(int milliseconds);
    int idleInterval() const { return mTimer.interval(); }
    // Locks now and shows the lock dialog (modal) until it is unlocked or the window is closed.
    void lockNow();
    bool isLocked() const { return mLocked; }

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AppContext& mCtx;
    QPointer<QWidget> mWindow;
    QTimer mTimer;
    bool mLocked = false;
};

}  // namespace hv
