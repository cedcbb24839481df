#include "ui/unitspage.h"

#include "storage/unitchanges.h"
#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/mergedialog.h"
#include "ui/populationgrid.h"
#include "ui/splitdialog.h"
#include "ui/unitdialog.h"
#include "ui/unittreemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <functional>

namespace hv {
namespace {

enum Column {
    CodeColumn,
    NameColumn,
    LevelColumn,
    FromColumn,
    ToColumn,
    DecisionColumn,
    MembersColumn,
    MergedColumn,
    ColumnCount
};
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;  // exists at the register's date

QString dmy(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

// The date a change takes effect by default: the register's date, never after today.
QDate changeDate(const QDate& registerDate) { return std::min(registerDate, QDate::currentDate()); }

// Units that may hold others (not groups), active at d, in tree order.
std::vector<OrgUnit> containers(const UnitTree& tree, const QDate& d, Id except = 0)
{
    std::vector<OrgUnit> out;
    std::vector<const OrgUnit*> queue = tree.roots();
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const OrgUnit* u = queue[i];
        if (except != 0 && tree.isWithin(u->id, except)) continue;
        if (u->level != UnitLevel::Group && u->activeAt(d)) out.push_back(*u);
        for (const OrgUnit* c : tree.children(u->id, d)) queue.push_back(c);
    }
    return out;
}

UnitLevel levelBelow(UnitLevel l) { return l == UnitLevel::Group ? l : UnitLevel(int(l) + 1); }

}  // namespace

UnitsPage::UnitsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent)
    : Page(ctx, parent), mActions(actions)
{
    setObjectName(QStringLiteral("unitsPage"));
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    const struct {
        const char* id;
        std::function<QString()> text;
        QStyle::StandardPixmap icon;
        void (UnitsPage::*slot)();
    } defs[] = {
        {"unit.add", [] { return tr("&Add unit…"); }, QStyle::SP_FileDialogNewFolder, &UnitsPage::addUnit},
        {"unit.edit", [] { return tr("&Edit unit…"); }, QStyle::SP_FileDialogDetailedView,
         &UnitsPage::editUnit},
        {"unit.close", [] { return tr("&Close unit…"); }, QStyle::SP_DialogCloseButton,
         &UnitsPage::closeUnit},
        {"unit.merge", [] { return tr("&Merge into…"); }, QStyle::SP_ArrowRight, &UnitsPage::mergeUnit},
        {"unit.split", [] { return tr("&Split…"); }, QStyle::SP_ArrowBack, &UnitsPage::splitUnit},
    };
    mToolBar = new QToolBar(this);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const auto& d : defs) {
        QAction* a = actions.add(QString::fromLatin1(d.id), d.text, {}, icon(d.icon));
        connect(a, &QAction::triggered, this, d.slot);
        mToolBar->addAction(a);
    }
    mHeading = new QLabel(this);
    mHeading->setObjectName(QStringLiteral("unitsHeading"));
    mShowClosed = new QCheckBox(this);
    mShowClosed->setObjectName(QStringLiteral("showClosedCheck"));
    mModel = new QStandardItemModel(0, ColumnCount, this);
    mView = new QTableView(this);
    mView->setObjectName(QStringLiteral("unitsView"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("unitsStatus"));
    mGrid = new PopulationGrid(ctx, this);
    mGrid->setObjectName(QStringLiteral("populationGrid"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(mHeading, 1);
    headingRow->addWidget(mShowClosed);
    topLayout->addLayout(headingRow);
    topLayout->addWidget(mToolBar);
    topLayout->addWidget(mView, 1);
    topLayout->addWidget(mStatus);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(mGrid);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(mShowClosed, &QCheckBox::toggled, this, &UnitsPage::load);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UnitsPage::updateActions);
    connect(mView, &QTableView::doubleClicked, this, &UnitsPage::editUnit);
    connect(&ctx, &AppContext::unitChanged, this, &UnitsPage::follow);
    connect(&ctx, &AppContext::dateChanged, this, &UnitsPage::follow);
    connect(&ctx, &AppContext::dataChanged, this, [this] {
        ++mDataVersion;
        follow();
    });
    retranslate();
    updateActions();
}

UnitsPage::~UnitsPage() = default;

QString UnitsPage::title() const { return tr("Units"); }

void UnitsPage::retranslate()
{
    mShowClosed->setText(tr("Show closed units"));
    mModel->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Level"), tr("From"), tr("Until"),
                                       tr("Decision"), tr("Members"), tr("Merged into")});
    mGrid->retranslate();
    mLoadedVersion = -1;  // level names and the heading are re-read
    if (isVisible()) refresh();
}

