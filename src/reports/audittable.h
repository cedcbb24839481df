#pragma once
// The audit log as a table (id, time, user, action, target, member, detail, hash) for its CSV export,
// shared by hoivien-cli audit export and the desktop's audit viewer.

#include "reports/reportdocument.h"
#include "storage/auditlog.h"

#include <vector>

namespace hv {

ReportTable auditLogTable(const std::vector<AuditEntry>& entries);

}  // namespace hv
