#include "ui/populationmodel.h"

#include "core/vietnamese.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

namespace hv {
namespace {

const QString kPresent = QStringLiteral("present");
const QString kEligible = QStringLiteral("eligible");

QDate yearEnd(int year) { return QDate(year, 12, 31); }

}  // namespace

QString PopulationModel::basisName(const QString& code)
{
    return code == kEligible ? tr("Eligible to join") : tr("Present in the area");
}

void PopulationModel::load(std::vector<OrgUnit> rows, const OrgUnit& own, std::vector<int> years,
                           const QHash<int, QHash<Id, Population>>& stored)
{
    beginResetModel();
    mUnits = std::move(rows);
    mOwn = own;
    mYears = std::move(years);
    mValues.assign(mUnits.size() + 1, std::vector<std::optional<qint64>>(mYears.size()));
    mBasis.assign(mYears.size(), kPresent);
    for (int c = 0; c < int(mYears.size()); ++c) {
        const QHash<Id, Population> year = stored.value(mYears[c]);
        int eligible = 0, present = 0;
        for (int r = 1; r <= int(mUnits.size()) + 1; ++r)
            if (const auto p = year.constFind(unitOf(r).id); p != year.cend()) {
                cell(r, c) = p->women18Plus;
                (p->basis == kEligible ? eligible : present)++;
            }
        mBasis[c] = eligible > present ? kEligible : kPresent;  // the basis most of the year's figures use
    }
    mStored = mValues;
    mStoredBasis = mBasis;
    endResetModel();
    emit changesChanged(false);
}

bool PopulationModel::hasChanges() const { return mValues != mStored || mBasis != mStoredBasis; }

std::vector<PopulationEdit> PopulationModel::edits() const
{
    std::vector<PopulationEdit> out;
    for (int c = 0; c < int(mYears.size()); ++c)
        for (int r = 1; r <= int(mUnits.size()) + 1; ++r) {
            const auto v = value(r, c);
            if (v != mStored[r - 1][c] || (v && mBasis[c] != mStoredBasis[c]))
                out.push_back({unitOf(r).id, mYears[c], v.value_or(-1), mBasis[c]});
        }
    return out;
}

int PopulationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || mYears.empty() ? 0 : int(mUnits.size()) + 2;
}

int PopulationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(mYears.size());
}

bool PopulationModel::editable(int row, int column) const
{
    return row == 0 || unitOf(row).activeAt(yearEnd(mYears[column]));
}

std::optional<qint64> PopulationModel::childrenSum(int column) const
{
    // As the report does: the sum of the units below when every one that exists then has a figure.
    qint64 sum = 0;
    int counted = 0;
    for (int r = 1; r <= int(mUnits.size()); ++r) {
        if (!editable(r, column)) continue;
        if (!value(r, column)) return std::nullopt;
        sum += *value(r, column);
        ++counted;
    }
    return counted > 0 ? std::optional(sum) : std::nullopt;
}

QString PopulationModel::cellName(const QModelIndex& index) const
{
    return tr("%1, %2").arg(unitOf(index.row()).name).arg(mYears[index.column()]);
}

QVariant PopulationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    const int r = index.row(), c = index.column();
    const bool own = r == int(mUnits.size()) + 1;
    if (r == 0) {
        switch (role) {
            case Qt::DisplayRole:
                return basisName(mBasis[c]);
            case Qt::EditRole:
                return mBasis[c];
            case Qt::BackgroundRole:
                return mBasis[c] != mStoredBasis[c] ? QColor(0xFF, 0xF0, 0xB3) : QColor(0xE3, 0xEC, 0xF7);
            case Qt::TextAlignmentRole:
                return int(Qt::AlignCenter);
            case Qt::ToolTipRole:
                return tr("Basis of the figures of %1: double-click to change.").arg(mYears[c]);
            default:
                return {};
        }
    }
    const auto v = value(r, c);
    const auto sum = own && !v ? childrenSum(c) : std::nullopt;
    switch (role) {
        case Qt::DisplayRole:
            if (v) return QLocale().toString(*v);
            return sum ? QLocale().toString(*sum) : QVariant();
        case Qt::EditRole:
            return v ? QString::number(*v) : QString();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return sum ? QVariant(QColor(Qt::gray)) : QVariant();
        case Qt::FontRole:
            if (sum) {
                QFont f;
                f.setItalic(true);
                return f;
            }
            return {};
        case Qt::BackgroundRole:
            if (!editable(r, c)) return QColor(0xE6, 0xE6, 0xE6);
            if (v != mStored[r - 1][c]) return QColor(0xFF, 0xF0, 0xB3);
            return {};
        case Qt::ToolTipRole:
            if (!editable(r, c))
                return tr("%1 did not exist at the end of %2.").arg(unitOf(r).name).arg(mYears[c]);
            if (sum) return tr("Sum of the units above it; type a figure to use it instead.");
            return {};
        default:
            return {};
    }
}

