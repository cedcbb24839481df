#pragma once
// The main window: the unit tree on the left (with member counts at the register's date), the pages on
// the right (Tổng quan, Hội viên, Đơn vị, and those of later issues through addPage), one registry of
// actions behind the menus and shortcuts, a search box always at hand (Ctrl+F), and the window's state
// remembered in the settings. Opening another database is the caller's business (openDatabaseRequested):
// the window lives and dies with its AppContext.

#include "ui/actionregistry.h"
#include "ui/backgroundtask.h"

#include <QHash>
#include <QMainWindow>
#include <QSizePolicy>
#include <QTimer>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace hv {

class AppContext;
class ImportWizard;
class LanguageManager;
class Page;
class SecurityActions;
class UnitTreeModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppContext& ctx, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    ActionRegistry& actions() { return mActions; }
    SecurityActions& security() { return *mSecurity; }
    UnitTreeModel& unitModel() { return *mModel; }

    // Adds a page with its action in the View menu and the toolbar (Ctrl+1..Ctrl+9 in order of adding).
    // The window takes ownership. id: a stable name such as "members", used by showPage and --page.
    void addPage(const QString& id, Page* page);
    Page* page(const QString& id) const { return mPages.value(id); }
    QStringList pageIds() const { return mPageOrder; }
    QString currentPageId() const;
    // Shows the page and refreshes it; false for an unknown id.
    bool showPage(const QString& id);

    // True while figures are still being computed off the GUI thread (tree counts, overview).
    bool isBusy() const;
    // Saves geometry and dock/toolbar state to the settings (also done on close).
    void rememberWindow();
    // File → Import member list (Ctrl+I): opens the import wizard (window-modal, deleted when closed).
    ImportWizard* importMembers();
    // File → Import history: the imports recorded, with undo.
    void importHistory();

signals:
    // The officer chose another database (create: a new, empty one). The owner opens it and replaces this
    // window; nothing happens here.
    void openDatabaseRequested(const QString& path, bool create);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void reloadTree();
    void loadCounts();
    void selectCurrentUnit();
    void onDataChanged();
    void runSearch();
    void openDatabase();
    void newDatabase();
    void backup();
    void about();
    void updateUndoTexts();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> mUi;
    AppContext& mCtx;
    LanguageManager& mLanguages;
    ActionRegistry mActions;
    UnitTreeModel* mModel = nullptr;
    QHash<QString, Page*> mPages;
    QHash<Page*, QSizePolicy> mPagePolicies;  // as the page set it; hidden pages are Ignored
    QStringList mPageOrder;
    QHash<QString, QMenu*> mMenus;
    QLineEdit* mSearch = nullptr;
    QDateEdit* mDate = nullptr;
    QLabel* mDateLabel = nullptr;
    QLabel* mDatabaseLabel = nullptr;
    QTimer mSearchTimer;
    SecurityActions* mSecurity = nullptr;  // a child: backup, restore, accounts, audit, lock
    int mCountsRequest = 0;
    BackgroundRunner mRunner;  // last member: destroyed first, waiting for running work
};

}  // namespace hv
