#pragma once
// The figures of the population grid (PopulationGrid): rows are the basis of each year, the units below
// the selected one and, last, the unit itself; columns are years. Text typed or pasted is checked here,
// so that the refusal names the cell; edits() is what Save writes.

#include "core/types.h"
#include "storage/unitchanges.h"
#include "storage/unityearrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>
#include <vector>

namespace hv {

class PopulationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // rows: the units below (own: the unit itself, last row); stored: figures by year and unit.
    void load(std::vector<OrgUnit> rows, const OrgUnit& own, std::vector<int> years,
              const QHash<int, QHash<Id, Population>>& stored);
    bool hasChanges() const;
    // What Save writes: changed figures (-1 = removed) with their year's basis.
    std::vector<PopulationEdit> edits() const;
    int yearAt(int column) const { return mYears.at(column); }
    bool isBasisRow(int row) const { return row == 0; }
    // "Present in the area" / "Eligible to join", translated.
    static QString basisName(const QString& code);

    // Sets a cell from typed or pasted text. Returns an empty string when accepted, otherwise the reason,
    // naming the cell; the cell is left as it was.
    QString setText(const QModelIndex& index, const QString& text);
    // Pastes tab-separated lines with their top-left cell at topLeft: all or nothing.
    QString paste(const QModelIndex& topLeft, const QString& text);
    // Empties the figures of the given cells (the basis row is kept).
    void clear(const QModelIndexList& cells);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A typed value was refused; message names the cell and says why.
    void refused(const QString& message);
    void changesChanged(bool hasChanges);

private:
    struct Parsed {
        std::optional<qint64> value;  // figure rows
        QString basis;                // basis row
    };
    QString parse(const QModelIndex& index, const QString& text, Parsed* out) const;
    void apply(const QModelIndex& index, const Parsed& parsed);
    bool editable(int row, int column) const;
    const OrgUnit& unitOf(int row) const { return row <= int(mUnits.size()) ? mUnits[row - 1] : mOwn; }
    std::optional<qint64>& cell(int row, int column) { return mValues[row - 1][column]; }
    std::optional<qint64> value(int row, int column) const { return mValues[row - 1][column]; }
    std::optional<qint64> childrenSum(int column) const;
    QString cellName(const QModelIndex& index) const;

    std::vector<OrgUnit> mUnits;
    OrgUnit mOwn;
    std::vector<int> mYears;
    std::vector<std::vector<std::optional<qint64>>> mValues, mStored;  // [unit row - 1][column]
    std::vector<QString> mBasis, mStoredBasis;                         // [column]
};

}  // namespace hv
