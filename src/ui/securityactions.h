#pragma once
// The desktop's side of docs/security.md, kept out of MainWindow: backup (optionally encrypted) and
// restore, the administrator's accounts and audit log dialogs, locking (now, and after inactivity),
// and the daily automatic backup. Registers its actions (file.restore, security.users,
// security.audit, security.lock) in the window's ActionRegistry.

#include "ui/backgroundtask.h"

#include <QObject>
#include <QTimer>

class QWidget;

namespace hv {

class ActionRegistry;
class AppContext;
class InactivityLock;

class SecurityActions : public QObject {
    Q_OBJECT
public:
    SecurityActions(AppContext& ctx, ActionRegistry& actions, QWidget* window);
    ~SecurityActions() override;

    void backup();
    void restore();
    void manageUsers();
    void showAudit();
    InactivityLock& inactivityLock() { return *mLock; }

    // The folder of the automatic daily copies: "<database>-backups" next to the database file.
    QString dailyFolder() const;
    // Takes the daily copy when due (setting "security/dailyBackup", default on), on a thread of its own.
    // Encrypted when "security/dailyBackupEncrypted" is on, with the passphrase of this session's last
    // encrypted backup; skipped until one was made (the passphrase is never stored).
    void runDailyBackup();

signals:
    // A restored database is opened in place of the current one.
    void openDatabaseRequested(const QString& path, bool create);
    void statusMessage(const QString& text);

private:
    AppContext& mCtx;
    QWidget* mWindow;
    InactivityLock* mLock;  // a child
    QTimer mDaily;
    QString mPassphrase;  // of the last encrypted backup of this session, for the daily copies
    BackgroundRunner mRunner;  // last member: destroyed first, waiting for running work
};

}  // namespace hv
