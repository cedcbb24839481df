#include "core/membervalidation.h"

#include "core/citizenid.h"
#include "core/referencedata.h"

#include <QCoreApplication>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberValidation", s); }

QString fmt(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

}  // namespace

int ageOn(const FlexDate& birth, const QDate& d)
{
    if (birth.isNull() || !d.isValid())
        return -1;
    if (birth.yearOnly())
        return d.year() - birth.year;
    int age = d.year() - birth.date.year();
    if (d.month() < birth.date.month() || (d.month() == birth.date.month() && d.day() < birth.date.day()))
        --age;
    return age;
}

std::vector<FieldProblem> validateMember(const Member& m, const ReferenceData& ref, const QDate& today)
{
    std::vector<FieldProblem> out;
    auto error = [&](const char* f, const QString& msg) { out.push_back({QString::fromLatin1(f), msg, false}); };
    auto notFuture = [&](const char* f, const QDate& d, const QString& what) {
        if (d.isValid() && d > today && d != unknownDate())
            error(f, tr("%1 %2 is in the future.").arg(what, fmt(d)));
    };

    if (m.fullName.trimmed().isEmpty())
        error(field::kFullName, tr("The full name is required."));

    const bool ordinary = m.type == MemberType::Ordinary;
    if (m.birth.isNull()) {
        if (ordinary)
            error(field::kBirthDate, tr("The date or year of birth is required."));
    } else if (m.birth.yearOnly() ? m.birth.year > today.year() : m.birth.date > today) {
        error(field::kBirthDate, tr("The date of birth %1 is in the future.").arg(m.birth.toIso()));
    } else if (m.birth.year < 1900) {
        error(field::kBirthDate, tr("The year of birth %1 is not plausible.").arg(m.birth.year));
    }

    if (ordinary && m.sex != Sex::Female)
        error(field::kSex, tr("Ordinary members are women; a man can only be an honorary member."));

    notFuture(field::kJoinedOn, m.joinedOn, tr("The join date"));
    if (ordinary && m.joinedOn.isValid() && m.joinedOn != unknownDate() && !m.birth.isNull()) {
        const int age = ageOn(m.birth, m.joinedOn);
        if (age < 18)
            error(field::kJoinedOn, tr("She was %1 when she joined on %2; ordinary members join at 18 or over.")
                                        .arg(age).arg(fmt(m.joinedOn)));
    }
    if (m.joinedOn.isValid() && m.joinedOn != unknownDate() && !m.birth.isNull() &&
        (m.birth.yearOnly() ? m.joinedOn.year() < m.birth.year : m.joinedOn < m.birth.date))
        error(field::kJoinedOn, tr("The join date %1 is before the date of birth.").arg(fmt(m.joinedOn)));
    notFuture(field::kCardIssuedOn, m.cardIssuedOn, tr("The card issue date"));
    notFuture(field::kPartyJoinedOn, m.partyJoinedOn, tr("The party admission date"));

    if (!m.citizenId.isEmpty()) {
        const std::optional<Sex> sex = m.sex;
        const std::optional<int> year = m.birth.isNull() ? std::nullopt : std::optional<int>(m.birth.year);
        const CitizenIdCheck c = CitizenId::check(m.citizenId, ref, sex, year);
        if (!c.ok())
            error(field::kCitizenId, c.error);
        else if (m.citizenIdOverride.isEmpty())
            for (const QString& w : c.warnings)
                out.push_back({QString::fromLatin1(field::kCitizenId), w, true});
    }
    if (!m.ethnicityCode.isEmpty() && ref.ethnicityName(m.ethnicityCode).isEmpty())
        error(field::kEthnicity, tr("Unknown ethnic group code %1.").arg(m.ethnicityCode));
    if (!m.religionCode.isEmpty() && ref.religionName(m.religionCode).isEmpty())
        error(field::kReligion, tr("Unknown religion code %1.").arg(m.religionCode));
    return out;
}

}  // namespace hv
