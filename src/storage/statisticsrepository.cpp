#include "storage/statisticsrepository.h"

#include "storage/accessscope.h"
#include "storage/database.h"

namespace hv {

QHash<Id, ActiveCounts> StatisticsRepository::activeAt(const QDate& d)
{
    return activeAt(d, d).first;
}

std::pair<QHash<Id, ActiveCounts>, QHash<Id, ActiveCounts>> StatisticsRepository::activeAt(const QDate& a, const QDate& b)
{
    std::pair<QHash<Id, ActiveCounts>, QHash<Id, ActiveCounts>> out;
    out.first = countActive(a);
    out.second = a == b ? out.first : countActive(b);
    return out;
}

QHash<Id, ActiveCounts> StatisticsRepository::countActive(const QDate& d)
{
    // Reads only the covering index member_events_unit_active, in unit order, so GROUP BY needs no sort;
    // the member's attributes come packed in facts (see 0003_report_facts.sql): one sum() gives the
    // honorary, minority and religious counts at once. Each further aggregate costs ~15% more.
    // Only the units of the signed-in officer's scope are counted (accessscope.h).
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral(
                     "SELECT unit_id, count(*), sum(facts), count(CASE WHEN party_since <= :d THEN 1 END) "
                     "FROM member_events INDEXED BY member_events_unit_active "
                     "WHERE status = 'active' AND date <= :d AND valid_until > :d AND unit_id IS NOT NULL") +
                     access::unitCondition(mDb, QStringLiteral("unit_id")) + QStringLiteral(" GROUP BY unit_id"));
    q.setForwardOnly();
    q.bind(QStringLiteral(":d"), d).exec();
    constexpr qint64 kField = (qint64(1) << 21) - 1;
    QHash<Id, ActiveCounts> out;
    while (q.next()) {
        const qint64 packed = q.integer(2);
        ActiveCounts c;
        c.honorary = packed & kField;
        c.ethnicMinority = (packed >> 21) & kField;
        c.religious = (packed >> 42) & kField;
        c.ordinary = q.integer(1) - c.honorary;
        c.party = q.integer(3);
        out.insert(q.integer(0), c);
    }
    return out;
}

std::vector<EventGroup> StatisticsRepository::eventsBetween(const QDate& fromExclusive, const QDate& toInclusive)
{
    access::requireRead(mDb);
    // A movement touching the scope on either side counts for the scope's unit on that side.
    const QString units = access::unitsSubquery(mDb.scope());
    const QString scope = units.isEmpty() ? QString()
                                          : QStringLiteral(" AND (e.unit_id IN %1 OR e.from_unit_id IN %1)").arg(units);
    Query q(mDb, QStringLiteral(
                     "SELECT e.kind, coalesce(e.unit_id, 0), coalesce(e.from_unit_id, 0), count(*) "
                     "FROM member_events e "
                     "WHERE e.date > :from AND e.date <= :to AND e.facts <> 1") +
                     scope + QStringLiteral(" GROUP BY e.kind, e.unit_id, e.from_unit_id"));
    q.setForwardOnly();
    q.bind(QStringLiteral(":from"), fromExclusive).bind(QStringLiteral(":to"), toInclusive).exec();
    std::vector<EventGroup> out;
    while (q.next()) {
        const auto kind = eventKindFromCode(q.text(0));
        if (kind)
            out.push_back({*kind, q.integer(1), q.integer(2), q.integer(3)});
    }
    return out;
}

QHash<Id, PositionCounts> StatisticsRepository::positionHoldersAt(Position position, const QDate& d)
{
    // A holder counts only while she is an active member.
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral(
                     "SELECT p.unit_id, count(*), "
                     "count(CASE WHEN m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d) THEN 1 END) "
                     "FROM member_positions p JOIN members m ON m.id = p.member_id "
                     "WHERE p.position = :pos AND p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d) "
                     "AND EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = p.member_id "
                     "  AND e.status = 'active' AND e.date <= :d AND e.valid_until > :d)") +
                     access::unitCondition(mDb, QStringLiteral("p.unit_id")) + QStringLiteral(" GROUP BY p.unit_id"));
    q.bind(QStringLiteral(":pos"), toCode(position)).bind(QStringLiteral(":d"), d).exec();
    QHash<Id, PositionCounts> out;
    while (q.next())
        out.insert(q.integer(0), PositionCounts{q.integer(1), q.integer(2)});
    return out;
}

}  // namespace hv
