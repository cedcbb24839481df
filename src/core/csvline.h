#pragma once
// Splits one line of a small, well-formed CSV file shipped with the program (reference lists).
// User files go through the importing library's CsvReader instead.

#include <QStringList>

namespace hv {

// RFC 4180 quoting on one line: "a,""b"",c" -> a, "b", c.
QStringList splitCsvLine(const QString& line, QChar delimiter = QLatin1Char(','));

}  // namespace hv
