#include "ui/memberspage.h"

#include "core/error.h"
#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/registerfilterbar.h"
#include "ui/registermodel.h"

#if __has_include("ui/memberactions.h")
#include "ui/memberactions.h"
#define HV_HAS_MEMBER_ACTIONS 1
#endif

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <functional>

namespace hv {
namespace {

const QString kHeaderKey = QStringLiteral("membersPage/header");
// Shown until the officer chooses: the columns a chapter's register is read by.
constexpr RegisterModel::Column kHiddenByDefault[] = {RegisterModel::ReligionColumn,
                                                      RegisterModel::AddressColumn, RegisterModel::CardColumn,
                                                      RegisterModel::TypeColumn};
// Typing pauses this long before the register is searched.
constexpr int kDebounceMs = 100;

}  // namespace

MembersPage::MembersPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent)
    : Page(ctx, parent), mActions(actions)
{
    setObjectName(QStringLiteral("membersPage"));
    mSearchLabel = new QLabel(this);
    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("memberSearch"));
    mSearch->setClearButtonEnabled(true);
    mSearchLabel->setBuddy(mSearch);
    mDateLabel = new QLabel(this);
    mDate = new QDateEdit(ctx.date(), this);
    mDate->setObjectName(QStringLiteral("registerDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    mDateLabel->setBuddy(mDate);
    mFilters = new RegisterFilterBar(ctx.ref(), this);
    mFilters->setObjectName(QStringLiteral("registerFilters"));
    mToolBar = new QToolBar(this);
    mToolBar->setObjectName(QStringLiteral("memberToolBar"));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    mModel = new RegisterModel(ctx, this);
    mView = new QTableView(this);
    mView->setObjectName(QStringLiteral("memberTable"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setWordWrap(false);
    mView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: the view never measures a row it does not show.
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    QHeaderView* header = mView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(120);
    header->resizeSection(RegisterModel::NameColumn, 200);
    header->setStretchLastSection(true);
    if (!header->restoreState(ctx.settings().value(kHeaderKey).toByteArray()))
        for (RegisterModel::Column c : kHiddenByDefault) mView->setColumnHidden(c, true);
    mView->setSortingEnabled(true);
    header->setSortIndicator(RegisterModel::NameColumn, Qt::AscendingOrder);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("memberCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(mSearchLabel);
    top->addWidget(mSearch, 1);
    top->addSpacing(12);
    top->addWidget(mDateLabel);
    top->addWidget(mDate);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mFilters);
    layout->addWidget(mToolBar);
    layout->addWidget(mView, 1);
    layout->addWidget(mStatus);

    createActions();

    mDebounce.setSingleShot(true);
    mDebounce.setInterval(kDebounceMs);
    connect(&mDebounce, &QTimer::timeout, this, [this] { apply(); });
    connect(mSearch, &QLineEdit::textChanged, this, [this] { mDebounce.start(); });
    connect(mSearch, &QLineEdit::returnPressed, this, [this] {
        mDebounce.stop();
        apply();
    });
    connect(mFilters, &RegisterFilterBar::changed, this, [this] { apply(); });
    connect(mDate, &QDateEdit::dateChanged, &mCtx, &AppContext::setDate);
    connect(&ctx, &AppContext::dateChanged, this, [this](const QDate& d) {
        const QSignalBlocker block(mDate);
        mDate->setDate(d);
        followData(false);
    });
    connect(&ctx, &AppContext::unitChanged, this, [this] { followData(false); });
    connect(&ctx, &AppContext::dataChanged, this, [this] { followData(true); });
    connect(mModel, &RegisterModel::loaded, this, &MembersPage::loaded);
    connect(mModel, &RegisterModel::countChanged, this, [this] {
        updateStatus();
        if (mKeepScroll >= 0 && mView->verticalScrollBar()->maximum() >= mKeepScroll) {
            mView->verticalScrollBar()->setValue(mKeepScroll);
            mKeepScroll = -1;
        }
    });
    connect(mModel, &RegisterModel::failed, this, [this](const QString& message) {
        if (mErrorShown) return;
        mErrorShown = true;
        ErrorPresenter::show(this, Error(Error::Kind::Database, message));
    });
    connect(mModel, &QAbstractItemModel::modelReset, this, &MembersPage::updateActions);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateActions);
    connect(mView, &QTableView::doubleClicked, this, &MembersPage::editCurrent);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MembersPage::columnMenu);
    connect(header, &QHeaderView::sectionMoved, this, &MembersPage::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &MembersPage::saveColumns);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!RegisterModel::isSortable(column)) {
                    // Only the orders SQL can give on an index; put the indicator back.
                    const QSignalBlocker block(header);
                    header->setSortIndicator(mSortColumn, mSortOrder);
                    return;
                }
                mSortColumn = column;
                mSortOrder = order;
            });
    retranslate();
    for (QAction* a : std::as_const(mPageActions))
        if (a) a->setEnabled(false);  // until the page is shown
}

