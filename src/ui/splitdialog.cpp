#include "ui/splitdialog.h"

#include "ui_splitdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace hv {
namespace {

constexpr int kPartColumn = 2;
constexpr int kPartRole = Qt::UserRole + 1;  // index of the new unit, -1 for none

// Picks the new unit of a row from the names in the parts table.
class PartDelegate : public QStyledItemDelegate {
public:
    PartDelegate(QTableWidget* parts, QObject* parent) : QStyledItemDelegate(parent), mParts(parts) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->addItem(SplitDialog::tr("(none)"), -1);
        for (int i = 0; i < mParts->rowCount(); ++i)
            combo->addItem(mParts->item(i, 0) ? mParts->item(i, 0)->text() : QString(), i);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(kPartRole))));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), kPartRole);
    }

private:
    QTableWidget* mParts;
};

}  // namespace

SplitDialog::SplitDialog(QWidget* parent) : QDialog(parent), mUi(std::make_unique<Ui::SplitDialog>())
{
    mUi->setupUi(this);
    mUi->dateEdit->setMaximumDate(QDate::currentDate());
    mUi->dateEdit->setDate(QDate::currentDate());
    mUi->partsTable->setColumnCount(2);
    mUi->partsTable->setHorizontalHeaderLabels({tr("Name"), tr("Code (empty: automatic)")});
    mUi->partsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mUi->partsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mUi->partsTable->verticalHeader()->hide();
    mUi->itemsTable->setColumnCount(3);
    mUi->itemsTable->setHorizontalHeaderLabels(
        {tr("Chapter or member"), tr("Members / born"), tr("New unit")});
    mUi->itemsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mUi->itemsTable->horizontalHeader()->setSectionResizeMode(kPartColumn, QHeaderView::ResizeToContents);
    mUi->itemsTable->verticalHeader()->hide();
    mUi->itemsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    mUi->itemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mUi->itemsTable->setItemDelegateForColumn(kPartColumn, new PartDelegate(mUi->partsTable, this));
    connect(mUi->addPartButton, &QPushButton::clicked, this, &SplitDialog::addPart);
    connect(mUi->removePartButton, &QPushButton::clicked, this, &SplitDialog::removePart);
    connect(mUi->assignButton, &QPushButton::clicked, this, &SplitDialog::assignSelected);
    connect(mUi->partsTable, &QTableWidget::itemChanged, this, &SplitDialog::partsEdited);
    connect(mUi->itemsTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == kPartColumn) assign(item->row(), item->data(kPartRole).toInt());
    });
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addPart();
    addPart();
}

SplitDialog::~SplitDialog() = default;

void SplitDialog::setSource(const OrgUnit& unit, const std::vector<SplitItem>& items)
{
    mSource = unit;
    mItems = items;
    mUi->summary->setText(
        tr("Split %1 (%2) into new units of the same level. On the date the new units begin, "
           "the members move to them with a movement in their history, and %1 is closed.")
            .arg(unit.name, unit.code));
    const QSignalBlocker block(mUi->itemsTable);
    mUi->itemsTable->setRowCount(int(items.size()));
    for (int r = 0; r < int(items.size()); ++r) {
        auto* label = new QTableWidgetItem(items[r].label);
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (items[r].childUnitId != 0) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        auto* detail = new QTableWidgetItem(items[r].detail);
        detail->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* part = new QTableWidgetItem;
        part->setData(kPartRole, -1);
        mUi->itemsTable->setItem(r, 0, label);
        mUi->itemsTable->setItem(r, 1, detail);
        mUi->itemsTable->setItem(r, kPartColumn, part);
    }
    partsEdited();
}

QDate SplitDialog::date() const { return mUi->dateEdit->date(); }
void SplitDialog::setDate(const QDate& date) { mUi->dateEdit->setDate(date); }
QString SplitDialog::decisionNo() const { return mUi->decisionEdit->text().trimmed(); }

