#include "storage/unitchanges.h"

#include "core/membership.h"
#include "core/unittree.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace hv {
namespace {

QString tr(const char* s, int n = -1)
{
    return QCoreApplication::translate("hv::UnitChanges", s, nullptr, n);
}
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
const QString kOpenEnd = QStringLiteral("9999-12-31");

// Exists on d or later (not closed on or before d).
bool aliveAfter(const OrgUnit& u, const QDate& d) { return !u.validTo.isValid() || u.validTo > d; }

}  // namespace

// One member who is active in a unit being closed and moves on the change day.
struct UnitChanges::Move {
    Id memberId = 0;
    Id eventId = 0;  // her event in effect on the day
    Id fromUnit = 0;
    Id toUnit = 0;
    QDate nextDate;  // date of her next event; null when the event in effect is her latest
};

OrgUnit UnitChanges::requireUnit(Id id)
{
    const auto u = UnitRepository(mDb).byId(id);
    if (!u) throw Error(Error::Kind::Input, tr("The unit no longer exists."));
    return *u;
}

void UnitChanges::refuseFutureDate(const QDate& on)
{
    if (!on.isValid()) throw Error(Error::Kind::Input, tr("The change needs a date."));
    if (on > QDate::currentDate())
        throw Error(Error::Kind::Input,
                    tr("The date %1 is in the future: enter the change on or after that day.").arg(dmy(on)));
}

QString UnitChanges::proposeCode(Id parent)
{
    QString prefix = QStringLiteral("U");
    if (parent != 0) prefix = requireUnit(parent).code;
    prefix += QLatin1Char('-');
    Query q(mDb, QStringLiteral("SELECT code FROM units WHERE substr(code, 1, :len) = :prefix"));
    q.bind(QStringLiteral(":len"), int(prefix.size())).bind(QStringLiteral(":prefix"), prefix).exec();
    QSet<QString> taken;
    while (q.next()) taken.insert(q.text(0));
    for (int n = 1;; ++n) {
        const QString code = prefix + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
        if (!taken.contains(code)) return code;
    }
}

void UnitChanges::checkUnit(const OrgUnit& unit, const UnitTree& tree)
{
    if (unit.name.trimmed().isEmpty()) throw Error(Error::Kind::Input, tr("The unit needs a name."));
    if (unit.code.trimmed().isEmpty()) throw Error(Error::Kind::Input, tr("The unit needs a code."));
    if (const OrgUnit* same = tree.byCode(unit.code.trimmed()); same && same->id != unit.id)
        throw Error(Error::Kind::Input, tr("The code %1 is used by %2 already.").arg(unit.code, same->name));
    if (unit.validFrom.isValid() && unit.validTo.isValid() && unit.validTo <= unit.validFrom)
        throw Error(
            Error::Kind::Input,
            tr("The unit must end (%1) after it begins (%2).").arg(dmy(unit.validTo), dmy(unit.validFrom)));
    if (unit.parentId == 0) {
        const auto roots = tree.roots();
        if (!tree.units().empty() && !(roots.size() == 1 && roots.front()->id == unit.id))
            throw Error(Error::Kind::Input, tr("Choose the unit above %1.").arg(unit.name));
        return;
    }
    const OrgUnit* parent = tree.byId(unit.parentId);
    if (!parent) throw Error(Error::Kind::Input, tr("The unit above %1 no longer exists.").arg(unit.name));
    if (unit.id != 0 && tree.isWithin(unit.parentId, unit.id))
        throw Error(Error::Kind::Input, tr("%1 cannot be placed below itself.").arg(unit.name));
    if (int(unit.level) <= int(parent->level))
        throw Error(Error::Kind::Input, tr("A %1 cannot be below %2, which is a %3: choose a lower level.")
                                            .arg(displayName(unit.level).toLower(), parent->name,
                                                 displayName(parent->level).toLower()));
    if (parent->validFrom.isValid() && (!unit.validFrom.isValid() || unit.validFrom < parent->validFrom))
        throw Error(Error::Kind::Input, tr("%1 cannot begin before %2, which begins on %3.")
                                            .arg(unit.name, parent->name, dmy(parent->validFrom)));
    if (parent->validTo.isValid() && (!unit.validTo.isValid() || unit.validTo > parent->validTo))
        throw Error(Error::Kind::Input, tr("%1 cannot last after %2, which ended on %3.")
                                            .arg(unit.name, parent->name, dmy(parent->validTo)));
}

