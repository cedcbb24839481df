#include "ui/activitiespage.h"

#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/activitiesgrid.h"
#include "ui/appcontext.h"
#include "ui/clublist.h"
#include "ui/errorpresenter.h"
#include "ui/pagestate.h"
#include "ui/targetsgrid.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {

ActivitiesPage::ActivitiesPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent) : Page(ctx, parent)
{
    setObjectName(QStringLiteral("activitiesPage"));
    auto* state = new PageState(ctx, this);
    mHeading = new QLabel(this);
    mHeading->setObjectName(QStringLiteral("activitiesHeading"));
    mYearLabel = new QLabel(this);
    mYear = new QSpinBox(this);
    mYear->setObjectName(QStringLiteral("activitiesYear"));
    mYear->setRange(1990, 2100);
    mYear->setValue(ctx.date().year());
    mYearLabel->setBuddy(mYear);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("activitiesTabs"));
    mActivities = new ActivitiesGrid(ctx, this);
    mClubs = new ClubList(ctx, actions, this);
    mTargets = new TargetsGrid(ctx, this);
    mTabs->addTab(mActivities, QString());
    mTabs->addTab(mClubs, QString());
    mTabs->addTab(mTargets, QString());
    auto* top = new QHBoxLayout;
    top->addWidget(mHeading, 1);
    top->addWidget(mYearLabel);
    top->addWidget(mYear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mTabs, 1);

    // Ctrl+S saves the grid on screen, as in Excel.
    QAction* save = actions.add(
        QStringLiteral("activities.save"), [] { return tr("&Save figures"); }, QKeySequence::Save);
    addAction(save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, [this] {
        if (mTabs->currentWidget() == mActivities)
            mActivities->save();
        else if (mTabs->currentWidget() == mTargets)
            mTargets->save();
    });
    // A club saved or deleted changes the figures of both grids.
    connect(mClubs, &ClubList::changed, this, [this](int year) {
        if (year != this->year())
            setYear(year);
        else
            follow();
    });
    connect(mYear, &QSpinBox::valueChanged, this, [this] {
        mYearChosen = mYear->value() != mCtx.date().year();
        follow();
    });
    connect(&ctx, &AppContext::unitChanged, this, &ActivitiesPage::follow);
    connect(&ctx, &AppContext::dateChanged, this, [this](const QDate& d) {
        if (!mYearChosen) {
            const QSignalBlocker block(mYear);
            mYear->setValue(d.year());
        }
        follow();
    });
    state->keep({mYear, mTabs, mClubs->table(), mClubs->membersTable(), mClubs->splitter()});
    retranslate();
}

QString ActivitiesPage::title() const { return tr("Activities"); }

void ActivitiesPage::retranslate()
{
    mYearLabel->setText(tr("&Year:"));
    mTabs->setTabText(0, tr("Activities"));
    mTabs->setTabText(1, tr("Clubs and models"));
    mTabs->setTabText(2, tr("Targets and results"));
    mActivities->retranslate();
    mClubs->retranslate();
    mTargets->retranslate();
    if (isVisible()) {
        mLoadedUnit = -1;
        refresh();
    }
}

int ActivitiesPage::year() const { return mYear->value(); }

void ActivitiesPage::setYear(int year) { mYear->setValue(year); }

void ActivitiesPage::follow()
{
    if (isVisible()) ErrorPresenter::guard(this, [this] { refresh(); });
}

void ActivitiesPage::refresh()
{
    Id unit = mCtx.unitId();
    if (unit == 0)
        if (const auto office = UnitRepository(mCtx.db()).officeUnit()) unit = office->id;
    const bool moved = unit != mLoadedUnit || year() != mLoadedYear;
    // Typed figures survive a refresh for other data; a new unit or year asks to save them first.
    if (!moved && (mActivities->hasChanges() || mTargets->hasChanges())) {
        mClubs->load(unit, year());
        return;
    }
    if (moved && !(mActivities->confirmLeave() && mTargets->confirmLeave())) {
        const QSignalBlocker block(mYear);
        mYear->setValue(mLoadedYear);
        return;
    }
    mLoadedUnit = unit;
    mLoadedYear = year();
    const auto u = UnitRepository(mCtx.db()).byId(unit);
    mHeading->setText(
        u ? tr("<b>%1</b>: activities and targets of %2").arg(u->name.toHtmlEscaped()).arg(year())
          : tr("Choose a unit in the tree."));
    mActivities->load(unit, year());
    mClubs->load(unit, year());
    mTargets->load(unit, year());
}

}  // namespace hv
