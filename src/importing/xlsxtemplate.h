#pragma once
// Export templates: the Excel form the level above sends (its own layout, headers and formulas) filled
// with the report's numbers. A mapping says where each indicator goes: single cells ("Sheet1!D12")
// for the figures of the report's own unit, and per-unit rows (a column per indicator, the row where
// the unit's name is found in a name column) for its units.
//
// The form is not rebuilt: a copy of the workbook is made and only the worksheets that receive numbers
// are rewritten inside the zip (libzip), cell by cell, keeping each cell's style; everything else
// (other sheets, formats, merged cells, formulas, pictures) stays byte for byte. Limits: a filled
// cell becomes a plain number (a formula that was in it is gone); the cached results of the form's
// own formulas are stale until the spreadsheet recalculates, so the workbook asks for a full
// recalculation on opening and its calculation chain is dropped (Excel rebuilds it).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace hv {

struct TemplateCell {
    QString indicator;  // a key of annualIndicators(): members_end, admitted, ...
    QString cell;       // "D12" or "Sheet1!D12" or "'Biểu 1'!D12"; without a sheet: the first sheet
};

struct TemplateUnitRows {
    QString sheet;       // empty: the first sheet
    QString nameColumn;  // the column holding the units' names ("B")
    int firstRow = 1;    // rows searched for names, 1-based, inclusive
    int lastRow = 0;     // 0: to the end of the sheet
    std::vector<std::pair<QString, QString>> columns;  // indicator key -> column ("D")
};

struct TemplateMapping {
    QString templatePath;  // the form (.xlsx); stored relative to the mapping file when beside it
    std::vector<TemplateCell> cells;
    std::optional<TemplateUnitRows> unitRows;

    // Throws Error(Kind::Input) naming what is wrong (not JSON, no template, a bad cell reference).
    // Relative template paths are taken from baseDir (the mapping file's folder).
    static TemplateMapping fromJson(const QByteArray& json, const QString& baseDir);
    QByteArray toJson(const QString& baseDir) const;
    // Reads and writes the mapping file; Error(Kind::Input) when it cannot.
    static TemplateMapping load(const QString& file);
    void save(const QString& file) const;
};

// Where the numbers come from: unit is a name found in the form (empty for the report's own unit).
struct TemplateSource {
    std::function<bool(const QString& unit)> knowsUnit;
    std::function<std::optional<double>(const QString& unit, const QString& indicator)> value;
};

struct TemplateFillResult {
    int cellsFilled = 0;
    QStringList unitsFound;     // names in the name column that matched a unit of the report
    QStringList unmatchedRows;  // "B14: Xã Cũ" - text in the name column that is no unit of the report
};

// Writes a copy of the mapping's template with the numbers in place to outPath (replaced atomically:
// a partial file is never left). Throws Error(Kind::Input) when the template cannot be read, a sheet
// does not exist, or the output cannot be written.
TemplateFillResult fillXlsxTemplate(const TemplateMapping& mapping, const TemplateSource& source, const QString& outPath);

// "D12" -> (row 12, column 4), both 1-based; nullopt when it is no cell reference.
std::optional<std::pair<int, int>> parseCellRef(const QString& ref);
QString columnLetters(int column);  // 4 -> "D"
int columnNumber(const QString& letters);  // "D" -> 4; 0 when invalid
// "'Biểu 1'!D12" -> ("Biểu 1", "D12"); no sheet -> ("", "D12").
std::pair<QString, QString> splitSheetRef(const QString& ref);

}  // namespace hv
