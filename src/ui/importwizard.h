#pragma once
// Nhập danh sách hội viên: the wizard an officer imports a member list with (docs/user-guide.md).
//   1. the file (.xlsx or .csv) and its sheet; text in TCVN3/VNI shown before → after, converted or not;
//   2. the header row found under the title rows and the column mapping, changeable per column and
//      remembered for files with the same headers;
//   3. the preview: every row with its problems, duplicates (by CCCD, by name and birth date, against the
//      register and inside the file) each to skip, update or add, rows left out by unticking them;
//   4. the import, off the GUI thread with a progress dialog and Cancel (one transaction: a cancel
//      leaves nothing), then the summary.
// The library does the work (importing/memberimporter.h); the wizard only collects the choices.

#include "importing/headermap.h"
#include "importing/importresult.h"
#include "importing/memberimporter.h"
#include "ui/backgroundtask.h"

#include <QWizard>
#include <memory>
#include <optional>
#include <vector>

class QLabel;

namespace hv {

class AppContext;
class RowSource;

// What the officer chose so far; each page fills its part.
struct ImportPlan {
    QString path;
    QString sheet;  // empty: the first
    bool convertLegacy = true;
    QString convertedFrom;  // "TCVN3 (ABC)", "VNI" or empty
    std::vector<std::pair<QString, QString>> conversions;
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

    // A dry run with the plan: every problem, nothing written. Throws hv::Error.
    ImportResult check();
    // The import with progress and Cancel; true when it was written. A refused file leaves its problems
    // in result(); a cancel or a failure is told to the officer.
    bool runImport();
    const ImportResult& result() const { return mResult; }

    // Settings key of the remembered mapping of files with these header texts.
    static QString mappingKey(const QStringList& headers);

protected:
    void done(int r) override;

private:
    void retranslate();

    AppContext& mCtx;
    ImportPlan mPlan;
    ImportResult mResult;
    BackgroundRunner mRunner;  // last member but one: waits for a running import
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
