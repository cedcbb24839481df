#pragma once
// The activities of a year typed as a grid (DOMAIN.md "The year's work"): one row per unit below the
// selected one (and the unit's own records last), one column per activity kind with its count, and the
// VND amount beside the kinds that have one. A cell is one record of that unit, kind and year, dated
// 31/12 (year-end entry); emptying both its cells deletes it. Where a unit has several records of a kind
// (entered with their dates, or imported) the cell shows their total and is not typed over. Clubs and
// models are not typed here: their columns show how many there are (ClubList enters them one by one with
// their members). Save writes every unit that changed with ActivityRepository::saveUnitYear, all in one
// transaction, keeping the records it does not show.

#include "storage/activityrepository.h"
#include "ui/numbergrid.h"

namespace hv {

class ActivitiesGrid : public NumberGrid {
    Q_OBJECT
public:
    explicit ActivitiesGrid(AppContext& ctx, QWidget* parent = nullptr);
    // The kind and whether it is the amount column, of a grid column.
    std::pair<QString, bool> columnKind(int column) const { return mColumns.at(column); }
    int columnOf(const QString& kind, bool amount = false) const;

protected:
    void read(Id unitId, int year) override;
    void write(Id unitId, int year) override;
    QString heading() const override;

private:
    std::vector<std::pair<QString, bool>> mColumns;
    std::vector<Id> mRowUnits;
    std::vector<std::vector<Activity>> mRecords;  // [row]: the unit's records of the year
};

}  // namespace hv
