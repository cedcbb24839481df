#pragma once
// Targets (chỉ tiêu) per unit and year in a grid: one row per unit below the selected one and the unit
// itself, a column per indicator (admissions, trainings, trainees, awards, activities, households) with
// its achievement beside it, computed from the year's data as the annual report counts it ("461, 101,8 %").
// Targets are typed like Excel; emptying a cell removes the target. Save writes them in one transaction.

#include "ui/numbergrid.h"

#include <QStringList>

namespace hv {

class TargetsGrid : public NumberGrid {
    Q_OBJECT
public:
    explicit TargetsGrid(AppContext& ctx, QWidget* parent = nullptr);
    // The indicators in column order (report keys, as in `import targets`).
    static const QStringList& indicators();
    // The target column of an indicator (its achievement is the next one).
    static int columnOf(const QString& indicator) { return int(indicators().indexOf(indicator)) * 2; }

protected:
    void read(Id unitId, int year) override;
    void write(Id unitId, int year) override;
    QString heading() const override;

private:
    std::vector<Id> mRowUnits;
};

}  // namespace hv
