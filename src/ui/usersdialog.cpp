#include "ui/usersdialog.h"

#include "core/error.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "ui/errorpresenter.h"
#include "ui_usersdialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace hv {

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::UsersDialog>()), mDb(db)
{
    mUi->setupUi(this);
    mUi->roleCombo->addItem(tr("Officer (reads and writes her units)"), QStringLiteral("officer"));
    mUi->roleCombo->addItem(tr("Viewer (reads, exports masked)"), QStringLiteral("viewer"));
    mUi->roleCombo->addItem(tr("Administrator"), QStringLiteral("admin"));
    mUi->accountsTable->setColumnCount(4);
    mUi->accountsTable->verticalHeader()->hide();
    mUi->accountsTable->setHorizontalHeaderLabels({tr("Account"), tr("Role"), tr("Unit"), tr("Failed sign-ins")});
    connect(mUi->addButton, &QPushButton::clicked, this, &UsersDialog::add);
    connect(mUi->passwordButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(mUi->removeButton, &QPushButton::clicked, this, &UsersDialog::remove);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::reload()
{
    const std::vector<Account> accounts = AccountRepository(mDb).all();
    UnitRepository units(mDb);
    mUi->accountsTable->setRowCount(int(accounts.size()));
    for (int i = 0; i < int(accounts.size()); ++i) {
        const Account& a = accounts[size_t(i)];
        const auto unit = a.unitId ? units.byId(a.unitId) : std::nullopt;
        const QString role = a.role == Role::Admin ? tr("Administrator") : a.role == Role::Officer ? tr("Officer") : tr("Viewer");
        const QStringList cells{a.name, role, unit ? QStringLiteral("%1 (%2)").arg(unit->name, unit->code) : tr("whole office"),
                                QString::number(a.failedCount)};
        for (int c = 0; c < cells.size(); ++c)
            mUi->accountsTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    mUi->accountsTable->resizeColumnsToContents();
}

QString UsersDialog::selectedName() const
{
    const int row = mUi->accountsTable->currentRow();
    return row >= 0 && mUi->accountsTable->item(row, 0) ? mUi->accountsTable->item(row, 0)->text() : QString();
}

std::optional<QString> UsersDialog::typedPassword()
{
    if (mUi->passwordEdit->text() != mUi->confirmEdit->text()) {
        mUi->messageLabel->setText(tr("The two passwords differ."));
        return std::nullopt;
    }
    return mUi->passwordEdit->text();
}

void UsersDialog::add()
{
    const std::optional<QString> password = typedPassword();
    if (!password)
        return;
    ErrorPresenter::guard(this, [&] {
        Id unitId = 0;
        const QString code = mUi->unitEdit->text().trimmed();
        if (!code.isEmpty()) {
            const auto unit = UnitRepository(mDb).byCode(code);
            if (!unit)
                throw Error(Error::Kind::Input, tr("Unknown unit code %1.").arg(code));
            unitId = unit->id;
        }
        const QString name = mUi->nameEdit->text().trimmed();
        AccountRepository(mDb).add(name, *password, *roleFromCode(mUi->roleCombo->currentData().toString()), unitId);
        mUi->messageLabel->setText(tr("Account %1 added.").arg(name));
        mUi->nameEdit->clear();
        mUi->passwordEdit->clear();
        mUi->confirmEdit->clear();
        reload();
    });
}

void UsersDialog::setPassword()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        mUi->messageLabel->setText(tr("Select an account first."));
        return;
    }
    const std::optional<QString> password = typedPassword();
    if (!password)
        return;
    if (ErrorPresenter::guard(this, [&] { AccountRepository(mDb).setPassword(name, *password); }))
        mUi->messageLabel->setText(tr("Password of %1 changed.").arg(name));
}

void UsersDialog::remove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove account"), tr("Remove the account %1?").arg(name)) != QMessageBox::Yes)
        return;
    if (ErrorPresenter::guard(this, [&] { AccountRepository(mDb).remove(name); })) {
        mUi->messageLabel->setText(tr("Account %1 removed.").arg(name));
        reload();
    }
}

}  // namespace hv
