#include "storage/memberrepository.h"

#include "core/namewords.h"

#include "core/membership.h"
#include "core/membervalidation.h"
#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/memberrows.h"

#include <QCoreApplication>
#include <algorithm>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberRepository", s); }

// Binds one value of the forEach...Column visitors to a Qt statement.
struct QtBinder {
    Query& q;
    void operator()(const char* name, const QString& v) { q.bind(QString::fromLatin1(name), v); }
    void operator()(const char* name, qint64 v) { q.bind(QString::fromLatin1(name), QVariant(v)); }
    void operator()(const char* name, const rows::OptInt& v)
    {
        q.bind(QString::fromLatin1(name), v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>()));
    }
    void operator()(const char* name, const QDate& v) { q.bind(QString::fromLatin1(name), v); }
    void operator()(const char* name, const QByteArray& v) { q.bind(QString::fromLatin1(name), QVariant(v)); }
};

const QString kMemberColumns = QStringLiteral(
    "id, full_name, birth_date, birth_year, sex, citizen_id, citizen_id_override, ethnicity, religion, "
    "education, professional, political_theory, occupation, party_member, party_joined_on, "
    "party_official_on, address, phone, member_type, joined_on, admission_decision, join_kind, card_no, "
    "card_issued_on, core_member, household, notes, version");

Member readMember(const Query& q)
{
    Member m;
    m.id = q.integer(0);
    m.fullName = q.text(1);
    m.birth.date = q.date(2);
    m.birth.year = int(q.integer(3));
    m.sex = sexFromText(q.text(4)).value_or(Sex::Female);
    m.citizenId = q.text(5);
    m.citizenIdOverride = q.text(6);
    m.ethnicityCode = q.text(7);
    m.religionCode = q.text(8);
    m.education = q.text(9);
    m.professional = q.text(10);
    m.politicalTheory = q.text(11);
    m.occupation = q.text(12);
    m.partyMember = q.integer(13) != 0;
    m.partyJoinedOn = q.date(14);
    m.partyOfficialOn = q.date(15);
    m.address = q.text(16);
    m.phone = q.text(17);
    m.type = memberTypeFromText(q.text(18)).value_or(MemberType::Ordinary);
    m.joinedOn = q.date(19);
    m.admissionDecision = q.text(20);
    m.joinKind = q.text(21) == QLatin1String("transferred_in") ? JoinKind::TransferredIn : JoinKind::Admitted;
    m.cardNo = q.text(22);
    m.cardIssuedOn = q.date(23);
    m.coreMember = q.integer(24) != 0;
    m.household = q.text(25);
    m.notes = q.text(26);
    m.version = int(q.integer(27));
    return m;
}

MembershipEvent readEvent(const Query& q)
{
    MembershipEvent e;
    e.id = q.integer(0);
    e.memberId = q.integer(1);
    e.kind = eventKindFromCode(q.text(2)).value_or(EventKind::Admitted);
    e.date = q.date(3);
    e.seq = int(q.integer(4));
    e.unitId = q.integer(5);
    e.fromUnitId = q.integer(6);
    e.status = statusFromText(q.text(7)).value_or(Status::Active);
    e.validUntil = q.text(8) == QLatin1String("9999-12-31") ? QDate() : q.date(8);
    e.decisionNo = q.text(9);
    e.notes = q.text(10);
    return e;
}

void refuseProblems(const std::vector<FieldProblem>& problems)
{
    if (problems.empty()) return;
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << (p.warning ? tr("%1 (warning; confirm to accept): %2") : QStringLiteral("%1: %2"))
                     .arg(p.field, p.message);
    throw Error(Error::Kind::Input, lines.join(QLatin1Char('\n')));
}

}  // namespace

