#pragma once
// Nhập danh sách hội viên: the wizard an officer imports a member list with (docs/user-guide.md).
//   1. the file (.xlsx or .csv) and its sheet; text in TCVN3/VNI shown before → after, converted or not;
//   2. the header row found under the title rows and the column mapping, changeable per column and
//      remembered for files with the same headers;
//   3. the preview: every row with its problems, duplicates (by CCCD, by name and birth date, against the
//      register and inside the file) each to skip, update or add, rows left out by unticking them; the
//      dry run that finds them runs when Next is pressed on the mapping page, and again after the
//      officer's choices;
//   4. the import, then the summary.
// The dry runs and the import run off the GUI thread with a progress dialog and Cancel (inWorker): a
// cancelled dry run leaves the page as it was, a cancelled import leaves nothing (one transaction).
// The library does the work (importing/memberimporter.h); the wizard only collects the choices.

#include "importing/headermap.h"
#include "importing/importresult.h"
#include "importing/memberimporter.h"
#include "ui/backgroundtask.h"

#include <QHash>
#include <QWizard>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

class QLabel;

namespace hv {

class AppContext;
class Database;
class ReferenceData;
class RowSource;

// What the officer chose so far; each page fills its part.
struct ImportPlan {
    QString path;
    QString sheet;  // empty: the first
    bool convertLegacy = true;
    QString convertedFrom;  // "TCVN3 (ABC)", "VNI" or empty
    std::vector<std::pair<QString, QString>> conversions;
    bool date1904 = false;  // a workbook in Excel's 1904 date system (RowSource::date1904)
    HeaderMap header;                                  // as the library found it
    std::vector<std::optional<MemberColumn>> columns;  // the officer's mapping, per file column
    bool createUnits = false;
    QSet<int> excludedRows;
    QHash<int, MemberImportOptions::OnDuplicate> decisions;

    // Throws what openRowSource throws.
    std::unique_ptr<RowSource> open() const;
    MemberImportOptions options() const;
};

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, PreviewPage, SummaryPage };

    ImportWizard(AppContext& ctx, QWidget* parent = nullptr);
    ~ImportWizard() override;

    AppContext& context() { return mCtx; }
    ImportPlan& plan() { return mPlan; }
    // Starts with this file already chosen (a file dropped on the window; tests; screenshots).
    void setFile(const QString& path);

    // Runs work(db, ref, progress) on a thread of its own while a window-modal progress dialog (objectName
    // dialogName) shows label and the fraction work passes to progress, and offers Cancel; progress then
    // returns false. db is a connection of the worker's own to the register, given the window's access
    // scope (docs/architecture.md "Concurrency"). Returns what work returned once it has returned (the
    // window is painted meanwhile, its input blocked by the dialog); rethrows what work threw.
    template <typename Work>
    auto inWorker(const QString& label, const QString& dialogName, Work work)
    {
        std::optional<std::invoke_result_t<Work&, Database&, const ReferenceData&, const ProgressFn&>> out;
        waitForWorker(label, dialogName,
                      [&out, &work](Database& db, const ReferenceData& ref, const ProgressFn& progress) {
                          out.emplace(work(db, ref, progress));
                      });
        return std::move(*out);
    }
    // The names of the stored members the result's rows duplicate, for the preview (on a worker: one
    // look-up per member). Throws Error(Kind::Cancelled) when progress returns false.
    static QHash<Id, QString> duplicateNames(Database& db, const ReferenceData& ref,
                                             const ImportResult& result, const ProgressFn& progress);

    // The import with progress and Cancel; true when it was written. A refused file leaves its problems
    // in result() (and the names of whom its rows duplicate in resultNames()); a cancel or a failure is
    // told to the officer.
    bool runImport();
    const ImportResult& result() const { return mResult; }
    const QHash<Id, QString>& resultNames() const { return mResultNames; }

    // Settings key of the remembered mapping of files with these header texts.
    static QString mappingKey(const QStringList& headers);

protected:
    void done(int r) override;

private:
    void retranslate();
    void waitForWorker(const QString& label, const QString& dialogName,
                       const std::function<void(Database&, const ReferenceData&, const ProgressFn&)>& work);

    AppContext& mCtx;
    ImportPlan mPlan;
    ImportResult mResult;
    QHash<Id, QString> mResultNames;
    BackgroundRunner mRunner;  // the last member: destroyed first, it waits for a running worker
};

// The last page: what was written.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard& wizard);
    void initializePage() override;

private:
    ImportWizard& mWizard;
    QLabel* mSummary = nullptr;
};

}  // namespace hv
