#pragma once
// Erasure of a member's personal data on her request (docs/security.md "A member's rights").
//
// The record stays, anonymised, so that the counts of past years do not change: her movements (the
// register at every date), her positions (chapter heads), her trainings and awards stay, and with them
// the attributes the reports count: member type, ethnicity, religion, party membership and the date she
// joined the party, the year of birth (age groups), sex, the date and kind of joining. Everything that
// identifies her goes: the name (replaced by "Đã xoá theo yêu cầu #id"), CCCD, phone, address,
// household, day and month of birth, card number, notes, her education and occupation, the notes of her
// movements, the copies kept for undoing imports, her name in training lists and the reasons of her
// awards, and the personal values in the audit log's details (its entries stay: who did what, when).

#include "core/types.h"

namespace hv {

class Database;

// The name an erased record carries.
QString erasedName(Id memberId);

// Anonymises the member in one transaction and writes "erase" to the audit log. Throws Error(Kind::Input)
// when there is no such member or she was erased already, Error(Kind::Denied) when the signed-in account
// may not change her.
void eraseMemberData(Database& db, Id memberId);

}  // namespace hv
