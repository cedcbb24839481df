#include "storage/movementrepository.h"

#include "storage/database.h"

namespace hv {

std::vector<MovementRow> MovementRepository::between(const QDate& fromExclusive, const QDate& toInclusive)
{
    Query q(mDb, QStringLiteral(
                     "SELECT m.id, m.full_name, m.birth_date, m.birth_year, m.member_type, e.kind, e.date, e.unit_id, "
                     "e.from_unit_id, e.decision_no FROM member_events e JOIN members m ON m.id = e.member_id "
                     "WHERE e.date > :from AND e.date <= :to ORDER BY e.date, m.sort_key, m.id, e.seq"));
    q.bind(QStringLiteral(":from"), fromExclusive).bind(QStringLiteral(":to"), toInclusive);
    q.setForwardOnly();
    q.exec();
    std::vector<MovementRow> rows;
    while (q.next()) {
        MovementRow r;
        r.memberId = q.integer(0);
        r.fullName = q.text(1);
        r.birth.date = q.date(2);
        r.birth.year = r.birth.date.isValid() ? r.birth.date.year() : int(q.integer(3));
        r.type = memberTypeFromText(q.text(4)).value_or(MemberType::Ordinary);
        r.kind = eventKindFromCode(q.text(5)).value_or(EventKind::Admitted);
        r.date = q.date(6);
        r.unitId = q.integer(7);
        r.fromUnitId = q.integer(8);
        r.decisionNo = q.text(9);
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace hv