Id UnitChanges::addUnit(OrgUnit unit)
{
    unit.id = 0;
    unit.mergedIntoId = 0;
    unit.name = unit.name.trimmed();
    unit.code = unit.code.trimmed();
    if (unit.code.isEmpty()) unit.code = proposeCode(unit.parentId);
    UnitRepository units(mDb);
    checkUnit(unit, units.tree());
    return units.insert(unit);
}

void UnitChanges::updateUnit(const OrgUnit& given)
{
    OrgUnit unit = given;
    unit.name = unit.name.trimmed();
    unit.code = unit.code.trimmed();
    const OrgUnit old = requireUnit(unit.id);
    unit.mergedIntoId = old.mergedIntoId;
    UnitRepository units(mDb);
    const UnitTree tree = units.tree();
    checkUnit(unit, tree);
    for (const OrgUnit* child : tree.children(unit.id))
        if (int(child->level) <= int(unit.level))
            throw Error(Error::Kind::Input, tr("%1 is below it and is a %2: the level must stay above that.")
                                                .arg(child->name, displayName(child->level).toLower()));
    if (unit.validTo.isValid() && unit.validTo != old.validTo) refuseActiveBelow(unit, unit.validTo, tree);
    const auto office = units.officeUnit();
    Transaction t(mDb);
    units.update(unit);
    if (office && office->id == unit.id && old.code != unit.code)
        units.setOfficeUnit(unit.id);  // the setting holds the code
    t.commit();
}

void UnitChanges::rename(Id id, const QString& name)
{
    OrgUnit unit = requireUnit(id);
    if (name.trimmed().isEmpty()) throw Error(Error::Kind::Input, tr("The unit needs a name."));
    unit.name = name.trimmed();
    UnitRepository(mDb).update(unit);
}

void UnitChanges::refuseActiveBelow(const OrgUnit& unit, const QDate& on, const UnitTree& tree)
{
    // Members active on the day or later anywhere below, each counted once.
    Query q(mDb,
            QStringLiteral(
                "WITH RECURSIVE sub(id) AS (SELECT CAST(:u AS BIGINT) "
                "  UNION ALL SELECT units.id FROM units JOIN sub ON units.parent_id = sub.id) "
                "SELECT count(DISTINCT e.member_id) FROM member_events e "
                "WHERE e.status = 'active' AND e.valid_until > :on AND e.unit_id IN (SELECT id FROM sub)"));
    q.bind(QStringLiteral(":u"), unit.id).bind(QStringLiteral(":on"), on).exec();
    const int members = q.next() ? int(q.integer(0)) : 0;
    if (members > 0)
        throw Error(
            Error::Kind::Input,
            tr("%1 still has %n active member(s) on %2 or later. Move them first, or merge %1 into another "
               "unit: a merge moves its members with their history.",
               members)
                .arg(unit.name, dmy(on)));
    int children = 0;
    for (const OrgUnit* c : tree.children(unit.id)) children += aliveAfter(*c, on);
    if (children > 0)
        throw Error(
            Error::Kind::Input,
            tr("%1 still has %n unit(s) below it on %2. Close or merge them first, or merge %1 into another "
               "unit, which closes them with it.",
               children)
                .arg(unit.name, dmy(on)));
}

