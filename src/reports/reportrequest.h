#pragma once
// One entry point for every report the desktop's Báo cáo page offers: what the officer chose (the
// report, its unit, year or date, depth, level, columns, member) becomes a printable document or the
// bytes of a file in the format she asked for. Runs on any thread with its own Database connection.

#include "core/types.h"
#include "reports/cancelcheck.h"
#include "reports/reportdocument.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace hv {

class ReferenceData;

enum class ReportKind { Annual, Ranking, Members, Movements, MemberSheet };

struct ReportRequest {
    ReportKind kind = ReportKind::Annual;
    QString unitCode;   // empty: the office's unit (Annual, Members, Movements)
    int year = 0;       // Annual, Ranking, Movements
    QDate date;         // Annual: the cut-off (invalid: 31/12); Members: the list's date (invalid: today)
    int depth = 1;      // Annual
    UnitLevel level = UnitLevel::Commune;  // Ranking
    QStringList columns;                   // Members (empty: the default columns)
    bool mask = false;                     // Members: CCCD and phone partly hidden
    Id memberId = 0;                       // MemberSheet
    QDate printedOn;                       // under the letterhead
    bool charts = true;                    // Annual: a page of charts at the end of the document
    // Asked while the report is built and written (cancelcheck.h): the desktop's Cancel sets it.
    CancelCheck cancelled;
};

// The formats a report can be saved as: pdf, html, and for reports made of tables xlsx and csv.
QStringList reportFormats(ReportKind kind);

// The printable document (with the page of charts for the annual summary). Throws Error(Kind::Input)
// for an unknown unit or member, a year the report does not allow, ...; Error(Kind::Cancelled) when
// request.cancelled says so.
ReportDocument buildReportDocument(Database& db, const ReferenceData& ref, const ReportRequest& request);

// The file's bytes: pdf, html, xlsx (with real numbers, totals as formulas) or csv (UTF-8 with BOM);
// the same bytes hoivien-cli writes for the same report. Throws Error(Kind::Input) for a format the
// report does not have (reportFormats).
QByteArray renderReport(Database& db, const ReferenceData& ref, const ReportRequest& request, const QString& format);

// The same written to file, through a temporary file in its folder that takes the file's place only
// when the report is whole (the PDF is written there page by page): a cancelled or failed report
// leaves no file behind, and a file of that name as it was. Throws as renderReport, and
// Error(Kind::Input) when the file cannot be written.
void saveReport(Database& db, const ReferenceData& ref, const ReportRequest& request, const QString& format,
                const QString& file);

}  // namespace hv
