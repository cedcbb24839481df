#include "ui/scorecarddialog.h"

#include "ui_scorecarddialog.h"

#include "core/error.h"
#include "reports/rating.h"
#include "storage/ratingrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/yearworkwidgets.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace hv {
namespace {

enum CriterionColumn { IdCol, NameCol, PointsCol, MethodCol, FloorCol, FullCol, TargetCol, CriterionCols };
enum GradeColumn { CodeCol, GradeNameCol, MinCol, GatesCol, GradeCols };

QString number(double v) { return v == 0 ? QString() : QString::number(v); }

QString text(const QTableWidget* t, int r, int c)
{
    const QTableWidgetItem* i = t->item(r, c);
    return i ? i->text().trimmed() : QString();
}

double numberAt(const QTableWidget* t, int r, int c, const QString& what)
{
    QString s = text(t, r, c);
    if (s.isEmpty()) return 0;
    bool ok = false;
    const double v = s.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok)
        throw Error(
            Error::Kind::Input,
            ScorecardDialog::tr("Row %1, %2: \"%3\" is not a number.").arg(r + 1).arg(what, text(t, r, c)));
    return v;
}

QString gatesText(const std::vector<GradeGate>& gates)
{
    QStringList parts;
    for (const GradeGate& g : gates)
        parts << QStringLiteral("%1 >= %2%3")
                     .arg(g.criterion, QString::number(g.minPoints),
                          g.text.isEmpty() ? QString() : QStringLiteral(": ") + g.text);
    return parts.join(QStringLiteral("; "));
}

}  // namespace

ScorecardDialog::ScorecardDialog(AppContext& ctx, int year, UnitLevel level, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mUi(std::make_unique<Ui::ScorecardDialog>()), mYear(year), mLevel(level)
{
    mUi->setupUi(this);
    mUi->criteriaTable->setColumnCount(CriterionCols);
    mUi->criteriaTable->setHorizontalHeaderLabels({tr("Id"), tr("Criterion"), tr("Points"),
                                                   tr("Scoring method"), tr("Floor (%)"), tr("Full marks at"),
                                                   tr("Target indicator")});
    mUi->criteriaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mUi->criteriaTable->horizontalHeader()->setSectionResizeMode(NameCol, QHeaderView::Stretch);
    mUi->criteriaTable->setToolTip(
        tr("Methods: attraction_rate, admitted, trainings, trainees, awards, activities, households, manual. "
           "Full marks at: the rate or the count that earns every point; a target indicator replaces it "
           "where the unit has that target."));
    mUi->gradesTable->setColumnCount(GradeCols);
    mUi->gradesTable->setHorizontalHeaderLabels(
        {tr("Code"), tr("Grade"), tr("From (points)"), tr("Conditions")});
    mUi->gradesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mUi->gradesTable->horizontalHeader()->setSectionResizeMode(GatesCol, QHeaderView::Stretch);
    mUi->errorLabel->hide();
    connect(mUi->addCriterionButton, &QPushButton::clicked, this, [this] {
        mUi->criteriaTable->insertRow(mUi->criteriaTable->rowCount());
        mUi->criteriaTable->setItem(mUi->criteriaTable->rowCount() - 1, MethodCol,
                                    new QTableWidgetItem(QStringLiteral("manual")));
    });
    connect(mUi->removeCriterionButton, &QPushButton::clicked, this, [this] {
        if (mUi->criteriaTable->currentRow() >= 0)
            mUi->criteriaTable->removeRow(mUi->criteriaTable->currentRow());
        updateSum();
    });
    connect(mUi->addGradeButton, &QPushButton::clicked, this,
            [this] { mUi->gradesTable->insertRow(mUi->gradesTable->rowCount()); });
    connect(mUi->removeGradeButton, &QPushButton::clicked, this, [this] {
        if (mUi->gradesTable->currentRow() >= 0) mUi->gradesTable->removeRow(mUi->gradesTable->currentRow());
    });
    connect(mUi->criteriaTable, &QTableWidget::itemChanged, this, &ScorecardDialog::updateSum);
    connect(mUi->maxPointsSpin, &QDoubleSpinBox::valueChanged, this, &ScorecardDialog::updateSum);
    for (QPushButton* b : mUi->buttonBox->findChildren<QPushButton*>()) b->setAutoDefault(false);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &ScorecardDialog::trySave);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ErrorPresenter::guard(this, [&] { setScorecard(scorecardFor(mCtx.db(), year, level)); });
}

ScorecardDialog::~ScorecardDialog() = default;

