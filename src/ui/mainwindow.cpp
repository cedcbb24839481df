#include "ui/mainwindow.h"

#include "ui_mainwindow.h"

#include "storage/database.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/importhistorydialog.h"
#include "ui/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/activitiespage.h"
#include "ui/awardspage.h"
#include "ui/overviewpage.h"
#include "ui/page.h"
#include "ui/ratingpage.h"
#include "ui/trainingspage.h"
#include "ui/securityactions.h"
#include "ui/unittreemodel.h"

#if __has_include("ui/memberspage.h")
#include "ui/memberspage.h"
#define HV_HAS_MEMBERS_PAGE 1
#endif
#if __has_include("ui/unitspage.h")
#include "ui/unitspage.h"
#define HV_HAS_UNITS_PAGE 1
#endif

#if __has_include("ui/reportspage.h")
#include "ui/reportspage.h"
#define HV_HAS_REPORTS_PAGE 1
#endif

#include <QActionGroup>
#include <QCloseEvent>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace hv {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kFileFilter = QStringLiteral("*.sqlite *.db");
}  // namespace

MainWindow::MainWindow(AppContext& ctx, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent), mUi(std::make_unique<Ui::MainWindow>()), mCtx(ctx), mLanguages(languages)
{
    mUi->setupUi(this);
    mModel = new UnitTreeModel(this);
    mUi->unitTree->setModel(mModel);
    mUi->unitTree->header()->setStretchLastSection(false);
    mUi->unitTree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    mUi->unitTree->header()->setSectionResizeMode(UnitTreeModel::MembersColumn,
                                                  QHeaderView::ResizeToContents);
    mUi->unitDock->setMinimumWidth(300);
    mDatabaseLabel = new QLabel(this);
    mDatabaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(mDatabaseLabel);

    createActions();
    createToolBar();
    addPage(QStringLiteral("overview"), new OverviewPage(mCtx, mActions, this));
#ifdef HV_HAS_MEMBERS_PAGE
    addPage(QStringLiteral("members"), new MembersPage(mCtx, mActions, this));
#endif
#ifdef HV_HAS_UNITS_PAGE
    addPage(QStringLiteral("units"), new UnitsPage(mCtx, mActions, this));
#endif
    // The year's work (DOMAIN.md "The year's work", "Rating and ranking").
    addPage(QStringLiteral("trainings"), new TrainingsPage(mCtx, mActions, this));
    addPage(QStringLiteral("awards"), new AwardsPage(mCtx, mActions, this));
    addPage(QStringLiteral("activities"), new ActivitiesPage(mCtx, mActions, this));
    addPage(QStringLiteral("rating"), new RatingPage(mCtx, mActions, this));
#ifdef HV_HAS_REPORTS_PAGE
    addPage(QStringLiteral("reports"), new ReportsPage(mCtx, mActions, this));
#endif
    createMenus();

    mSearchTimer.setSingleShot(true);
    mSearchTimer.setInterval(300);
    connect(&mSearchTimer, &QTimer::timeout, this, &MainWindow::runSearch);
    connect(mSearch, &QLineEdit::textEdited, this, [this] { mSearchTimer.start(); });
    connect(mSearch, &QLineEdit::returnPressed, this, &MainWindow::runSearch);
    connect(mDate, &QDateEdit::dateChanged, &mCtx, &AppContext::setDate);
    connect(mUi->unitTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (const Id id = mModel->idAt(current)) mCtx.setUnitId(id);
            });
    connect(&mCtx, &AppContext::unitChanged, this, &MainWindow::selectCurrentUnit);
    connect(&mCtx, &AppContext::dateChanged, this, [this](const QDate& d) {
        mDate->setDate(d);
        reloadTree();
    });
    connect(&mCtx, &AppContext::dataChanged, this, &MainWindow::onDataChanged);
    connect(&mLanguages, &LanguageManager::languageChanged, this, &MainWindow::retranslate);
    connect(&mCtx.undoStack(), &QUndoStack::canUndoChanged, mActions.action(QStringLiteral("edit.undo")),
            &QAction::setEnabled);
    connect(&mCtx.undoStack(), &QUndoStack::canRedoChanged, mActions.action(QStringLiteral("edit.redo")),
            &QAction::setEnabled);
    connect(&mCtx.undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);

    resize(1280, 800);
    restoreGeometry(mCtx.settings().value(kGeometry).toByteArray());
    restoreState(mCtx.settings().value(kState).toByteArray());
    reloadTree();
    retranslate();
    showPage(mPageOrder.value(0));
}

