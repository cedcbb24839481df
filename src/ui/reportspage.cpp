#include "ui/reportspage.h"

#include "core/referencedata.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "ui/actionregistry.h"
#include "ui/appcontext.h"
#include "ui/chartviews.h"
#include "ui/errorpresenter.h"

#if __has_include("ui/templatedialog.h")
#include "ui/templatedialog.h"
#define HV_HAS_TEMPLATE_DIALOG 1
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

const QString kKindSetting = QStringLiteral("reports/kind");
const QString kColumnsSetting = QStringLiteral("reports/columns");
const QString kFolderSetting = QStringLiteral("reports/folder");

}  // namespace

ReportsPage::ReportsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent) : Page(ctx, parent), mActions(actions)
{
    setObjectName(QStringLiteral("reportsPage"));
    buildForm();

    const auto add = [&](const char* id, std::function<QString()> text, const QKeySequence& key, std::function<void()> slot) {
        QAction* a = mActions.action(QString::fromLatin1(id));
        if (!a)
            a = mActions.add(QString::fromLatin1(id), std::move(text), key);
        connect(a, &QAction::triggered, this, std::move(slot));
        addAction(a);  // a shortcut of this page only: it works while the page is on screen
        return a;
    };
    QAction* printAction = add("reports.print", [] { return tr("&Print report…"); }, QKeySequence::Print, [this] { print(); });
    QAction* saveAction = add("reports.save", [] { return tr("&Save report as…"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              [this] { saveAs(); });
    QAction* showAction = add("reports.preview", [] { return tr("Show the re&port"); }, QKeySequence(Qt::Key_F5), [this] { showPreview(); });
    connect(mPrint, &QPushButton::clicked, printAction, &QAction::trigger);
    connect(mSave, &QPushButton::clicked, saveAction, &QAction::trigger);
    connect(mShow, &QPushButton::clicked, showAction, &QAction::trigger);
    connect(mCancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(mTemplate, &QPushButton::clicked, this, &ReportsPage::fillTemplate);
    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        updateForm();
        rememberForm();
    });
    connect(mPreview, &QPrintPreviewWidget::paintRequested, this, &ReportsPage::paintPreview);
    connect(&mCtx, &AppContext::unitChanged, this, [this] {
        if (isVisible()) refresh();
    });

    const int kind = mCtx.settings().value(kKindSetting, 0).toInt();
    mKind->setCurrentIndex(std::clamp(kind, 0, mKind->count() - 1));
    const QStringList columns = mCtx.settings().value(kColumnsSetting).toStringList();
    if (!columns.isEmpty())
        for (int i = 0; i < mColumns->count(); ++i)
            mColumns->item(i)->setCheckState(columns.contains(mColumns->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                               : Qt::Unchecked);
    connect(mColumns, &QListWidget::itemChanged, this, &ReportsPage::rememberForm);
    retranslate();
    updateForm();
    setWorking(false);
}

ReportsPage::~ReportsPage()
{
    if (mStop) mStop->store(true);  // the runner then waits for a report that is stopping
}

void ReportsPage::buildForm()
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    auto* side = new QWidget(this);
    side->setMaximumWidth(380);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    mForm = new QFormLayout;
    mForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [&](QLabel*& label, QWidget* field) {
        label = new QLabel(side);
        label->setBuddy(field);
        mForm->addRow(label, field);
    };
    mKind = new QComboBox(side);
    mKind->setObjectName(QStringLiteral("reportKind"));
    for (int i = 0; i < 5; ++i)
        mKind->addItem(QString(), i);
    row(mKindLabel, mKind);
    mUnit = new QLabel(side);
    mUnit->setObjectName(QStringLiteral("reportUnit"));
    mUnit->setWordWrap(true);
    row(mUnitLabel, mUnit);
    mYear = new QSpinBox(side);
    mYear->setObjectName(QStringLiteral("reportYear"));
    mYear->setRange(1990, 2100);
    mYear->setGroupSeparatorShown(false);
    mYear->setValue(mCtx.date().year());
    row(mYearLabel, mYear);
    mDate = new QDateEdit(mCtx.date(), side);
    mDate->setObjectName(QStringLiteral("reportDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    row(mDateLabel, mDate);
    mDepth = new QSpinBox(side);
    mDepth->setObjectName(QStringLiteral("reportDepth"));
    mDepth->setRange(1, 3);
    row(mDepthLabel, mDepth);
    mLevel = new QComboBox(side);
    mLevel->setObjectName(QStringLiteral("reportLevel"));
    mLevel->addItem(QString(), int(UnitLevel::Commune));
    mLevel->addItem(QString(), int(UnitLevel::Chapter));
    row(mLevelLabel, mLevel);
    mMember = new QSpinBox(side);
    mMember->setObjectName(QStringLiteral("reportMember"));
    mMember->setRange(1, 99999999);
    mMember->setGroupSeparatorShown(false);
    row(mMemberLabel, mMember);
    mColumns = new QListWidget(side);
    mColumns->setObjectName(QStringLiteral("reportColumns"));
    for (const MemberListColumn& c : memberListColumns()) {
        auto* item = new QListWidgetItem(c.header, mColumns);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.byDefault ? Qt::Checked : Qt::Unchecked);
    }
    row(mColumnsLabel, mColumns);
    mMask = new QCheckBox(side);
    mMask->setObjectName(QStringLiteral("reportMask"));
    mForm->addRow(QString(), mMask);
    sideLayout->addLayout(mForm);

    auto* buttons = new QGridLayout;
    mShow = new QPushButton(side);
    mShow->setObjectName(QStringLiteral("reportShow"));
    mPrint = new QPushButton(side);
    mPrint->setObjectName(QStringLiteral("reportPrint"));
    mSave = new QPushButton(side);
    mSave->setObjectName(QStringLiteral("reportSave"));
    mTemplate = new QPushButton(side);
    mTemplate->setObjectName(QStringLiteral("reportTemplate"));
    buttons->addWidget(mShow, 0, 0);
    buttons->addWidget(mPrint, 0, 1);
    buttons->addWidget(mSave, 1, 0, 1, 2);
    buttons->addWidget(mTemplate, 2, 0, 1, 2);
    sideLayout->addLayout(buttons);
    auto* work = new QHBoxLayout;
    mProgress = new QProgressBar(side);
    mProgress->setObjectName(QStringLiteral("reportProgress"));
    mProgress->setRange(0, 0);  // the builders give no steps: an indeterminate bar
    mProgress->setTextVisible(false);
    mCancel = new QPushButton(side);
    mCancel->setObjectName(QStringLiteral("reportCancel"));
    work->addWidget(mProgress, 1);
    work->addWidget(mCancel);
    sideLayout->addLayout(work);
    mStatus = new QLabel(side);
    mStatus->setObjectName(QStringLiteral("reportStatus"));
    mStatus->setWordWrap(true);
    sideLayout->addWidget(mStatus);
    sideLayout->addStretch();
    layout->addWidget(side);

    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("reportTabs"));
    mPreview = new QPrintPreviewWidget(mTabs);
    mPreview->setObjectName(QStringLiteral("reportPreview"));
    mPreview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    mCharts = new ChartsPanel(mTabs);
    mCharts->setObjectName(QStringLiteral("reportCharts"));
    mTabs->addTab(mPreview, QString());
    mTabs->addTab(mCharts, QString());
    layout->addWidget(mTabs, 1);
}

QString ReportsPage::title() const { return tr("Reports"); }

void ReportsPage::retranslate()
{
    const QStringList kinds{tr("Annual summary"), tr("Ranking"), tr("Member list"), tr("Movements of the year"),
                            tr("Member record sheet")};
    for (int i = 0; i < kinds.size(); ++i)
        mKind->setItemText(i, kinds[i]);
    mLevel->setItemText(0, tr("Communes"));
    mLevel->setItemText(1, tr("Chapters"));
    mKindLabel->setText(tr("&Report:"));
    mUnitLabel->setText(tr("Unit:"));
    mYearLabel->setText(tr("&Year:"));
    mDateLabel->setText(tr("&Date:"));
    mDepthLabel->setText(tr("&Depth:"));
    mDepth->setToolTip(tr("1: the units directly below; 2: also the units below them."));
    mLevelLabel->setText(tr("&Level:"));
    mMemberLabel->setText(tr("&Member number:"));
    mMember->setToolTip(tr("The member's number, shown in the member's window on the Members page."));
    mColumnsLabel->setText(tr("&Columns:"));
    mMask->setText(tr("Hide the middle of citizen IDs and phone numbers"));
    mShow->setText(tr("Show (F5)"));
    mPrint->setText(tr("Print… (Ctrl+P)"));
    mSave->setText(tr("Save as PDF, Excel, CSV or HTML…"));
    mTemplate->setText(tr("Fill the Excel form of the level above…"));
    mCancel->setText(tr("Cancel"));
    mTabs->setTabText(0, tr("Preview"));
    mTabs->setTabText(1, tr("Charts"));
    mCharts->retranslate();
    updateForm();
}

// Only the fields the chosen report reads are shown.
void ReportsPage::updateForm()
{
    const auto kind = ReportKind(mKind->currentData().toInt());
    const auto show = [&](QLabel* label, QWidget* field, bool on) {
        label->setVisible(on);
        field->setVisible(on);
    };
    show(mUnitLabel, mUnit, kind != ReportKind::Ranking && kind != ReportKind::MemberSheet);
    show(mYearLabel, mYear, kind == ReportKind::Annual || kind == ReportKind::Ranking || kind == ReportKind::Movements);
    show(mDateLabel, mDate, kind == ReportKind::Annual || kind == ReportKind::Members);
    show(mDepthLabel, mDepth, kind == ReportKind::Annual);
    show(mLevelLabel, mLevel, kind == ReportKind::Ranking);
    show(mMemberLabel, mMember, kind == ReportKind::MemberSheet);
    show(mColumnsLabel, mColumns, kind == ReportKind::Members);
    mMask->setVisible(kind == ReportKind::Members);
    mDateLabel->setText(kind == ReportKind::Annual ? tr("&Cut-off date:") : tr("&Date:"));
    mDate->setToolTip(kind == ReportKind::Annual ? tr("Used when it falls in the year; otherwise the figures are those of 31 December.")
                                                 : QString());
    mTemplate->setVisible(kind == ReportKind::Annual);
    mTabs->setTabEnabled(1, kind == ReportKind::Annual);
}

void ReportsPage::rememberForm()
{
    mCtx.settings().setValue(kKindSetting, mKind->currentIndex());
    QStringList columns;
    for (int i = 0; i < mColumns->count(); ++i)
        if (mColumns->item(i)->checkState() == Qt::Checked)
            columns << mColumns->item(i)->data(Qt::UserRole).toString();
    mCtx.settings().setValue(kColumnsSetting, columns);
}

void ReportsPage::setKind(ReportKind kind) { mKind->setCurrentIndex(int(kind)); }

void ReportsPage::setYear(int year) { mYear->setValue(year); }

void ReportsPage::refresh()
{
    ErrorPresenter::guard(this, [&] {
        const auto unit = UnitRepository(mCtx.db()).byId(mCtx.unitId());
        mUnitCode = unit ? unit->code : QString();
        mUnit->setText(unit ? unit->name : tr("(the office's unit)"));
    });
    if (!mDocument && !mRunner.busy())
        showPreview();
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.kind = ReportKind(mKind->currentData().toInt());
    r.unitCode = mUnitCode;
    r.year = mYear->value();
    r.date = mDate->date();
    r.depth = mDepth->value();
    r.level = UnitLevel(mLevel->currentData().toInt());
    for (int i = 0; i < mColumns->count(); ++i)
        if (mColumns->item(i)->checkState() == Qt::Checked)
            r.columns << mColumns->item(i)->data(Qt::UserRole).toString();
    r.mask = mMask->isChecked();
    r.memberId = mMember->value();
    r.printedOn = QDate::currentDate();
    return r;
}

void ReportsPage::setWorking(bool working, const QString& what)
{
    mProgress->setVisible(working);
    mCancel->setVisible(working);
    mShow->setEnabled(!working);
    mSave->setEnabled(!working);
    mPrint->setEnabled(!working);
    mStatus->setText(what);
}

ReportRequest ReportsPage::stoppableRequest()
{
    if (mStop) mStop->store(true);
    mStop = std::make_shared<std::atomic<bool>>(false);
    ReportRequest r = request();
    r.cancelled = [stop = mStop] { return stop->load(std::memory_order_relaxed); };
    return r;
}

void ReportsPage::cancel()
{
    if (mStop) mStop->store(true);  // the worker stops at its next check and writes nothing
    mCancelled = mRequest;          // and whatever it returns meanwhile is dropped
    setWorking(false, tr("Cancelled."));
}

void ReportsPage::showPreview()
{
    const int request = ++mRequest;
    setWorking(true, tr("Preparing the report…"));
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), r = stoppableRequest()] {
            Database db(location, scope);  // a connection of this thread's own, signed in as the window's
            const ReferenceData ref;
            return buildReportDocument(db, ref, r);
        },
        [this, request](TaskResult<ReportDocument> result) {
            if (request != mRequest || request == mCancelled)
                return;
            setWorking(false);
            const bool ok = ErrorPresenter::guard(this, [&] {
                result.rethrowIfFailed();
                mDocument = std::move(*result.value);
            });
            if (!ok) {
                mStatus->setText(tr("The report could not be made."));
                return;
            }
            if (mDocument->charts.empty())
                mCharts->clear();
            else
                mCharts->setCharts(mDocument->charts);
            mPreview->updatePreview();
            mStatus->setText(tr("%1 page(s).").arg(mPreview->pageCount()));
            emit previewed();
        });
}

