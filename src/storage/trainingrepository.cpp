#include "storage/trainingrepository.h"

#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::TrainingRepository", s); }
// NOT NULL text columns: an empty string, never NULL.
QString nn(const QString& s) { return s.isEmpty() ? QStringLiteral("") : s; }
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

}  // namespace

QString toCode(TrainingParticipant::Kind k)
{
    switch (k) {
    case TrainingParticipant::Kind::Member: return QStringLiteral("member");
    case TrainingParticipant::Kind::Officer: return QStringLiteral("officer");
    case TrainingParticipant::Kind::Outside: return QStringLiteral("outside");
    }
    return {};
}

std::optional<TrainingParticipant::Kind> participantKindFromText(QStringView text)
{
    const QString f = vn::fold(text.toString());
    if (f == QLatin1String("member") || f == QLatin1String("hoi vien"))
        return TrainingParticipant::Kind::Member;
    if (f == QLatin1String("officer") || f == QLatin1String("can bo"))
        return TrainingParticipant::Kind::Officer;
    if (f == QLatin1String("outside") || f == QLatin1String("khac") || f == QLatin1String("ngoai"))
        return TrainingParticipant::Kind::Outside;
    return std::nullopt;
}

std::optional<Id> activeUnitOf(Database& db, Id memberId, const QDate& d)
{
    Query q(db, QStringLiteral("SELECT unit_id FROM member_events WHERE member_id = :m AND status = 'active' "
                               "AND date <= :d AND valid_until > :d"));
    q.bind(QStringLiteral(":m"), memberId).bind(QStringLiteral(":d"), d).exec();
    if (q.next())
        return q.integer(0);
    return std::nullopt;
}

std::vector<Id> membersActiveIn(Database& db, const std::vector<Id>& units, const QDate& d)
{
    QStringList ids;
    for (Id u : units)
        ids << QString::number(u);  // ids from the database: numbers, not user text
    if (ids.isEmpty())
        return {};
    Query q(db, QStringLiteral("SELECT member_id FROM member_events WHERE status = 'active' AND unit_id IN (%1) "
                               "AND date <= :d AND valid_until > :d ORDER BY member_id").arg(ids.join(QLatin1Char(','))));
    q.bind(QStringLiteral(":d"), d).exec();
    std::vector<Id> out;
    while (q.next())
        out.push_back(q.integer(0));
    return out;
}