MainWindow::~MainWindow()
{
    // Pages hold references to the action registry, a member of this class: they go while it lives
    // (QWidget's destructor would delete them only after the members are gone).
    const QList<Page*> pages = mPages.values();
    mPages.clear();
    qDeleteAll(pages);
}

void MainWindow::createActions()
{
    const auto standard = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    connect(mActions.add(
                QStringLiteral("file.open"), [] { return tr("&Open database…"); }, QKeySequence::Open,
                standard(QStyle::SP_DialogOpenButton)),
            &QAction::triggered, this, &MainWindow::openDatabase);
    connect(mActions.add(QStringLiteral("file.new"), [] { return tr("&New database…"); }),
            &QAction::triggered, this, &MainWindow::newDatabase);
    connect(mActions.add(
                QStringLiteral("file.backup"), [] { return tr("&Backup…"); }, {},
                standard(QStyle::SP_DialogSaveButton)),
            &QAction::triggered, this, &MainWindow::backup);
    connect(mActions.add(
                QStringLiteral("file.importMembers"), [] { return tr("&Import member list…"); },
                QKeySequence(Qt::CTRL | Qt::Key_I), standard(QStyle::SP_ArrowDown)),
            &QAction::triggered, this, &MainWindow::importMembers);
    connect(mActions.add(QStringLiteral("file.importHistory"), [] { return tr("Import &history…"); }),
            &QAction::triggered, this, &MainWindow::importHistory);
    mSecurity = new SecurityActions(mCtx, mActions, this);
    connect(mSecurity, &SecurityActions::openDatabaseRequested, this, &MainWindow::openDatabaseRequested);
    connect(mSecurity, &SecurityActions::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    QAction* quit = mActions.add(
        QStringLiteral("file.quit"), [] { return tr("&Quit"); }, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QUndoStack& stack = mCtx.undoStack();
    QAction* undo = mActions.add(
        QStringLiteral("edit.undo"),
        [&stack] { return stack.undoText().isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(stack.undoText()); },
        QKeySequence::Undo);
    undo->setEnabled(stack.canUndo());
    connect(undo, &QAction::triggered, &stack, &QUndoStack::undo);
    QAction* redo = mActions.add(QStringLiteral("edit.redo"), [&stack] {
        return stack.redoText().isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(stack.redoText());
    });
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setEnabled(stack.canRedo());
    connect(redo, &QAction::triggered, &stack, &QUndoStack::redo);

    connect(mActions.add(
                QStringLiteral("find"), [] { return tr("&Find member…"); }, QKeySequence::Find),
            &QAction::triggered, this, [this] {
                mSearch->setFocus(Qt::ShortcutFocusReason);
                mSearch->selectAll();
            });
    connect(mActions.add(
                QStringLiteral("view.date"), [] { return tr("Register &date…"); },
                QKeySequence(Qt::CTRL | Qt::Key_D)),
            &QAction::triggered, this, [this] { mDate->setFocus(Qt::ShortcutFocusReason); });

    // Language names are written in their own language, never translated.
    auto* group = new QActionGroup(this);
    for (const auto& [code, name] : {std::pair{"vi", "Tiếng Việt"}, std::pair{"en", "English"}}) {
        const QString lang = QLatin1String(code);
        QAction* a =
            mActions.add(QStringLiteral("language.") + lang, [name] { return QString::fromUtf8(name); });
        a->setCheckable(true);
        a->setChecked(mLanguages.language() == lang);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { mLanguages.setLanguage(lang); });
    }
    connect(mActions.add(QStringLiteral("help.about"), [] { return tr("&About HoiVien"); }),
            &QAction::triggered, this, &MainWindow::about);
    for (const QString& id : mActions.ids())
        addAction(mActions.action(id));  // shortcuts work even when the menu bar is hidden
}

void MainWindow::createToolBar()
{
    QToolBar* bar = mUi->mainToolBar;
    mDateLabel = new QLabel(this);
    mDate = new QDateEdit(mCtx.date(), this);
    mDate->setObjectName(QStringLiteral("registerDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    mDate->setMaximumDate(QDate::currentDate());
    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("searchBox"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMinimumWidth(280);
    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(mDateLabel);
    bar->addWidget(mDate);
    bar->addSeparator();
    bar->addWidget(mSearch);
}

void MainWindow::createMenus()
{
    const auto menu = [this](const QString& key, const QStringList& ids) {
        QMenu* m = menuBar()->addMenu(QString());
        m->setObjectName(QStringLiteral("menu_") + key);
        for (const QString& id : ids) {
            if (id.isEmpty())
                m->addSeparator();
            else if (QAction* a = mActions.action(id))
                m->addAction(a);
        }
        mMenus.insert(key, m);
        return m;
    };
    menu(QStringLiteral("file"), {QStringLiteral("file.open"),
                                  QStringLiteral("file.new"),
                                  {},
                                  QStringLiteral("file.importMembers"),
                                  QStringLiteral("file.importHistory"),
                                  {},
                                  QStringLiteral("file.backup"),
                                  QStringLiteral("file.restore"),
                                  {},
                                  QStringLiteral("file.quit")});
    menu(QStringLiteral("edit"),
         {QStringLiteral("edit.undo"), QStringLiteral("edit.redo"), {}, QStringLiteral("find")});
    QStringList view;
    for (const QString& id : mPageOrder) view << QStringLiteral("page.") + id;
    view << QString() << QStringLiteral("view.date");
    menu(QStringLiteral("view"), view);
    menu(QStringLiteral("security"), {QStringLiteral("security.lock"), {}, QStringLiteral("security.users"),
                                      QStringLiteral("security.audit")});
    menu(QStringLiteral("language"), {QStringLiteral("language.vi"), QStringLiteral("language.en")});
    menu(QStringLiteral("help"), {QStringLiteral("help.about")});
}

void MainWindow::addPage(const QString& id, Page* page)
{
    page->setParent(this);
    mUi->pages->addWidget(page);
    mPages.insert(id, page);
    mPagePolicies.insert(page, page->sizePolicy());
    mPageOrder << id;
    const int n = int(mPageOrder.size());
    const QKeySequence key = n <= 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)) : QKeySequence();
    QAction* a = mActions.add(
        QStringLiteral("page.") + id, [page] { return page->title(); }, key);
    a->setCheckable(true);
    addAction(a);
    connect(a, &QAction::triggered, this, [this, id] { showPage(id); });
    // The toolbar lists the pages before its spacer; the View menu gets them when it is (re)built.
    QToolBar* bar = mUi->mainToolBar;
    QAction* before = nullptr;
    for (QAction* existing : bar->actions())
        if (!existing->objectName().startsWith(QLatin1String("action_page."))) {
            before = existing;
            break;
        }
    bar->insertAction(before, a);
    if (QMenu* viewMenu = mMenus.value(QStringLiteral("view")))
        viewMenu->insertAction(viewMenu->actions().value(n - 1), a);
}

QString MainWindow::currentPageId() const
{
    return mPages.key(static_cast<Page*>(mUi->pages->currentWidget()));
}

bool MainWindow::showPage(const QString& id)
{
    Page* p = mPages.value(id);
    if (!p) return false;
    // Only the page on screen sets the window's least size: a wide page must not widen the others.
    for (const QString& other : mPageOrder) {
        Page* page = mPages.value(other);
        page->setSizePolicy(other == id ? mPagePolicies.value(page)
                                        : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
        mActions.action(QStringLiteral("page.") + other)->setChecked(other == id);
    }
    if (mUi->pages->currentWidget() != p) mUi->pages->setCurrentWidget(p);
    ErrorPresenter::guard(this, [p] { p->refresh(); });
    return true;
}

bool MainWindow::isBusy() const
{
    const auto* overview = qobject_cast<OverviewPage*>(mPages.value(QStringLiteral("overview")));
    const auto* rating = qobject_cast<RatingPage*>(mPages.value(QStringLiteral("rating")));
    bool reports = false;
#ifdef HV_HAS_REPORTS_PAGE
    if (const auto* page = qobject_cast<ReportsPage*>(mPages.value(QStringLiteral("reports"))))
        reports = page->isVisible() && page->isBusy();
#endif
    return mRunner.busy() || (overview && overview->isLoading()) || (rating && rating->isBusy()) || reports;
}

void MainWindow::retranslate()
{
    mUi->retranslateUi(this);
    for (Page* p : std::as_const(mPages)) p->retranslate();
    mActions.retranslate();
    mMenus.value(QStringLiteral("file"))->setTitle(tr("&File"));
    mMenus.value(QStringLiteral("edit"))->setTitle(tr("&Edit"));
    mMenus.value(QStringLiteral("view"))->setTitle(tr("&View"));
    mMenus.value(QStringLiteral("security"))->setTitle(tr("&Security"));
    mMenus.value(QStringLiteral("language"))->setTitle(tr("&Language"));
    mMenus.value(QStringLiteral("help"))->setTitle(tr("&Help"));
    for (const QString& lang : LanguageManager::available())
        mActions.action(QStringLiteral("language.") + lang)->setChecked(mLanguages.language() == lang);
    mDateLabel->setText(tr("Register date: "));
    mDate->setToolTip(tr("The register is shown as it stood on this date (Ctrl+D)."));
    mSearch->setPlaceholderText(tr("Search members (Ctrl+F)"));
    mSearch->setToolTip(tr("Name, citizen ID or card number; tone marks are not needed."));
    mModel->retranslate();
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString office;
    ErrorPresenter::guard(this, [&] {
        if (const auto unit = UnitRepository(mCtx.db()).officeUnit()) office = unit->name;
    });
    const QString file = Database::shortName(mCtx.db().location());
    setWindowTitle(office.isEmpty() ? tr("HoiVien") : tr("%1 — HoiVien").arg(office));
    mDatabaseLabel->setText(tr("Database: %1").arg(file));
    mDatabaseLabel->setToolTip(Database::displayLocation(mCtx.db().location()));
}

void MainWindow::reloadTree()
{
    QList<Id> expanded;
    for (const OrgUnit& u : mModel->tree().units())
        if (mUi->unitTree->isExpanded(mModel->indexOf(u.id))) expanded << u.id;
    const bool firstLoad = mModel->tree().units().empty();
    ErrorPresenter::guard(this, [this] { mModel->setTree(UnitRepository(mCtx.db()).tree(), mCtx.date()); });
    if (firstLoad) mUi->unitTree->expandToDepth(0);
    for (Id id : std::as_const(expanded)) mUi->unitTree->expand(mModel->indexOf(id));
    selectCurrentUnit();
    loadCounts();
}

void MainWindow::loadCounts()
{
    const int request = ++mCountsRequest;
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), date = mCtx.date()] {
            Database db(location, scope);  // a connection of this thread's own, signed in as the window's
            return UnitTreeModel::memberCounts(db, date);
        },
        [this, request](TaskResult<QHash<Id, UnitMemberCount>> result) {
            if (request != mCountsRequest) return;
            ErrorPresenter::guard(this, [&] {
                result.rethrowIfFailed();
                mModel->setCounts(std::move(*result.value));
            });
        });
}