MembersPage::~MembersPage()
{
    // QWidget's destructor hides the table, whose header then resizes its sections: by that time this
    // class is gone and saveColumns must not be called.
    if (mView) {
        disconnect(mView->horizontalHeader(), nullptr, this, nullptr);
        disconnect(mView->selectionModel(), nullptr, this, nullptr);
    }
}

void MembersPage::createActions()
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    const auto add = [&](const char* id, std::function<QString()> text, const QKeySequence& key,
                         const QIcon& ic, std::function<void()> slot) {
        QAction* a = mActions.action(QString::fromLatin1(id));
        if (!a) a = mActions.add(QString::fromLatin1(id), std::move(text), key, ic);
        connect(a, &QAction::triggered, this, std::move(slot));
        mPageActions << a;
        return a;
    };
    mToolBar->addAction(add(
        "member.new", [] { return tr("&New member…"); }, QKeySequence(Qt::CTRL | Qt::Key_N),
        icon(QStyle::SP_FileIcon),
        [this] {
#ifdef HV_HAS_MEMBER_ACTIONS
            createMember(this, mCtx, mCtx.unitId());
#endif
        }));
    QAction* edit = add(
        "member.edit", [] { return tr("&Edit member…"); }, QKeySequence(Qt::Key_Return),
        icon(QStyle::SP_FileDialogDetailedView), [this] { editCurrent(); });
    // Return (and Enter on the keypad) edits only from the table: elsewhere it belongs to the field that
    // has the focus.
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mToolBar->addAction(edit);
    mView->addAction(edit);
    mToolBar->addSeparator();
    const struct {
        const char* id;
        std::function<QString()> text;
        EventKind kind;
        QStyle::StandardPixmap icon;
    } movements[] = {
        {"member.move", [] { return tr("&Move to another chapter…"); }, EventKind::Moved,
         QStyle::SP_ArrowRight},
        {"member.transferOut", [] { return tr("&Transfer out…"); }, EventKind::TransferredOut,
         QStyle::SP_ArrowForward},
        {"member.withdraw", [] { return tr("&Withdrew…"); }, EventKind::Withdrew,
         QStyle::SP_DialogCancelButton},
        {"member.remove", [] { return tr("Remove from the &list…"); }, EventKind::Removed,
         QStyle::SP_TrashIcon},
        {"member.died", [] { return tr("&Died…"); }, EventKind::Died, QStyle::SP_MessageBoxInformation},
        {"member.restore", [] { return tr("&Restore…"); }, EventKind::Restored, QStyle::SP_BrowserReload},
    };
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    mView->addAction(separator);
    for (const auto& m : movements) {
        const EventKind kind = m.kind;
        QAction* a = add(m.id, m.text, {}, icon(m.icon), [this, kind] { movement(kind); });
        mToolBar->addAction(a);
        mView->addAction(a);
    }
}

QString MembersPage::title() const { return tr("Members"); }

void MembersPage::retranslate()
{
    mSearchLabel->setText(tr("&Search:"));
    mSearch->setPlaceholderText(tr("Name without tone marks, or the beginning of a CCCD"));
    mDateLabel->setText(tr("Register on &date:"));
    mView->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    mFilters->retranslate();
    mModel->retranslate();
    updateStatus();
}

void MembersPage::refresh()
{
    // The data may have changed under the same query: read it again, keeping the place in the list.
    mKeepScroll = mView->verticalScrollBar()->value();
    mKeepSelected = selectedMemberIds();
    apply(true);
}

void MembersPage::followData(bool dataChanged)
{
    if (dataChanged) mSoleRoot.reset();
    if (!isVisible())
        mDirty = true;
    else if (dataChanged)
        refresh();
    else
        apply();
}

void MembersPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    updateActions();
    if (mDirty) apply(true);
}

void MembersPage::hideEvent(QHideEvent* event)
{
    Page::hideEvent(event);
    // Ctrl+N and the movements belong to this page only while it is shown.
    for (QAction* a : std::as_const(mPageActions))
        if (a) a->setEnabled(false);
}

