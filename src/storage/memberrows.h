#pragma once
// The column lists of members and member_events, written once and used by both the Qt statement
// path (MemberRepository) and the bulk loader, so that the two can never disagree.

#include "core/types.h"
#include "core/vietnamese.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace hv::rows {

using OptInt = std::optional<qint64>;
// Foreign keys and unknown numbers: 0 is stored as NULL.
inline OptInt ref(qint64 v) { return v == 0 ? OptInt() : OptInt(v); }

// Calls f(":column", value) for every stored column of a member except id and version; value is a
// QString (null = SQL NULL), qint64, OptInt (nullopt = NULL), QDate (invalid = NULL) or QByteArray.
// nameFold: vn::fold(m.fullName) when the caller has it already (the importer folds once per row).
template <typename F>
void forEachMemberColumn(const Member& m, Id batchId, F&& f, const QString* nameFold = nullptr)
{
    f(":full_name", m.fullName);
    f(":name_fold", nameFold ? *nameFold : vn::fold(m.fullName));
    f(":sort_key", vn::nameSortKey(m.fullName));
    f(":birth_date", m.birth.date);
    f(":birth_year", ref(m.birth.year));
    f(":sex", toCode(m.sex));
    f(":citizen_id", m.citizenId.isEmpty() ? QString() : m.citizenId);
    f(":citizen_id_override", m.citizenIdOverride.isEmpty() ? QString() : m.citizenIdOverride);
    f(":ethnicity", m.ethnicityCode.isEmpty() ? QString() : m.ethnicityCode);
    f(":religion", m.religionCode.isEmpty() ? QString() : m.religionCode);
    f(":education", m.education);
    f(":professional", m.professional);
    f(":political_theory", m.politicalTheory);
    f(":occupation", m.occupation);
    f(":party_member", qint64(m.partyMember));
    f(":party_joined_on", m.partyJoinedOn);
    f(":party_official_on", m.partyOfficialOn);
    f(":address", m.address);
    f(":phone", m.phone);
    f(":member_type", toCode(m.type));
    f(":joined_on", m.joinedOn == unknownDate() ? QDate() : m.joinedOn);
    f(":admission_decision", m.admissionDecision);
    f(":join_kind", m.joinKind == JoinKind::Admitted ? QStringLiteral("admitted") : QStringLiteral("transferred_in"));
    f(":card_no", m.cardNo);
    f(":card_issued_on", m.cardIssuedOn);
    f(":core_member", qint64(m.coreMember));
    f(":household", m.household);
    f(":notes", m.notes);
    f(":batch_id", ref(batchId));
}

template <typename F>
void forEachEventColumn(const MembershipEvent& e, Id batchId, F&& f)
{
    f(":member_id", e.memberId);
    f(":kind", toCode(e.kind));
    f(":date", e.date);
    f(":seq", qint64(e.seq));
    f(":unit_id", ref(e.unitId));
    f(":from_unit_id", ref(e.fromUnitId));
    f(":status", toCode(e.status));
    f(":valid_until", e.validUntil.isValid() ? e.validUntil : QDate(9999, 12, 31));
    f(":decision_no", e.decisionNo);
    f(":notes", e.notes);
    f(":batch_id", ref(batchId));
}

// The report's facts of a member's events (migration 0003_report_facts.sql, which holds the same rule
// in SQL for every other path): an honorary member is 1; an ordinary member has ethnic minority in bit
// 21 and religious in bit 42. partySince is when an ordinary member joined the party (0000-01-01 when
// unknown), null when she is not in it.
struct EventFacts {
    qint64 facts = 0;
    QString partySince;
};
inline EventFacts eventFacts(const Member& m)
{
    if (m.type == MemberType::Honorary)
        return {1, QString()};
    const QString& eth = m.ethnicityCode;
    const bool minority = !eth.isEmpty() && eth != QLatin1String("01") && eth != QLatin1String("55");
    const bool religious = !m.religionCode.isEmpty() && m.religionCode != QLatin1String("00");
    EventFacts f;
    f.facts = (qint64(minority) << 21) | (qint64(religious) << 42);
    if (m.partyMember)
        f.partySince = m.partyJoinedOn.isValid() ? m.partyJoinedOn.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    return f;
}

template <typename F>
void forEachPositionColumn(const PositionHolding& p, F&& f)
{
    f(":member_id", p.memberId);
    f(":position", toCode(p.position));
    f(":title", p.title);
    f(":unit_id", ref(p.unitId));
    f(":date_from", p.from);
    f(":date_to", p.to);
}

// "INSERT INTO table(a, b) VALUES(:a, :b)" for the columns a forEach... function visits.
template <typename Visit>
QString insertStatement(const char* table, Visit&& visit)
{
    QStringList names, params;
    visit([&](const char* param, const auto&) {
        params << QString::fromLatin1(param);
        names << QString::fromLatin1(param + 1);
    });
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
        .arg(QString::fromLatin1(table), names.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

}  // namespace hv::rows
