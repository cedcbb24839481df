#pragma once
// Signing in at start when the database has accounts, and unlocking after inactivity (the lock
// screen). The dialog calls Session itself, because a wrong password must keep it open with the
// reason (and the wait after repeated failures) shown under the fields; it closes only when signed in.

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace hv {

class Database;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { SignIn, Unlock };
    LoginDialog(Database& db, Mode mode, QWidget* parent = nullptr);
    ~LoginDialog() override;

    QString userName() const;

private:
    void tryAccept();

    std::unique_ptr<Ui::LoginDialog> mUi;
    Database& mDb;
    Mode mMode;
};

}  // namespace hv
