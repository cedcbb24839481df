#pragma once
// The member list of the speed measurements as an Excel workbook: the CSV of gencsv.h written by
// libxlsxwriter, as an office would keep it in Excel: dates as date cells (dd/mm/yyyy), STT and years
// as numbers, CCCD and everything else as text.

#include <QString>

namespace hvbench {

// Writes xlsxPath from csvPath (replacing it). Throws std::runtime_error on failure.
void writeMemberXlsx(const QString& csvPath, const QString& xlsxPath);

}  // namespace hvbench
