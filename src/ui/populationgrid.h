#pragma once
// Women aged 18 and over per unit and year (DOMAIN.md "The year's work"), typed as officers do in Excel:
// rows are the units below the selected one and, last, the unit itself (its own figure replaces the sum
// of the units below in the report); columns are the years around the register's date; the first row
// is the basis of each year's figures (present in the area / eligible to join). A number typed or pasted
// (tab-separated block copied from Excel) is checked at once; nothing is stored before Save, which
// writes every change in one transaction.

#include "ui/populationmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hv {

class AppContext;

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