void UnitChanges::close(Id id, const QDate& on, const QString& decisionNo)
{
    if (!on.isValid()) throw Error(Error::Kind::Input, tr("The change needs a date."));
    UnitRepository units(mDb);
    const UnitTree tree = units.tree();
    const OrgUnit unit = requireUnit(id);
    if (unit.validTo.isValid() && unit.validTo <= on)
        throw Error(Error::Kind::Input, tr("%1 was closed on %2 already.").arg(unit.name, dmy(unit.validTo)));
    if (unit.validFrom.isValid() && on <= unit.validFrom)
        throw Error(
            Error::Kind::Input,
            tr("%1 begins on %2: it can only be closed after that.").arg(unit.name, dmy(unit.validFrom)));
    refuseActiveBelow(unit, on, tree);
    Transaction t(mDb);
    closeUnitRow(unit, on, decisionNo, 0);
    t.commit();
}

void UnitChanges::closeUnitRow(const OrgUnit& unit, const QDate& on, const QString& decisionNo, Id mergedInto)
{
    OrgUnit closed = unit;
    closed.validTo = on;
    closed.mergedIntoId = mergedInto;
    if (!decisionNo.trimmed().isEmpty()) closed.decisionNo = decisionNo.trimmed();
    UnitRepository(mDb).update(closed);
    Query end(mDb, QStringLiteral(
                       "UPDATE member_positions SET date_to = :on WHERE unit_id = :u AND date_from < :on "
                       "AND (date_to IS NULL OR date_to > :on)"));
    end.bind(QStringLiteral(":on"), on).bind(QStringLiteral(":u"), unit.id).exec();
}

void UnitChanges::carryPositions(Id oldUnit, Id newUnit, const QDate& on)
{
    Query copy(mDb,
               QStringLiteral(
                   "INSERT INTO member_positions(member_id, position, title, unit_id, date_from, date_to) "
                   "SELECT member_id, position, title, :new, :on, date_to FROM member_positions "
                   "WHERE unit_id = :old AND date_from < :on AND (date_to IS NULL OR date_to > :on)"));
    copy.bind(QStringLiteral(":new"), newUnit)
        .bind(QStringLiteral(":on"), on)
        .bind(QStringLiteral(":old"), oldUnit)
        .exec();
    Query later(mDb,
                QStringLiteral(
                    "UPDATE member_positions SET unit_id = :new WHERE unit_id = :old AND date_from >= :on"));
    later.bind(QStringLiteral(":new"), newUnit)
        .bind(QStringLiteral(":old"), oldUnit)
        .bind(QStringLiteral(":on"), on)
        .exec();
}

Id UnitChanges::copyUnit(const OrgUnit& old, Id newParent, const QDate& on, const QString& decisionNo,
                         const UnitTree& tree, std::vector<std::pair<Id, Id>>& map)
{
    const OrgUnit* parent = tree.byId(newParent);
    if (parent && int(old.level) <= int(parent->level))
        throw Error(Error::Kind::Input, tr("%1 (%2) cannot be kept below %3 (%4): the levels do not fit.")
                                            .arg(old.name, displayName(old.level).toLower(), parent->name,
                                                 displayName(parent->level).toLower()));
    OrgUnit copy;
    copy.code = proposeCode(newParent);
    copy.name = old.name;
    copy.level = old.level;
    copy.parentId = newParent;
    copy.validFrom = on;
    copy.decisionNo = decisionNo.trimmed().isEmpty() ? old.decisionNo : decisionNo.trimmed();
    const Id id = UnitRepository(mDb).insert(copy);
    map.emplace_back(old.id, id);
    carryPositions(old.id, id, on);
    for (const OrgUnit* child : tree.children(old.id))
        if (child->activeAt(on)) copyUnit(*child, id, on, decisionNo, tree, map);
    return id;
}

