#pragma once
// The administrator's list of accounts: add one (name, role, the unit it is limited to, password),
// set the password of one, remove one. Every change is written at once through AccountRepository,
// which checks the rules (and writes the audit log); a refusal is shown under the buttons.

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class UsersDialog;
}

namespace hv {

class Database;

class UsersDialog : public QDialog {
    Q_OBJECT
public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);
    ~UsersDialog() override;

    // Reloads the table; throws Error(Kind::Denied) for an account that is not the administrator.
    void reload();

private:
    void add();
    void setPassword();
    void remove();
    QString selectedName() const;
    // The password typed twice; nullopt (with the reason shown) when the entries differ.
    std::optional<QString> typedPassword();

    std::unique_ptr<Ui::UsersDialog> mUi;
    Database& mDb;
};

}  // namespace hv