Id TrainingRepository::save(Training& t, Id batchId)
{
    auto fail = [&](const QString& m) { throw Error(Error::Kind::Input, tr("Training \"%1\": %2").arg(t.title, m)); };
    access::requireWrite(mDb);
    if (t.id != 0)
        requireVisible(t.id);
    access::requireUnit(mDb, t.unitId);
    t.title = t.title.simplified();
    if (t.title.isEmpty())
        throw Error(Error::Kind::Input, tr("A training needs a title."));
    if (!t.to.isValid())
        t.to = t.from;
    if (!t.from.isValid())
        fail(tr("the first day is required."));
    if (t.to < t.from)
        fail(tr("the last day %1 is before the first day %2.").arg(dmy(t.to), dmy(t.from)));
    if (t.from.year() != t.year || t.to.year() != t.year)
        fail(tr("the dates %1–%2 are outside the year %3.").arg(dmy(t.from), dmy(t.to)).arg(t.year));
    const auto unit = UnitRepository(mDb).byId(t.unitId);
    if (!unit)
        fail(tr("the organising unit is unknown."));
    if (!unit->activeAt(t.from))
        fail(tr("%1 did not exist on %2.").arg(unit->name, dmy(t.from)));
    if (t.level.isEmpty())
        t.level = toCode(unit->level);
    if (t.attendees && *t.attendees < int(t.participants.size()))
        fail(tr("%1 attendees entered, but %2 participants are listed.").arg(*t.attendees).arg(t.participants.size()));
    QSet<Id> seen;
    for (TrainingParticipant& p : t.participants) {
        p.name = p.name.simplified();
        if (p.kind != TrainingParticipant::Kind::Member) {
            if (p.name.isEmpty())
                fail(tr("an officer or outside participant needs a name."));
            continue;
        }
        if (seen.contains(p.memberId))
            fail(tr("member %1 is listed twice.").arg(p.memberId));
        seen.insert(p.memberId);
        if (!activeUnitOf(mDb, p.memberId, t.from)) {
            Query n(mDb, QStringLiteral("SELECT full_name FROM members WHERE id = :id"));
            n.bind(QStringLiteral(":id"), p.memberId).exec();
            fail(n.next() ? tr("%1 was not an active member on %2.").arg(n.text(0), dmy(t.from))
                          : tr("member %1 does not exist.").arg(p.memberId));
        }
    }

    Transaction tx(mDb);
    const QString cols = QStringLiteral("year = :year, title = :title, unit_id = :unit, level = :level, date_from = :from, "
                                        "date_to = :to, place = :place, topic = :topic, attendees = :att, notes = :notes");
    Query q(mDb, t.id == 0 ? QStringLiteral("INSERT INTO trainings(year, title, unit_id, level, date_from, date_to, place, topic, "
                                            "attendees, notes, batch_id) VALUES(:year, :title, :unit, :level, :from, :to, :place, "
                                            ":topic, :att, :notes, :batch)")
                           : QStringLiteral("UPDATE trainings SET %1 WHERE id = :id").arg(cols));
    q.bind(QStringLiteral(":year"), t.year).bind(QStringLiteral(":title"), t.title).bind(QStringLiteral(":unit"), t.unitId)
        .bind(QStringLiteral(":level"), t.level).bind(QStringLiteral(":from"), t.from).bind(QStringLiteral(":to"), t.to)
        .bind(QStringLiteral(":place"), nn(t.place)).bind(QStringLiteral(":topic"), nn(t.topic))
        .bind(QStringLiteral(":att"), t.attendees ? QVariant(*t.attendees) : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":notes"), nn(t.notes));
    if (t.id == 0)
        q.bindId(QStringLiteral(":batch"), batchId);
    else
        q.bind(QStringLiteral(":id"), t.id);
    q.exec();
    if (t.id == 0)
        t.id = q.lastInsertId();
    Query del(mDb, QStringLiteral("DELETE FROM training_participants WHERE training_id = :id"));
    del.bind(QStringLiteral(":id"), t.id).exec();
    Query ins(mDb, QStringLiteral("INSERT INTO training_participants(training_id, kind, member_id, name) VALUES(:t, :k, :m, :n)"));
    for (const TrainingParticipant& p : t.participants)
        ins.bind(QStringLiteral(":t"), t.id).bind(QStringLiteral(":k"), toCode(p.kind)).bindId(QStringLiteral(":m"), p.memberId)
            .bind(QStringLiteral(":n"), nn(p.name)).exec();
    tx.commit();
    return t.id;
}

void TrainingRepository::requireVisible(Id id)
{
    // A training outside the account's units reads as missing: its title is not shown either.
    if (!byId(id))
        throw Error(Error::Kind::Input, tr("No training has the number %1.").arg(id));
}

