#include "ui/unitdialog.h"

#include "ui_unitdialog.h"

#include <QPushButton>

namespace hv {

UnitDialog::UnitDialog(QWidget* parent) : QDialog(parent), mUi(std::make_unique<Ui::UnitDialog>())
{
    mUi->setupUi(this);
    for (UnitLevel l : {UnitLevel::Central, UnitLevel::Province, UnitLevel::District, UnitLevel::Commune,
                        UnitLevel::Chapter, UnitLevel::Group})
        mUi->levelCombo->addItem(displayName(l), int(l));
    mUi->validFromEdit->setDate(QDate::currentDate());
    mUi->validToEdit->setDate(QDate::currentDate());
    connect(mUi->validFromCheck, &QCheckBox::toggled, mUi->validFromEdit, &QWidget::setEnabled);
    connect(mUi->validToCheck, &QCheckBox::toggled, mUi->validToEdit, &QWidget::setEnabled);
    connect(mUi->nameEdit, &QLineEdit::textChanged, this, &UnitDialog::updateOk);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    mUi->validFromEdit->setEnabled(false);
    mUi->validToEdit->setEnabled(false);
    updateOk();
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::setParents(const std::vector<OrgUnit>& parents)
{
    mUi->parentCombo->clear();
    for (const OrgUnit& p : parents)
        mUi->parentCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
}

void UnitDialog::setProposedCode(const QString& code)
{
    mUi->codeEdit->setPlaceholderText(tr("Leave empty for %1").arg(code));
}

OrgUnit UnitDialog::unit() const
{
    OrgUnit u = mUnit;
    u.name = mUi->nameEdit->text().simplified();
    u.code = mUi->codeEdit->text().trimmed();
    u.level = UnitLevel(mUi->levelCombo->currentData().toInt());
    u.parentId = mUi->parentCombo->currentData().toLongLong();
    u.validFrom = mUi->validFromCheck->isChecked() ? mUi->validFromEdit->date() : QDate();
    u.validTo = mUi->validToCheck->isChecked() ? mUi->validToEdit->date() : QDate();
    u.decisionNo = mUi->decisionEdit->text().trimmed();
    return u;
}

void UnitDialog::setUnit(const OrgUnit& unit)
{
    mUnit = unit;
    setWindowTitle(unit.id == 0 ? tr("New unit") : tr("Unit %1").arg(unit.name));
    mUi->nameEdit->setText(unit.name);
    mUi->codeEdit->setText(unit.code);
    mUi->levelCombo->setCurrentIndex(std::max(0, mUi->levelCombo->findData(int(unit.level))));
    const int parent = mUi->parentCombo->findData(unit.parentId);
    if (parent < 0 && unit.parentId != 0)
        mUi->parentCombo->addItem(tr("(unit %1)").arg(unit.parentId), unit.parentId);
    mUi->parentCombo->setCurrentIndex(std::max(0, mUi->parentCombo->findData(unit.parentId)));
    mUi->validFromCheck->setChecked(unit.validFrom.isValid());
    if (unit.validFrom.isValid()) mUi->validFromEdit->setDate(unit.validFrom);
    mUi->validToCheck->setChecked(unit.validTo.isValid());
    if (unit.validTo.isValid()) mUi->validToEdit->setDate(unit.validTo);
    mUi->decisionEdit->setText(unit.decisionNo);
    updateOk();
}

void UnitDialog::updateOk()
{
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!mUi->nameEdit->text().trimmed().isEmpty());
}

}  // namespace hv
