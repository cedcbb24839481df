#include "ui/ratingpage.h"

#include "reports/rating.h"
#include "storage/ratingrepository.h"
#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/pagestate.h"
#include "ui/scorecarddialog.h"
#include "ui/yearworkwidgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

QString points(double v) { return QLocale().toString(v, 'f', 1); }
QString optional(const std::optional<double>& v) { return v ? QLocale().toString(*v, 'g', 12) : QString(); }

// Stores the unit's rating as computed now (its override applies at once), when it had been stored.
void restoreUnit(Database& db, const OrgUnit& unit, int year)
{
    const auto stored = RatingRepository(db).rating(unit.id, year);
    if (!stored || stored->scorecardId == 0) return;
    for (const UnitRating& r : computeRatings(db, year, unit.level))
        if (r.unitId == unit.id) {
            Rating s = *stored;
            s.scorecardId = r.scorecardId;
            s.details = QString::fromUtf8(r.detailsJson());
            s.score = r.score;
            s.grade = r.grade;
            s.computedAt = QDateTime::currentDateTimeUtc();
            RatingRepository(db).storeComputed(s);
        }
}

}  // namespace

RatingPage::RatingPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent)
    : Page(ctx, parent), mActions(actions)
{
    setObjectName(QStringLiteral("ratingPage"));
    auto* state = new PageState(ctx, this);
    const auto named = [](QWidget* w, const char* name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    mHeading = new QLabel(this);
    mLevelLabel = new QLabel(this);
    mLevel = new QComboBox(this);
    named(mLevel, "ratingLevel");
    mLevel->addItem(displayName(UnitLevel::Commune), int(UnitLevel::Commune));
    mLevel->addItem(displayName(UnitLevel::Chapter), int(UnitLevel::Chapter));
    mYearLabel = new QLabel(this);
    mYear = new QSpinBox(this);
    named(mYear, "ratingYear");
    mYear->setRange(1990, 2100);
    mYear->setValue(ctx.date().year());
    mCompute = new QPushButton(this);
    named(mCompute, "computeButton");
    mScorecard = new QPushButton(this);
    named(mScorecard, "scorecardButton");
    mTable = new QTableWidget(this);
    named(mTable, "rankingTable");
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 8);
    mStatus = new QLabel(this);
    named(mStatus, "rankingStatus");

    auto* detail = new QWidget(this);
    mUnitTitle = new QLabel(detail);
    mUnitTitle->setWordWrap(true);
    mCriteria = new QTableWidget(detail);
    named(mCriteria, "criteriaTable");
    mCriteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mCriteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    mCriteria->verticalHeader()->hide();
    mGates = new QLabel(detail);
    mGates->setWordWrap(true);
    mOverrideCriterion = new QComboBox(detail);
    named(mOverrideCriterion, "overrideCriterion");
    mOverridePoints = new QDoubleSpinBox(detail);
    named(mOverridePoints, "overridePoints");
    mOverridePoints->setDecimals(1);
    mOverrideReason = new QLineEdit(detail);
    named(mOverrideReason, "overrideReason");
    mOverrideButton = new QPushButton(detail);
    named(mOverrideButton, "overrideButton");
    mRemoveOverrideButton = new QPushButton(detail);
    named(mRemoveOverrideButton, "removeOverrideButton");
    mOverrideLabel = new QLabel(detail);
    mGradesLabel = new QLabel(detail);
    const auto gradeCombo = [detail, named](const char* name) {
        auto* c = new QComboBox(detail);
        named(c, name);
        return c;
    };
    mSelfGrade = gradeCombo("selfGrade");
    mProposedGrade = gradeCombo("proposedGrade");
    mApprovedGrade = gradeCombo("approvedGrade");
    mDecisionNo = new QLineEdit(detail);
    named(mDecisionNo, "decisionNo");
    mDecisionDate = new QDateEdit(detail);
    named(mDecisionDate, "decisionDate");
    mDecisionDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    mDecisionDate->setCalendarPopup(true);
    mDecisionDate->setDate(QDate::currentDate());
    mSaveGrades = new QPushButton(detail);
    named(mSaveGrades, "saveGradesButton");
    mMessage = new QLabel(detail);
    named(mMessage, "ratingMessage");
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    mMessage->hide();

    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(mOverrideCriterion, 2);
    overrideRow->addWidget(mOverridePoints);
    overrideRow->addWidget(mOverrideReason, 3);
    overrideRow->addWidget(mOverrideButton);
    overrideRow->addWidget(mRemoveOverrideButton);
    auto* grades = new QFormLayout;
    grades->addRow(mGradesLabel);
    auto* gradeRow = new QHBoxLayout;
    gradeRow->addWidget(mSelfGrade);
    gradeRow->addWidget(mProposedGrade);
    gradeRow->addWidget(mApprovedGrade);
    grades->addRow(gradeRow);
    auto* decisionRow = new QHBoxLayout;
    decisionRow->addWidget(mDecisionNo, 2);
    decisionRow->addWidget(mDecisionDate);
    decisionRow->addWidget(mSaveGrades);
    grades->addRow(decisionRow);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(mUnitTitle);
    detailLayout->addWidget(mCriteria, 1);
    detailLayout->addWidget(mGates);
    detailLayout->addWidget(mOverrideLabel);
    detailLayout->addLayout(overrideRow);
    detailLayout->addLayout(grades);
    detailLayout->addWidget(mMessage);

    auto* top = new QHBoxLayout;
    top->addWidget(mHeading, 1);
    top->addWidget(mLevelLabel);
    top->addWidget(mLevel);
    top->addWidget(mYearLabel);
    top->addWidget(mYear);
    top->addWidget(mCompute);
    top->addWidget(mScorecard);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(mTable, 1);
    leftLayout->addWidget(mStatus);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    named(splitter, "ratingSplitter");
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    QAction* compute = actions.add(
        QStringLiteral("rating.compute"), [] { return tr("&Compute and store ratings"); },
        QKeySequence(Qt::Key_F9));
    connect(compute, &QAction::triggered, this, [this] {
        if (isVisible()) computeAndStore();
    });
    QAction* card =
        actions.add(QStringLiteral("rating.scorecard"), [] { return tr("&Scorecard of the year…"); });
    connect(card, &QAction::triggered, this, [this] {
        if (isVisible()) editScorecard();
    });
    connect(mCompute, &QPushButton::clicked, this, &RatingPage::computeAndStore);
    connect(mScorecard, &QPushButton::clicked, this, &RatingPage::editScorecard);
    connect(mLevel, &QComboBox::currentIndexChanged, this, &RatingPage::follow);
    connect(mYear, &QSpinBox::valueChanged, this, [this] {
        mYearChosen = mYear->value() != mCtx.date().year();
        follow();
    });
    connect(&ctx, &AppContext::dateChanged, this, [this](const QDate& d) {
        if (!mYearChosen) mYear->setValue(d.year());
    });
    connect(&ctx, &AppContext::unitChanged, this, [this](Id unit) {
        // Following the tree: the unit picked there is selected in the ranking when it is rated.
        mSelectedUnit = unit;
        for (int r = 0; r < mTable->rowCount(); ++r)
            if (mTable->item(r, 0)->data(Qt::UserRole).toLongLong() == unit) mTable->selectRow(r);
    });
    connect(&ctx, &AppContext::dataChanged, this, &RatingPage::follow);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const int r = mTable->currentRow(); r >= 0)
            mSelectedUnit = mTable->item(r, 0)->data(Qt::UserRole).toLongLong();
        showDetail();
    });
    connect(mOverrideButton, &QPushButton::clicked, this, &RatingPage::applyOverride);
    connect(mOverrideReason, &QLineEdit::returnPressed, this, &RatingPage::applyOverride);
    connect(mRemoveOverrideButton, &QPushButton::clicked, this, &RatingPage::removeOverride);
    connect(mSaveGrades, &QPushButton::clicked, this, &RatingPage::saveGrades);
    connect(mOverrideCriterion, &QComboBox::currentIndexChanged, this, [this] {
        const RankingRow* row = selectedRow();
        const int i = mOverrideCriterion->currentIndex();
        if (!row || i < 0 || i >= int(row->rating.criteria.size())) return;
        const CriterionResult& c = row->rating.criteria[std::size_t(i)];
        mOverridePoints->setMaximum(c.max);
        mOverridePoints->setValue(c.points());
        mOverrideReason->setText(c.reason);
    });
    state->keep({mYear, mLevel, mTable, mCriteria, splitter});
    retranslate();
}