void ScorecardDialog::setScorecard(const Scorecard& card)
{
    mCard = card;
    setWindowTitle(tr("Scorecard of the %1 units, %2").arg(displayName(mLevel).toLower()).arg(mYear));
    mUi->headingLabel->setText(tr("Version %1 of the %2 scorecard. Saving stores a new version; ratings "
                                  "stored before keep the version "
                                  "they were computed with until they are computed again.")
                                   .arg(card.version)
                                   .arg(mYear));
    mUi->nameEdit->setText(card.name);
    mUi->maxPointsSpin->setValue(card.maxPoints);
    QTableWidget* c = mUi->criteriaTable;
    const QSignalBlocker block(c);
    c->setRowCount(int(card.criteria.size()));
    for (int r = 0; r < int(card.criteria.size()); ++r) {
        const Criterion& k = card.criteria[std::size_t(r)];
        const QStringList cells{k.id,           k.name,  QString::number(k.points), k.method, number(k.floor),
                                number(k.full), k.target};
        for (int col = 0; col < CriterionCols; ++col) c->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    QTableWidget* g = mUi->gradesTable;
    g->setRowCount(int(card.grades.size()));
    for (int r = 0; r < int(card.grades.size()); ++r) {
        const GradeRule& rule = card.grades[std::size_t(r)];
        const QStringList cells{rule.code, rule.name, QString::number(rule.min), gatesText(rule.gates)};
        for (int col = 0; col < GradeCols; ++col) g->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    updateSum();
}

Scorecard ScorecardDialog::scorecard() const
{
    Scorecard card = mCard;
    card.name = mUi->nameEdit->text().trimmed();
    card.maxPoints = mUi->maxPointsSpin->value();
    card.criteria.clear();
    const QTableWidget* c = mUi->criteriaTable;
    for (int r = 0; r < c->rowCount(); ++r) {
        Criterion k;
        k.id = text(c, r, IdCol);
        k.name = text(c, r, NameCol);
        k.points = numberAt(c, r, PointsCol, tr("points"));
        k.method = text(c, r, MethodCol);
        k.floor = numberAt(c, r, FloorCol, tr("floor"));
        k.full = numberAt(c, r, FullCol, tr("full marks"));
        k.target = text(c, r, TargetCol);
        card.criteria.push_back(k);
    }
    card.grades.clear();
    const QTableWidget* g = mUi->gradesTable;
    static const QRegularExpression gate(
        QStringLiteral("^\\s*([\\w-]+)\\s*(?:>=|≥)\\s*([\\d.,]+)\\s*(?::\\s*(.*))?$"));
    for (int r = 0; r < g->rowCount(); ++r) {
        GradeRule rule;
        rule.code = text(g, r, CodeCol);
        rule.name = text(g, r, GradeNameCol);
        rule.min = numberAt(g, r, MinCol, tr("from (points)"));
        for (const QString& part : text(g, r, GatesCol).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const auto m = gate.match(part);
            if (!m.hasMatch())
                throw Error(Error::Kind::Input, tr("Grade %1: the condition \"%2\" cannot be read; write it "
                                                   "as criterion >= points: text.")
                                                    .arg(rule.code, part.trimmed()));
            rule.gates.push_back(
                {m.captured(1), QString(m.captured(2)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(),
                 m.captured(3).trimmed()});
        }
        card.grades.push_back(rule);
    }
    return card;
}

QString ScorecardDialog::errorText() const
{
    return mUi->errorLabel->isVisible() ? mUi->errorLabel->text() : QString();
}

void ScorecardDialog::updateSum()
{
    double sum = 0;
    for (int r = 0; r < mUi->criteriaTable->rowCount(); ++r) {
        bool ok = false;
        const double v =
            text(mUi->criteriaTable, r, PointsCol).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok) sum += v;
    }
    const bool adds = qFuzzyCompare(sum + 1, mUi->maxPointsSpin->value() + 1);
    mUi->pointsSumLabel->setText(
        tr("Sum of the points: %1 of %2")
            .arg(QLocale().toString(sum, 'g', 6), QLocale().toString(mUi->maxPointsSpin->value(), 'g', 6)));
    mUi->pointsSumLabel->setStyleSheet(adds ? QString() : QStringLiteral("color: #b00020;"));
}

void ScorecardDialog::trySave()
{
    if (saveInForm(this, mUi->errorLabel, [this] {
            const Scorecard card = scorecard();
            card.validate();
            ScorecardRepository(mCtx.db()).addVersion(mYear, mLevel, card, mUi->noteEdit->text().trimmed());
        }))
        accept();
}

}  // namespace hv
