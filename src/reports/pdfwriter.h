#pragma once
// A report on A4 in the Vietnamese administrative style, as PDF: letterhead, title, tables that break
// across pages with their header row repeated, page numbers, signature block; Noto Serif throughout so
// that every Vietnamese letter is embedded and `pdftotext` gives the text back exactly.
//
// Needs a QGuiApplication (fonts come from the platform's font database); hoivien-cli creates one on
// the offscreen platform when a PDF is asked for. Throws Error(Kind::Input) when no QGuiApplication
// exists, so that a caller forgetting it gets a message rather than a crash.

#include "reports/reportdocument.h"

#include <QByteArray>

class QPagedPaintDevice;

namespace hv {

QByteArray reportPdf(const ReportDocument& doc);

// The pages of the report on any paged device (a QPdfWriter, or a QPrinter of the desktop, which
// reports cannot name since it needs widgets). setUpPages first sets A4, the orientation and the
// margins; paintReport then paints every page. A QGuiApplication must exist.
void setUpPages(QPagedPaintDevice& device, const ReportDocument& doc);
void paintReport(QPagedPaintDevice& device, const ReportDocument& doc);

// True when a PDF can be written in this process (a QGuiApplication exists).
bool pdfAvailable();

}  // namespace hv
