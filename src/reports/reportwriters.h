#pragma once
// Writers of the annual report: JSON as CONTRACT.md defines it, CSV with Vietnamese headers (UTF-8 with
// BOM so that Excel opens it right). The same bytes come out of the desktop and the command line.

#include "reports/annualreport.h"

#include <QByteArray>

namespace hv {

QByteArray annualReportJson(const AnnualReport& report);
QByteArray annualReportCsv(const AnnualReport& report);

}  // namespace hv
