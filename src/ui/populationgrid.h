#pragma once
// Women aged 18 and over per unit and year (DOMAIN.md "The year's work"), typed as officers do in Excel:
// rows are the units below the selected one and, last, the unit itself (its own figure replaces the sum
// of the units below in the report); columns are the years around the register's date; the first row
// is the basis of each year's figures (present in the area / eligible to join). A number typed or pasted
// (tab-separated block copied from Excel) is checked at once; nothing is stored before Save, which
// writes every change in one transaction.

#include "core/types.h"
#include "storage/unitchanges.h"
#include "storage/unityearrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace hv {

class AppContext;

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
    std::vector<QString> mBasis, mStoredBasis;                          // [column]
};

class PopulationGrid : public QWidget {
    Q_OBJECT
public:
    explicit PopulationGrid(AppContext& ctx, QWidget* parent = nullptr);

    // Reads the selected unit's rows and figures again; unsaved edits are dropped.
    void reload();
    bool hasChanges() const { return mModel->hasChanges(); }
    // Writes the edits; false (after showing why) when refused.
    bool save();
    // With unsaved edits, asks to save or discard them (or cancel, when allowed); false when cancelled.
    bool confirmLeave(bool canCancel = true);
    // Pastes text at the current cell, or into every selected cell when it is a single value.
    void pasteText(const QString& text);
    void retranslate();
    PopulationModel* model() const { return mModel; }
    QTableView* view() const { return mView; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showMessage(const QString& message);
    void copySelection();

    AppContext& mCtx;
    PopulationModel* mModel;
    QTableView* mView;
    QLabel* mTitle;
    QLabel* mMessage;
    QPushButton* mSave;
    QPushButton* mRevert;
    QWidget* mWatchedWindow = nullptr;
};

}  // namespace hv