RatingPage::~RatingPage() = default;

QString RatingPage::title() const { return tr("Rating"); }

void RatingPage::retranslate()
{
    mLevelLabel->setText(tr("&Level:"));
    mLevelLabel->setBuddy(mLevel);
    mLevel->setItemText(0, displayName(UnitLevel::Commune));
    mLevel->setItemText(1, displayName(UnitLevel::Chapter));
    mYearLabel->setText(tr("&Year:"));
    mYearLabel->setBuddy(mYear);
    mCompute->setText(tr("&Compute and store (F9)"));
    mCompute->setToolTip(
        tr("Computes every unit's rating from the data as it is now and stores it with the "
           "scorecard used; grades already decided are kept."));
    mScorecard->setText(tr("Score&card…"));
    mOverrideLabel->setText(tr("<b>Set a criterion's points by hand</b> (the reason is printed with it):"));
    mOverrideReason->setPlaceholderText(tr("Reason, e.g. Biên bản kiểm tra ngày 10/12"));
    mOverrideButton->setText(tr("Set &points"));
    mRemoveOverrideButton->setText(tr("Use computed"));
    mGradesLabel->setText(tr("<b>Grades</b>: self-assessed, proposed, approved; decision number and date:"));
    mDecisionNo->setPlaceholderText(tr("Decision no., e.g. 112/QĐ-HPN"));
    mSaveGrades->setText(tr("Save &grades"));
    if (isVisible()) refresh();
}