Id MemberRepository::create(const Member& given, std::vector<MembershipEvent> events,
                            std::vector<PositionHolding> positions, Id batchId)
{
    // The join date is the date of her first event when the form left it empty: the rule of 18 applies.
    Member member = given;
    if (!member.joinedOn.isValid() && !events.empty()) {
        const auto first = std::min_element(
            events.begin(), events.end(),
            [](const MembershipEvent& a, const MembershipEvent& b) { return a.date < b.date; });
        if (first->date != unknownDate()) member.joinedOn = first->date;
    }
    access::requireWrite(mDb);
    for (const MembershipEvent& e : events)
        if (e.unitId != 0) access::requireUnit(mDb, e.unitId);
    refuseProblems(validateMember(member, mRef, QDate::currentDate()));
    if (!member.citizenId.isEmpty() && idByCitizenId(member.citizenId))
        throw Error(Error::Kind::Input,
                    tr("citizen_id: CCCD %1 belongs to another member already.").arg(member.citizenId));
    if (const QString why = normalizeChain(events); !why.isEmpty()) throw Error(Error::Kind::Input, why);
    checkChainUnits(events);

    Transaction t(mDb);
    Query q(mDb, rows::insertStatement("members",
                                       [&](auto&& f) { rows::forEachMemberColumn(member, batchId, f); }));
    QtBinder binder{q};
    rows::forEachMemberColumn(member, batchId, binder);
    q.exec();
    const Id id = q.lastInsertId();
    if (dialect::keepsSearchTable(mDb)) {
        Query fts(mDb, QStringLiteral("INSERT INTO member_search(rowid, name_fold) VALUES(:id, :fold)"));
        fts.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":fold"), vn::fold(member.fullName)).exec();
    }
    writeChain(id, events, batchId);
    for (PositionHolding& p : positions) {
        p.memberId = id;
        addPosition(p);
    }
    AuditLog(mDb).append(QStringLiteral("create"), QStringLiteral("member:%1").arg(id),
                         AuditLog::memberChanges(nullptr, member), id);
    t.commit();
    return id;
}

void MemberRepository::update(const Member& member) { updateColumns(member, {}); }

void MemberRepository::updateColumns(const Member& member, const QStringList& only)
{
    access::requireMemberWrite(mDb, member.id);
    refuseProblems(validateMember(member, mRef, QDate::currentDate()));
    const auto old = byId(member.id);
    if (!old) throw Error(Error::Kind::Input, tr("The member no longer exists."));
    if (old->version != member.version)
        throw Error(Error::Kind::Conflict, tr("Somebody else saved this member after you opened it."));
    if (!member.citizenId.isEmpty()) {
        const auto other = idByCitizenId(member.citizenId);
        if (other && *other != member.id)
            throw Error(Error::Kind::Input,
                        tr("citizen_id: CCCD %1 belongs to another member already.").arg(member.citizenId));
    }
    // Which columns are written: all, or those asked for (with what follows from the name).
    const auto written = [&](const char* param) {
        if (qstrcmp(param, ":batch_id") == 0) return false;
        if (only.isEmpty()) return true;
        const QString column = QString::fromLatin1(param + 1);
        const bool fromName = column == QLatin1String("name_fold") || column == QLatin1String("sort_key");
        return only.contains(column) || (fromName && only.contains(QLatin1String("full_name")));
    };
    QStringList sets;
    rows::forEachMemberColumn(member, 0, [&](const char* name, const auto&) {
        if (written(name))
            sets << QStringLiteral("%1 = %2").arg(QString::fromLatin1(name + 1), QString::fromLatin1(name));
    });
    if (sets.isEmpty()) return;
    Transaction t(mDb);
    Query q(mDb, QStringLiteral(
                     "UPDATE members SET %1, version = version + 1 WHERE id = :id AND version = :version")
                     .arg(sets.join(QStringLiteral(", "))));
    QtBinder binder{q};
    rows::forEachMemberColumn(member, 0, [&](const char* name, const auto& v) {
        if (written(name)) binder(name, v);
    });
    q.bind(QStringLiteral(":id"), member.id).bind(QStringLiteral(":version"), member.version).exec();
    if (q.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("Somebody else saved this member after you opened it."));
    const bool renamed = (only.isEmpty() || only.contains(QLatin1String("full_name"))) &&
                         vn::fold(old->fullName) != vn::fold(member.fullName);
    if (dialect::keepsSearchTable(mDb) && renamed) {
        // External-content FTS: the old text must be given to delete its entry.
        Query del(
            mDb,
            QStringLiteral(
                "INSERT INTO member_search(member_search, rowid, name_fold) VALUES('delete', :id, :fold)"));
        del.bind(QStringLiteral(":id"), member.id)
            .bind(QStringLiteral(":fold"), vn::fold(old->fullName))
            .exec();
        Query ins(mDb, QStringLiteral("INSERT INTO member_search(rowid, name_fold) VALUES(:id, :fold)"));
        ins.bind(QStringLiteral(":id"), member.id)
            .bind(QStringLiteral(":fold"), vn::fold(member.fullName))
            .exec();
    }
    // What the record became: with some columns written, the others are as someone else left them.
    const Member stored = only.isEmpty() ? member : byId(member.id).value_or(member);
    AuditLog(mDb).append(QStringLiteral("update"), QStringLiteral("member:%1").arg(member.id),
                         AuditLog::memberChanges(&*old, stored), member.id);
    t.commit();
}

std::optional<Member> MemberRepository::byId(Id id)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT %1 FROM members WHERE id = :id").arg(kMemberColumns) +
                     access::memberCondition(mDb, QStringLiteral("id")));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next()) return readMember(q);
    return std::nullopt;
}

