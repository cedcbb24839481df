#include "ui/clublist.h"

#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/chapterpicker.h"
#include "ui/clubdialog.h"
#include "ui/errorpresenter.h"
#include "ui/pageactions.h"
#include "ui/yearworkwidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace hv {
namespace {

QTableWidget* listTable(QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

}  // namespace

ClubList::ClubList(AppContext& ctx, ActionRegistry& actions, QWidget* parent) : QWidget(parent), mCtx(ctx)
{
    setObjectName(QStringLiteral("clubList"));
    mHeading = new QLabel(this);
    mHeading->setObjectName(QStringLiteral("clubsHeading"));
    mHeading->setWordWrap(true);
    mToolBar = new QToolBar(this);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mTable = listTable(this, "clubsTable");
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mMembersTitle = new QLabel(this);
    mMembers = listTable(this, "clubMembersTable");
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("clubsStatus"));

    auto* below = new QWidget(this);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(mMembersTitle);
    belowLayout->addWidget(mMembers, 1);
    mSplitter = new QSplitter(Qt::Vertical, this);
    mSplitter->setObjectName(QStringLiteral("clubsSplitter"));
    mSplitter->addWidget(mTable);
    mSplitter->addWidget(below);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mSplitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mHeading);
    layout->addWidget(mToolBar);
    layout->addWidget(mSplitter, 1);
    layout->addWidget(mStatus);

    auto* pageActions = new PageActions(actions, this, mToolBar);
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    pageActions->add(
        "club.add", [] { return tr("&New club or model…"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        icon(QStyle::SP_FileIcon), [this] { addClub(); });
    pageActions->add(
        "club.edit", [] { return tr("&Edit club…"); }, {}, icon(QStyle::SP_FileDialogDetailedView),
        [this] { editClub(currentId()); });
    pageActions->add(
        "club.remove", [] { return tr("&Delete club…"); }, {}, icon(QStyle::SP_TrashIcon),
        [this] { removeClub(); });
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { editClub(currentId()); });
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &ClubList::showMembers);
    retranslate();
}

void ClubList::retranslate()
{
    mTable->setToolTip(tr("Double-click a club or model to open it."));
    mTable->setColumnCount(6);
    mTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Unit"), tr("Founded"), tr("Members"), tr("Notes")});
}

void ClubList::load(Id unitId, int year)
{
    mUnitId = unitId;
    mYear = year;
    const Id keep = currentId();
    mTree = UnitRepository(mCtx.db()).tree();
    const UnitTree& tree = mTree;
    const OrgUnit* unit = tree.byId(unitId);
    mHeading->setText(unit
                          ? tr("<b>Clubs and models of %1</b> and the units below it, %2: each counts as one "
                               "activity of the year, with its members from the register.")
                                .arg(unit->name.toHtmlEscaped())
                                .arg(year)
                          : tr("Choose a unit in the tree."));
    mClubs.clear();
    if (unit)
        for (Activity& a : ActivityRepository(mCtx.db()).ofKinds(year, clubKinds()))
            if (tree.isWithin(a.unitId, unitId)) mClubs.push_back(std::move(a));
    const QSignalBlocker block(mTable);
    mTable->clearContents();
    mTable->setRowCount(int(mClubs.size()));
    qint64 members = 0;
    int selected = -1;
    for (int r = 0; r < int(mClubs.size()); ++r) {
        const Activity& a = mClubs[std::size_t(r)];
        const OrgUnit* u = tree.byId(a.unitId);
        const QStringList cells{a.name,           clubKindName(a.kind),        u ? u->name : QString(),
                                dmy(a.foundedOn), QLocale().toString(a.count), a.notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0) item->setData(Qt::UserRole, a.id);
            if (c == 4) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(r, c, item);
        }
        members += a.count;
        if (a.id == keep) selected = r;
    }
    if (selected >= 0) mTable->selectRow(selected);
    mStatus->setText(tr("%n club(s) or model(s), ", nullptr, int(mClubs.size())) +
                     tr("%n member(s)", nullptr, int(members)));
    showMembers();
}

QString ClubList::status() const { return mStatus->text(); }

Id ClubList::currentId() const
{
    const Activity* a = current();
    return a ? a->id : 0;
}

const Activity* ClubList::current() const
{
    const int row = mTable->currentRow();
    const bool selected =
        row >= 0 && row < int(mClubs.size()) && mTable->selectionModel()->isRowSelected(row);
    return selected ? &mClubs[std::size_t(row)] : nullptr;
}

void ClubList::showMembers()
{
    const Activity* a = current();
    mMembersTitle->setText(a ? tr("<b>Members of %1</b> in the register:").arg(a->name.toHtmlEscaped())
                             : tr("Select a club or model to see its members."));
    std::vector<Id> members = a ? a->members : std::vector<Id>{};
    ErrorPresenter::guard(this,
                          [&] { fillClubMembers(mMembers, mCtx, mTree, members, a ? a->date : QDate()); });
}

Id ClubList::openForm(const Activity& club)
{
    ClubDialog dialog(mCtx, this);
    dialog.setObjectName(QStringLiteral("clubDialog"));
    dialog.setClub(club);
    Id saved = 0;
    dialog.setSaver([this, &saved](Activity& a) {
        std::vector<Activity> one{a};
        ActivityRepository(mCtx.db()).upsert(one);
        a.id = saved = one.front().id;
    });
    if (dialog.exec() != QDialog::Accepted) return 0;
    mCtx.notifyDataChanged();
    emit changed(dialog.club().year);
    for (int r = 0; r < int(mClubs.size()); ++r)
        if (mClubs[std::size_t(r)].id == saved) mTable->selectRow(r);
    return saved;
}

Id ClubList::addClub()
{
    Activity a;
    a.kind = QStringLiteral("club");
    a.unitId = mUnitId;
    a.year = mYear;
    // The register date when it falls in the year, else the nearest day of the year.
    a.date = std::clamp(mCtx.date(), QDate(mYear, 1, 1), QDate(mYear, 12, 31));
    a.count = 0;
    return openForm(a);
}

Id ClubList::editClub(Id id)
{
    for (const Activity& a : mClubs)
        if (a.id == id) return openForm(a);
    return 0;
}

void ClubList::removeClub()
{
    const Activity* a = current();
    if (!a) return;
    const Id id = a->id;
    const int year = a->year;
    if (QMessageBox::question(this, tr("Delete club"),
                              tr("Delete \"%1\" with its list of members?").arg(a->name)) != QMessageBox::Yes)
        return;
    if (ErrorPresenter::guard(this, [&] { ActivityRepository(mCtx.db()).remove(id); })) {
        mCtx.notifyDataChanged();
        emit changed(year);
    }
}

}  // namespace hv
