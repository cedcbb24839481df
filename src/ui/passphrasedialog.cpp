#include "ui/passphrasedialog.h"

#include "ui_passphrasedialog.h"

#include <QPushButton>

namespace hv {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::PassphraseDialog>()), mMode(mode)
{
    mUi->setupUi(this);
    if (mode == Mode::Restore) {
        mUi->introLabel->setText(tr("This backup is encrypted. Type the passphrase it was made with."));
        mUi->encryptCheck->hide();
        mUi->confirmLabel->hide();
        mUi->confirmEdit->hide();
    } else {
        mUi->introLabel->setText(tr("A backup holds every member's personal data. Encrypt it when it leaves this "
                                    "computer (USB stick, e-mail); without the passphrase nobody can read it, "
                                    "not even you: write the passphrase down and keep it safe."));
    }
    connect(mUi->encryptCheck, &QCheckBox::toggled, this, &PassphraseDialog::updateOk);
    connect(mUi->passphraseEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    connect(mUi->confirmEdit, &QLineEdit::textChanged, this, &PassphraseDialog::updateOk);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

PassphraseDialog::~PassphraseDialog() = default;

QString PassphraseDialog::passphrase() const
{
    if (mMode == Mode::Backup && !mUi->encryptCheck->isChecked())
        return {};
    return mUi->passphraseEdit->text();
}

void PassphraseDialog::updateOk()
{
    const bool encrypt = mMode == Mode::Restore || mUi->encryptCheck->isChecked();
    mUi->passphraseEdit->setEnabled(encrypt);
    mUi->confirmEdit->setEnabled(encrypt);
    QString why;
    if (encrypt && mMode == Mode::Backup) {
        if (mUi->passphraseEdit->text().size() < kMinLength)
            why = tr("The passphrase needs at least %1 characters.").arg(kMinLength);
        else if (mUi->passphraseEdit->text() != mUi->confirmEdit->text())
            why = tr("The two entries differ.");
    } else if (encrypt && mUi->passphraseEdit->text().isEmpty()) {
        why = tr("Type the passphrase.");
    }
    mUi->messageLabel->setText(why);
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

}  // namespace hv