void UnitsPage::follow()
{
    if (isVisible()) ErrorPresenter::guard(this, [this] { refresh(); });
}

void UnitsPage::refresh()
{
    if (mLoadedUnit == mCtx.unitId() && mLoadedDate == mCtx.date() && mLoadedVersion == mDataVersion) return;
    const bool moved = mLoadedUnit != mCtx.unitId() || mLoadedDate != mCtx.date();
    load();
    // Typed figures survive a change of other data; when the unit or the date changes they are saved or
    // dropped.
    if (!mGrid->hasChanges() || (moved && mGrid->confirmLeave(false))) mGrid->reload();
}

void UnitsPage::load()
{
    mLoadedUnit = mCtx.unitId();
    mLoadedDate = mCtx.date();
    mLoadedVersion = mDataVersion;
    const Id keep = selectedUnit();
    mModel->removeRows(0, mModel->rowCount());
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* unit = tree.byId(mCtx.unitId());
    const QDate d = mCtx.date();
    mHeading->setText(unit ? tr("<b>%1</b> (%2): units below it on %3")
                                 .arg(unit->name.toHtmlEscaped(), unit->code.toHtmlEscaped(), dmy(d))
                           : tr("Choose a unit in the tree."));
    if (!unit) {
        updateActions();
        return;
    }
    const QHash<Id, UnitMemberCount> counts = UnitTreeModel::memberCounts(mCtx.db(), d);
    for (const OrgUnit* c : tree.children(unit->id)) {
        const bool active = c->activeAt(d);
        if (!active && !mShowClosed->isChecked()) continue;
        const OrgUnit* merged = tree.byId(c->mergedIntoId);
        QList<QStandardItem*> row;
        for (const QString& text :
             {c->code, c->name, displayName(c->level), dmy(c->validFrom), dmy(c->validTo), c->decisionNo,
              active ? QLocale().toString(counts.value(c->id).ordinary) : QString(),
              merged ? merged->name : QString()}) {
            auto* item = new QStandardItem(text);
            item->setData(c->id, kIdRole);
            item->setData(active, kActiveRole);
            if (!active) item->setForeground(QColor(Qt::gray));
            row << item;
        }
        row[MembersColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mModel->appendRow(row);
    }
    // Setting the modes again fits the columns to the rows shown now (dates of closed units).
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    selectUnit(keep);
    updateActions();
}

Id UnitsPage::selectedUnit() const
{
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(kIdRole).toLongLong();
}

void UnitsPage::selectUnit(Id id)
{
    for (int r = 0; r < mModel->rowCount(); ++r)
        if (mModel->item(r)->data(kIdRole).toLongLong() == id) {
            mView->selectRow(r);
            return;
        }
}

void UnitsPage::updateActions()
{
    const Id id = selectedUnit();
    const QModelIndexList rows = mView->selectionModel()->selectedRows();
    const bool closed = !rows.isEmpty() && !rows.front().data(kActiveRole).toBool();
    mActions.action(QStringLiteral("unit.add"))->setEnabled(mCtx.unitId() != 0);
    mActions.action(QStringLiteral("unit.edit"))->setEnabled(id != 0);
    for (const char* a : {"unit.close", "unit.merge", "unit.split"})
        mActions.action(QString::fromLatin1(a))->setEnabled(id != 0 && !closed);
}

void UnitsPage::changed(const QString& status, Id select)
{
    mStatus->setText(status);
    mCtx.notifyDataChanged();
    refresh();
    selectUnit(select);
}

void UnitsPage::addUnit()
{
    UnitChanges changes(mCtx.db(), mCtx.ref());
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* parent = tree.byId(mCtx.unitId());
    if (!parent) return;
    UnitDialog dlg(this);
    dlg.setObjectName(QStringLiteral("unitDialog"));
    dlg.setParents(containers(tree, mCtx.date()));
    OrgUnit unit;
    unit.parentId = parent->id;
    unit.level = levelBelow(parent->level);
    dlg.setUnit(unit);
    ErrorPresenter::guard(this, [&] { dlg.setProposedCode(changes.proposeCode(parent->id)); });
    while (dlg.exec() == QDialog::Accepted) {
        Id id = 0;
        if (ErrorPresenter::guard(this, [&] { id = changes.addUnit(dlg.unit()); })) {
            changed(tr("%1 was added.").arg(dlg.unit().name), id);
            return;
        }
    }
}

void UnitsPage::editUnit()
{
    const auto unit = UnitRepository(mCtx.db()).byId(selectedUnit());
    if (!unit) return;
    UnitDialog dlg(this);
    dlg.setObjectName(QStringLiteral("unitDialog"));
    dlg.setParents(containers(UnitRepository(mCtx.db()).tree(), mCtx.date(), unit->id));
    dlg.setUnit(*unit);
    while (dlg.exec() == QDialog::Accepted)
        if (ErrorPresenter::guard(this, [&] { UnitChanges(mCtx.db(), mCtx.ref()).updateUnit(dlg.unit()); })) {
            changed(tr("%1 was saved.").arg(dlg.unit().name), unit->id);
            return;
        }
}

void UnitsPage::closeUnit()
{
    const auto unit = UnitRepository(mCtx.db()).byId(selectedUnit());
    if (!unit) return;
    MergeDialog dlg(MergeDialog::Mode::Close, this);
    dlg.setObjectName(QStringLiteral("closeDialog"));
    dlg.setSource(*unit, 0, 0);
    dlg.setDate(changeDate(mCtx.date()));
    while (dlg.exec() == QDialog::Accepted)
        if (ErrorPresenter::guard(this, [&] {
                UnitChanges(mCtx.db(), mCtx.ref()).close(unit->id, dlg.date(), dlg.decisionNo());
            })) {
            changed(tr("%1 was closed on %2.").arg(unit->name, dmy(dlg.date())), unit->id);
            return;
        }
}

void UnitsPage::mergeUnit()
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* unit = tree.byId(selectedUnit());
    if (!unit) return;
    UnitChanges changes(mCtx.db(), mCtx.ref());
    const QDate d = changeDate(mCtx.date());
    // Units of the same parent first: merging neighbours is the usual case.
    std::vector<OrgUnit> targets;
    for (const OrgUnit* s : tree.children(unit->parentId, d))
        if (s->id != unit->id) targets.push_back(*s);
    for (const OrgUnit& u : containers(tree, d, unit->id))
        if (u.parentId != unit->parentId) targets.push_back(u);
    MergeDialog dlg(MergeDialog::Mode::Merge, this);
    dlg.setObjectName(QStringLiteral("mergeDialog"));
    qint64 members = 0;
    ErrorPresenter::guard(this, [&] { members = qint64(changes.membersAt(unit->id, d).size()); });
    dlg.setSource(*unit, members, int(tree.subtree(unit->id).size()) - 1);
    dlg.setTargets(targets);
    dlg.setDate(d);
    while (dlg.exec() == QDialog::Accepted) {
        int moved = 0;
        if (ErrorPresenter::guard(this, [&] {
                moved = changes.merge(unit->id, dlg.target(), dlg.date(), dlg.decisionNo(), dlg.childUnits());
            })) {
            const OrgUnit* into = tree.byId(dlg.target());
            changed(tr("%1 was merged into %2 on %3; %n member(s) moved.", nullptr, moved)
                        .arg(unit->name, into ? into->name : QString(), dmy(dlg.date())),
                    unit->id);
            return;
        }
    }
}

