#include "ui/overviewpage.h"

#include "storage/database.h"
#include "storage/unitrepository.h"
#include "reports/reportcharts.h"
#include "ui/appcontext.h"
#include "ui/chartviews.h"
#include "ui/errorpresenter.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

// Tile keys in screen order (two rows of four); the key doubles as the objectName suffix.
const char* const kTileKeys[] = {"members",  "admitted", "left",     "rate",
                                 "chapters", "heads",    "honorary", "transferredIn"};

QString number(qint64 n) { return QLocale().toString(n); }

}  // namespace

OverviewPage::OverviewPage(AppContext& ctx, ActionRegistry&, QWidget* parent) : Page(ctx, parent)
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    mHeading = new QLabel(this);
    mHeading->setObjectName(QStringLiteral("overviewHeading"));
    QFont headingFont = mHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    mHeading->setFont(headingFont);
    mSubheading = new QLabel(this);
    mSubheading->setObjectName(QStringLiteral("overviewSubheading"));
    titles->addWidget(mHeading);
    titles->addWidget(mSubheading);
    top->addLayout(titles, 1);

    mBusy = new QProgressBar(this);
    mBusy->setObjectName(QStringLiteral("busyIndicator"));
    mBusy->setRange(0, 0);  // an indeterminate bar: the report gives no progress
    mBusy->setMaximumWidth(140);
    mBusy->setTextVisible(false);
    mBusy->setVisible(false);
    top->addWidget(mBusy, 0, Qt::AlignVCenter);
    mYearLabel = new QLabel(this);
    mYear = new QSpinBox(this);
    mYear->setObjectName(QStringLiteral("yearSpin"));
    mYear->setRange(1990, QDate::currentDate().year());
    mYear->setValue(std::min(mCtx.date().year(), QDate::currentDate().year()));
    mYear->setGroupSeparatorShown(false);
    mYearLabel->setBuddy(mYear);
    top->addWidget(mYearLabel, 0, Qt::AlignVCenter);
    top->addWidget(mYear, 0, Qt::AlignVCenter);
    layout->addLayout(top);

    buildTiles();

    mChildrenLabel = new QLabel(this);
    QFont sectionFont = mChildrenLabel->font();
    sectionFont.setBold(true);
    mChildrenLabel->setFont(sectionFont);
    layout->addWidget(mChildrenLabel);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("overviewTabs"));
    mTable = new QTableWidget(mTabs);
    mTable->setObjectName(QStringLiteral("childUnitsTable"));
    mTable->setColumnCount(7);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setAlternatingRowColors(true);
    mTable->verticalHeader()->setVisible(false);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 8);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mCharts = new ChartsPanel(mTabs);
    mCharts->setObjectName(QStringLiteral("overviewCharts"));
    mTabs->addTab(mTable, QString());
    mTabs->addTab(mCharts, QString());
    mChildrenLabel->setVisible(false);  // the tab says it
    layout->addWidget(mTabs, 1);

    connect(mYear, &QSpinBox::valueChanged, this, &OverviewPage::refreshIfVisible);
    connect(&mCtx, &AppContext::unitChanged, this, &OverviewPage::refreshIfVisible);
    connect(&mCtx, &AppContext::dateChanged, this, [this](const QDate& d) {
        const QSignalBlocker blocker(mYear);
        mYear->setValue(d.year());
        refreshIfVisible();
    });
    retranslate();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::buildTiles()
{
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    int i = 0;
    for (const char* key : kTileKeys) {
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("tile_") + QLatin1String(key));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        frame->setBackgroundRole(QPalette::Base);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(12, 8, 12, 8);
        box->setSpacing(2);
        Tile t;
        t.caption = new QLabel(frame);
        t.value = new QLabel(QStringLiteral("–"), frame);
        t.value->setObjectName(QStringLiteral("value_") + QLatin1String(key));
        QFont big = t.value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        t.value->setFont(big);
        t.value->setForegroundRole(QPalette::Highlight);
        t.note = new QLabel(frame);
        t.note->setWordWrap(true);
        t.note->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(t.caption);
        box->addWidget(t.value);
        box->addWidget(t.note);
        box->addStretch();
        grid->addWidget(frame, i / 4, i % 4);
        mTiles.insert(QLatin1String(key), t);
        ++i;
    }
    for (int c = 0; c < 4; ++c) grid->setColumnStretch(c, 1);
    static_cast<QVBoxLayout*>(layout())->addLayout(grid);
}

QString OverviewPage::title() const { return tr("Overview"); }

int OverviewPage::year() const { return mYear->value(); }

void OverviewPage::setYear(int year) { mYear->setValue(year); }

void OverviewPage::retranslate()
{
    mYearLabel->setText(tr("&Year:"));
    mChildrenLabel->setText(tr("Units below"));
    mTabs->setTabText(0, tr("Units below"));
    mTabs->setTabText(1, tr("Charts"));
    mCharts->retranslate();
    mTiles[QStringLiteral("members")].caption->setText(tr("Members"));
    mTiles[QStringLiteral("admitted")].caption->setText(tr("Admitted"));
    mTiles[QStringLiteral("left")].caption->setText(tr("Left"));
    mTiles[QStringLiteral("rate")].caption->setText(tr("Attraction rate"));
    mTiles[QStringLiteral("chapters")].caption->setText(tr("Chapters"));
    mTiles[QStringLiteral("heads")].caption->setText(tr("Chapter heads"));
    mTiles[QStringLiteral("honorary")].caption->setText(tr("Honorary members"));
    mTiles[QStringLiteral("transferredIn")].caption->setText(tr("Transferred in"));
    mTable->setHorizontalHeaderLabels({tr("Unit"), tr("Members"), tr("Admitted"), tr("Left"),
                                       tr("Attraction rate"), tr("Chapters"), tr("Chapter heads")});
    if (mReport)
        showReport(*mReport);
    else
        mHeading->setText(tr("Overview"));
}

