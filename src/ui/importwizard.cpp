#include "ui/importwizard.h"

#include "core/referencedata.h"
#include "importing/rowsource.h"
#include "importing/rowsourcefactory.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/importwizardmapping.h"
#include "ui/importwizardpreview.h"
#include "ui/importwizardsource.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

namespace hv {
namespace {
const QString kGeometry = QStringLiteral("importWizard/geometry");
}  // namespace

std::unique_ptr<RowSource> ImportPlan::open() const { return openRowSource(path, sheet, convertLegacy); }

MemberImportOptions ImportPlan::options() const
{
    MemberImportOptions o;
    o.onDuplicate = MemberImportOptions::OnDuplicate::Fail;
    o.createUnits = createUnits;
    o.excludedRows = excludedRows;
    o.duplicateDecisions = decisions;
    o.columns = columns;
    return o;
}

ImportWizard::ImportWizard(AppContext& ctx, QWidget* parent) : QWizard(parent), mCtx(ctx)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, new ImportSourcePage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(SummaryPage, new ImportSummaryPage(*this));
    resize(980, 640);
    restoreGeometry(ctx.settings().value(kGeometry).toByteArray());
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::retranslate() { setWindowTitle(tr("Import a member list")); }

void ImportWizard::setFile(const QString& path)
{
    static_cast<ImportSourcePage*>(page(SourcePage))->setPath(path);
}

void ImportWizard::done(int r)
{
    mCtx.settings().setValue(kGeometry, saveGeometry());
    QWizard::done(r);
}

QString ImportWizard::mappingKey(const QStringList& headers)
{
    // The texts as written: a file of the same template has the same headers, one of another shape not.
    const QByteArray digest =
        QCryptographicHash::hash(headers.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("importWizard/mappings/") + QString::fromLatin1(digest);
}

void ImportWizard::waitForWorker(
    const QString& label, const QString& dialogName,
    const std::function<void(Database&, const ReferenceData&, const ProgressFn&)>& work)
{
    // The worker asks these; the progress dialog sets and shows them.
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto percent = std::make_shared<std::atomic<int>>(0);
    const ProgressFn progress = [cancelled, percent](double f) {
        percent->store(int(f * 100));
        return !cancelled->load();
    };

    QProgressDialog dialog(label, tr("Cancel"), 0, 100, this);
    dialog.setObjectName(dialogName);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    // Cancel hides the dialog, but the wizard stays blocked until the worker has stopped: a Next or a
    // close in between would start a second run over the same plan.
    const auto showCancelling = [&dialog] {
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setRange(0, 0);  // busy, not done
        if (auto* button = dialog.findChild<QPushButton*>()) button->setEnabled(false);
        dialog.show();
    };
    connect(&dialog, &QProgressDialog::canceled, this, [cancelled, showCancelling] {
        cancelled->store(true);
        showCancelling();
    });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &dialog, [&dialog, percent, cancelled, showCancelling] {
        if (!cancelled->load())
            dialog.setValue(percent->load());
        else if (!dialog.isVisible())
            showCancelling();
    });
    dialog.show();
    poll.start();

    QEventLoop loop;
    std::optional<TaskResult<bool>> outcome;
    mRunner.run(
        [location = mCtx.db().location(), scope = mCtx.db().scope(), work, progress] {
            Database db(location, scope);  // a connection of the worker's own, signed in as the window's
            const ReferenceData ref;
            work(db, ref, progress);
            return true;
        },
        [&outcome, &loop](TaskResult<bool> r) {
            outcome = std::move(r);
            loop.quit();
        });
    loop.exec();
    poll.stop();
    dialog.hide();
    outcome->rethrowIfFailed();
}

QHash<Id, QString> ImportWizard::duplicateNames(Database& db, const ReferenceData& ref,
                                                const ImportResult& result, const ProgressFn& progress)
{
    MemberRepository members(db, ref);
    QHash<Id, QString> names;
    for (const ImportResult::Duplicate& d : result.duplicates) {
        if (!d.memberId || names.contains(d.memberId)) continue;
        if (names.size() % 500 == 0 && !progress(1.0))
            throw Error(Error::Kind::Cancelled, tr("The import was cancelled; nothing was changed."));
        const auto m = members.byId(d.memberId);
        names.insert(d.memberId, m ? m->fullName : QString());
    }
    return names;
}

bool ImportWizard::runImport()
{
    MemberImportOptions options = mPlan.options();
    std::pair<ImportResult, QHash<Id, QString>> outcome;
    try {
        outcome = inWorker(
            tr("Importing %1…").arg(QFileInfo(mPlan.path).fileName()), QStringLiteral("importProgress"),
            [plan = mPlan, options](Database& db, const ReferenceData& ref,
                                    const ProgressFn& progress) mutable {
                options.progress = progress;
                auto source = plan.open();
                ImportResult r = MemberImporter(db, ref).run(*source, options);
                // A refused file goes back to the preview, which names whom its rows duplicate.
                auto names = r.accepted() ? QHash<Id, QString>() : duplicateNames(db, ref, r, progress);
                return std::pair(std::move(r), std::move(names));
            });
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Cancelled) {
            mResult = ImportResult();
            static_cast<ImportPreviewPage*>(page(PreviewPage))->showNote(e.message());
        } else {
            ErrorPresenter::show(this, e);
        }
        return false;
    } catch (const std::exception& e) {
        ErrorPresenter::showUnexpected(this, e);
        return false;
    }
    mResult = std::move(outcome.first);
    mResultNames = std::move(outcome.second);
    if (!mResult.accepted() || mResult.batchId == 0) return false;
    QStringList codes;
    for (const auto& c : mPlan.columns) codes << (c ? columnCode(*c) : QString());
    mCtx.settings().setValue(mappingKey(mPlan.header.headers), codes);
    mCtx.notifyDataChanged();
    return true;
}

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard) : mWizard(wizard)
{
    setObjectName(QStringLiteral("summaryPage"));
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("importSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addStretch(1);
    setFinalPage(true);
}

void ImportSummaryPage::initializePage()
{
    const ImportResult& r = mWizard.result();
    setTitle(tr("The list was imported"));
    setSubTitle(QString());
    int warnings = 0;
    for (const InputProblem& p : r.problems)
        warnings += p.severity == InputProblem::Severity::Warning ? 1 : 0;
    mSummary->setText(tr("<p>Import number <b>%1</b> from %2.</p>"
                         "<ul><li>Members added: <b>%3</b></li><li>Members updated: <b>%4</b></li>"
                         "<li>Rows skipped: <b>%5</b></li><li>Warnings recorded: %6</li></ul>"
                         "<p>To take the whole import back, use File → Import history.</p>")
                          .arg(r.batchId)
                          .arg(QFileInfo(mWizard.plan().path).fileName().toHtmlEscaped())
                          .arg(r.added)
                          .arg(r.updated)
                          .arg(r.skipped)
                          .arg(warnings));
}

}  // namespace hv
