#pragma once
// Câu lạc bộ, mô hình: the clubs, models, cooperative groups and cooperatives of a unit and the units below
// it for a year (name, kind, unit, founding date, members, notes), with actions to add, edit and delete
// them (club.add, club.edit, club.remove) and, below a splitter, the members of the one selected. A tab
// of the Activities page; the form is ClubDialog and ActivityRepository stores. Each counts once in the
// activities of the report and the rating, whatever its number of members.

#include "core/unittree.h"
#include "storage/activityrepository.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableWidget;
class QToolBar;

namespace hv {

class ActionRegistry;
class AppContext;

class ClubList : public QWidget {
    Q_OBJECT
public:
    ClubList(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    void retranslate();
    // Reads the clubs of the unit, the units below it, and the year (throws hv::Error).
    void load(Id unitId, int year);

    // Opens the form for a new club of the unit and year; returns the saved id (0 when cancelled).
    Id addClub();
    Id editClub(Id id);
    void removeClub();
    Id currentId() const;
    QTableWidget* table() const { return mTable; }
    QTableWidget* membersTable() const { return mMembers; }
    QSplitter* splitter() const { return mSplitter; }
    QString status() const;

signals:
    // A club was saved or deleted; year is the saved record's.
    void changed(int year);

private:
    Id openForm(const Activity& club);
    const Activity* current() const;
    void showMembers();

    AppContext& mCtx;
    QLabel* mHeading = nullptr;
    QToolBar* mToolBar = nullptr;
    QTableWidget* mTable = nullptr;
    QLabel* mMembersTitle = nullptr;
    QTableWidget* mMembers = nullptr;
    QSplitter* mSplitter = nullptr;
    QLabel* mStatus = nullptr;
    UnitTree mTree;                // as it was at the last load
    std::vector<Activity> mClubs;  // in the table's order
    Id mUnitId = 0;
    int mYear = 0;
};

}  // namespace hv
