#include "ui/importpreviewmodel.h"

#include "core/flexparse.h"
#include "ui/importwizard.h"
#include "ui/yearworkwidgets.h"

#include <QBrush>
#include <QColor>

namespace hv {
namespace {

// A date as the import will store it: dd/mm/yyyy, or the year alone. A cell that is no date stays as it
// is (its problem says why).
QString storedDate(const QString& cell, bool date1904)
{
    const auto d = parseFlexDate(cell, date1904);
    if (!d) return cell;
    return d->yearOnly() ? QString::number(d->year) : dmy(d->date);
}

}  // namespace

ImportPreviewModel::ImportPreviewModel(ImportPlan& plan, QObject* parent)
    : QAbstractTableModel(parent), mPlan(plan)
{
}

void ImportPreviewModel::setRows(std::vector<PreviewRow> rows)
{
    mRows = std::move(rows);
    rebuild();
}

void ImportPreviewModel::rowsChanged() { rebuild(); }

void ImportPreviewModel::setFilter(Filter f)
{
    mFilter = f;
    rebuild();
}

bool ImportPreviewModel::visible(const PreviewRow& r) const
{
    switch (mFilter) {
        case Filter::All:
            return true;
        case Filter::Errors:
            return !r.errors.isEmpty();
        case Filter::Warnings:
            return !r.warnings.isEmpty();
        case Filter::Duplicates:
            return r.duplicate.has_value();
    }
    return true;
}

void ImportPreviewModel::rebuild()
{
    beginResetModel();
    mVisible.clear();
    for (size_t i = 0; i < mRows.size(); ++i)
        if (visible(mRows[i])) mVisible.push_back(int(i));
    endResetModel();
}

const PreviewRow* ImportPreviewModel::rowAt(int viewRow) const
{
    return viewRow >= 0 && viewRow < int(mVisible.size()) ? &mRows[size_t(mVisible[size_t(viewRow)])]
                                                          : nullptr;
}

std::vector<ImportPreviewModel::OnDuplicate> ImportPreviewModel::allowedDecisions(
    const ImportResult::Duplicate& d)
{
    std::vector<OnDuplicate> out{OnDuplicate::Skip};
    if (d.memberId) out.push_back(OnDuplicate::Update);
    if (!d.sameCitizenId) out.push_back(OnDuplicate::Add);
    return out;
}

QString ImportPreviewModel::decisionText(OnDuplicate d)
{
    switch (d) {
        case OnDuplicate::Skip:
            return tr("Skip");
        case OnDuplicate::Update:
            return tr("Update the member");
        case OnDuplicate::Add:
            return tr("Add as another member");
        case OnDuplicate::Fail:
            break;
    }
    return tr("Not chosen");
}

int ImportPreviewModel::setDecision(const std::vector<int>& viewRows, OnDuplicate d)
{
    int n = 0;
    for (int v : viewRows) {
        const PreviewRow* r = rowAt(v);
        if (!r || !r->duplicate) continue;
        const auto allowed = allowedDecisions(*r->duplicate);
        if (std::find(allowed.begin(), allowed.end(), d) == allowed.end()) continue;
        mPlan.decisions.insert(r->row, d);
        emit dataChanged(index(v, DecisionColumn), index(v, DecisionColumn));
        ++n;
    }
    if (n) emit choicesChanged();
    return n;
}

int ImportPreviewModel::setDecisionForAll(OnDuplicate d)
{
    int n = 0;
    for (const PreviewRow& r : mRows) {
        if (!r.duplicate) continue;
        const auto allowed = allowedDecisions(*r.duplicate);
        if (std::find(allowed.begin(), allowed.end(), d) == allowed.end()) continue;
        mPlan.decisions.insert(r.row, d);
        ++n;
    }
    if (!mVisible.empty())
        emit dataChanged(index(0, DecisionColumn), index(int(mVisible.size()) - 1, DecisionColumn));
    if (n) emit choicesChanged();
    return n;
}

ImportPreviewModel::Counts ImportPreviewModel::counts() const
{
    Counts c;
    for (const PreviewRow& r : mRows) {
        ++c.rows;
        c.errors += r.errors.isEmpty() ? 0 : 1;
        c.warnings += r.warnings.isEmpty() ? 0 : 1;
        c.duplicates += r.duplicate ? 1 : 0;
        c.excluded += mPlan.excludedRows.contains(r.row) ? 1 : 0;
    }
    return c;
}

bool ImportPreviewModel::includedErrors() const
{
    for (const PreviewRow& r : mRows)
        if (!r.errors.isEmpty() && !mPlan.excludedRows.contains(r.row)) return true;
    return false;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mVisible.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    const PreviewRow* r = rowAt(index.row());
    if (!r) return {};
    const bool excluded = mPlan.excludedRows.contains(r->row);
    if (role == Qt::CheckStateRole && index.column() == IncludeColumn)
        return excluded ? Qt::Unchecked : Qt::Checked;
    if (role == Qt::ForegroundRole && excluded) return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::BackgroundRole && !excluded) {
        if (!r->errors.isEmpty()) return QBrush(QColor(0xfd, 0xe0, 0xe0));
        if (r->duplicate) return QBrush(QColor(0xe3, 0xee, 0xfb));
        if (!r->warnings.isEmpty()) return QBrush(QColor(0xff, 0xf5, 0xd6));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
        case RowColumn:
            return r->row;
        case NameColumn:
            return r->name;
        case BirthColumn: {
            // A date typed as a number (29221) or written as yyyy-mm-dd shows as the date it becomes; the
            // tooltip keeps what the cell held.
            const QString date = storedDate(r->birth, mPlan.date1904);
            if (role == Qt::DisplayRole || date == r->birth) return date;
            return tr("%1 (in the file: %2)").arg(date, r->birth);
        }
        case CitizenIdColumn:
            return r->citizenId;
        case ProblemColumn: {
            QStringList all;
            for (const QString& e : r->errors) all << tr("Error: %1").arg(e);
            for (const QString& w : r->warnings) all << tr("Warning: %1").arg(w);
            return all.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        case DuplicateColumn:
            return r->duplicateOf;
        case DecisionColumn:
            if (!r->duplicate) return {};
            return decisionText(mPlan.decisions.value(r->row, OnDuplicate::Fail));
        default:
            return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case IncludeColumn:
            return tr("Import");
        case RowColumn:
            return tr("Row");
        case NameColumn:
            return tr("Full name");
        case BirthColumn:
            return tr("Date of birth");
        case CitizenIdColumn:
            return tr("CCCD");
        case ProblemColumn:
            return tr("Problems");
        case DuplicateColumn:
            return tr("Same person as");
        case DecisionColumn:
            return tr("Duplicate: what to do");
        default:
            return {};
    }
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == IncludeColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const PreviewRow* r = rowAt(index.row());
    if (!r || index.column() != IncludeColumn || role != Qt::CheckStateRole) return false;
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        mPlan.excludedRows.remove(r->row);
    else
        mPlan.excludedRows.insert(r->row);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit choicesChanged();
    return true;
}

}  // namespace hv