std::vector<UnitChanges::Move> UnitChanges::activeMoves(const std::vector<Id>& units, const QDate& on)
{
    // A movement into a unit being closed, dated on the day or later, could not stay valid.
    Query later(
        mDb,
        QStringLiteral("SELECT m.full_name, e.date FROM member_events e JOIN members m ON m.id = e.member_id "
                       "WHERE e.unit_id = :u AND e.date >= :on ORDER BY e.date LIMIT 1"));
    Query q(mDb,
            QStringLiteral("SELECT id, member_id, valid_until FROM member_events "
                           "WHERE status = 'active' AND unit_id = :u AND date <= :on AND valid_until > :on"));
    q.setForwardOnly();
    std::vector<Move> out;
    for (Id u : units) {
        later.bind(QStringLiteral(":u"), u).bind(QStringLiteral(":on"), on).exec();
        if (later.next())
            throw Error(Error::Kind::Input,
                        tr("%1 has a movement on %2 into a unit that is closed on %3. Correct her "
                           "history first, or choose a later date.")
                            .arg(later.text(0), dmy(later.date(1)), dmy(on)));
        q.bind(QStringLiteral(":u"), u).bind(QStringLiteral(":on"), on).exec();
        while (q.next()) {
            Move m;
            m.eventId = q.integer(0);
            m.memberId = q.integer(1);
            m.fromUnit = u;
            if (q.text(2) != kOpenEnd) m.nextDate = q.date(2);
            out.push_back(m);
        }
    }
    return out;
}

void UnitChanges::applyMoves(const std::vector<Move>& moves, const QDate& on, const QString& decisionNo,
                             const std::vector<Id>& closing)
{
    // The event in effect on the day (dated before it: activeMoves refused movements on the day) now
    // ends on the day, where a Moved event takes over until her next event, whose "from" unit becomes the
    // destination. Earlier events are untouched, so every past register stays the same.
    Query ins(mDb,
              QStringLiteral("INSERT INTO member_events(member_id, kind, date, seq, unit_id, from_unit_id, "
                             "status, valid_until, "
                             "decision_no) VALUES(:m, 'moved', :on, 0, :to, :from, 'active', :until, :dec)"));
    Query cut(mDb, QStringLiteral("UPDATE member_events SET valid_until = :on WHERE id = :id"));
    Query next(
        mDb,
        QStringLiteral(
            "UPDATE member_events SET from_unit_id = :to WHERE member_id = :m AND date = :d AND seq = 0"));
    MemberRepository members(mDb, mRef);
    const QString decision = decisionNo.trimmed();
    for (const Move& m : moves) {
        if (m.nextDate.isValid()) {
            // She has later movements: check that the chain stays valid with the new event.
            std::vector<MembershipEvent> chain = members.events(m.memberId);
            chain.push_back({0, m.memberId, EventKind::Moved, on, m.toUnit});
            if (const QString why = normalizeChain(chain); !why.isEmpty())
                throw Error(Error::Kind::Input, why);
            for (const MembershipEvent& e : chain)
                if (e.date > on && std::find(closing.begin(), closing.end(), e.unitId) != closing.end())
                    throw Error(
                        Error::Kind::Input,
                        tr("A member has a movement after %1 into a unit that is closed then.").arg(dmy(on)));
        }
        ins.bind(QStringLiteral(":m"), m.memberId)
            .bind(QStringLiteral(":on"), on)
            .bind(QStringLiteral(":to"), m.toUnit)
            .bind(QStringLiteral(":from"), m.fromUnit)
            .bind(QStringLiteral(":until"), m.nextDate.isValid() ? m.nextDate : QDate(9999, 12, 31))
            .bind(QStringLiteral(":dec"), decision)
            .exec();
        cut.bind(QStringLiteral(":on"), on).bind(QStringLiteral(":id"), m.eventId).exec();
        if (m.nextDate.isValid())
            next.bind(QStringLiteral(":to"), m.toUnit)
                .bind(QStringLiteral(":m"), m.memberId)
                .bind(QStringLiteral(":d"), m.nextDate)
                .exec();
    }
}

