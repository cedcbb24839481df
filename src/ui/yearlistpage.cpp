#include "ui/yearlistpage.h"

#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/pageactions.h"
#include "ui/pagestate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace hv {

YearListPage::YearListPage(AppContext& ctx, ActionRegistry& actions, const QString& name, QWidget* parent)
    : Page(ctx, parent), mActions(actions)
{
    setObjectName(name + QStringLiteral("Page"));
    auto* state = new PageState(ctx, this);
    mHeading = new QLabel(this);
    mHeading->setObjectName(name + QStringLiteral("Heading"));
    mYearLabel = new QLabel(this);
    mYear = new QSpinBox(this);
    mYear->setObjectName(name + QStringLiteral("Year"));
    mYear->setRange(1990, 2100);
    mYear->setValue(ctx.date().year());
    mYearLabel->setBuddy(mYear);
    mToolBar = new QToolBar(this);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mPageActions = new PageActions(actions, this, mToolBar);
    mTable = new QTableWidget(this);
    mTable->setObjectName(name + QStringLiteral("Table"));
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 8);
    mTable->setWordWrap(false);
    mStatus = new QLabel(this);
    mStatus->setObjectName(name + QStringLiteral("Status"));

    auto* top = new QHBoxLayout;
    top->addWidget(mHeading, 1);
    top->addWidget(mYearLabel);
    top->addWidget(mYear);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mToolBar);
    layout->addWidget(mTable, 1);
    layout->addWidget(mStatus);

    connect(mYear, &QSpinBox::valueChanged, this, [this] {
        mYearChosen = mYear->value() != mCtx.date().year();
        follow();
    });
    connect(&ctx, &AppContext::unitChanged, this, &YearListPage::follow);
    connect(&ctx, &AppContext::dateChanged, this, [this](const QDate& d) {
        if (!mYearChosen) {
            const QSignalBlocker block(mYear);
            mYear->setValue(d.year());
        }
        follow();
    });
    connect(&ctx, &AppContext::dataChanged, this, &YearListPage::follow);
    state->keep({mYear, mTable});
}

QAction* YearListPage::addPageAction(const char* id, std::function<QString()> text, const QKeySequence& key,
                                     const QIcon& icon, std::function<void()> slot)
{
    return mPageActions->add(id, std::move(text), key, icon, std::move(slot));
}

void YearListPage::retranslate()
{
    mYearLabel->setText(tr("&Year:"));
    if (isVisible()) refresh();
}

int YearListPage::year() const { return mYear->value(); }

void YearListPage::setYear(int year) { mYear->setValue(year); }

Id YearListPage::unitId() const
{
    if (mCtx.unitId() != 0) return mCtx.unitId();
    const auto office = UnitRepository(mCtx.db()).officeUnit();
    return office ? office->id : 0;
}

Id YearListPage::currentId() const
{
    const int row = mTable->currentRow();
    const QTableWidgetItem* item = row >= 0 ? mTable->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void YearListPage::selectId(Id id)
{
    for (int r = 0; r < mTable->rowCount(); ++r)
        if (mTable->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            mTable->selectRow(r);
            mTable->scrollToItem(mTable->item(r, 0));
            return;
        }
}

void YearListPage::follow()
{
    if (isVisible()) ErrorPresenter::guard(this, [this] { refresh(); });
}

void YearListPage::refresh()
{
    const Id keep = currentId();
    mTable->clear();
    mTable->setRowCount(0);
    const QStringList h = headers();
    mTable->setColumnCount(int(h.size()));
    mTable->setHorizontalHeaderLabels(h);
    load();
    mTable->horizontalHeader()->setStretchLastSection(true);
    if (keep != 0) selectId(keep);
}

void YearListPage::addRow(Id id, const QStringList& texts, const QString& toolTip)
{
    const int r = mTable->rowCount();
    mTable->insertRow(r);
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts[c]);
        if (c == 0) item->setData(Qt::UserRole, id);
        if (!toolTip.isEmpty()) item->setToolTip(toolTip);
        mTable->setItem(r, c, item);
    }
}

}  // namespace hv
