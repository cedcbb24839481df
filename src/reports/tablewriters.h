#pragma once
// Tables of a report as spreadsheet files: XLSX (libxlsxwriter) with real numbers and dates, bold
// frozen header row, column widths, and totals as formulas where the total is the sum of the rows
// shown; CSV in UTF-8 with BOM. Both protect against formula injection: text is always text.

#include "reports/reportdocument.h"

#include <QByteArray>

namespace hv {

// One worksheet per table (named by sheetName), header in row 1, data from row 2 (no title rows, so
// that scripts read the header where CSV has it). Throws Error(Kind::Input) when the file cannot be
// built (temporary folder not writable).
QByteArray tablesXlsx(const std::vector<ReportTable>& tables);

// One table as CSV: UTF-8 with BOM, comma, CRLF, header line first. A text cell that a spreadsheet
// would take for a formula (starting with = + - @, tab or carriage return) is prefixed with an
// apostrophe. Numbers are plain (dot decimals), dates dd/mm/yyyy.
QByteArray tableCsv(const ReportTable& table);

// Whether a spreadsheet would read this text as a formula (the CSV protection above).
bool looksLikeFormula(const QString& text);

}  // namespace hv
