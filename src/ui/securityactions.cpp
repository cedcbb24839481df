#include "ui/securityactions.h"

#include "core/error.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/securebackup.h"
#include "storage/session.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/auditdialog.h"
#include "ui/errorpresenter.h"
#include "ui/inactivitylock.h"
#include "ui/passphrasedialog.h"
#include "ui/usersdialog.h"

#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace hv {
namespace {

const QString kDailyBackup = QStringLiteral("security/dailyBackup");
const QString kDailyEncrypted = QStringLiteral("security/dailyBackupEncrypted");
constexpr int kDay = 24 * 60 * 60 * 1000;
constexpr int kFirstDailyDelay = 60 * 1000;

}  // namespace

SecurityActions::SecurityActions(AppContext& ctx, ActionRegistry& actions, QWidget* window)
    : QObject(window), mCtx(ctx), mWindow(window), mLock(new InactivityLock(ctx, window, this))
{
    connect(actions.add(QStringLiteral("file.restore"), [] { return tr("&Restore a backup…"); }), &QAction::triggered,
            this, &SecurityActions::restore);
    connect(actions.add(QStringLiteral("security.users"), [] { return tr("&Accounts…"); }), &QAction::triggered, this,
            &SecurityActions::manageUsers);
    connect(actions.add(QStringLiteral("security.audit"), [] { return tr("Audit &log…"); }), &QAction::triggered, this,
            &SecurityActions::showAudit);
    connect(actions.add(QStringLiteral("security.lock"), [] { return tr("&Lock now"); }, QKeySequence(Qt::CTRL | Qt::Key_L)),
            &QAction::triggered, this, [this] { mLock->lockNow(); });
    // The administrator's dialogs are offered only to her (the data layer refuses the others anyway).
    const bool admin = ctx.db().scope().isAdmin();
    actions.action(QStringLiteral("security.users"))->setEnabled(admin);
    actions.action(QStringLiteral("security.audit"))->setEnabled(admin);
    actions.action(QStringLiteral("security.lock"))->setEnabled(!ctx.db().scope().userName.isEmpty());

    connect(&mDaily, &QTimer::timeout, this, &SecurityActions::runDailyBackup);
    mDaily.start(kDay);
    // The first copy a minute after start, once the window has loaded what it shows.
    QTimer::singleShot(kFirstDailyDelay, this, &SecurityActions::runDailyBackup);
}

SecurityActions::~SecurityActions() = default;

QString SecurityActions::dailyFolder() const
{
    const QFileInfo db(mCtx.db().location());
    return db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral("-backups"));
}

void SecurityActions::runDailyBackup()
{
    if (mCtx.db().backend() != Database::Backend::SQLite || !mCtx.settings().value(kDailyBackup, true).toBool())
        return;
    const bool encrypted = mCtx.settings().value(kDailyEncrypted, false).toBool();
    if (encrypted && mPassphrase.isEmpty())
        return;
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), folder = dailyFolder(),
         passphrase = encrypted ? mPassphrase : QString()] {
            Database db(location, scope);
            return backup::dailyIfDue(db, folder, passphrase);
        },
        [this](TaskResult<QString> result) {
            // A failed automatic copy must be seen, but must not interrupt the officer's work with a dialog.
            try {
                result.rethrowIfFailed();
                if (result.value && !result.value->isEmpty())
                    emit statusMessage(tr("Daily backup saved to %1").arg(*result.value));
            } catch (const Error& e) {
                emit statusMessage(tr("The daily backup failed: %1").arg(e.message()));
            }
        });
}

void SecurityActions::backup()
{
    const QString suggested = QFileInfo(mCtx.db().location()).path() + QLatin1Char('/') +
                              tr("hoivien-backup-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    PassphraseDialog ask(PassphraseDialog::Mode::Backup, mWindow);
    ask.setObjectName(QStringLiteral("backupPassphrase"));
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString passphrase = ask.passphrase();
    const QString file = QFileDialog::getSaveFileName(
        mWindow, tr("Backup"), suggested + (passphrase.isEmpty() ? QStringLiteral(".sqlite") : QStringLiteral(".hvbackup")),
        passphrase.isEmpty() ? tr("HoiVien databases (*.sqlite *.db)") : tr("Encrypted backups (*.hvbackup)"));
    if (file.isEmpty())
        return;
    if (!passphrase.isEmpty())
        mPassphrase = passphrase;
    // The online backup gives no progress and cannot be stopped half way: a busy dialog without Cancel.
    auto* progress = new QProgressDialog(tr("Making the backup…"), QString(), 0, 0, mWindow);
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), file, passphrase] {
            Database db(location, scope);
            backup::write(db, file, passphrase);
            return true;
        },
        [this, progress, file](TaskResult<bool> result) {
            progress->deleteLater();
            if (ErrorPresenter::guard(mWindow, [&] { result.rethrowIfFailed(); }))
                emit statusMessage(tr("Backup saved to %1").arg(file));
        });
}

void SecurityActions::restore()
{
    const QString file = QFileDialog::getOpenFileName(mWindow, tr("Restore a backup"), QFileInfo(mCtx.db().location()).path(),
                                                      tr("Backups (*.hvbackup *.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    QString passphrase;
    if (backup::isEncrypted(file)) {
        PassphraseDialog ask(PassphraseDialog::Mode::Restore, mWindow);
        ask.setObjectName(QStringLiteral("restorePassphrase"));
        if (ask.exec() != QDialog::Accepted)
            return;
        passphrase = ask.passphrase();
    }
    // Restored to a new file, never over the open database: the officer opens it, and the current one
    // stays as it was until she decides.
    const QString target = QFileDialog::getSaveFileName(mWindow, tr("Restore as"),
                                                        QFileInfo(file).path() + QLatin1Char('/') +
                                                            tr("restored-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)),
                                                        tr("HoiVien databases (*.sqlite *.db)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(mCtx.db().location()).absoluteFilePath()) {
        ErrorPresenter::show(mWindow, Error(Error::Kind::Usage, tr("A backup cannot be restored over the open database: "
                                                                   "restore it as another file, then open that.")));
        return;
    }
    if (ErrorPresenter::guard(mWindow, [&] { backup::restore(file, target, passphrase); })) {
        emit statusMessage(tr("%1 restored to %2").arg(file, target));
        emit openDatabaseRequested(target, false);
    }
}

void SecurityActions::manageUsers()
{
    ErrorPresenter::guard(mWindow, [&] {
        UsersDialog dialog(mCtx.db(), mWindow);
        dialog.setObjectName(QStringLiteral("usersDialog"));
        dialog.exec();
    });
}

void SecurityActions::showAudit()
{
    ErrorPresenter::guard(mWindow, [&] {
        AuditDialog dialog(mCtx.db(), mWindow);
        dialog.setObjectName(QStringLiteral("auditDialog"));
        dialog.exec();
    });
}

}  // namespace hv
