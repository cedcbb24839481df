#pragma once
// Figures kept per unit and year: women aged 18+ (the attraction rate's denominator) and targets.

#include "core/types.h"

#include <QHash>
#include <optional>

namespace hv {

class Database;

struct Population {
    qint64 women18Plus = 0;
    QString basis = QStringLiteral("present");  // present (có mặt) or eligible (đủ điều kiện)
};

class UnitYearRepository {
public:
    explicit UnitYearRepository(Database& db) : mDb(db) {}

    // Insert or replace. Throws Error(Kind::Input) for a negative figure or an unknown basis.
    void setPopulation(Id unitId, int year, const Population& p);
    std::optional<Population> population(Id unitId, int year);
    QHash<Id, Population> populations(int year);

    void setTarget(Id unitId, int year, const QString& indicator, double target);
    // Removes the target (the targets grid when a cell is emptied); nothing when there is none.
    void removeTarget(Id unitId, int year, const QString& indicator);
    std::optional<double> target(Id unitId, int year, const QString& indicator);
    // unit -> target of one indicator in a year.
    QHash<Id, double> targets(int year, const QString& indicator);

private:
    Database& mDb;
};

}  // namespace hv
