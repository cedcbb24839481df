#include "ui/importwizardpreview.h"

#include "core/error.h"
#include "importing/headermap.h"
#include "importing/rowsource.h"
#include "ui/errorpresenter.h"
#include "ui/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hv {

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("previewPage"));
    setCommitPage(true);
    mModel = new ImportPreviewModel(wizard.plan(), this);
    mNotes = new QLabel(this);
    mNotes->setObjectName(QStringLiteral("previewNotes"));
    mNotes->setWordWrap(true);
    mNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mFilterLabel = new QLabel(this);
    mFilter = new QComboBox(this);
    mFilter->setObjectName(QStringLiteral("previewFilter"));
    mFilterLabel->setBuddy(mFilter);
    mCreateUnits = new QCheckBox(this);
    mCreateUnits->setObjectName(QStringLiteral("createUnits"));
    mView = new QTableView(this);
    mView->setObjectName(QStringLiteral("previewTable"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 8);
    QHeaderView* header = mView->horizontalHeader();
    header->setSectionResizeMode(ImportPreviewModel::IncludeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportPreviewModel::RowColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ImportPreviewModel::NameColumn, 170);
    header->resizeSection(ImportPreviewModel::ProblemColumn, 250);
    header->resizeSection(ImportPreviewModel::DuplicateColumn, 190);
    header->setStretchLastSection(true);
    mDecisionLabel = new QLabel(this);
    mDecision = new QComboBox(this);
    mDecision->setObjectName(QStringLiteral("duplicateDecision"));
    mDecisionLabel->setBuddy(mDecision);
    mAllSkip = new QPushButton(this);
    mAllSkip->setObjectName(QStringLiteral("allDuplicatesSkip"));
    mAllUpdate = new QPushButton(this);
    mAllUpdate->setObjectName(QStringLiteral("allDuplicatesUpdate"));
    mRecheck = new QPushButton(this);
    mRecheck->setObjectName(QStringLiteral("recheckButton"));
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("previewSummary"));
    mSummary->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(mFilterLabel);
    top->addWidget(mFilter);
    top->addStretch(1);
    top->addWidget(mCreateUnits);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(mDecisionLabel);
    bottom->addWidget(mDecision);
    bottom->addWidget(mAllSkip);
    bottom->addWidget(mAllUpdate);
    bottom->addStretch(1);
    bottom->addWidget(mRecheck);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mNotes);
    layout->addLayout(top);
    layout->addWidget(mView, 1);
    layout->addLayout(bottom);
    layout->addWidget(mSummary);

    setTitle(tr("Check the rows before importing"));
    setSubTitle(
        tr("Nothing is written yet. Untick a row to leave it out; choose what to do with each duplicate."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    mFilterLabel->setText(tr("&Show:"));
    mFilter->addItem(tr("All rows"), int(ImportPreviewModel::Filter::All));
    mFilter->addItem(tr("Rows with errors"), int(ImportPreviewModel::Filter::Errors));
    mFilter->addItem(tr("Rows with warnings"), int(ImportPreviewModel::Filter::Warnings));
    mFilter->addItem(tr("Duplicates"), int(ImportPreviewModel::Filter::Duplicates));
    mCreateUnits->setText(tr("Create &chapters and groups missing from the tree"));
    mDecisionLabel->setText(tr("Selected &duplicates:"));
    for (OnDuplicate d : {OnDuplicate::Skip, OnDuplicate::Update, OnDuplicate::Add})
        mDecision->addItem(ImportPreviewModel::decisionText(d), int(d));
    mDecision->setCurrentIndex(-1);
    mAllSkip->setText(tr("All duplicates: s&kip"));
    mAllUpdate->setText(tr("All duplicates: &update"));
    mRecheck->setText(tr("Check &again"));

    connect(mFilter, &QComboBox::currentIndexChanged, this,
            [this] { mModel->setFilter(ImportPreviewModel::Filter(mFilter->currentData().toInt())); });
    connect(mCreateUnits, &QCheckBox::toggled, this, [this](bool on) {
        mWizard.plan().createUnits = on;
        if (recheck()) return;
        // The rows show the check without it: so does the box.
        mWizard.plan().createUnits = !on;
        const QSignalBlocker block(mCreateUnits);
        mCreateUnits->setChecked(!on);
    });
    connect(mDecision, &QComboBox::activated, this, &ImportPreviewPage::applyDecision);
    connect(mAllSkip, &QPushButton::clicked, this, [this] { mModel->setDecisionForAll(OnDuplicate::Skip); });
    connect(mAllUpdate, &QPushButton::clicked, this,
            [this] { mModel->setDecisionForAll(OnDuplicate::Update); });
    connect(mRecheck, &QPushButton::clicked, this, &ImportPreviewPage::recheck);
    connect(mModel, &ImportPreviewModel::choicesChanged, this, [this] {
        updateSummary();
        emit completeChanged();
    });
}

void ImportPreviewPage::initializePage()
{
    // The rows came with checkFile(), before the page was shown.
    mNotes->clear();
    const QSignalBlocker block(mCreateUnits);
    mCreateUnits->setChecked(mWizard.plan().createUnits);
}

bool ImportPreviewPage::checkFile() { return runCheck(true); }

bool ImportPreviewPage::recheck()
{
    if (runCheck(false)) return true;
    showNote(tr("The check was not finished; the rows show the last check."));
    return false;
}

bool ImportPreviewPage::runCheck(bool readFile)
{
    const ImportPlan& plan = mWizard.plan();
    Checked checked;
    try {
        checked =
            mWizard.inWorker(tr("Checking the rows of %1…").arg(QFileInfo(plan.path).fileName()),
                             QStringLiteral("checkProgress"),
                             [plan, rows = readFile ? std::vector<PreviewRow>() : mModel->rows(), readFile](
                                 Database& db, const ReferenceData& ref, const ProgressFn& progress) mutable {
                                 return dryRun(db, ref, std::move(plan), std::move(rows), readFile, progress);
                             });
    } catch (const Error& e) {
        ErrorPresenter::show(this, e);  // silent for a Cancel
        return false;
    } catch (const std::exception& e) {
        ErrorPresenter::showUnexpected(this, e);
        return false;
    }
    mNotes->clear();
    mWizard.plan().decisions = std::move(checked.decisions);
    mFileNotes = std::move(checked.fileNotes);
    mModel->setRows(std::move(checked.rows));
    updateSummary();
    emit completeChanged();
    return true;
}

ImportPreviewPage::Checked ImportPreviewPage::dryRun(Database& db, const ReferenceData& ref, ImportPlan plan,
                                                     std::vector<PreviewRow> rows, bool readFile,
                                                     const ProgressFn& progress)
{
    // One bar for the steps: reading the rows, then (mostly) two checks, the second with the decisions
    // the first one's duplicates got.
    const int steps = (readFile ? 1 : 0) + 2;
    int step = 0;
    const ProgressFn stepProgress = [&](double f) {
        return progress((std::min(step, steps - 1) + f) / steps);
    };
    if (readFile) {
        rows = readRows(plan, stepProgress);
        ++step;
    }
    ImportResult result;
    // The check is run again while new duplicates get a decision, so that the problems shown follow
    // from the choices.
    for (int pass = 0; pass < 3; ++pass, ++step) {
        MemberImportOptions o = plan.options();
        o.dryRun = true;
        o.progress = stepProgress;
        auto source = plan.open();
        result = MemberImporter(db, ref).run(*source, o);
        if (!addDefaultDecisions(result, plan.decisions)) break;
    }
    // The dry run returns without asking again after its last rows: a Cancel pressed then counts too.
    if (!progress(1.0)) throw Error(Error::Kind::Cancelled, tr("The check was cancelled."));
    Checked out;
    out.fileNotes =
        applyResult(rows, plan.excludedRows, result, ImportWizard::duplicateNames(db, ref, result, progress));
    out.rows = std::move(rows);
    out.decisions = std::move(plan.decisions);
    return out;
}

// The rows as the importer will meet them (the same header, the officer's columns, no blank or total rows).
std::vector<PreviewRow> ImportPreviewPage::readRows(const ImportPlan& plan, const ProgressFn& progress)
{
    std::vector<PreviewRow> rows;
    auto source = plan.open();
    auto map = findMemberHeader(*source);
    if (!map) return rows;
    map->columnOf = plan.columns;
    const int name = map->indexOf(MemberColumn::FullName);
    const int birth = map->indexOf(MemberColumn::BirthDate);
    const int cccd = map->indexOf(MemberColumn::CitizenId);
    const auto cell = [&](int i) { return i >= 0 ? source->cell(i).toString() : QString(); };
    while (nextDataRow(*source, *map)) {
        if (isBlankOrSubtotal(*source, *map)) continue;
        if (rows.size() % 1000 == 999 && !progress(source->progress()))
            throw Error(Error::Kind::Cancelled, tr("The check was cancelled."));
        PreviewRow r;
        r.row = source->rowNumber();
        r.name = cell(name);
        r.birth = cell(birth);
        r.citizenId = cell(cccd);
        rows.push_back(std::move(r));
    }
    return rows;
}

bool ImportPreviewPage::addDefaultDecisions(const ImportResult& result, QHash<int, OnDuplicate>& decisions)
{
    bool added = false;
    for (const ImportResult::Duplicate& d : result.duplicates) {
        if (decisions.contains(d.row)) continue;
        decisions.insert(d.row, d.certain ? OnDuplicate::Skip : OnDuplicate::Add);
        added = true;
    }
    return added;
}

QStringList ImportPreviewPage::applyResult(std::vector<PreviewRow>& rows, const QSet<int>& excludedRows,
                                           const ImportResult& result, const QHash<Id, QString>& names)
{
    QHash<int, PreviewRow*> byRow;
    byRow.reserve(qsizetype(rows.size()));
    for (PreviewRow& r : rows) {
        byRow.insert(r.row, &r);
        if (excludedRows.contains(r.row)) continue;  // not checked this time: keep what was found before
        r.errors.clear();
        r.warnings.clear();
        r.duplicate.reset();
        r.duplicateOf.clear();
    }
    QStringList fileNotes;
    for (const InputProblem& p : result.problems) {
        QString text = p.reason;
        if (!p.column.isEmpty())
            text = p.value.isEmpty() ? tr("%1: %2").arg(p.column, p.reason)
                                     : tr("%1 “%2”: %3").arg(p.column, p.value, p.reason);
        PreviewRow* r = byRow.value(p.row);
        if (!r) {
            fileNotes << text;
            continue;
        }
        (p.severity == InputProblem::Severity::Error ? r->errors : r->warnings) << text;
    }
    for (const ImportResult::Duplicate& d : result.duplicates) {
        PreviewRow* r = byRow.value(d.row);
        if (!r) continue;
        r->duplicate = d;
        QString who = tr("row %1 of this file").arg(d.otherRow);
        if (d.memberId) {
            const QString name = names.value(d.memberId);
            who = !name.isEmpty() ? tr("%1 (no. %2 in the register)").arg(name).arg(d.memberId)
                                  : tr("no. %1 in the register").arg(d.memberId);
        }
        const QString basis = d.sameCitizenId ? tr("same CCCD")
                              : d.certain     ? tr("same name and date of birth")
                                              : tr("same name and year of birth only: check");
        r->duplicateOf = tr("%1 — %2").arg(who, basis);
    }
    return fileNotes;
}

void ImportPreviewPage::applyDecision()
{
    std::vector<int> rows;
    for (const QModelIndex& i : mView->selectionModel()->selectedRows()) rows.push_back(i.row());
    const auto d = OnDuplicate(mDecision->currentData().toInt());
    if (!rows.empty() && mModel->setDecision(rows, d) == 0)
        showNote(tr("“%1” does not apply to the selected rows.").arg(ImportPreviewModel::decisionText(d)));
}

void ImportPreviewPage::showNote(const QString& text) { mNotes->setText(text); }

void ImportPreviewPage::updateSummary()
{
    const auto c = mModel->counts();
    QString text = tr("%1 row(s): %2 with errors, %3 with warnings, %4 duplicate(s); %5 left out.")
                       .arg(c.rows)
                       .arg(c.errors)
                       .arg(c.warnings)
                       .arg(c.duplicates)
                       .arg(c.excluded);
    if (mModel->includedErrors())
        text += QLatin1Char(' ') +
                tr("Rows with errors must be left out (or the file corrected) before importing.");
    if (!mFileNotes.isEmpty()) text += QStringLiteral("\n") + mFileNotes.join(QLatin1Char('\n'));
    mSummary->setText(text);
}

bool ImportPreviewPage::isComplete() const
{
    const auto c = mModel->counts();
    return c.rows > c.excluded && !mModel->includedErrors();
}

bool ImportPreviewPage::validatePage()
{
    mNotes->clear();
    if (mWizard.runImport()) return true;
    if (!mWizard.result().accepted()) {
        // A duplicate new since the check (the register changed meanwhile) gets the safe choice too.
        addDefaultDecisions(mWizard.result(), mWizard.plan().decisions);
        mFileNotes =
            applyResult(mModel->rows(), mWizard.plan().excludedRows, mWizard.result(), mWizard.resultNames());
        mModel->rowsChanged();
        updateSummary();
        showNote(
            tr("The list was not imported: %1 problem(s) stop it. Leave those rows out or correct the file.")
                .arg(mWizard.result().errorCount()));
        emit completeChanged();
    }
    return false;
}

}  // namespace hv