Qt::ItemFlags PopulationModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return editable(index.row(), index.column()) ? f | Qt::ItemIsEditable : f;
}

QVariant PopulationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::FontRole && orientation == Qt::Vertical &&
        (section == 0 || section == int(mUnits.size()) + 1)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Horizontal)
        return section < int(mYears.size()) ? QVariant(QString::number(mYears[section])) : QVariant();
    if (section == 0) return tr("Basis");
    if (section == int(mUnits.size()) + 1) return tr("Whole %1").arg(mOwn.name);
    return unitOf(section).name;
}

QString PopulationModel::parse(const QModelIndex& index, const QString& text, Parsed* out) const
{
    QString t = text.trimmed();
    if (index.row() == 0) {
        const QString f = vn::fold(t);
        if (f.isEmpty() || f == kPresent || f.startsWith(QLatin1String("co mat")) ||
            f == vn::fold(basisName(kPresent)))
            out->basis = kPresent;
        else if (f == kEligible || f.startsWith(QLatin1String("du dieu kien")) ||
                 f == vn::fold(basisName(kEligible)))
            out->basis = kEligible;
        else
            return tr("%1: \"%2\" is not a basis; choose present in the area or eligible to join.")
                .arg(tr("Basis, %1").arg(mYears[index.column()]), text.trimmed());
        return {};
    }
    if (!editable(index.row(), index.column()))
        return tr("%1 did not exist at the end of %2.")
            .arg(unitOf(index.row()).name)
            .arg(mYears[index.column()]);
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    if (t.isEmpty()) {
        out->value.reset();
        return {};
    }
    // Thousands written with dots (Vietnamese) or commas (English Excel): 12.345 or 12,345.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
    if (grouped.match(t).hasMatch()) t.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || t.startsWith(QLatin1Char('+')))
        return tr("%1: \"%2\" is not a whole number of women.").arg(cellName(index), text.trimmed());
    if (v < 0)
        return tr("%1: the number of women cannot be negative (%2).").arg(cellName(index), text.trimmed());
    out->value = v;
    return {};
}

void PopulationModel::apply(const QModelIndex& index, const Parsed& parsed)
{
    if (index.row() == 0)
        mBasis[index.column()] = parsed.basis;
    else
        cell(index.row(), index.column()) = parsed.value;
}

QString PopulationModel::setText(const QModelIndex& index, const QString& text)
{
    Parsed parsed;
    if (QString why = parse(index, text, &parsed); !why.isEmpty()) return why;
    apply(index, parsed);
    // The whole unit's row shows the sum of the others when it has no figure of its own.
    emit dataChanged(index.siblingAtRow(0), index.siblingAtRow(rowCount() - 1));
    emit changesChanged(hasChanges());
    return {};
}

QString PopulationModel::paste(const QModelIndex& topLeft, const QString& text)
{
    if (!topLeft.isValid()) return tr("Click the cell where the pasted block should begin.");
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().trimmed().isEmpty()) lines.removeLast();
    std::vector<std::pair<QModelIndex, Parsed>> cells;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList values = QString(lines[r]).remove(QLatin1Char('\r')).split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const QModelIndex at = index(topLeft.row() + r, topLeft.column() + c);
            if (!at.isValid())
                return tr("The pasted block has %1 row(s) and %2 column(s): from %3 it goes past the end of "
                          "the "
                          "grid. Nothing was pasted.")
                    .arg(lines.size())
                    .arg(values.size())
                    .arg(topLeft.row() == 0 ? tr("the basis row") : cellName(topLeft));
            if (!editable(at.row(), at.column()) && values[c].trimmed().isEmpty()) continue;
            Parsed parsed;
            if (const QString why = parse(at, values[c], &parsed); !why.isEmpty())
                return why + QLatin1Char(' ') + tr("Nothing was pasted.");
            cells.emplace_back(at, parsed);
        }
    }
    for (const auto& [at, parsed] : cells) apply(at, parsed);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit changesChanged(hasChanges());
    return {};
}

void PopulationModel::clear(const QModelIndexList& cells)
{
    for (const QModelIndex& i : cells)
        if (i.row() > 0 && editable(i.row(), i.column())) cell(i.row(), i.column()).reset();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit changesChanged(hasChanges());
}

bool PopulationModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()) return false;
    const QString why = setText(index, value.toString());
    if (!why.isEmpty()) emit refused(why);
    return why.isEmpty();
}

}  // namespace hv
