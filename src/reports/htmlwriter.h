#pragma once
// A report as one self-contained HTML page (UTF-8, inline CSS for screen and A4 print): the same
// letterhead, tables, signature block and charts (inline SVG, chartsvg.h) as the PDF. Byte for byte
// the same for the same document.

#include "reports/cancelcheck.h"
#include "reports/reportdocument.h"

#include <QByteArray>

namespace hv {

// Throws Error(Kind::Cancelled) when cancelled says so (asked at every row).
QByteArray reportHtml(const ReportDocument& doc, const CancelCheck& cancelled = {});

}  // namespace hv