int RatingPage::year() const { return mYear->value(); }
void RatingPage::setYear(int year) { mYear->setValue(year); }
UnitLevel RatingPage::level() const { return UnitLevel(mLevel->currentData().toInt()); }
void RatingPage::setLevel(UnitLevel level)
{
    mLevel->setCurrentIndex(std::max(0, mLevel->findData(int(level))));
}
QString RatingPage::message() const { return mMessage->isVisible() ? mMessage->text() : QString(); }

void RatingPage::follow()
{
    if (isVisible()) refresh();
}

void RatingPage::refresh() { run(nullptr); }

void RatingPage::run(std::function<void(Database&)> work, const QString& doneMessage)
{
    const int request = ++mRequest;
    const int y = year();
    const UnitLevel l = level();
    mStatus->setText(tr("Computing the ratings…"));
    mCompute->setEnabled(false);
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), work = std::move(work), y, l] {
            Database db(location, scope);  // a connection of this thread's own, signed in as the window's
            if (work) work(db);
            return buildRanking(db, y, l);
        },
        [this, request, doneMessage](TaskResult<Ranking> result) {
            if (request != mRequest) return;  // a later request is on its way
            mCompute->setEnabled(true);
            try {
                result.rethrowIfFailed();
                mRanking = std::move(*result.value);
                showInlineMessage(mMessage, doneMessage);
                mMessage->setStyleSheet(QStringLiteral("color: #1b5e20;"));
            } catch (const Error& e) {
                showInlineMessage(mMessage, e.message());
                mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
            } catch (const std::exception& e) {
                ErrorPresenter::showUnexpected(this, e);
            }
            showRanking();
            emit loaded();
        });
}

void RatingPage::computeAndStore()
{
    const int y = year();
    const UnitLevel l = level();
    run([y, l](Database& db) { rateUnits(db, y, l); },
        tr("The ratings of %1 were computed and stored.").arg(y));
}

