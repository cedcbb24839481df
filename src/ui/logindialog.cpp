#include "ui/logindialog.h"

#include "core/error.h"
#include "storage/database.h"
#include "storage/session.h"
#include "ui_logindialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace hv {

LoginDialog::LoginDialog(Database& db, Mode mode, QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::LoginDialog>()), mDb(db), mMode(mode)
{
    mUi->setupUi(this);
    const QString file = Database::shortName(db.location());
    if (mode == Mode::Unlock) {
        setWindowTitle(tr("Locked"));
        mUi->introLabel->setText(
            tr("HoiVien was locked after a period without use. Type the password of %1 to go on.")
                .arg(db.scope().userName));
        mUi->userEdit->setText(db.scope().userName);
        mUi->userEdit->setEnabled(false);
        mUi->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close HoiVien"));
        mUi->passwordEdit->setFocus();
    } else {
        setWindowTitle(tr("Sign in"));
        mUi->introLabel->setText(tr("%1 holds members' personal data: sign in with your account.").arg(file));
        mUi->userEdit->setFocus();
    }
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("Unlock") : tr("Sign in"));
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryAccept);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::userName() const { return mUi->userEdit->text().trimmed(); }

void LoginDialog::tryAccept()
{
    Session session(mDb);
    try {
        if (mMode == Mode::Unlock)
            session.unlock(mUi->passwordEdit->text());
        else
            session.login(userName(), mUi->passwordEdit->text());
    } catch (const Error& e) {
        // Wrong password, unknown account, or the wait after repeated failures: say so and stay open.
        mUi->messageLabel->setText(e.message());
        mUi->passwordEdit->clear();
        mUi->passwordEdit->setFocus();
        return;
    }
    accept();
}

}  // namespace hv
