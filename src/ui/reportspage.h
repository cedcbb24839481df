#pragma once
// Báo cáo: the officer chooses a report (annual summary, ranking, member list with the columns she
// picks, movements of the year, a member's record sheet), its year, date, depth or level for the unit
// selected in the tree, then previews it (the printed pages, embedded), prints it (Ctrl+P) or saves it
// as PDF, XLSX, CSV or HTML (Ctrl+Shift+S). The annual summary's charts show on a tab of their own.
// Reports are built and written off the GUI thread on a connection of their own (with the window's
// access scope), with a progress bar and Cancel; Cancel stops the work at the next unit, page or row
// (reports/cancelcheck.h) and leaves no file. Filling the Excel form of the level above is a dialog of
// its own (TemplateDialog).

#include "reports/reportcharts.h"
#include "reports/reportrequest.h"
#include "ui/backgroundtask.h"
#include "ui/page.h"

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QListWidget;
class QPrinter;
class QPrintPreviewWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hv {

class ActionRegistry;
class ChartsPanel;

class ReportsPage : public Page {
    Q_OBJECT
public:
    ReportsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    ~ReportsPage() override;

    QString title() const override;
    void retranslate() override;
    void refresh() override;

    // What the form says now.
    ReportRequest request() const;
    void setKind(ReportKind kind);
    void setYear(int year);
    // Builds the report and writes it to file in the format of its extension (.pdf, .xlsx, .csv,
    // .html); emits saved() or failed() when done. The Save action asks for the file, then calls this.
    void saveTo(const QString& file);
    // Builds the document and shows it in the preview; emits previewed().
    void showPreview();
    bool isBusy() const { return mRunner.busy() && mRequest != mCancelled; }
    // The document on screen in the preview (nullopt before the first one).
    const std::optional<ReportDocument>& document() const { return mDocument; }

signals:
    void saved(const QString& file);
    void failed();
    void previewed();

private:
    void buildForm();
    void updateForm();
    void print();
    void saveAs();
    void fillTemplate();
    void cancel();
    void setWorking(bool working, const QString& what = {});
    // The form's request, stopped by Cancel or by the next request (which outranks it).
    ReportRequest stoppableRequest();
    void paintPreview(QPrinter* printer);
    void rememberForm();

    ActionRegistry& mActions;
    QFormLayout* mForm = nullptr;
    QLabel* mKindLabel = nullptr;
    QComboBox* mKind = nullptr;
    QLabel* mUnitLabel = nullptr;
    QLabel* mUnit = nullptr;
    QLabel* mYearLabel = nullptr;
    QSpinBox* mYear = nullptr;
    QLabel* mDateLabel = nullptr;
    QDateEdit* mDate = nullptr;
    QLabel* mDepthLabel = nullptr;
    QSpinBox* mDepth = nullptr;
    QLabel* mLevelLabel = nullptr;
    QComboBox* mLevel = nullptr;
    QLabel* mMemberLabel = nullptr;
    QSpinBox* mMember = nullptr;
    QLabel* mColumnsLabel = nullptr;
    QListWidget* mColumns = nullptr;
    QCheckBox* mMask = nullptr;
    QPushButton* mShow = nullptr;
    QPushButton* mPrint = nullptr;
    QPushButton* mSave = nullptr;
    QPushButton* mTemplate = nullptr;
    QPushButton* mCancel = nullptr;
    QProgressBar* mProgress = nullptr;
    QLabel* mStatus = nullptr;
    QTabWidget* mTabs = nullptr;
    QPrintPreviewWidget* mPreview = nullptr;
    ChartsPanel* mCharts = nullptr;
    std::optional<ReportDocument> mDocument;
    QString mUnitCode;
    int mRequest = 0;
    int mCancelled = -1;
    std::shared_ptr<std::atomic<bool>> mStop;  // of the running request
    BackgroundRunner mRunner;  // last member: destroyed first, waiting for a running report
};

}  // namespace hv
