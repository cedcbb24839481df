#pragma once
// The rules of a member's movement history (DOMAIN.md "Movements"): which event may follow which,
// and the standing each event leaves. Pure functions over a member's events.

#include "core/types.h"

#include <QString>
#include <vector>

namespace hv {

// Orders a member's events by (date, given order for the same date), fills the derived fields
// (seq, status, fromUnitId, validUntil; unitId of an ending event is set to 0 and of a Moved event is
// required) and checks the sequence. Returns an empty string when the chain is valid, otherwise a
// translated sentence naming the first offending event ("Chuyển đi ngày 03/04/2020: hội viên không còn
// sinh hoạt"). Rules: the first event starts membership (kết nạp or chuyển đến); a start event other
// than Restored only comes first; Restored, and only Restored, follows an ending event; Moved and ending
// events need an active member; a Moved event changes the unit; an event of a start kind needs a unit.
QString normalizeChain(std::vector<MembershipEvent>& events);

// The last event in effect at date d (date <= d), or nullptr when none.
const MembershipEvent* eventAt(const std::vector<MembershipEvent>& normalized, const QDate& d);

}  // namespace hv
