#pragma once
// The figures of a grid typed like Excel (activities, targets): one row per unit, columns of whole
// numbers (counts, VND amounts, targets), some of them computed and read-only (a target's achievement).
// Text typed or pasted is checked here, so that a refusal names the cell; edits() is what Save writes.

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

class NumberGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Column {
        QString title, toolTip;
        bool editable = true;
        bool money = false;  // VND: shown with thousands separators
    };
    struct Cell {
        std::optional<qint64> value;
        bool locked = false;  // shown, not editable (e.g. a sum of several records)
        QString toolTip;
        QString text;  // read-only columns: what to show
    };
    struct Edit {
        int row = 0, column = 0;
        std::optional<qint64> value;  // nullopt: emptied
    };

    using QAbstractTableModel::QAbstractTableModel;

    void load(QStringList rows, std::vector<Column> columns, std::vector<std::vector<Cell>> cells);
    bool hasChanges() const { return !edits().empty(); }
    std::vector<Edit> edits() const;
    std::optional<qint64> value(int row, int column) const { return mCells[row][column].value; }
    const QStringList& rowNames() const { return mRows; }

    // Sets a cell from typed or pasted text; empty when accepted, else the reason naming the cell.
    QString setText(const QModelIndex& index, const QString& text);
    // Pastes tab-separated lines with their top-left cell at topLeft: all or nothing.
    QString paste(const QModelIndex& topLeft, const QString& text);
    void clear(const QModelIndexList& cells);
    bool editable(int row, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refused(const QString& message);
    void changesChanged(bool hasChanges);

private:
    QString parse(const QModelIndex& index, const QString& text, std::optional<qint64>* out) const;
    QString cellName(const QModelIndex& index) const;
    void changed();

    QStringList mRows;
    std::vector<Column> mColumns;
    std::vector<std::vector<Cell>> mCells;
    std::vector<std::vector<std::optional<qint64>>> mStored;
};

}  // namespace hv
