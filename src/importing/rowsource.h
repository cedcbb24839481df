#pragma once
// A spreadsheet-like source of rows of text cells: CSV or XLSX. Readers stream; a row's
// cells are valid until the next call to next().

#include <QString>
#include <QStringView>
#include <utility>
#include <vector>

namespace hv {

class RowSource {
public:
    virtual ~RowSource() = default;
    // Advances to the next row; false at the end of the data. Throws hv::Error(Kind::Input) with the
    // file name and row when the input cannot be read (bad encoding, unterminated quote at end...).
    virtual bool next() = 0;
    // 1-based number of the current row as a user sees it in a spreadsheet/editor (for CSV the line on
    // which the record starts).
    virtual int rowNumber() const = 0;
    virtual int cellCount() const = 0;
    // The text of cell i of the current row, trimmed of surrounding white space; empty view when i is
    // past the end.
    virtual QStringView cell(int i) const = 0;
    // The file name as given, for messages.
    virtual QString sourceName() const = 0;
    // Fraction of the input consumed, 0..1, for progress reporting.
    virtual double progress() const = 0;
    // Header detection turns this on while it looks for the header and off before the data: a source
    // that knows merged cells (XLSX) then gives every cell of a merged header its text, and in data
    // rows only the cells of a merged column (one chapter written once for several members).
    virtual void setHeaderMode(bool on) { (void)on; }
    // When the source found text typed in a legacy Vietnamese font encoding and converted it to Unicode:
    // the encoding's name ("TCVN3 (ABC)", "VNI"), and the first texts as they were and as they are now,
    // for the user to check. Empty when nothing was converted.
    virtual QString convertedFrom() const { return {}; }
    // Whether a day number in a cell counts from 01/01/1904 (a workbook in Excel's 1904 date system)
    // rather than from 1900: for numbers that were typed as dates without a date style.
    virtual bool date1904() const { return false; }
    virtual std::vector<std::pair<QString, QString>> conversions() const { return {}; }
};

}  // namespace hv
