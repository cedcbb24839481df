#pragma once
// Changes to the organisation tree that an office makes over the years (DOMAIN.md "The organisation
// tree"): adding, renaming, closing, merging (sáp nhập) and splitting units. Each change is one
// transaction, and the history before its date stays as it was: a report of a past year comes out the
// same after the change, because members move with Moved events dated on the change day and units
// are closed (valid_to) rather than re-parented or deleted.
//
// Decisions:
// - Units below a merged or split unit are never re-parented, since the tree has no parent history and
//   moving a chapter would move its past members into another commune's past reports. They are closed
//   on the day (merged_into = where they went) and, when asked, recreated as new units under the target
//   with the same name and level, so the chapters of a merged commune live on under the new commune.
// - The decision number of a close, merge or split replaces the unit's decision number when given:
//   the column holds the decision that last changed the unit.
// - Positions (chức vụ) held in a closed unit end on the day; in a recreated unit they continue.
// - The date of a merge or split may be in the past (members' later movements are kept) but not in the
//   future, like every movement (MemberRepository::addEvent).

#include "core/types.h"

#include <QDate>
#include <QString>
#include <vector>

namespace hv {

class Database;
class ReferenceData;
class UnitTree;

// One new unit of a split and what goes to it.
struct SplitPart {
    OrgUnit unit;                  // name required; empty code: proposed; parent 0: the old unit's parent
    std::vector<Id> memberIds;     // members active in the old unit (or below it) moving to this part
    std::vector<Id> childUnitIds;  // units right below the old one that go to this part, with members
};

// A member of the register who is active in a unit at a date (for the split dialog).
struct UnitMember {
    Id memberId = 0;
    QString fullName;
    FlexDate birth;
    Id unitId = 0;  // the unit she is in at the date
};

// A population figure of the grid; women18Plus < 0 means "no figure" (the stored row is removed).
struct PopulationEdit {
    Id unitId = 0;
    int year = 0;
    qint64 women18Plus = -1;
    QString basis;  // present / eligible
};

class UnitChanges {
public:
    // What happens to the units below a merged unit.
    enum class ChildUnits {
        Close,           // closed on the day, merged into the target; their members go to the target
        KeepUnderTarget  // recreated under the target (same name and level, new code); members follow
    };

    UnitChanges(Database& db, const ReferenceData& ref) : mDb(db), mRef(ref) {}

    // Adds a unit after checking it: a name, a parent that exists (optional only for the first unit), a
    // level below the parent's, a code not in use (empty: proposeCode(parent)), and sane dates
    // (valid_from before valid_to, inside the parent's life). Returns the new id.
    // Throws Error(Kind::Input) naming the problem; nothing is written then.
    Id addUnit(OrgUnit unit);
    // Saves a corrected unit (every field except merged_into) with the checks of addUnit, plus: its
    // units below stay below it in level, the parent is not the unit itself or below it, and a valid_to
    // is refused while members or units below are active then (as close()).
    // Throws Error(Kind::Input).
    void updateUnit(const OrgUnit& unit);
    // Renames (the new name shows in past reports too: names have no history).
    // Throws Error(Kind::Input) for an unknown unit or an empty name.
    void rename(Id unit, const QString& name);
    // The next free code below parent: "<parent code>-01", "-02", ...
    QString proposeCode(Id parent);

    // Closes a unit on `on` (its first day of not existing). Refused with Error(Kind::Input) while
    // members are active in it or below it on that day or later, or units below it still exist: the
    // message says how many and suggests a merge.
    void close(Id unit, const QDate& on, const QString& decisionNo);

    // Merges `from` into `into` on `on`: every member active in `from` or below it on that day gets a
    // Moved event dated `on` (to `into`, or to the recreated unit), `from` and the units below it are
    // closed on `on` with merged_into set. Returns the number of members moved. Throws
    // Error(Kind::Input) when a unit is unknown or not active on `on`, `into` is `from` or below it, the
    // date is in the future, or a member has a later movement into a unit being closed.
    int merge(Id from, Id into, const QDate& on, const QString& decisionNo,
              ChildUnits children = ChildUnits::Close);

    // Splits `from` on `on` into the given parts: each part is created (valid_from = on), its units
    // below `from` recreated under it and its members moved to it; then `from` is closed. Every member
    // active in `from` or below it, and every unit right below it, must go to exactly one part.
    // Returns the new units' ids in the order of parts. Throws Error(Kind::Input) naming the problem.
    std::vector<Id> split(Id from, const QDate& on, const QString& decisionNo,
                          const std::vector<SplitPart>& parts);

    // Members active at d in unit or below it, in Vietnamese order of given name.
    std::vector<UnitMember> membersAt(Id unit, const QDate& d);

    // Saves a block of population figures in one transaction (through UnitYearRepository).
    // Throws Error(Kind::Input) for a negative figure or an unknown basis; nothing is written then.
    void savePopulations(const std::vector<PopulationEdit>& edits);

private:
    struct Move;
    OrgUnit requireUnit(Id id);
    void checkUnit(const OrgUnit& unit, const UnitTree& tree);
    void refuseActiveBelow(const OrgUnit& unit, const QDate& on, const UnitTree& tree);
    void refuseFutureDate(const QDate& on);
    Id copyUnit(const OrgUnit& old, Id newParent, const QDate& on, const QString& decisionNo,
                const UnitTree& tree, std::vector<std::pair<Id, Id>>& map);
    void closeUnitRow(const OrgUnit& unit, const QDate& on, const QString& decisionNo, Id mergedInto);
    std::vector<Move> activeMoves(const std::vector<Id>& units, const QDate& on);
    void applyMoves(const std::vector<Move>& moves, const QDate& on, const QString& decisionNo,
                    const std::vector<Id>& closing);
    void carryPositions(Id oldUnit, Id newUnit, const QDate& on);

    Database& mDb;
    const ReferenceData& mRef;
};

}  // namespace hv
