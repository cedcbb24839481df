#pragma once
// The rows of a member list as the import wizard's preview shows them: the row number, who she is, the
// problems the dry run found, whom she duplicates and what is to be done with her. The tick of the first
// column leaves a row out; the wizard's plan holds the choices (excluded rows, duplicate decisions).

#include "importing/importresult.h"
#include "importing/memberimporter.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

struct ImportPlan;

struct PreviewRow {
    int row = 0;  // as the spreadsheet numbers it
    QString name, birth, citizenId;
    QStringList errors, warnings;
    std::optional<ImportResult::Duplicate> duplicate;
    QString duplicateOf;  // who, for the officer
};

class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IncludeColumn,
        RowColumn,
        NameColumn,
        BirthColumn,
        CitizenIdColumn,
        ProblemColumn,
        DuplicateColumn,
        DecisionColumn,
        ColumnCount
    };
    enum class Filter { All, Errors, Warnings, Duplicates };
    using OnDuplicate = MemberImportOptions::OnDuplicate;

    explicit ImportPreviewModel(ImportPlan& plan, QObject* parent = nullptr);

    void setRows(std::vector<PreviewRow> rows);
    std::vector<PreviewRow>& rows() { return mRows; }
    // Call after the rows' problems or duplicates changed.
    void rowsChanged();
    void setFilter(Filter f);
    Filter filter() const { return mFilter; }

    // The file row shown at a view row, or nullptr.
    const PreviewRow* rowAt(int viewRow) const;
    // The choices the row's duplicate allows (Update needs a stored member, Add another CCCD).
    static std::vector<OnDuplicate> allowedDecisions(const ImportResult::Duplicate& d);
    static QString decisionText(OnDuplicate d);
    // Sets the decision of the rows that allow it; returns how many took it.
    int setDecision(const std::vector<int>& viewRows, OnDuplicate d);
    int setDecisionForAll(OnDuplicate d);

    struct Counts {
        int rows = 0, errors = 0, warnings = 0, duplicates = 0, excluded = 0;
    };
    Counts counts() const;
    // Whether an included row still has an error (the import would be refused).
    bool includedErrors() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void choicesChanged();

private:
    bool visible(const PreviewRow& r) const;
    void rebuild();

    ImportPlan& mPlan;
    std::vector<PreviewRow> mRows;
    std::vector<int> mVisible;  // indices into mRows
    Filter mFilter = Filter::All;
};

}  // namespace hv
