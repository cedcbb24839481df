#pragma once
// The wizard's third page: every row of the list with the problems a dry run finds (nothing is written),
// a filter (all / errors / warnings / duplicates), the duplicates each to skip, update or add (for the
// selected rows, or all at once), rows left out by unticking them. "Import" runs the import; a refused
// file comes back here with its problems.

#include "ui/importpreviewmodel.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hv {

class ImportWizard;

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
    // Runs the dry run again with the choices made so far.
    void recheck();

private:
    std::vector<PreviewRow> readRows();
    void applyResult(const ImportResult& result);
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
