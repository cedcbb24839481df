#pragma once
// A report on A4 in the Vietnamese administrative style, as PDF: letterhead, title, tables that break
// across pages with their header row repeated, page numbers, signature block; Noto Serif throughout so
// that every Vietnamese letter is embedded and `pdftotext` gives the text back exactly.
//
// Needs a QGuiApplication (fonts come from the platform's font database); hoivien-cli creates one on
// the offscreen platform when a PDF is asked for. Throws Error(Kind::Input) when no QGuiApplication
// exists, so that a caller forgetting it gets a message rather than a crash.

#include "reports/cancelcheck.h"
#include "reports/reportdocument.h"

#include <QByteArray>

class QIODevice;
class QPagedPaintDevice;

namespace hv {

// Also throws Error(Kind::Cancelled) when cancelled says so: it is asked at every row while the tables
// are measured and at every page while they are painted.
QByteArray reportPdf(const ReportDocument& doc, const CancelCheck& cancelled = {});
// The same written to an open device as the pages are painted (a file of the report grows while it is
// made; on Cancelled it holds the pages so far, and the caller discards it).
void writeReportPdf(QIODevice& out, const ReportDocument& doc, const CancelCheck& cancelled = {});

// The pages of the report on any paged device (a QPdfWriter, or a QPrinter of the desktop, which
// reports cannot name since it needs widgets). setUpPages first sets A4, the orientation and the
// margins; paintReport then paints every page. A QGuiApplication must exist.
void setUpPages(QPagedPaintDevice& device, const ReportDocument& doc);
void paintReport(QPagedPaintDevice& device, const ReportDocument& doc, const CancelCheck& cancelled = {});

// True when a PDF can be written in this process (a QGuiApplication exists).
bool pdfAvailable();

}  // namespace hv