void RatingPage::showRanking()
{
    const Scorecard& card = mRanking.card;
    QStringList headers{tr("Rank"), tr("Unit"), tr("Score"), tr("Grade"), tr("Attraction rate (%)")};
    for (const Criterion& c : card.criteria)
        headers << QStringLiteral("%1 (%2)").arg(c.name, points(c.points));
    headers << tr("Approved") << tr("Decision");
    mTable->blockSignals(true);
    mTable->clear();
    mTable->setColumnCount(int(headers.size()));
    mTable->setHorizontalHeaderLabels(headers);
    mTable->setRowCount(int(mRanking.rows.size()));
    int selected = -1;
    for (int r = 0; r < int(mRanking.rows.size()); ++r) {
        const UnitRating& u = mRanking.rows[std::size_t(r)].rating;
        QStringList cells{QString::number(mRanking.rows[std::size_t(r)].rank), u.name, points(u.score),
                          u.grade == unratedGradeCode() ? unratedGradeName() : card.gradeName(u.grade),
                          u.attractionRate ? points(*u.attractionRate) : QString()};
        for (const Criterion& c : card.criteria) {
            QString cell;
            for (const CriterionResult& cr : u.criteria)
                if (cr.id == c.id)
                    cell = points(cr.points()) + (cr.overridden ? QStringLiteral(" *") : QString());
            cells << cell;
        }
        cells << (u.approvedGrade.isEmpty() ? QString() : card.gradeName(u.approvedGrade)) << u.decisionNo;
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0) item->setData(Qt::UserRole, u.unitId);
            if (c != 1 && c != 3) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            mTable->setItem(r, c, item);
        }
        if (u.unitId == mSelectedUnit) selected = r;
    }
    mTable->blockSignals(false);
    if (selected < 0 && !mRanking.rows.empty()) selected = 0;
    if (selected >= 0) mTable->selectRow(selected);
    showDetail();
    const auto office = UnitRepository(mCtx.db()).officeUnit();
    mHeading->setText(
        tr("<b>Rating of the %1 units</b> of %2, %3 — scorecard version %4")
            .arg(displayName(level()).toLower(), office ? office->name.toHtmlEscaped() : QString())
            .arg(year())
            .arg(card.version));
    const qint64 stored = std::count_if(mRanking.rows.begin(), mRanking.rows.end(),
                                        [](const RankingRow& r) { return r.rating.stored; });
    mStatus->setText(tr("%n unit(s); ", nullptr, int(mRanking.rows.size())) +
                     tr("%n stored with Compute and store, the others computed now. * = points set by hand.",
                        nullptr, int(stored)));
}

const RankingRow* RatingPage::selectedRow() const
{
    for (const RankingRow& r : mRanking.rows)
        if (r.rating.unitId == mSelectedUnit) return &r;
    return nullptr;
}

