#pragma once
// Xếp loại: the rating and ranking of the communes or chapters under the office for a year (DOMAIN.md
// "Rating and ranking"). The ranking table (rank, unit, score, grade, attraction rate, each criterion's
// points) is read off the GUI thread, as is "Compute and store" (rateUnits); the panel beside it shows the
// selected unit's criteria with their figures and points, the manual override of a criterion with its
// reason, and the self-assessed / proposed / approved grades with the decision. The scorecard of the year
// is edited in ScorecardDialog. The year, level, splitter and column widths are remembered (PageState).

#include "reports/ranking.h"
#include "ui/backgroundtask.h"
#include "ui/page.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hv {

class ActionRegistry;

class RatingPage : public Page {
    Q_OBJECT
public:
    RatingPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    ~RatingPage() override;
    QString title() const override;
    void retranslate() override;
    void refresh() override;

    int year() const;
    void setYear(int year);
    UnitLevel level() const;
    void setLevel(UnitLevel level);
    bool isBusy() const { return mRunner.busy(); }
    const Ranking& ranking() const { return mRanking; }
    // The message under the detail panel (a refused override or grade).
    QString message() const;
    // Computes and stores the ratings of the level and year.
    void computeAndStore();
    void editScorecard();

signals:
    void loaded();

private:
    void follow();
    // Runs work (which may write) and then reads the ranking, both off the GUI thread.
    void run(std::function<void(Database&)> work, const QString& doneMessage = {});
    void showRanking();
    void showDetail();
    void applyOverride();
    void removeOverride();
    void saveGrades();
    const RankingRow* selectedRow() const;

    ActionRegistry& mActions;
    QLabel* mHeading = nullptr;
    QLabel* mLevelLabel = nullptr;
    QComboBox* mLevel = nullptr;
    QLabel* mYearLabel = nullptr;
    QSpinBox* mYear = nullptr;
    QPushButton* mCompute = nullptr;
    QPushButton* mScorecard = nullptr;
    QTableWidget* mTable = nullptr;
    QLabel* mStatus = nullptr;
    QLabel* mUnitTitle = nullptr;
    QTableWidget* mCriteria = nullptr;
    QLabel* mGates = nullptr;
    QLabel* mOverrideLabel = nullptr;
    QComboBox* mOverrideCriterion = nullptr;
    QDoubleSpinBox* mOverridePoints = nullptr;
    QLineEdit* mOverrideReason = nullptr;
    QPushButton* mOverrideButton = nullptr;
    QPushButton* mRemoveOverrideButton = nullptr;
    QLabel* mGradesLabel = nullptr;
    QComboBox* mSelfGrade = nullptr;
    QComboBox* mProposedGrade = nullptr;
    QComboBox* mApprovedGrade = nullptr;
    QLineEdit* mDecisionNo = nullptr;
    QDateEdit* mDecisionDate = nullptr;
    QPushButton* mSaveGrades = nullptr;
    QLabel* mMessage = nullptr;
    Ranking mRanking;
    Id mSelectedUnit = 0;
    bool mYearChosen = false;
    int mRequest = 0;
    BackgroundRunner mRunner;  // last: destroyed first, waiting for running work
};

}  // namespace hv