int UnitChanges::merge(Id fromId, Id intoId, const QDate& on, const QString& decisionNo, ChildUnits children)
{
    refuseFutureDate(on);
    UnitRepository units(mDb);
    const UnitTree tree = units.tree();
    const OrgUnit* from = tree.byId(fromId);
    const OrgUnit* into = tree.byId(intoId);
    if (!from || !into) throw Error(Error::Kind::Input, tr("The unit no longer exists."));
    if (fromId == intoId || tree.isWithin(intoId, fromId))
        throw Error(Error::Kind::Input,
                    tr("%1 cannot be merged into itself or into a unit below it.").arg(from->name));
    for (const OrgUnit* u : {from, into})
        if (!u->activeAt(on))
            throw Error(Error::Kind::Input, tr("%1 does not exist on %2.").arg(u->name, dmy(on)));

    // The units closed with it: those below it that still exist on the day.
    std::vector<Id> closing;
    for (Id id : tree.subtree(fromId)) {
        const OrgUnit* u = tree.byId(id);
        if (u->validFrom.isValid() && u->validFrom > on)
            throw Error(Error::Kind::Input,
                        tr("%1 begins after %2: change its dates first.").arg(u->name, dmy(on)));
        if (u->activeAt(on)) closing.push_back(id);
    }

    Transaction t(mDb);
    QHash<Id, Id> dest;  // closing unit -> where its members go
    for (Id id : closing) dest.insert(id, intoId);
    if (children == ChildUnits::KeepUnderTarget) {
        std::vector<std::pair<Id, Id>> map;
        for (const OrgUnit* c : tree.children(fromId, on)) copyUnit(*c, intoId, on, decisionNo, tree, map);
        for (const auto& [old, copy] : map) dest.insert(old, copy);
    }
    std::vector<Move> moves = activeMoves(closing, on);
    for (Move& m : moves) m.toUnit = dest.value(m.fromUnit);
    applyMoves(moves, on, decisionNo, closing);
    for (Id id : closing) closeUnitRow(*tree.byId(id), on, decisionNo, dest.value(id));
    t.commit();
    return int(moves.size());
}

