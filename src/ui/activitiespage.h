#pragma once
// Hoạt động: the year's activities of the units below the selected one as a grid typed like Excel
// (ActivitiesGrid), the clubs and models with their members (ClubList), and the targets with the
// achievement beside each (TargetsGrid), in three tabs. The year is the register date's until the officer
// picks another; the year, the tab and the club list's columns and splitter are remembered (PageState).

#include "ui/page.h"

class QLabel;
class QSpinBox;
class QTabWidget;

namespace hv {

class ActionRegistry;
class ActivitiesGrid;
class ClubList;
class TargetsGrid;

class ActivitiesPage : public Page {
    Q_OBJECT
public:
    ActivitiesPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    QString title() const override;
    void retranslate() override;
    void refresh() override;

    int year() const;
    void setYear(int year);
    ActivitiesGrid* activitiesGrid() const { return mActivities; }
    ClubList* clubList() const { return mClubs; }
    TargetsGrid* targetsGrid() const { return mTargets; }
    QTabWidget* tabs() const { return mTabs; }

private:
    void follow();

    QLabel* mHeading = nullptr;
    QLabel* mYearLabel = nullptr;
    QSpinBox* mYear = nullptr;
    QTabWidget* mTabs = nullptr;
    ActivitiesGrid* mActivities = nullptr;
    ClubList* mClubs = nullptr;
    TargetsGrid* mTargets = nullptr;
    bool mYearChosen = false;
    int mLoadedYear = 0;
    long long mLoadedUnit = -1;
};

}  // namespace hv
