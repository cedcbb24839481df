#include "storage/statisticsrepository.h"

#include "storage/database.h"

namespace hv {

QHash<Id, ActiveCounts> StatisticsRepository::activeAt(const QDate& d)
{
    return activeAt(d, d).first;
}

std::pair<QHash<Id, ActiveCounts>, QHash<Id, ActiveCounts>> StatisticsRepository::activeAt(const QDate& a, const QDate& b)
{
    // NOT INDEXED: walking the events in table order visits members in id order, so the join reads the
    // members table sequentially; through the index it would jump at random (2x slower on 1M members).
    // Kinh (01) and foreigners (55) are not ethnic minorities; unknown ethnicity counts as neither.
    const QString counts = QStringLiteral(
        "sum(%1), sum(%1 AND m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55')), "
        "sum(%1 AND m.religion IS NOT NULL AND m.religion <> '00'), "
        "sum(%1 AND m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= %2))");
    Query q(mDb, QStringLiteral(
                     "SELECT e.unit_id, m.member_type, %1, %2 "
                     "FROM member_events e NOT INDEXED JOIN members m ON m.id = e.member_id "
                     "WHERE e.status = 'active' AND e.date <= max(:a, :b) AND e.valid_until > min(:a, :b) "
                     "GROUP BY e.unit_id, m.member_type")
                     .arg(counts.arg(QStringLiteral("(e.date <= :a AND e.valid_until > :a)"), QStringLiteral(":a")),
                          counts.arg(QStringLiteral("(e.date <= :b AND e.valid_until > :b)"), QStringLiteral(":b"))));
    q.setForwardOnly();
    q.bind(QStringLiteral(":a"), a).bind(QStringLiteral(":b"), b).exec();
    std::pair<QHash<Id, ActiveCounts>, QHash<Id, ActiveCounts>> out;
    while (q.next()) {
        const bool honorary = q.text(1) == QLatin1String("honorary");
        for (int which = 0; which < 2; ++which) {
            const int col = 2 + which * 4;
            if (q.integer(col) == 0)
                continue;
            ActiveCounts& c = (which == 0 ? out.first : out.second)[q.integer(0)];
            if (honorary) {
                c.honorary += q.integer(col);
            } else {
                c.ordinary += q.integer(col);
                c.ethnicMinority += q.integer(col + 1);
                c.religious += q.integer(col + 2);
                c.party += q.integer(col + 3);
            }
        }
    }
    return out;
}

std::vector<EventGroup> StatisticsRepository::eventsBetween(const QDate& fromExclusive, const QDate& toInclusive)
{
    Query q(mDb, QStringLiteral(
                     "SELECT e.kind, coalesce(e.unit_id, 0), coalesce(e.from_unit_id, 0), count(*) "
                     "FROM member_events e JOIN members m ON m.id = e.member_id "
                     "WHERE e.date > :from AND e.date <= :to AND m.member_type = 'ordinary' "
                     "GROUP BY e.kind, e.unit_id, e.from_unit_id"));
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
    Query q(mDb, QStringLiteral(
                     "SELECT p.unit_id, count(*), "
                     "sum(m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d)) "
                     "FROM member_positions p JOIN members m ON m.id = p.member_id "
                     "WHERE p.position = :pos AND p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d) "
                     "AND EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = p.member_id "
                     "  AND e.status = 'active' AND e.date <= :d AND e.valid_until > :d) "
                     "GROUP BY p.unit_id"));
    q.bind(QStringLiteral(":pos"), toCode(position)).bind(QStringLiteral(":d"), d).exec();
    QHash<Id, PositionCounts> out;
    while (q.next())
        out.insert(q.integer(0), PositionCounts{q.integer(1), q.integer(2)});
    return out;
}

}  // namespace hv
