#pragma once
// The administrator's view of the audit log: the latest entries (newest first), a check of the hash
// chain, and an export to CSV for keeping outside the database.

#include <QDialog>
#include <memory>

namespace Ui {
class AuditDialog;
}

namespace hv {

class Database;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kShown = 1000;

    // Throws Error(Kind::Denied) for an account that is not the administrator.
    explicit AuditDialog(Database& db, QWidget* parent = nullptr);
    ~AuditDialog() override;

    void reload();
    // Runs the check and shows its result; true when the chain is whole.
    bool verify();
    // Writes every entry as CSV to the file (the export is itself recorded).
    void exportTo(const QString& file);

private:
    std::unique_ptr<Ui::AuditDialog> mUi;
    Database& mDb;
};

}  // namespace hv