std::optional<Member> MemberRepository::open(Id id)
{
    auto m = byId(id);
    if (m) AuditLog(mDb).append(QStringLiteral("read"), QStringLiteral("member:%1").arg(id), {}, id);
    return m;
}

std::optional<Id> MemberRepository::idByCitizenId(const QString& citizenId)
{
    Query q(mDb, QStringLiteral("SELECT id FROM members WHERE citizen_id = :c"));
    q.bind(QStringLiteral(":c"), citizenId).exec();
    if (q.next()) return q.integer(0);
    return std::nullopt;
}

std::vector<Id> MemberRepository::idsByNameAndBirthYear(const QString& nameFold, int birthYear)
{
    Query q(mDb, QStringLiteral("SELECT id FROM members WHERE name_fold = :n AND birth_year = :y"));
    q.bind(QStringLiteral(":n"), nameFold).bind(QStringLiteral(":y"), birthYear).exec();
    std::vector<Id> out;
    while (q.next()) out.push_back(q.integer(0));
    return out;
}

qint64 MemberRepository::count()
{
    Query q(mDb, QStringLiteral("SELECT count(*) FROM members"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

std::vector<IdentityKey> MemberRepository::identityKeys()
{
    Query q(mDb, QStringLiteral(
                     "SELECT id, full_name, name_fold, citizen_id, birth_date, birth_year FROM members"));
    q.setForwardOnly();
    q.exec();
    std::vector<IdentityKey> out;
    while (q.next()) {
        IdentityKey k{q.integer(0), q.text(1), q.text(2), q.text(3), {}};
        k.birth.date = q.date(4);
        k.birth.year = int(q.integer(5));
        out.push_back(std::move(k));
    }
    return out;
}

std::vector<MembershipEvent> MemberRepository::events(Id memberId)
{
    Query q(mDb, QStringLiteral("SELECT id, member_id, kind, date, seq, unit_id, from_unit_id, status, "
                                "valid_until, decision_no, notes FROM member_events WHERE member_id = :m") +
                     access::memberCondition(mDb, QStringLiteral("member_id")) +
                     QStringLiteral(" ORDER BY date, seq"));
    q.bind(QStringLiteral(":m"), memberId).exec();
    std::vector<MembershipEvent> out;
    while (q.next()) out.push_back(readEvent(q));
    return out;
}

void MemberRepository::checkChainUnits(const std::vector<MembershipEvent>& events)
{
    Query q(mDb, QStringLiteral("SELECT valid_from, valid_to, name FROM units WHERE id = :id"));
    for (const MembershipEvent& e : events) {
        if (e.unitId == 0) continue;
        q.bind(QStringLiteral(":id"), e.unitId).exec();
        if (!q.next())
            throw Error(Error::Kind::Input,
                        tr("The unit of the event of %1 does not exist.").arg(e.date.toString(Qt::ISODate)));
        const QDate to = q.date(1);
        if (to.isValid() && e.date >= to)
            throw Error(Error::Kind::Input,
                        tr("%1 no longer existed on %2.")
                            .arg(q.text(2), e.date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
}

void MemberRepository::writeChain(Id memberId, std::vector<MembershipEvent>& events, Id batchId)
{
    Query del(mDb, QStringLiteral("DELETE FROM member_events WHERE member_id = :m"));
    del.bind(QStringLiteral(":m"), memberId).exec();
    MembershipEvent probe;
    Query ins(mDb, rows::insertStatement("member_events",
                                         [&](auto&& f) { rows::forEachEventColumn(probe, 0, f); }));
    QtBinder binder{ins};
    for (MembershipEvent& e : events) {
        e.memberId = memberId;
        rows::forEachEventColumn(e, batchId, binder);
        ins.exec();
        e.id = ins.lastInsertId();
    }
}

void MemberRepository::remove(Id memberId)
{
    access::requireMemberWrite(mDb, memberId);
    const auto m = byId(memberId);
    if (!m) return;
    Transaction t(mDb);
    if (dialect::keepsSearchTable(mDb)) {
        Query del(
            mDb,
            QStringLiteral(
                "INSERT INTO member_search(member_search, rowid, name_fold) VALUES('delete', :id, :fold)"));
        del.bind(QStringLiteral(":id"), memberId).bind(QStringLiteral(":fold"), vn::fold(m->fullName)).exec();
    }
    Query q(mDb, QStringLiteral("DELETE FROM members WHERE id = :id"));
    q.bind(QStringLiteral(":id"), memberId).exec();
    AuditLog(mDb).append(QStringLiteral("delete"), QStringLiteral("member:%1").arg(memberId),
                         {{QStringLiteral("full_name"), m->fullName}}, memberId);
    t.commit();
}

Id MemberRepository::addEvent(Id memberId, MembershipEvent event)
{
    if (!event.date.isValid()) throw Error(Error::Kind::Input, tr("The event needs a date."));
    if (event.date > QDate::currentDate())
        throw Error(
            Error::Kind::Input,
            tr("The date %1 is in the future.").arg(event.date.toString(QStringLiteral("dd/MM/yyyy"))));
    access::requireMemberWrite(mDb, memberId);
    if (event.unitId != 0) access::requireUnit(mDb, event.unitId);
    std::vector<MembershipEvent> chain = events(memberId);
    if (chain.empty() && !byId(memberId)) throw Error(Error::Kind::Input, tr("The member no longer exists."));
    event.memberId = memberId;
    chain.push_back(event);
    if (const QString why = normalizeChain(chain); !why.isEmpty()) throw Error(Error::Kind::Input, why);
    checkChainUnits(chain);
    Transaction t(mDb);
    writeChain(memberId, chain, 0);
    t.commit();
    for (const MembershipEvent& e : chain)
        if (e.date == event.date && e.kind == event.kind &&
            e.unitId == (endsMembership(event.kind) ? 0 : event.unitId))
            return e.id;
    return 0;
}

void MemberRepository::removeEvent(Id eventId)
{
    Query q(mDb, QStringLiteral("SELECT member_id FROM member_events WHERE id = :id"));
    q.bind(QStringLiteral(":id"), eventId).exec();
    if (!q.next()) return;
    const Id memberId = q.integer(0);
    access::requireMemberWrite(mDb, memberId);
    std::vector<MembershipEvent> chain = events(memberId);
    chain.erase(
        std::remove_if(chain.begin(), chain.end(), [&](const MembershipEvent& e) { return e.id == eventId; }),
        chain.end());
    if (chain.empty())
        throw Error(Error::Kind::Input,
                    tr("The first event of a member cannot be removed; delete the member instead."));
    if (const QString why = normalizeChain(chain); !why.isEmpty()) throw Error(Error::Kind::Input, why);
    Transaction t(mDb);
    writeChain(memberId, chain, 0);
    t.commit();
}

std::vector<PositionHolding> MemberRepository::positions(Id memberId)
{
    Query q(mDb, QStringLiteral("SELECT id, member_id, position, title, unit_id, date_from, date_to "
                                "FROM member_positions WHERE member_id = :m") +
                     access::memberCondition(mDb, QStringLiteral("member_id")) +
                     QStringLiteral(" ORDER BY date_from"));
    q.bind(QStringLiteral(":m"), memberId).exec();
    std::vector<PositionHolding> out;
    while (q.next()) {
        PositionHolding p;
        p.id = q.integer(0);
        p.memberId = q.integer(1);
        p.position = positionFromText(q.text(2)).value_or(Position::Other);
        p.title = q.text(3);
        p.unitId = q.integer(4);
        p.from = q.date(5);
        p.to = q.date(6);
        out.push_back(p);
    }
    return out;
}

Id MemberRepository::addPosition(PositionHolding holding)
{
    if (holding.position == Position::None || !holding.from.isValid())
        throw Error(Error::Kind::Input, tr("A position needs a title and a start date."));
    if (holding.to.isValid() && holding.to <= holding.from)
        throw Error(Error::Kind::Input, tr("A position must end after it starts."));
    // A position is written with her record (create): her chain is not stored yet, so the unit decides.
    access::requireWrite(mDb);
    if (holding.unitId != 0) access::requireUnit(mDb, holding.unitId);
    Query q(mDb, rows::insertStatement("member_positions",
                                       [&](auto&& f) { rows::forEachPositionColumn(holding, f); }));
    QtBinder binder{q};
    rows::forEachPositionColumn(holding, binder);
    q.exec();
    return q.lastInsertId();
}

void MemberRepository::endPosition(Id holdingId, const QDate& to)
{
    Query owner(mDb, QStringLiteral("SELECT member_id FROM member_positions WHERE id = :id"));
    owner.bind(QStringLiteral(":id"), holdingId).exec();
    if (owner.next()) access::requireMemberWrite(mDb, owner.integer(0));
    Query q(mDb,
            QStringLiteral("UPDATE member_positions SET date_to = :to WHERE id = :id AND date_from < :to"));
    q.bind(QStringLiteral(":to"), to).bind(QStringLiteral(":id"), holdingId).exec();
    if (q.rowsAffected() != 1) throw Error(Error::Kind::Input, tr("A position must end after it starts."));
}

}  // namespace hv
