#include "core/membership.h"

#include <QCoreApplication>
#include <algorithm>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Membership", s); }

QString describe(const MembershipEvent& e)
{
    const QString date = e.date == unknownDate() ? tr("unknown date") : e.date.toString(QStringLiteral("dd/MM/yyyy"));
    return QStringLiteral("%1 (%2)").arg(displayName(e.kind), date);
}

}  // namespace

QString normalizeChain(std::vector<MembershipEvent>& events)
{
    std::stable_sort(events.begin(), events.end(),
                     [](const MembershipEvent& a, const MembershipEvent& b) { return a.date < b.date; });
    bool active = false;
    Id unit = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        MembershipEvent& e = events[i];
        if (!e.date.isValid())
            return tr("An event has no date.");
        e.seq = (i > 0 && events[i - 1].date == e.date) ? events[i - 1].seq + 1 : 0;
        e.fromUnitId = unit;
        if (startsMembership(e.kind)) {
            if (active)
                return tr("%1: the member is already active.").arg(describe(e));
            if (i > 0 && e.kind != EventKind::Restored)
                return tr("%1: only a restoration can follow the end of a membership.").arg(describe(e));
            if (i == 0 && e.kind == EventKind::Restored)
                return tr("%1: there is no earlier membership to restore.").arg(describe(e));
            if (e.unitId == 0)
                return tr("%1: the chapter or unit is missing.").arg(describe(e));
            active = true;
        } else {
            if (!active)
                return tr("%1: the member is not active at that date.").arg(describe(e));
            if (e.kind == EventKind::Moved) {
                if (e.unitId == 0)
                    return tr("%1: the destination chapter is missing.").arg(describe(e));
                if (e.unitId == unit)
                    return tr("%1: the member is already in that unit.").arg(describe(e));
            } else {
                e.unitId = 0;
                active = false;
            }
        }
        e.status = statusAfter(e.kind);
        unit = e.unitId;
        if (i > 0)
            events[i - 1].validUntil = e.date;
    }
    if (!events.empty())
        events.back().validUntil = QDate();
    return {};
}

const MembershipEvent* eventAt(const std::vector<MembershipEvent>& normalized, const QDate& d)
{
    const MembershipEvent* found = nullptr;
    for (const auto& e : normalized) {
        if (e.date > d)
            break;
        found = &e;
    }
    return found;
}

}  // namespace hv