void MainWindow::selectCurrentUnit()
{
    const QModelIndex index = mModel->indexOf(mCtx.unitId());
    if (!index.isValid() || mUi->unitTree->currentIndex() == index) return;
    mUi->unitTree->setCurrentIndex(index);
    mUi->unitTree->scrollTo(index);
}

void MainWindow::onDataChanged()
{
    reloadTree();
    updateTitle();
    if (auto* p = static_cast<Page*>(mUi->pages->currentWidget()))
        ErrorPresenter::guard(this, [p] { p->refresh(); });
}

void MainWindow::runSearch()
{
    mSearchTimer.stop();
#ifdef HV_HAS_MEMBERS_PAGE
    if (auto* members = qobject_cast<MembersPage*>(mPages.value(QStringLiteral("members")))) {
        if (currentPageId() != QLatin1String("members")) showPage(QStringLiteral("members"));
        members->setSearchText(mSearch->text());
    }
#endif
}

void MainWindow::updateUndoTexts()
{
    mActions.action(QStringLiteral("edit.undo"))
        ->setText(mCtx.undoStack().undoText().isEmpty() ? tr("&Undo")
                                                        : tr("&Undo: %1").arg(mCtx.undoStack().undoText()));
    mActions.action(QStringLiteral("edit.redo"))
        ->setText(mCtx.undoStack().redoText().isEmpty() ? tr("&Redo")
                                                        : tr("&Redo: %1").arg(mCtx.undoStack().redoText()));
}

