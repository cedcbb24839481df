#pragma once
// What the list pages of the year's work (trainings, awards) share: a heading naming the unit, the year
// (the register date's year until the officer picks another), a toolbar of actions from the registry, the
// table of the year's records, and a status line. Pages follow the tree's unit, the register date and data
// changes like the other pages, and read the database only while they are on screen. The chosen year and
// the table's column widths are remembered (PageState).

#include "core/types.h"
#include "ui/page.h"

#include <functional>

class QAction;
class QLabel;
class QSpinBox;
class QTableWidget;
class QToolBar;

namespace hv {

class ActionRegistry;
class PageActions;

class YearListPage : public Page {
    Q_OBJECT
public:
    YearListPage(AppContext& ctx, ActionRegistry& actions, const QString& name, QWidget* parent = nullptr);

    void refresh() override;
    void retranslate() override;
    int year() const;
    void setYear(int year);
    // The unit chosen in the tree (the office's unit when none).
    Id unitId() const;
    // The record id of the current row (column 0's Qt::UserRole); 0 when none.
    Id currentId() const;
    void selectId(Id id);
    QTableWidget* table() const { return mTable; }

protected:
    // Registers the action (once) and puts it on the page's toolbar; it is enabled while the page shows.
    QAction* addPageAction(const char* id, std::function<QString()> text, const QKeySequence& key,
                           const QIcon& icon, std::function<void()> slot);
    // Reads the records of unitId() and year() into the table.
    virtual void load() = 0;
    // Column titles, translated.
    virtual QStringList headers() const = 0;
    // Adds a row of texts; the first cell carries id.
    void addRow(Id id, const QStringList& texts, const QString& toolTip = {});

    ActionRegistry& mActions;
    QLabel* mHeading = nullptr;
    QLabel* mYearLabel = nullptr;
    QSpinBox* mYear = nullptr;
    QToolBar* mToolBar = nullptr;
    QTableWidget* mTable = nullptr;
    QLabel* mStatus = nullptr;

private:
    void follow();
    PageActions* mPageActions = nullptr;
    bool mYearChosen = false;  // the officer picked a year: a new register date no longer moves it
};

}  // namespace hv
