#pragma once
// A grid of figures typed like Excel (the activities and targets of a year): Enter commits and goes
// down, a block copied from Excel pastes all or nothing, Delete empties a cell; a refusal is shown under
// the grid naming the cell. Nothing is stored before Save, which the subclass writes in one transaction.

#include "core/types.h"
#include "ui/numbergridmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace hv {

class AppContext;
class GridView;

class NumberGrid : public QWidget {
    Q_OBJECT
public:
    NumberGrid(AppContext& ctx, const QString& name, QWidget* parent = nullptr);

    // Reads the rows of the unit and year again; unsaved edits are dropped.
    void load(Id unitId, int year);
    void reload() { load(mUnitId, mYear); }
    bool hasChanges() const { return mModel->hasChanges(); }
    // Writes the edits; false (after showing why under the grid) when refused.
    bool save();
    // With unsaved edits, asks to save or discard them; false when the officer cancelled.
    bool confirmLeave();
    void pasteText(const QString& text);
    QString message() const;
    NumberGridModel* model() const { return mModel; }
    QTableView* view() const;
    virtual void retranslate();

protected:
    // Fills the model for the unit and year (throws hv::Error).
    virtual void read(Id unitId, int year) = 0;
    // Writes the model's edits (throws hv::Error; nothing is written then).
    virtual void write(Id unitId, int year) = 0;
    virtual QString heading() const = 0;
    void showMessage(const QString& message);

    AppContext& mCtx;
    NumberGridModel* mModel;
    Id mUnitId = 0;
    int mYear = 0;

private:
    void copySelection();

    GridView* mView;
    QLabel* mTitle;
    QLabel* mMessage;
    QPushButton* mSave;
    QPushButton* mRevert;
};

}  // namespace hv
