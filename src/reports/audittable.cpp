#include "reports/audittable.h"

namespace hv {

ReportTable auditLogTable(const std::vector<AuditEntry>& entries)
{
    ReportTable t;
    t.sheetName = QStringLiteral("audit");
    for (const char* h : {"id", "at", "user", "action", "target", "member_id", "detail", "hash"})
        t.columns.push_back({QString::fromLatin1(h), 12});
    for (const AuditEntry& e : entries) {
        ReportRow r;
        r.cells = {ReportCell::integer(e.id), ReportCell::textCell(e.at.toString(Qt::ISODate)), ReportCell::textCell(e.userName),
                   ReportCell::textCell(e.action), ReportCell::textCell(e.target), ReportCell::integer(e.memberId),
                   ReportCell::textCell(e.detail), ReportCell::textCell(e.hash)};
        t.rows.push_back(std::move(r));
    }
    return t;
}

}  // namespace hv
