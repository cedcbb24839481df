#include "ui/mergedialog.h"

#include "ui_mergedialog.h"

#include <QPushButton>

namespace hv {

MergeDialog::MergeDialog(Mode mode, QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::MergeDialog>()), mMode(mode)
{
    mUi->setupUi(this);
    const bool merge = mode == Mode::Merge;
    mUi->targetLabel->setVisible(merge);
    mUi->targetCombo->setVisible(merge);
    mUi->keepChildrenCheck->setVisible(merge);
    if (!merge) setWindowTitle(tr("Close a unit"));
    mUi->dateEdit->setMaximumDate(QDate::currentDate());
    mUi->dateEdit->setDate(QDate::currentDate());
    connect(mUi->targetCombo, &QComboBox::currentIndexChanged, this, &MergeDialog::updateOk);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::setSource(const OrgUnit& unit, qint64 members, int unitsBelow)
{
    if (mMode == Mode::Close) {
        mUi->summary->setText(
            tr("Close %1 (%2). Only a unit without active members and without units below it can "
               "be closed; otherwise merge it.")
                .arg(unit.name, unit.code));
        return;
    }
    mUi->summary->setText(
        tr("Merge %1 (%2): its %3 active member(s) move to the target on the date, with a "
           "movement in their history; %4 unit(s) below it are closed with it. Reports of earlier "
           "years stay as they were.")
            .arg(unit.name, unit.code)
            .arg(members)
            .arg(unitsBelow));
    mUi->keepChildrenCheck->setEnabled(unitsBelow > 0);
}

void MergeDialog::setTargets(const std::vector<OrgUnit>& targets)
{
    mUi->targetCombo->clear();
    mUi->targetCombo->addItem(tr("choose..."), Id(0));
    for (const OrgUnit& u : targets)
        mUi->targetCombo->addItem(QStringLiteral("%1 (%2)").arg(u.name, u.code), u.id);
    updateOk();
}

Id MergeDialog::target() const
{
    return mMode == Mode::Merge ? mUi->targetCombo->currentData().toLongLong() : 0;
}

void MergeDialog::setTarget(Id unit)
{
    mUi->targetCombo->setCurrentIndex(std::max(0, mUi->targetCombo->findData(unit)));
}

QDate MergeDialog::date() const { return mUi->dateEdit->date(); }
void MergeDialog::setDate(const QDate& date) { mUi->dateEdit->setDate(date); }
QString MergeDialog::decisionNo() const { return mUi->decisionEdit->text().trimmed(); }
void MergeDialog::setDecisionNo(const QString& text) { mUi->decisionEdit->setText(text); }

UnitChanges::ChildUnits MergeDialog::childUnits() const
{
    return mUi->keepChildrenCheck->isChecked() ? UnitChanges::ChildUnits::KeepUnderTarget
                                               : UnitChanges::ChildUnits::Close;
}

void MergeDialog::updateOk()
{
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(mMode == Mode::Close || target() != 0);
}

}  // namespace hv
