#pragma once
// The movements of a period one by one (biến động hội viên: admitted, transferred, left, died), for the
// lists an officer prints; StatisticsRepository counts the same events.

#include "core/flexparse.h"
#include "core/types.h"

#include <QDate>
#include <QString>
#include <vector>

namespace hv {

class Database;

struct MovementRow {
    Id memberId = 0;
    QString fullName;
    FlexDate birth;
    MemberType type = MemberType::Ordinary;
    EventKind kind = EventKind::Admitted;
    QDate date;
    Id unitId = 0;      // after the event (0 when it ends membership)
    Id fromUnitId = 0;  // before the event (0 for a first admission)
    QString decisionNo;
};

class MovementRepository {
public:
    explicit MovementRepository(Database& db) : mDb(db) {}
    // Events with fromExclusive < date <= toInclusive, by date then name order (given name first).
    // Throws Error(Kind::Database).
    std::vector<MovementRow> between(const QDate& fromExclusive, const QDate& toInclusive);

private:
    Database& mDb;
};

}  // namespace hv
