#include "storage/registersql.h"

#include "storage/database.h"

#include <algorithm>

namespace hv::registersql {
namespace {

bool isDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

}  // namespace

void Sql::apply(Query& q) const
{
    for (const auto& [name, v] : binds) q.bind(name, v);
}

Sql build(const RegisterQuery& q, bool walk)
{
    Sql s;
    const QDate d = q.effectiveDate();
    s.bind(QStringLiteral(":d"), isoOrNull(d));
    // "+" keeps the planner off member_events_date, which would be read almost whole.
    s.events << QStringLiteral("+e.date <= :d AND e.valid_until > :d");
    if (q.status == RegisterStatus::Active)
        s.events << QStringLiteral("e.status = 'active'");
    else if (q.status == RegisterStatus::Left)
        s.events << QStringLiteral("e.status <> 'active'");
    if (q.unitId != 0) {
        s.cte = QStringLiteral(
            "WITH RECURSIVE sub(id) AS (SELECT CAST(:unit AS BIGINT) UNION ALL "
            "SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) ");
        s.bind(QStringLiteral(":unit"), q.unitId);
        // A member who left is listed under the unit she left.
        s.events << (q.status == RegisterStatus::Active
                         ? QStringLiteral("e.unit_id IN (SELECT id FROM sub)")
                         : QStringLiteral("coalesce(e.unit_id, e.from_unit_id) IN (SELECT id FROM sub)"));
    }

    if (q.memberType) {
        s.members << QStringLiteral("m.member_type = :type");
        s.bind(QStringLiteral(":type"), toCode(*q.memberType));
    }
    if (q.ethnicity == QLatin1String(RegisterQuery::kMinority)) {
        s.members << QStringLiteral("m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55')");
    } else if (!q.ethnicity.isEmpty()) {
        s.members << QStringLiteral("m.ethnicity = :eth");
        s.bind(QStringLiteral(":eth"), q.ethnicity);
    }
    if (q.religion == QLatin1String(RegisterQuery::kAnyReligion)) {
        s.members << QStringLiteral("m.religion IS NOT NULL AND m.religion <> '00'");
    } else if (!q.religion.isEmpty()) {
        s.members << QStringLiteral("m.religion = :rel");
        s.bind(QStringLiteral(":rel"), q.religion);
    }
    if (q.party) {
        const QString party =
            QStringLiteral("(m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d))");
        s.members << (*q.party ? party : QStringLiteral("NOT ") + party);
    }
    // Age in completed years at D; a member known only by her year of birth is D.year - year old.
    if (q.ageFrom >= 0) {
        s.members << QStringLiteral(
            "(CASE WHEN m.birth_date IS NOT NULL THEN m.birth_date <= :bornBy "
            "ELSE m.birth_year <= :yearBy END)");
        s.bind(QStringLiteral(":bornBy"), isoOrNull(d.addYears(-q.ageFrom)));
        s.bind(QStringLiteral(":yearBy"), d.year() - q.ageFrom);
    }
    if (q.ageTo >= 0) {
        s.members << QStringLiteral(
            "(CASE WHEN m.birth_date IS NOT NULL THEN m.birth_date > :bornAfter "
            "ELSE m.birth_year >= :yearFrom END)");
        s.bind(QStringLiteral(":bornAfter"), isoOrNull(d.addYears(-(q.ageTo + 1))));
        s.bind(QStringLiteral(":yearFrom"), d.year() - q.ageTo);
    }
    if (q.position) {
        // "+": per member through member_positions_member, not through all holders of the position.
        s.members << QStringLiteral(
            "EXISTS (SELECT 1 FROM member_positions p WHERE p.member_id = m.id "
            "AND +p.position = :pos AND +p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d))");
        s.bind(QStringLiteral(":pos"), toCode(*q.position));
    }
    if (q.joinedYear > 0) {
        s.members << QStringLiteral("m.joined_on >= :joinedFrom AND m.joined_on < :joinedTo");
        s.bind(QStringLiteral(":joinedFrom"), isoOrNull(QDate(q.joinedYear, 1, 1)));
        s.bind(QStringLiteral(":joinedTo"), isoOrNull(QDate(q.joinedYear + 1, 1, 1)));
    }
    const QString digits = QString(q.search).remove(QLatin1Char(' '));
    if (isDigits(digits)) {
        // A range on the digits keeps the prefix search on the index of citizen_id (LIKE would ignore it):
        // every CCCD that starts with them sorts before the digits and ':', which follows '9'.
        s.members << (walk ? QStringLiteral("+m.citizen_id >= :cccd AND +m.citizen_id < :cccdEnd")
                           : QStringLiteral("m.citizen_id >= :cccd AND m.citizen_id < :cccdEnd"));
        s.citizenSearch = true;
        s.bind(QStringLiteral(":cccd"), digits);
        s.bind(QStringLiteral(":cccdEnd"), digits + QLatin1Char(':'));
    } else if (const QString p = RegisterRepository::namePattern(q.search); !p.isEmpty()) {
        s.pattern = p;
        s.members << QStringLiteral("m.name_fold LIKE :pattern");
        s.bind(QStringLiteral(":pattern"), p);
    }

    switch (q.sort) {
        case RegisterSort::Name:
            break;
        case RegisterSort::BirthDate:
            s.valueExpr = QStringLiteral("coalesce(m.birth_date, CAST(m.birth_year AS TEXT), '')");
            break;
        case RegisterSort::JoinedOn:
            s.valueExpr = QStringLiteral("coalesce(m.joined_on, '')");
            break;
        case RegisterSort::Unit:
            // Unit codes follow the tree ("<commune>-01-2"), so this groups chapters and their groups.
            s.valueExpr = QStringLiteral(
                "coalesce((SELECT u.code FROM units u WHERE u.id = coalesce(e.unit_id, e.from_unit_id)), "
                "'')");
            break;
    }
    return s;
}

QString columns()
{
    return QStringLiteral(
        "m.id, m.full_name, m.birth_date, m.birth_year, m.citizen_id, m.ethnicity, m.religion, "
        "(m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d)), m.phone, "
        "m.address, "
        "coalesce(e.unit_id, e.from_unit_id), e.status, "
        "(SELECT p.position FROM member_positions p WHERE p.member_id = m.id AND p.date_from <= :d "
        "AND (p.date_to IS NULL OR p.date_to > :d) ORDER BY p.date_from DESC LIMIT 1), "
        "m.joined_on, m.card_no, m.member_type, m.sort_key, ");
}

RegisterRow readRow(const Query& q, bool hasValue)
{
    RegisterRow r;
    r.id = q.integer(0);
    r.fullName = q.text(1);
    r.birth.date = q.date(2);
    r.birth.year = r.birth.date.isValid() ? r.birth.date.year() : int(q.integer(3));
    r.citizenId = q.text(4);
    r.ethnicityCode = q.text(5);
    r.religionCode = q.text(6);
    r.partyMember = q.integer(7) != 0;
    r.phone = q.text(8);
    r.address = q.text(9);
    r.unitId = q.integer(10);
    r.status = statusFromText(q.text(11)).value_or(Status::Active);
    r.position =
        q.value(12).isNull() ? Position::None : positionFromText(q.text(12)).value_or(Position::Other);
    r.joinedOn = q.date(13);
    r.cardNo = q.text(14);
    r.type = memberTypeFromText(q.text(15)).value_or(MemberType::Ordinary);
    r.key = {hasValue ? q.value(17) : QVariant(), q.value(16).toByteArray(), r.id};
    return r;
}

}  // namespace hv::registersql