void RatingPage::showDetail()
{
    const RankingRow* row = selectedRow();
    const UnitRating* u = row ? &row->rating : nullptr;
    mCriteria->clear();
    mCriteria->setColumnCount(7);
    mCriteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Max"), tr("Figure"), tr("Target"),
                                          tr("Computed"), tr("Set by hand"), tr("Reason")});
    mCriteria->setRowCount(u ? int(u->criteria.size()) : 0);
    const QSignalBlocker block(mOverrideCriterion);
    mOverrideCriterion->clear();
    for (QWidget* w : std::initializer_list<QWidget*>{
             mOverrideCriterion, mOverridePoints, mOverrideReason, mOverrideButton, mRemoveOverrideButton,
             mSelfGrade, mProposedGrade, mApprovedGrade, mDecisionNo, mDecisionDate, mSaveGrades})
        w->setEnabled(u != nullptr);
    if (!u) {
        mUnitTitle->setText(tr("Choose a unit in the ranking."));
        mGates->clear();
        return;
    }
    mUnitTitle->setText(
        tr("<b>%1</b> (%2): rank %3, %4 points, %5")
            .arg(u->name.toHtmlEscaped(), u->code.toHtmlEscaped())
            .arg(row->rank)
            .arg(points(u->score))
            .arg(u->grade == unratedGradeCode() ? unratedGradeName() : mRanking.card.gradeName(u->grade)));
    for (int r = 0; r < int(u->criteria.size()); ++r) {
        const CriterionResult& c = u->criteria[std::size_t(r)];
        const QStringList cells{c.name,
                                points(c.max),
                                optional(c.value),
                                optional(c.target),
                                points(c.computed),
                                c.overridden ? points(*c.overridden) : QString(),
                                c.reason};
        for (int k = 0; k < cells.size(); ++k) mCriteria->setItem(r, k, new QTableWidgetItem(cells[k]));
        mOverrideCriterion->addItem(c.name, c.id);
    }
    mGates->setText(
        u->failedGates.isEmpty()
            ? QString()
            : tr("Conditions of a higher grade not met: %1").arg(u->failedGates.join(QStringLiteral("; "))));
    mOverrideCriterion->setCurrentIndex(-1);
    mOverrideCriterion->setCurrentIndex(0);
    if (!u->criteria.empty()) {
        mOverridePoints->setMaximum(u->criteria.front().max);
        mOverridePoints->setValue(u->criteria.front().points());
        mOverrideReason->setText(u->criteria.front().reason);
    }
    for (QComboBox* combo : {mSelfGrade, mProposedGrade, mApprovedGrade}) {
        combo->clear();
        combo->addItem(combo == mSelfGrade       ? tr("(self-assessed)")
                       : combo == mProposedGrade ? tr("(proposed)")
                                                 : tr("(approved)"),
                       QString());
        for (const GradeRule& g : mRanking.card.grades) combo->addItem(g.name, g.code);
        combo->addItem(unratedGradeName(), unratedGradeCode());
    }
    const auto pick = [](QComboBox* c, const QString& code) {
        c->setCurrentIndex(std::max(0, c->findData(code)));
    };
    pick(mSelfGrade, u->selfGrade);
    pick(mProposedGrade, u->proposedGrade);
    pick(mApprovedGrade, u->approvedGrade);
    mDecisionNo->setText(u->decisionNo);
}

void RatingPage::applyOverride()
{
    const RankingRow* row = selectedRow();
    if (!row) return;
    const QString code = row->rating.code, criterion = mOverrideCriterion->currentData().toString();
    const double value = mOverridePoints->value();
    const QString reason = mOverrideReason->text().trimmed();
    const int y = year();
    if (reason.isEmpty()) {
        mMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        showInlineMessage(mMessage,
                          tr("Write the reason for setting the points by hand; it is printed with them."));
        return;
    }
    run(
        [code, criterion, value, reason, y](Database& db) {
            overrideCriterion(db, code, y, criterion, value, reason);
            if (const auto unit = UnitRepository(db).byCode(code)) restoreUnit(db, *unit, y);
        },
        tr("%1: the points of \"%2\" were set by hand.")
            .arg(row->rating.name, mOverrideCriterion->currentText()));
}

void RatingPage::removeOverride()
{
    const RankingRow* row = selectedRow();
    if (!row) return;
    const Id unit = row->rating.unitId;
    const QString criterion = mOverrideCriterion->currentData().toString();
    const int y = year();
    run([unit, criterion, y](Database& db) {
        RatingRepository(db).removeOverride(unit, y, criterion);
        if (const auto u = UnitRepository(db).byId(unit)) restoreUnit(db, *u, y);
    });
}

void RatingPage::saveGrades()
{
    const RankingRow* row = selectedRow();
    if (!row) return;
    const QString code = row->rating.code;
    const QString self = mSelfGrade->currentData().toString(),
                  proposed = mProposedGrade->currentData().toString(),
                  approved = mApprovedGrade->currentData().toString(),
                  decision = mDecisionNo->text().trimmed();
    const QDate date = decision.isEmpty() ? QDate() : mDecisionDate->date();
    const int y = year();
    run([=](Database& db) { setUnitGrades(db, code, y, self, proposed, approved, decision, date); },
        tr("The grades of %1 were saved.").arg(row->rating.name));
}

void RatingPage::editScorecard()
{
    ScorecardDialog dialog(mCtx, year(), level(), this);
    dialog.setObjectName(QStringLiteral("scorecardDialog"));
    if (dialog.exec() == QDialog::Accepted) refresh();
}

}  // namespace hv
