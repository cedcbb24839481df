#pragma once
// Hội viên: the member register of the selected unit and everything below it, at the register's date
// (today unless the officer picks another): search as you type (tone marks and đ/d ignored, or the
// beginning of a CCCD), filters, sort by a column header (name sorts by given name), columns chosen in the
// header's context menu and remembered, the count in the status line. The rows come from RegisterModel, a
// page at a time, so a register of 1,000,000 members opens as fast as one of 100.
//
// Actions (ActionRegistry): member.new (Ctrl+N), member.edit (Return, or a double click), and the
// movements member.move, member.transferOut, member.withdraw, member.remove, member.died,
// member.restore for the selected members; they are in the page's toolbar and the table's context menu.

#include "core/types.h"
#include "ui/page.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace hv {

class ActionRegistry;
class RegisterFilterBar;
class RegisterModel;

class MembersPage : public Page {
    Q_OBJECT
public:
    MembersPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    ~MembersPage() override;

    // Shows the members whose name (or CCCD) matches text, at once.
    void setSearchText(const QString& text);
    // The selected members whose rows are read (a selection of rows not read yet is not acted on).
    QList<Id> selectedMemberIds() const;
    QString title() const override;
    void retranslate() override;
    void refresh() override;

    RegisterModel* model() const { return mModel; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void createActions();
    void apply(bool dataChanged = false);
    void followData(bool dataChanged);
    void updateStatus();
    void updateActions();
    void editCurrent();
    void movement(EventKind kind);
    void columnMenu(const QPoint& pos);
    void saveColumns();
    void loaded();

    ActionRegistry& mActions;
    // The registry may be destroyed before the page (it is a member of the window, the page a child).
    QList<QPointer<QAction>> mPageActions;
    QLineEdit* mSearch = nullptr;
    QDateEdit* mDate = nullptr;
    QLabel* mSearchLabel = nullptr;
    QLabel* mDateLabel = nullptr;
    RegisterFilterBar* mFilters = nullptr;
    QToolBar* mToolBar = nullptr;
    QTableView* mView = nullptr;
    RegisterModel* mModel = nullptr;
    QLabel* mStatus = nullptr;
    QTimer mDebounce;
    bool mDirty = true;  // data or the unit changed while the page was hidden
    std::optional<Id>
        mSoleRoot;  // the only unit without a parent (0: none or several); read once per data change
    bool mErrorShown = false;  // one message per query
    QList<Id> mKeepSelected;   // reselected when the register is read again
    int mKeepScroll = -1;      // scroll position kept across a reload
    int mSortColumn = 0;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
};

}  // namespace hv
