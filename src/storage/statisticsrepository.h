#pragma once
// The counting queries behind the reports: figures per unit of the tree at a date or over a period.
// The reports library rolls them up the tree; this class only counts, by the unit each row names.

#include "core/types.h"

#include <QHash>
#include <vector>

namespace hv {

class Database;

// Members active at a date in one unit (the unit of their latest event on or before the date).
struct ActiveCounts {
    qint64 ordinary = 0;
    qint64 honorary = 0;
    qint64 ethnicMinority = 0;  // ordinary members not Kinh (and not foreigners), ethnicity known
    qint64 religious = 0;       // ordinary members with a religion other than none
    qint64 party = 0;           // ordinary members who are party members at the date
};

// Events of ordinary members in a period, grouped by kind and by the units before and after.
struct EventGroup {
    EventKind kind = EventKind::Admitted;
    Id unitId = 0;      // after (0 when the event ends membership)
    Id fromUnitId = 0;  // before (0 for a first admission)
    qint64 count = 0;
};

// Holders of a position at a date, by the unit where they hold it.
struct PositionCounts {
    qint64 holders = 0;
    qint64 party = 0;
};

class StatisticsRepository {
public:
    explicit StatisticsRepository(Database& db) : mDb(db) {}

    QHash<Id, ActiveCounts> activeAt(const QDate& d);
    // The same at two dates (the report's two cut-offs).
    std::pair<QHash<Id, ActiveCounts>, QHash<Id, ActiveCounts>> activeAt(const QDate& a, const QDate& b);
    // Events with from < date <= to.
    std::vector<EventGroup> eventsBetween(const QDate& fromExclusive, const QDate& toInclusive);
    QHash<Id, PositionCounts> positionHoldersAt(Position position, const QDate& d);

private:
    QHash<Id, ActiveCounts> countActive(const QDate& d);

    Database& mDb;
};

}  // namespace hv
