#include "ui/inactivitylock.h"

#include "storage/session.h"
#include "ui/appcontext.h"
#include "ui/logindialog.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace hv {

InactivityLock::InactivityLock(AppContext& ctx, QWidget* window, QObject* parent)
    : QObject(parent), mCtx(ctx), mWindow(window)
{
    mTimer.setSingleShot(true);
    connect(&mTimer, &QTimer::timeout, this, &InactivityLock::lockNow);
    const int minutes = ctx.settings().value(settingKey(), kDefaultMinutes).toInt();
    if (minutes > 0)
        setIdleInterval(minutes * 60 * 1000);
    qApp->installEventFilter(this);
}

void InactivityLock::setIdleInterval(int milliseconds)
{
    mTimer.setInterval(milliseconds);
    mTimer.start();
}

bool InactivityLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!mLocked && mTimer.interval() > 0)
            mTimer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityLock::lockNow()
{
    Session session(mCtx.db());
    if (mLocked || session.userName().isEmpty())
        return;  // no accounts: nothing to lock
    session.lock();
    mLocked = true;
    emit locked();
    LoginDialog dialog(mCtx.db(), LoginDialog::Mode::Unlock, mWindow);
    dialog.setObjectName(QStringLiteral("lockDialog"));
    const bool unlockedAgain = dialog.exec() == QDialog::Accepted;
    mLocked = false;
    if (!unlockedAgain) {
        // Closing the lock screen closes the window; the data layer stays locked meanwhile.
        if (mWindow)
            mWindow->close();
        return;
    }
    emit unlocked();
    mTimer.start();
}

}  // namespace hv