void MembersPage::setSearchText(const QString& text)
{
    mDebounce.stop();
    if (mSearch->text() != text) {
        const QSignalBlocker block(mSearch);
        mSearch->setText(text);
    }
    apply();
}

void MembersPage::apply(bool dataChanged)
{
    mDebounce.stop();
    mErrorShown = false;
    if (mDirty) dataChanged = true;
    mDirty = false;
    RegisterQuery q = mModel->query();
    mFilters->applyTo(q);
    q.date = mCtx.date();
    q.search = mSearch->text().trimmed();
    q.unitId = mCtx.unitId();
    // The office's own unit, when it is the only root, holds every member: no subtree to test.
    if (!mSoleRoot) {
        mSoleRoot = 0;
        ErrorPresenter::guard(this, [this] {
            const UnitTree tree = UnitRepository(mCtx.db()).tree();
            const std::vector<const OrgUnit*> roots = tree.roots();
            if (roots.size() == 1) mSoleRoot = roots.front()->id;
        });
    }
    if (q.unitId == *mSoleRoot) q.unitId = 0;
    if (!dataChanged && q == mModel->query() && mModel->isLoading())
        return;  // the same register is being read already
    mModel->setQuery(q, dataChanged);
    updateStatus();
}

void MembersPage::loaded()
{
    if (!mKeepSelected.isEmpty()) {
        QItemSelection selection;
        const int rows = std::min(mModel->rowCount(), int(RegisterModel::kPageSize));
        for (int r = 0; r < rows; ++r)
            if (mKeepSelected.contains(mModel->idAt(r)))
                selection.select(mModel->index(r, 0), mModel->index(r, RegisterModel::ColumnCount - 1));
        mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        mKeepSelected.clear();
    }
    if (mKeepScroll >= 0 && mView->verticalScrollBar()->maximum() >= mKeepScroll) {
        mView->verticalScrollBar()->setValue(mKeepScroll);
        mKeepScroll = -1;
    }
    updateStatus();
    updateActions();
}

void MembersPage::updateStatus()
{
    if (mModel->isLoading() && mModel->rowCount() == 0)
        mStatus->setText(tr("Reading the register…"));
    else if (const auto n = mModel->count())
        // The unit tree counts ordinary members only; say so when the register shows both kinds.
        mStatus->setText(mModel->query().memberType
                             ? tr("%Ln member(s)", nullptr, int(std::min<qint64>(*n, INT_MAX)))
                             : tr("%Ln member(s), ordinary and honorary", nullptr, int(std::min<qint64>(*n, INT_MAX))));
    else
        mStatus->setText(tr("Counting…"));
}

QList<Id> MembersPage::selectedMemberIds() const
{
    // By ranges: Ctrl+A on a register of 1,000,000 is one range, not a million indexes.
    QList<Id> ids;
    for (const QItemSelectionRange& range : mView->selectionModel()->selection())
        for (int r = range.top(); r <= range.bottom(); ++r)
            if (const Id id = mModel->idAt(r)) ids << id;
    return ids;
}

void MembersPage::updateActions()
{
    if (!isVisible()) return;
    qint64 n = 0;
    for (const QItemSelectionRange& range : mView->selectionModel()->selection()) n += range.height();
    for (QAction* a : std::as_const(mPageActions)) {
        if (!a) continue;
        const QString id = a->objectName().mid(int(qstrlen("action_")));
        a->setEnabled(id == QLatin1String("member.new") ||
                      (id == QLatin1String("member.edit") ? n == 1 : n > 0));
    }
}

void MembersPage::editCurrent()
{
    const QList<Id> ids = selectedMemberIds();
    const Id id = ids.size() == 1 ? ids.front() : mModel->idAt(mView->currentIndex().row());
    if (id == 0) return;
#ifdef HV_HAS_MEMBER_ACTIONS
    editMember(this, mCtx, id);
#endif
}

void MembersPage::movement(EventKind kind)
{
    const QList<Id> ids = selectedMemberIds();
    if (ids.isEmpty()) return;
#ifdef HV_HAS_MEMBER_ACTIONS
    recordMovement(this, mCtx, ids, kind);
#else
    Q_UNUSED(kind);
#endif
}

void MembersPage::columnMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < RegisterModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(RegisterModel::columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!mView->isColumnHidden(c));
        a->setEnabled(c != RegisterModel::NameColumn);  // the name always stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            mView->setColumnHidden(c, !on);
            saveColumns();
        });
    }
    menu.exec(mView->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void MembersPage::saveColumns()
{
    mCtx.settings().setValue(kHeaderKey, mView->horizontalHeader()->saveState());
}

}  // namespace hv
