#pragma once
// Golden files of the reports (tests/data/golden/README.md): the output of a writer is compared with
// the stored file; HOIVIEN_REGENERATE_GOLDEN=1 writes the files instead.

#include <QByteArray>
#include <QString>
#include <map>
#include <utility>

namespace hvtest {

// Empty when equal (or regenerated); otherwise what differs, for the failure message.
std::string compareGolden(const QString& name, const QByteArray& actual);

// The text of a PDF as `pdftotext -layout` gives it back.
QByteArray pdfText(const QByteArray& pdf);

// One worksheet of an XLSX read back: cell reference ("D4") -> type and value. Type is "n" (number),
// "s" (string) or "f" (formula, value = the formula and its cached result).
struct XlsxCell {
    std::string type, value;
};
using XlsxSheet = std::map<std::pair<int, int>, XlsxCell>;  // (row, column), from 0
XlsxSheet readXlsxSheet(const QByteArray& xlsx, int sheetNumber);  // sheetNumber from 1
// The sheet as text, one cell a line in row order: "D4\tf\tSUM(D2:D3) = 5"; the golden form.
QByteArray xlsxSheetText(const XlsxSheet& sheet);

}  // namespace hvtest
