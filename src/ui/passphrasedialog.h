#pragma once
// The passphrase of a backup: for a new backup, whether to encrypt it and the passphrase typed twice;
// for a restore, the passphrase once.

#include <QDialog>
#include <memory>

namespace Ui {
class PassphraseDialog;
}

namespace hv {

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Backup, Restore };
    explicit PassphraseDialog(Mode mode, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // Empty when the backup is not to be encrypted.
    QString passphrase() const;

    static constexpr int kMinLength = 8;

private:
    void updateOk();

    std::unique_ptr<Ui::PassphraseDialog> mUi;
    Mode mMode;
};

}  // namespace hv