void UnitsPage::splitUnit()
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* unit = tree.byId(selectedUnit());
    if (!unit) return;
    UnitChanges changes(mCtx.db(), mCtx.ref());
    const QDate d = changeDate(mCtx.date());
    std::vector<SplitItem> items;
    if (!ErrorPresenter::guard(this, [&] {
            const QHash<Id, UnitMemberCount> counts = UnitTreeModel::memberCounts(mCtx.db(), d);
            for (const OrgUnit* c : tree.children(unit->id, d))
                items.push_back(
                    {c->id, 0, c->name, tr("%n member(s)", nullptr, int(counts.value(c->id).ordinary))});
            for (const UnitMember& m : changes.membersAt(unit->id, d))
                if (m.unitId == unit->id)
                    items.push_back({0, m.memberId, m.fullName,
                                     m.birth.year > 0 ? QString::number(m.birth.year) : QString()});
        }))
        return;
    SplitDialog dlg(this);
    dlg.setObjectName(QStringLiteral("splitDialog"));
    dlg.setSource(*unit, items);
    dlg.setDate(d);
    while (dlg.exec() == QDialog::Accepted) {
        std::vector<Id> made;
        if (ErrorPresenter::guard(
                this, [&] { made = changes.split(unit->id, dlg.date(), dlg.decisionNo(), dlg.parts()); })) {
            changed(tr("%1 was split into %n unit(s) on %2.", nullptr, int(made.size()))
                        .arg(unit->name, dmy(dlg.date())),
                    made.empty() ? 0 : made.front());
            return;
        }
    }
}

}  // namespace hv
