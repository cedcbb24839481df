#pragma once
// A report as one self-contained HTML page (UTF-8, inline CSS for screen and A4 print): the same
// letterhead, tables, signature block and charts (inline SVG, chartsvg.h) as the PDF. Byte for byte
// the same for the same document.

#include "reports/reportdocument.h"

#include <QByteArray>

namespace hv {

QByteArray reportHtml(const ReportDocument& doc);

}  // namespace hv