void TrainingRepository::remove(Id id)
{
    access::requireWrite(mDb);
    requireVisible(id);
    Query q(mDb, QStringLiteral("DELETE FROM trainings WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

std::vector<Training> TrainingRepository::read(const QString& condition, const QVariantHash& binds)
{
    access::requireRead(mDb);
    const QString where = condition + access::unitCondition(mDb, QStringLiteral("t.unit_id"));
    Query q(mDb, QStringLiteral("SELECT id, year, title, unit_id, level, date_from, date_to, place, topic, attendees, notes "
                                "FROM trainings t WHERE %1 ORDER BY date_from, id").arg(where));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    std::vector<Training> out;
    QHash<Id, std::size_t> index;
    while (q.next()) {
        Training t;
        t.id = q.integer(0);
        t.year = int(q.integer(1));
        t.title = q.text(2);
        t.unitId = q.integer(3);
        t.level = q.text(4);
        t.from = q.date(5);
        t.to = q.date(6);
        t.place = q.text(7);
        t.topic = q.text(8);
        if (!q.value(9).isNull())
            t.attendees = int(q.integer(9));
        t.notes = q.text(10);
        index.insert(t.id, out.size());
        out.push_back(t);
    }
    if (out.empty())
        return out;
    Query p(mDb, QStringLiteral("SELECT p.training_id, p.kind, coalesce(p.member_id, 0), coalesce(m.full_name, p.name) "
                                "FROM training_participants p LEFT JOIN members m ON m.id = p.member_id "
                                "WHERE p.training_id IN (SELECT id FROM trainings t WHERE %1) ORDER BY p.id").arg(where));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        p.bind(it.key(), it.value());
    p.exec();
    while (p.next()) {
        const auto i = index.constFind(p.integer(0));
        if (i == index.cend())
            continue;
        out[*i].participants.push_back({participantKindFromText(p.text(1)).value_or(TrainingParticipant::Kind::Outside),
                                        p.integer(2), p.text(3)});
    }
    return out;
}

std::optional<Training> TrainingRepository::byId(Id id)
{
    auto v = read(QStringLiteral("t.id = :id"), {{QStringLiteral(":id"), id}});
    if (v.empty())
        return std::nullopt;
    return v.front();
}

std::vector<Training> TrainingRepository::forYear(int year, Id unitId)
{
    if (unitId == 0)
        return read(QStringLiteral("t.year = :y"), {{QStringLiteral(":y"), year}});
    return read(QStringLiteral("t.year = :y AND t.unit_id = :u"), {{QStringLiteral(":y"), year}, {QStringLiteral(":u"), unitId}});
}

std::vector<Training> TrainingRepository::ofMember(Id memberId)
{
    return read(QStringLiteral("t.id IN (SELECT training_id FROM training_participants WHERE member_id = :m)"),
                {{QStringLiteral(":m"), memberId}});
}

QHash<Id, TrainingCounts> TrainingRepository::countsByUnit(const QDate& fromExclusive, const QDate& toInclusive)
{
    Query q(mDb, QStringLiteral("SELECT t.unit_id, count(*), sum(coalesce(t.attendees, "
                                "(SELECT count(*) FROM training_participants p WHERE p.training_id = t.id))) "
                                "FROM trainings t WHERE t.date_from > :a AND t.date_from <= :b%1 GROUP BY t.unit_id")
                             .arg(access::unitCondition(mDb, QStringLiteral("t.unit_id"))));
    q.bind(QStringLiteral(":a"), fromExclusive).bind(QStringLiteral(":b"), toInclusive).exec();
    QHash<Id, TrainingCounts> out;
    while (q.next())
        out.insert(q.integer(0), {q.integer(1), q.integer(2)});
    return out;
}

QHash<Id, qint64> TrainingRepository::memberTraineesByUnit(const QDate& fromExclusive, const QDate& toInclusive)
{
    // CROSS JOIN keeps the year's trainings as the outer loop: on its own the planner drove the join from
    // the 1,000,000 active events of a register with no trainings at all (0.13 CPU-s instead of nothing).
    Query q(mDb, QStringLiteral("SELECT e.unit_id, count(*) FROM trainings t "
                                "CROSS JOIN training_participants p ON p.training_id = t.id AND p.member_id IS NOT NULL "
                                "CROSS JOIN member_events e ON e.member_id = p.member_id AND e.status = 'active' "
                                "AND e.date <= t.date_from AND e.valid_until > t.date_from "
                                "WHERE t.date_from > :a AND t.date_from <= :b%1 GROUP BY e.unit_id")
                             .arg(access::unitCondition(mDb, QStringLiteral("e.unit_id"))));
    q.bind(QStringLiteral(":a"), fromExclusive).bind(QStringLiteral(":b"), toInclusive).exec();
    QHash<Id, qint64> out;
    while (q.next())
        out.insert(q.integer(0), q.integer(1));
    return out;
}

}  // namespace hv
