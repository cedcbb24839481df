#pragma once
// The rules a member record must satisfy (DOMAIN.md "Members"), shared by the form, the importer and
// the repository. Uniqueness of the citizen ID needs the database and is checked by the repository.

#include "core/types.h"

#include <QString>
#include <vector>

namespace hv {

class ReferenceData;

// Canonical field names, as in CONTRACT.md's member import format.
namespace field {
inline constexpr const char* kFullName = "full_name";
inline constexpr const char* kBirthDate = "birth_date";
inline constexpr const char* kCitizenId = "citizen_id";
inline constexpr const char* kEthnicity = "ethnicity";
inline constexpr const char* kReligion = "religion";
inline constexpr const char* kJoinedOn = "joined_on";
inline constexpr const char* kSex = "sex";
inline constexpr const char* kCardIssuedOn = "card_issued_on";
inline constexpr const char* kPartyJoinedOn = "party_joined_on";
}  // namespace field

struct FieldProblem {
    QString field;     // canonical name (field::k...)
    QString message;   // translated sentence
    bool warning = false;  // a warning may be accepted by the officer (recorded in citizenIdOverride)
};

// Checks one member as of date today. CCCD structure disagreements are warnings unless
// member.citizenIdOverride is set (the officer accepted them), in which case they are not reported.
std::vector<FieldProblem> validateMember(const Member& member, const ReferenceData& ref, const QDate& today);

// Age in whole years on date d; year-only births count from 1 January (the youngest she can be is not
// known, so the rule of 18 is applied generously: a year-only birth passes when year(d) - year >= 18).
int ageOn(const FlexDate& birth, const QDate& d);

}  // namespace hv