// The window calls refresh() when it shows the page; while hidden there is nothing to redo.
void OverviewPage::refreshIfVisible()
{
    if (isVisible()) refresh();
}

void OverviewPage::refresh()
{
    std::optional<OrgUnit> unit;
    if (!ErrorPresenter::guard(this, [&] { unit = UnitRepository(mCtx.db()).byId(mCtx.unitId()); }) || !unit)
        return;
    AnnualReportOptions options;
    options.year = mYear->value();
    options.unitCode = unit->code;
    // The register's date is the cut-off when it falls in the year shown; otherwise 31 December.
    if (mCtx.date().year() == options.year) options.cutoff = mCtx.date();
    options.depth = 1;
    const int request = ++mRequest;
    mBusy->setVisible(true);
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), options] {
            Database db(location, scope);  // a connection of this thread's own, signed in as the window's
            return buildAnnualReport(db, options);
        },
        [this, request, options](TaskResult<AnnualReport> result) {
            if (request != mRequest) return;  // a newer request is under way; its result will come
            mBusy->setVisible(false);
            ErrorPresenter::guard(this, [&] {
                result.rethrowIfFailed();
                mReport = std::move(*result.value);
                showReport(*mReport);
            });
            emit loaded();
            loadCharts(options, request);
        });
}

void OverviewPage::loadCharts(const AnnualReportOptions& options, int request)
{
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), options] {
            Database db(location, scope);
            return buildReportCharts(db, options);
        },
        [this, request](TaskResult<ReportCharts> result) {
            if (request != mRequest || result.error) {
                if (request == mRequest) mCharts->clear();  // the figures above said what went wrong
                return;
            }
            mCharts->setCharts(result.value->all());
        });
}

QString OverviewPage::rateText(const std::optional<double>& rate) const
{
    return rate ? QLocale().toString(*rate, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

QString OverviewPage::basisText(const QString& basis) const
{
    if (basis == QLatin1String("present")) return tr("women aged 18+ present in the area");
    if (basis == QLatin1String("eligible")) return tr("women aged 18+ eligible to join");
    if (basis == QLatin1String("mixed")) return tr("women aged 18+ (bases differ between units)");
    return tr("women aged 18+");
}

void OverviewPage::showReport(const AnnualReport& r)
{
    const AnnualRow& t = r.totals;
    const QLocale locale;
    mHeading->setText(r.unitName);
    mSubheading->setText(
        tr("Year %1 — figures at %2").arg(r.year).arg(locale.toString(r.cutoff, QLocale::ShortFormat)));

    auto set = [this](const char* key, const QString& value, const QString& note) {
        Tile& tile = mTiles[QLatin1String(key)];
        tile.value->setText(value);
        tile.note->setText(note);
    };
    const qint64 change = t.membersEnd - t.membersStart;
    set("members", number(t.membersEnd),
        tr("%1 at the start of the year (%2%3)")
            .arg(number(t.membersStart), change >= 0 ? QStringLiteral("+") : QString(), number(change)));
    QString admittedNote = tr("new members in %1").arg(r.year);
    if (t.targetAdmitted && t.admittedVsTarget) {
        const QString target = locale.toString(*t.targetAdmitted, 'f', 0);
        admittedNote =
            *t.admittedVsTarget >= 0
                ? tr("%1 % over the target of %2").arg(locale.toString(*t.admittedVsTarget, 'f', 1), target)
                : tr("%1 % of the target of %2")
                      .arg(locale.toString(100 + *t.admittedVsTarget, 'f', 1), target);
    }
    set("admitted", number(t.admitted), admittedNote);
    set("left", number(t.leftTotal()),
        tr("transferred out %1, withdrew %2, removed %3, died %4")
            .arg(number(t.leftTransferredOut), number(t.leftWithdrew), number(t.leftRemoved),
                 number(t.leftDied)));
    set("rate", rateText(t.attractionRate),
        t.women18Plus ? tr("of %1 %2").arg(number(*t.women18Plus), basisText(t.rateBasis))
                      : tr("no figure of women aged 18+ for %1").arg(r.year));
    set("chapters", number(t.chapters), tr("%1 groups").arg(number(t.groups)));
    set("heads", number(t.chapterHeads), tr("%1 of them party members").arg(number(t.chapterHeadsParty)));
    set("honorary", number(t.honoraryEnd), tr("counted apart, not in the rate"));
    set("transferredIn", number(t.transferredIn), tr("from outside the unit in %1").arg(r.year));
    showTable(r);
}

void OverviewPage::showTable(const AnnualReport& r)
{
    mTable->setRowCount(int(r.rows.size()));
    const auto cell = [](const QString& text, bool numeric) {
        auto* item = new QTableWidgetItem(text);
        if (numeric) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int i = 0; i < int(r.rows.size()); ++i) {
        const AnnualRow& row = r.rows[i];
        mTable->setItem(i, 0, cell(row.name, false));
        mTable->setItem(i, 1, cell(number(row.membersEnd), true));
        mTable->setItem(i, 2, cell(number(row.admitted), true));
        mTable->setItem(i, 3, cell(number(row.leftTotal()), true));
        mTable->setItem(i, 4, cell(rateText(row.attractionRate), true));
        mTable->setItem(i, 5, cell(number(row.chapters), true));
        mTable->setItem(i, 6, cell(number(row.chapterHeads), true));
    }
    mTable->setVisible(!r.rows.empty());
}

}  // namespace hv