std::vector<SplitPart> SplitDialog::parts() const
{
    std::vector<SplitPart> out(mUi->partsTable->rowCount());
    for (int i = 0; i < int(out.size()); ++i) {
        const auto text = [&](int c) {
            return mUi->partsTable->item(i, c) ? mUi->partsTable->item(i, c)->text().trimmed() : QString();
        };
        out[i].unit.name = text(0);
        out[i].unit.code = text(1);
        out[i].unit.level = mSource.level;
    }
    for (int r = 0; r < int(mItems.size()); ++r) {
        const int p = mUi->itemsTable->item(r, kPartColumn)->data(kPartRole).toInt();
        if (p < 0 || p >= int(out.size())) continue;
        if (mItems[r].childUnitId != 0)
            out[p].childUnitIds.push_back(mItems[r].childUnitId);
        else
            out[p].memberIds.push_back(mItems[r].memberId);
    }
    return out;
}

void SplitDialog::assign(int row, int part)
{
    QTableWidgetItem* item = mUi->itemsTable->item(row, kPartColumn);
    if (!item) return;
    const QTableWidgetItem* name = part >= 0 ? mUi->partsTable->item(part, 0) : nullptr;
    const QSignalBlocker block(mUi->itemsTable);
    item->setData(kPartRole, name ? part : -1);
    item->setText(name ? (name->text().trimmed().isEmpty() ? tr("New unit %1").arg(part + 1) : name->text())
                       : QString());
    updateStatus();
}

void SplitDialog::setPartName(int part, const QString& name)
{
    if (QTableWidgetItem* item = mUi->partsTable->item(part, 0)) item->setText(name);
}

void SplitDialog::addPart()
{
    const int row = mUi->partsTable->rowCount();
    mUi->partsTable->insertRow(row);
    mUi->partsTable->setItem(row, 0, new QTableWidgetItem);
    mUi->partsTable->setItem(row, 1, new QTableWidgetItem);
    partsEdited();
}

void SplitDialog::removePart()
{
    const int removed = mUi->partsTable->currentRow();
    if (removed < 0 || mUi->partsTable->rowCount() <= 2) return;
    mUi->partsTable->removeRow(removed);
    for (int r = 0; r < mUi->itemsTable->rowCount(); ++r) {
        const int p = mUi->itemsTable->item(r, kPartColumn)->data(kPartRole).toInt();
        mUi->itemsTable->item(r, kPartColumn)
            ->setData(kPartRole, p == removed ? -1 : (p > removed ? p - 1 : p));
    }
    partsEdited();
}

void SplitDialog::assignSelected()
{
    const int part = mUi->assignCombo->currentIndex();
    const auto rows = mUi->itemsTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) assign(index.row(), part);
}

void SplitDialog::partsEdited()
{
    // Part names show in the combo and in the rows given to them.
    const int current = mUi->assignCombo->currentIndex();
    mUi->assignCombo->clear();
    for (int i = 0; i < mUi->partsTable->rowCount(); ++i) {
        const QString name =
            mUi->partsTable->item(i, 0) ? mUi->partsTable->item(i, 0)->text().trimmed() : QString();
        mUi->assignCombo->addItem(name.isEmpty() ? tr("New unit %1").arg(i + 1) : name);
    }
    mUi->assignCombo->setCurrentIndex(std::clamp(current, 0, mUi->assignCombo->count() - 1));
    for (int r = 0; r < mUi->itemsTable->rowCount(); ++r)
        assign(r, mUi->itemsTable->item(r, kPartColumn)->data(kPartRole).toInt());
    updateStatus();
}

void SplitDialog::updateStatus()
{
    int unnamed = 0, unassigned = 0;
    for (int i = 0; i < mUi->partsTable->rowCount(); ++i)
        unnamed += !mUi->partsTable->item(i, 0) || mUi->partsTable->item(i, 0)->text().trimmed().isEmpty();
    for (int r = 0; r < mUi->itemsTable->rowCount(); ++r)
        unassigned += mUi->itemsTable->item(r, kPartColumn)->data(kPartRole).toInt() < 0;
    QStringList problems;
    if (unnamed > 0) problems << tr("%n new unit(s) without a name", nullptr, unnamed);
    if (unassigned > 0) problems << tr("%n row(s) not given to a new unit yet", nullptr, unassigned);
    mUi->status->setText(problems.join(QStringLiteral("; ")));
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

}  // namespace hv
