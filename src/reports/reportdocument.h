#pragma once
// A report as data, before it becomes a file: the letterhead of the administrative style, a title, tables
// of typed cells and a signature block. Each report (annual summary, member list, movements, member
// sheet) is built once into this form; the PDF, HTML, XLSX and CSV writers only lay it out, so every
// format shows the same figures. Nothing here reads the clock: the "printed on" date is passed in.

#include "core/types.h"
#include "reports/reportcharts.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct ReportCell {
    enum class Kind { Empty, Text, Integer, Decimal, Date };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    QDate date;
    // In a total row: the value is the sum of the rows marked inSum above it, so a spreadsheet may carry
    // it as a formula. Only set where that sum really is the value (docs/domain-decisions.md).
    bool sumOfRows = false;
    bool grouped = true;  // 40.000; false for a year, printed 1949


    static ReportCell textCell(const QString& s) { return {Kind::Text, s, 0, {}, false}; }
    static ReportCell integer(qint64 v) { return {Kind::Integer, {}, double(v), {}, false}; }
    static ReportCell year(int y) { return {Kind::Integer, {}, double(y), {}, false, false}; }
    static ReportCell integer(const std::optional<qint64>& v) { return v ? integer(*v) : ReportCell{}; }
    static ReportCell decimal(const std::optional<double>& v) { return v ? ReportCell{Kind::Decimal, {}, *v, {}, false} : ReportCell{}; }
    static ReportCell dateCell(const QDate& d) { return d.isValid() ? ReportCell{Kind::Date, {}, 0, d, false} : ReportCell{}; }
};

struct ReportColumn {
    QString header;
    double width = 10;  // in characters of the body font, as spreadsheets count widths
};

struct ReportRow {
    enum class Style { Normal, Detail, Total };  // Detail: a sub-unit, indented; Total: bold
    std::vector<ReportCell> cells;
    Style style = Style::Normal;
    bool inSum = false;  // counted by the total row's sumOfRows cells
};

struct ReportTable {
    QString caption;  // printed above the table ("I. TỔNG HỢP CHUNG"); the sheet name in XLSX
    QString sheetName;
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    bool landscape = false;  // too wide for portrait A4
    double fontSize = 11;    // points, in print
};

// The letterhead lines (DOMAIN.md "Reports": unit name top left, place and date top right).
struct Letterhead {
    QString parentLine;  // "HỘI LHPN TỈNH THANH HÓA"; empty when the level above is not known
    QString unitLine;    // "HỘI LHPN HUYỆN THỌ XUÂN"
    QString place;       // "Thọ Xuân"
};

struct ReportDocument {
    Letterhead letterhead;
    QDate printedOn;
    QString title;         // bold, centred, upper case
    QStringList subtitles;  // centred under the title
    std::vector<ReportTable> tables;
    QStringList notes;     // printed under the tables (cut-off date, basis of the rate)
    // A member sheet: label/value pairs instead of (or before) tables.
    std::vector<std::pair<QString, QString>> fields;
    // Charts after the signature: on a page of their own in the PDF, as inline SVG in the HTML
    // (spreadsheets carry the tables the charts are drawn from).
    std::vector<ChartSpec> charts;
    bool signature = true;
    QString preparedBy = QStringLiteral("NGƯỜI LẬP BIỂU");
    QString signerFor = QStringLiteral("TM. BAN THƯỜNG VỤ");
    QString signerTitle = QStringLiteral("CHỦ TỊCH");
    bool landscape() const;
};

// The letterhead of a unit: "HỘI LHPN" and its name in capitals, the unit above it (from the tree, or
// from the official list when the tree starts at this unit), and the place (the name without its
// level word). Throws Error(Kind::Input) for an unknown code.
Letterhead letterheadFor(Database& db, const QString& unitCode);
// "Huyện Thọ Xuân" -> "Thọ Xuân".
QString placeName(const QString& unitName);
// "Thọ Xuân, ngày 15 tháng 01 năm 2024"
QString placeAndDate(const Letterhead& l, const QDate& d);

// Numbers as Vietnamese documents print them: 40.000 and 86,1.
QString printedText(const ReportCell& c);

}  // namespace hv