std::vector<Id> UnitChanges::split(Id fromId, const QDate& on, const QString& decisionNo,
                                   const std::vector<SplitPart>& parts)
{
    refuseFutureDate(on);
    UnitRepository units(mDb);
    const UnitTree tree = units.tree();
    const OrgUnit* from = tree.byId(fromId);
    if (!from) throw Error(Error::Kind::Input, tr("The unit no longer exists."));
    if (!from->activeAt(on))
        throw Error(Error::Kind::Input, tr("%1 does not exist on %2.").arg(from->name, dmy(on)));
    if (parts.size() < 2) throw Error(Error::Kind::Input, tr("A split needs at least two new units."));

    // Every unit right below it goes to exactly one part.
    QHash<Id, int> childPart;
    for (int i = 0; i < int(parts.size()); ++i)
        for (Id c : parts[i].childUnitIds) {
            const OrgUnit* u = tree.byId(c);
            if (!u || u->parentId != fromId || !u->activeAt(on))
                throw Error(Error::Kind::Input, tr("A unit given to %1 is not below %2 on %3.")
                                                    .arg(parts[i].unit.name, from->name, dmy(on)));
            if (childPart.contains(c))
                throw Error(Error::Kind::Input, tr("%1 is given to two new units.").arg(u->name));
            childPart.insert(c, i);
        }
    for (const OrgUnit* c : tree.children(fromId, on))
        if (!childPart.contains(c->id))
            throw Error(Error::Kind::Input, tr("%1 is not given to any of the new units.").arg(c->name));

    std::vector<Id> closing;
    for (Id id : tree.subtree(fromId))
        if (tree.byId(id)->activeAt(on)) closing.push_back(id);

    Transaction t(mDb);
    std::vector<Id> created;
    QHash<Id, Id> dest;  // closing unit -> its copy
    for (int i = 0; i < int(parts.size()); ++i) {
        OrgUnit u = parts[i].unit;
        if (u.parentId == 0) u.parentId = from->parentId;
        u.validFrom = on;
        u.validTo = QDate();
        if (u.decisionNo.trimmed().isEmpty()) u.decisionNo = decisionNo.trimmed();
        const Id id = addUnit(u);
        created.push_back(id);
        const UnitTree now = units.tree();
        std::vector<std::pair<Id, Id>> map;
        for (Id c : parts[i].childUnitIds) copyUnit(*tree.byId(c), id, on, decisionNo, now, map);
        for (const auto& [old, copy] : map) dest.insert(old, copy);
    }

    QHash<Id, Id> memberPart;  // explicit choice wins over the member's unit
    for (int i = 0; i < int(parts.size()); ++i)
        for (Id m : parts[i].memberIds) {
            if (memberPart.contains(m) && memberPart.value(m) != created[i])
                throw Error(Error::Kind::Input, tr("A member is given to two new units."));
            memberPart.insert(m, created[i]);
        }
    std::vector<Move> moves = activeMoves(closing, on);
    int unassigned = 0;
    for (Move& m : moves) {
        m.toUnit = memberPart.take(m.memberId);
        if (m.toUnit == 0) m.toUnit = dest.value(m.fromUnit);
        unassigned += m.toUnit == 0;
    }
    if (unassigned > 0)
        throw Error(
            Error::Kind::Input,
            tr("%n member(s) of %1 are not given to any of the new units.", unassigned).arg(from->name));
    if (!memberPart.isEmpty())
        throw Error(Error::Kind::Input,
                    tr("%n member(s) given to a new unit are not active in %1 on %2.", int(memberPart.size()))
                        .arg(from->name, dmy(on)));
    applyMoves(moves, on, decisionNo, closing);
    for (Id id : closing) closeUnitRow(*tree.byId(id), on, decisionNo, dest.value(id));
    t.commit();
    return created;
}

std::vector<UnitMember> UnitChanges::membersAt(Id unit, const QDate& d)
{
    Query q(mDb, QStringLiteral(
                     "WITH RECURSIVE sub(id) AS (SELECT CAST(:u AS BIGINT) "
                     "  UNION ALL SELECT units.id FROM units JOIN sub ON units.parent_id = sub.id) "
                     "SELECT m.id, m.full_name, m.birth_date, m.birth_year, e.unit_id FROM member_events e "
                     "JOIN members m ON m.id = e.member_id "
                     "WHERE e.status = 'active' AND e.date <= :d AND e.valid_until > :d AND e.unit_id IN "
                     "(SELECT id FROM sub) "
                     "ORDER BY m.sort_key"));
    q.setForwardOnly();
    q.bind(QStringLiteral(":u"), unit).bind(QStringLiteral(":d"), d).exec();
    std::vector<UnitMember> out;
    while (q.next()) {
        UnitMember m;
        m.memberId = q.integer(0);
        m.fullName = q.text(1);
        m.birth.date = q.date(2);
        m.birth.year = int(q.integer(3));
        m.unitId = q.integer(4);
        out.push_back(m);
    }
    return out;
}

void UnitChanges::savePopulations(const std::vector<PopulationEdit>& edits)
{
    UnitYearRepository years(mDb);
    Query del(mDb, QStringLiteral("DELETE FROM population WHERE unit_id = :u AND year = :y"));
    Transaction t(mDb);
    for (const PopulationEdit& e : edits) {
        if (e.women18Plus < 0)
            del.bind(QStringLiteral(":u"), e.unitId).bind(QStringLiteral(":y"), e.year).exec();
        else
            years.setPopulation(e.unitId, e.year, {e.women18Plus, e.basis});
    }
    t.commit();
}

}  // namespace hv
