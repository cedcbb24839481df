#pragma once
// Picks the reader of a table file by its first bytes, not its name: offices rename files freely
// ("danhsach.xls" that is really .xlsx, a CSV saved as ".xlsx").

#include "importing/rowsource.h"

#include <QString>
#include <memory>

namespace hv {

enum class TableFormat { Csv, Xlsx, LegacyXls };

// From the first bytes: "PK\x03\x04" a zip (XLSX), D0 CF 11 E0 an OLE2 compound file (Excel 97-2003),
// anything else text (CSV).
TableFormat sniffTableFormat(const QByteArray& head);

// Opens the file with the reader its content needs. sheet: for a workbook, the sheet's name or 1-based
// number (empty: the first); ignored for CSV.
// Throws hv::Error(Kind::Input) naming the file when it is missing or unreadable, is a legacy .xls
// (with how to save it as .xlsx), or when the reader refuses it.
// convertLegacy: false leaves a workbook's TCVN3/VNI text unconverted (CSV in those encodings is refused).
std::unique_ptr<RowSource> openRowSource(const QString& path, const QString& sheet = {}, bool convertLegacy = true);

}  // namespace hv