void MainWindow::openDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(mCtx.db().location()).path(),
                                     tr("HoiVien databases (%1);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty()) emit openDatabaseRequested(path, false);
}

void MainWindow::newDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(mCtx.db().location()).path(),
                                     tr("HoiVien databases (%1)").arg(kFileFilter));
    if (path.isEmpty()) return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New database"),
            tr("%1 exists already. Choose another name, or open it with Open database.").arg(path));
        return;
    }
    emit openDatabaseRequested(path, true);
}

void MainWindow::backup() { mSecurity->backup(); }

// The wizard is window-modal and deletes itself: the officer may leave it open while she looks at a
// message box of its own.
ImportWizard* MainWindow::importMembers()
{
    auto* wizard = new ImportWizard(mCtx, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

void MainWindow::importHistory()
{
    ImportHistoryDialog dialog(mCtx, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About HoiVien"),
        tr("<h3>HoiVien %1</h3><p>The member register of the Vietnam Women's Union offices: members "
           "and their movements, chapters and units, and the figures of the year-end report.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), Database::displayLocation(mCtx.db().location()).toHtmlEscaped()));
}

void MainWindow::rememberWindow()
{
    mCtx.settings().setValue(kGeometry, saveGeometry());
    mCtx.settings().setValue(kState, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberWindow();
    QMainWindow::closeEvent(event);
}

}  // namespace hv
