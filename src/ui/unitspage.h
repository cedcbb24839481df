#pragma once
// Đơn vị: the units right below the selected one (code, name, level, dates, decision, members at the
// register's date, merged into) with the changes an office makes to its tree (add, correct, close,
// merge, split: actions unit.add, unit.edit, unit.close, unit.merge, unit.split), and below them the
// grid of women aged 18 and over per unit and year. The changes themselves are UnitChanges'.

#include "core/types.h"
#include "ui/page.h"

#include <QDate>

class QCheckBox;
class QLabel;
class QStandardItemModel;
class QTableView;
class QToolBar;

namespace hv {

class ActionRegistry;
class PopulationGrid;
class UnitTree;

class UnitsPage : public Page {
    Q_OBJECT
public:
    UnitsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    ~UnitsPage() override;

    QString title() const override;
    void retranslate() override;
    void refresh() override;

    // The unit of the selected row; 0 when none.
    Id selectedUnit() const;
    void selectUnit(Id id);
    PopulationGrid* populationGrid() const { return mGrid; }

private:
    void follow();
    void load();
    void updateActions();
    void addUnit();
    void editUnit();
    void closeUnit();
    void mergeUnit();
    void splitUnit();
    void changed(const QString& status, Id select);

    ActionRegistry& mActions;
    QLabel* mHeading = nullptr;
    QCheckBox* mShowClosed = nullptr;
    QToolBar* mToolBar = nullptr;
    QTableView* mView = nullptr;
    QStandardItemModel* mModel = nullptr;
    QLabel* mStatus = nullptr;
    PopulationGrid* mGrid = nullptr;
    // What is on screen, so that a refresh with nothing new does not read again.
    Id mLoadedUnit = -1;
    QDate mLoadedDate;
    int mLoadedVersion = -1;
    int mDataVersion = 0;
};

}  // namespace hv