void ReportsPage::paintPreview(QPrinter* printer)
{
    if (!mDocument)
        return;
    ErrorPresenter::guard(this, [&] {
        setUpPages(*printer, *mDocument);
        paintReport(*printer, *mDocument);
    });
}

void ReportsPage::print()
{
    if (!mDocument) {
        showPreview();
        connect(this, &ReportsPage::previewed, this, &ReportsPage::print, Qt::SingleShotConnection);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPages(printer, *mDocument);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ErrorPresenter::guard(this, [&] { paintReport(printer, *mDocument); });
}

void ReportsPage::saveAs()
{
    const ReportRequest r = request();
    QStringList filters;
    for (const QString& f : reportFormats(r.kind)) {
        if (f == QLatin1String("pdf")) filters << tr("PDF document (*.pdf)");
        if (f == QLatin1String("xlsx")) filters << tr("Excel workbook (*.xlsx)");
        if (f == QLatin1String("csv")) filters << tr("CSV table (*.csv)");
        if (f == QLatin1String("html")) filters << tr("Web page (*.html)");
    }
    const QString folder = mCtx.settings().value(kFolderSetting, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString chosenFilter;
    QString file = QFileDialog::getSaveFileName(this, tr("Save report"), folder + QStringLiteral("/bao-cao.pdf"),
                                                filters.join(QStringLiteral(";;")), &chosenFilter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + reportFormats(r.kind).value(int(filters.indexOf(chosenFilter)), QStringLiteral("pdf"));
    mCtx.settings().setValue(kFolderSetting, QFileInfo(file).absolutePath());
    saveTo(file);
}

void ReportsPage::saveTo(const QString& file)
{
    const QString format = QFileInfo(file).suffix().toLower() == QLatin1String("htm") ? QStringLiteral("html") : QFileInfo(file).suffix().toLower();
    const int request = ++mRequest;
    setWorking(true, tr("Writing %1…").arg(QFileInfo(file).fileName()));
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), r = stoppableRequest(), format, file] {
            Database db(location, scope);
            const ReferenceData ref;
            saveReport(db, ref, r, format, file);  // a cancelled report leaves no file
            return true;
        },
        [this, request, file](TaskResult<bool> result) {
            if (request != mRequest || request == mCancelled) return;
            setWorking(false);
            const bool ok = ErrorPresenter::guard(this, [&] { result.rethrowIfFailed(); });
            if (!ok) {
                mStatus->setText(tr("The report was not saved."));
                emit failed();
                return;
            }
            mStatus->setText(tr("Saved as %1.").arg(QFileInfo(file).fileName()));
            emit saved(file);
        });
}

void ReportsPage::fillTemplate()
{
#ifdef HV_HAS_TEMPLATE_DIALOG
    TemplateDialog dialog(mCtx, request(), this);
    dialog.exec();
#endif
}

}  // namespace hv
