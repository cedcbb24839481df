#pragma once
// The wizard's third page: every row of the list with the problems a dry run finds (nothing is written),
// a filter (all / errors / warnings / duplicates), the duplicates each to skip, update or add (for the
// selected rows, or all at once), rows left out by unticking them. "Import" runs the import; a refused
// file comes back here with its problems. The dry runs read and check the whole file on a worker
// (ImportWizard::inWorker): the first one before the page is shown, so that a Cancel stays on the page
// before.

#include "ui/importpreviewmodel.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hv {

class Database;
class ImportWizard;
class ReferenceData;
struct ImportPlan;

class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ImportPreviewModel* model() const { return mModel; }
    // A line above the table (a cancelled import, why the file was refused).
    void showNote(const QString& text);
    // The first dry run of the file: reads its rows and checks them, with progress and Cancel. False when
    // it was cancelled or failed (the failure is told); the page is left as it was then.
    bool checkFile();
    // Runs the dry run again with the choices made so far; false (the rows as they were, and a note)
    // when it was cancelled or failed.
    bool recheck();

private:
    using OnDuplicate = MemberImportOptions::OnDuplicate;
    // What a dry run leaves for the page.
    struct Checked {
        std::vector<PreviewRow> rows;
        QHash<int, OnDuplicate> decisions;
        QStringList fileNotes;
    };
    bool runCheck(bool readFile);
    // On the worker: the rows (read from the file when readFile, else those given) with the problems a
    // dry run of plan finds. Throws hv::Error (Kind::Cancelled when progress returns false).
    static Checked dryRun(Database& db, const ReferenceData& ref, ImportPlan plan,
                          std::vector<PreviewRow> rows, bool readFile, const ProgressFn& progress);
    static std::vector<PreviewRow> readRows(const ImportPlan& plan, const ProgressFn& progress);
    // Gives each duplicate without a decision the safe one (skip when certain, add when only possible);
    // true when there was such a duplicate.
    static bool addDefaultDecisions(const ImportResult& result, QHash<int, OnDuplicate>& decisions);
    // Puts the result's problems and duplicates on the rows (names: ImportWizard::duplicateNames);
    // returns the problems of the file as a whole.
    static QStringList applyResult(std::vector<PreviewRow>& rows, const QSet<int>& excludedRows,
                                   const ImportResult& result, const QHash<Id, QString>& names);
    void updateSummary();
    void applyDecision();

    ImportWizard& mWizard;
    ImportPreviewModel* mModel = nullptr;
    QLabel* mNotes = nullptr;
    QLabel* mFilterLabel = nullptr;
    QComboBox* mFilter = nullptr;
    QCheckBox* mCreateUnits = nullptr;
    QTableView* mView = nullptr;
    QLabel* mDecisionLabel = nullptr;
    QComboBox* mDecision = nullptr;
    QPushButton* mAllSkip = nullptr;
    QPushButton* mAllUpdate = nullptr;
    QPushButton* mRecheck = nullptr;
    QLabel* mSummary = nullptr;
    QStringList mFileNotes;  // problems of the file as a whole, from the last check
};

}  // namespace hv
