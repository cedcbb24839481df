#pragma once
// The annual summary (báo cáo tổng kết số liệu) as a printable document and as a workbook: the figures
// of buildAnnualReport for the year, beside the same figures for the previous year with the change.
// JSON and CSV stay as reportwriters.h writes them (CONTRACT.md); the comparison is for people.

#include "reports/annualreport.h"
#include "reports/reportdocument.h"

#include <QByteArray>

namespace hv {

struct AnnualComparison {
    AnnualReport current;
    AnnualReport previous;  // the year before, at the cut-off one year earlier, same unit and depth
};

// Both years; the same errors as buildAnnualReport.
AnnualComparison buildAnnualComparison(Database& db, const AnnualReportOptions& options);
// The same through a builder that other reports of the operation share (the charts' ten years).
AnnualComparison buildAnnualComparison(AnnualReportBuilder& builder, const AnnualReportOptions& options);

// The units of the year (children, then the unit's own line last as the total), the columns of the CSV.
// forPrint: STT instead of code and level, shorter headers.
ReportTable annualDetailTable(const AnnualReport& report, bool forPrint);
// Every indicator of the unit itself: previous year, this year, change.
ReportTable annualSummaryTable(const AnnualComparison& c);
// Per unit: members, admissions and attraction rate of both years, with the change.
ReportTable annualUnitComparisonTable(const AnnualComparison& c);

ReportDocument annualReportDocument(const AnnualComparison& c, const Letterhead& letterhead, const QDate& printedOn);
// Sheets "Chi tiết" (the CSV's rows and columns), "Tổng hợp" and "So sánh".
QByteArray annualReportXlsx(const AnnualComparison& c);

}  // namespace hv
