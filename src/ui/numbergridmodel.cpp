#include "ui/numbergridmodel.h"

#include <QFont>
#include <QLocale>
#include <QRegularExpression>

namespace hv {
namespace {

QString shown(qint64 v) { return QLocale().toString(v); }

}  // namespace

void NumberGridModel::load(QStringList rows, std::vector<Column> columns,
                           std::vector<std::vector<Cell>> cells)
{
    beginResetModel();
    mRows = std::move(rows);
    mColumns = std::move(columns);
    mCells = std::move(cells);
    mStored.assign(mCells.size(), {});
    for (std::size_t r = 0; r < mCells.size(); ++r) {
        mCells[r].resize(mColumns.size());
        for (const Cell& c : mCells[r]) mStored[r].push_back(c.value);
    }
    endResetModel();
    emit changesChanged(false);
}

std::vector<NumberGridModel::Edit> NumberGridModel::edits() const
{
    std::vector<Edit> out;
    for (int r = 0; r < int(mCells.size()); ++r)
        for (int c = 0; c < int(mColumns.size()); ++c)
            if (editable(r, c) && mCells[r][c].value != mStored[r][c])
                out.push_back({r, c, mCells[r][c].value});
    return out;
}

bool NumberGridModel::editable(int row, int column) const
{
    return mColumns[column].editable && !mCells[row][column].locked;
}

int NumberGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int NumberGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QVariant NumberGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const int r = index.row(), c = index.column();
    const Cell& cell = mCells[r][c];
    const bool computed = !mColumns[c].editable;
    switch (role) {
        case Qt::DisplayRole:
            if (computed && !cell.text.isEmpty()) return cell.text;
            return cell.value ? QVariant(shown(*cell.value)) : QVariant();
        case Qt::EditRole:
            return cell.value ? QString::number(*cell.value) : QString();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            if (computed) return QColor(0xEE, 0xF3, 0xE8);
            if (cell.locked) return QColor(0xE6, 0xE6, 0xE6);
            if (cell.value != mStored[r][c]) return QColor(0xFF, 0xF0, 0xB3);
            return {};
        case Qt::FontRole:
            if (cell.locked || computed) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole:
            return cell.toolTip.isEmpty() ? mColumns[c].toolTip : cell.toolTip;
        default:
            return {};
    }
}

Qt::ItemFlags NumberGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return editable(index.row(), index.column()) ? f | Qt::ItemIsEditable : f;
}

QVariant NumberGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section < int(mColumns.size())) {
        if (role == Qt::DisplayRole) return mColumns[section].title;
        if (role == Qt::ToolTipRole) return mColumns[section].toolTip;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section < mRows.size())
        return mRows[section];
    return {};
}

QString NumberGridModel::cellName(const QModelIndex& index) const
{
    return tr("%1, %2").arg(
        mRows[index.row()],
        QString(mColumns[index.column()].title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

QString NumberGridModel::parse(const QModelIndex& index, const QString& text,
                               std::optional<qint64>* out) const
{
    if (!editable(index.row(), index.column()))
        return tr("%1 cannot be typed here: %2")
            .arg(cellName(index), data(index, Qt::ToolTipRole).toString());
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    if (t.isEmpty()) {
        out->reset();
        return {};
    }
    // Thousands written with dots (Vietnamese) or commas (English Excel): 12.345 or 12,345.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
    if (grouped.match(t).hasMatch()) t.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || t.startsWith(QLatin1Char('+')))
        return tr("%1: \"%2\" is not a whole number.").arg(cellName(index), text.trimmed());
    if (v < 0) return tr("%1: a figure cannot be negative (%2).").arg(cellName(index), text.trimmed());
    *out = v;
    return {};
}

void NumberGridModel::changed()
{
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit changesChanged(hasChanges());
}

QString NumberGridModel::setText(const QModelIndex& index, const QString& text)
{
    std::optional<qint64> v;
    if (QString why = parse(index, text, &v); !why.isEmpty()) return why;
    mCells[index.row()][index.column()].value = v;
    changed();
    return {};
}

QString NumberGridModel::paste(const QModelIndex& topLeft, const QString& text)
{
    if (!topLeft.isValid()) return tr("Click the cell where the pasted block should begin.");
    QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().trimmed().isEmpty()) lines.removeLast();
    std::vector<std::pair<QModelIndex, std::optional<qint64>>> cells;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList values = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const QModelIndex at = index(topLeft.row() + r, topLeft.column() + c);
            if (!at.isValid())
                return tr("The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of "
                          "the "
                          "grid. Nothing was pasted.")
                    .arg(lines.size())
                    .arg(values.size())
                    .arg(cellName(topLeft));
            // A computed or locked cell inside the block keeps its figure when the block has the same.
            if (!editable(at.row(), at.column())) {
                const auto mine = mCells[at.row()][at.column()].value;
                const QString t = values[c].trimmed();
                if (t.isEmpty() || (mine && (t == QString::number(*mine) || t == shown(*mine)))) continue;
            }
            std::optional<qint64> v;
            if (const QString why = parse(at, values[c], &v); !why.isEmpty())
                return why + QLatin1Char(' ') + tr("Nothing was pasted.");
            cells.emplace_back(at, v);
        }
    }
    for (const auto& [at, v] : cells) mCells[at.row()][at.column()].value = v;
    changed();
    return {};
}

void NumberGridModel::clear(const QModelIndexList& cells)
{
    for (const QModelIndex& i : cells)
        if (editable(i.row(), i.column())) mCells[i.row()][i.column()].value.reset();
    changed();
}

bool NumberGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()) return false;
    const QString why = setText(index, value.toString());
    if (!why.isEmpty()) emit refused(why);
    return why.isEmpty();
}

}  // namespace hv
