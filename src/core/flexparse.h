#pragma once
// Parsing values as people type them in registers and spreadsheets. Qt Core only; never throws.

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace hv {

// A date that may be known only by its year.
struct FlexDate {
    QDate date;         // valid when the full date is known
    int year = 0;       // always set when parsed
    bool yearOnly() const { return !date.isValid(); }
    bool isNull() const { return year == 0; }
    QString toIso() const;  // "1980-03-15" or "1980"
    bool operator==(const FlexDate&) const = default;
};

// Accepts dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, d-m-yy (two-digit years: 00..(current year
// % 100) -> 20xx, others 19xx), yyyy-mm-dd, yyyy-mm-ddThh:mm:ss, an Excel serial day number (a number
// between 1 and 2958465; 1900 date system, 60 = the non-existent 29/02/1900 refused), or a year alone
// (1900..2100). Leading/trailing spaces ignored. Returns nullopt for anything else, including
// impossible dates like 31/02/1990. An empty string gives nullopt too: callers decide if it is
// required.
// Details: the separators of one date must agree ("15/03-1980" is refused); yyyy/mm/dd and yyyy.mm.dd
// are read like yyyy-mm-dd; any of the date forms may be followed by a time ("T" or spaces, then
// h:mm[:ss[.fff]][Z|+hh:mm]), which is checked and dropped. A serial may have a fraction (the time of
// day) with "." or ",": "29221.0", "29221,5". A whole number 1900..2100 ("1985", "1985.0") is a year,
// not the serial of a day in 1905. date1904: serials count from 01/01/1904 (a workbook in Excel's 1904
// date system, RowSource::date1904()).
std::optional<FlexDate> parseFlexDate(QStringView text, bool date1904 = false);

// x, có, co, yes, y, 1, true, đảng viên, dv, đv -> true; empty, không, khong, no, n, 0, false -> false;
// anything else -> nullopt. Case and tone marks ignored. Also accepted: the tick marks √ ✓ ✔ ☑ and
// "đ.v" (true), and "1.0" / "0.0" as numeric spreadsheet cells come out.
std::optional<bool> parseYesNo(QStringView text);

}  // namespace hv
