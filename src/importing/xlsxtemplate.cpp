#include "importing/xlsxtemplate.h"

#include "core/error.h"
#include "importing/xlsxparts.h"
#include "importing/xlsxreader.h"
#include "importing/xlsxzip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <map>
#include <zip.h>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Templates", s); }

[[noreturn]] void fail(const QString& why) { throw Error(Error::Kind::Input, why); }

using CellKey = std::pair<int, int>;  // row, column (1-based)
using SheetWrites = std::map<CellKey, double>;

QString numberText(double v)
{
    // Shortest exact text; Excel reads "86.1" and "40000" as numbers.
    return QString::number(v, 'g', 15);
}

QString escaped(const QString& s) { return s.toHtmlEscaped(); }

QString cellXml(int row, int column, const QString& style, double value)
{
    const QString s = style.isEmpty() ? QString() : QStringLiteral(" s=\"%1\"").arg(escaped(style));
    return QStringLiteral("<c r=\"%1%2\"%3><v>%4</v></c>").arg(columnLetters(column)).arg(row).arg(s, numberText(value));
}

QString cellsXml(int row, SheetWrites::const_iterator& it, const SheetWrites::const_iterator& end, int beforeColumn)
{
    QString out;
    for (; it != end && it->first.first == row && (beforeColumn == 0 || it->first.second < beforeColumn); ++it)
        out += cellXml(row, it->first.second, {}, it->second);
    return out;
}

struct Splice {
    qsizetype start, end;
    QString text;
};

// The sheet's XML with the cells written: the text of the form is kept as it is and only the cells
// (and rows) that receive a number are replaced or inserted, in the order the format requires.
QByteArray patchSheet(const QByteArray& xmlBytes, const SheetWrites& writes, const QString& where)
{
    const QString xml = QString::fromUtf8(xmlBytes);
    QXmlStreamReader r(xml);
    std::vector<Splice> splices;
    auto it = writes.cbegin();
    const auto end = writes.cend();
    qsizetype tokenStart = 0;
    bool inSheetData = false;
    int row = 0;             // the row being read
    bool rowTouched = false; // cells were written in it
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const qsizetype tokenEnd = r.characterOffset();
        if (token == QXmlStreamReader::DTD)
            fail(tr("%1 is not a valid workbook.").arg(where));
        const bool selfClosed = token == QXmlStreamReader::StartElement && xml.mid(tokenStart, tokenEnd - tokenStart).endsWith(QLatin1String("/>"));
        if (token == QXmlStreamReader::StartElement && r.name() == QLatin1String("sheetData")) {
            inSheetData = true;
            if (selfClosed) {
                QString rows;
                while (it != end) {
                    const int rr = it->first.first;
                    rows += QStringLiteral("<row r=\"%1\">").arg(rr) + cellsXml(rr, it, end, 0) + QStringLiteral("</row>");
                }
                splices.push_back({tokenStart, tokenEnd, QStringLiteral("<sheetData>") + rows + QStringLiteral("</sheetData>")});
                r.readNext();  // its end element
                inSheetData = false;
            }
        } else if (inSheetData && token == QXmlStreamReader::StartElement && r.name() == QLatin1String("row")) {
            row = r.attributes().value(QLatin1String("r")).toInt();
            // Rows before this one that the form does not have.
            QString before;
            while (it != end && row > 0 && it->first.first < row) {
                const int rr = it->first.first;
                before += QStringLiteral("<row r=\"%1\">").arg(rr) + cellsXml(rr, it, end, 0) + QStringLiteral("</row>");
            }
            rowTouched = it != end && it->first.first == row;
            if (selfClosed && rowTouched) {
                // <row r="5" .../>: rebuilt with its attributes and the new cells.
                QString open = QStringLiteral("<row");
                for (const auto& a : r.attributes())
                    if (a.name() != QLatin1String("spans"))
                        open += QStringLiteral(" %1=\"%2\"").arg(a.qualifiedName().toString(), escaped(a.value().toString()));
                splices.push_back({tokenStart, tokenEnd, before + open + QLatin1Char('>') + cellsXml(row, it, end, 0) + QStringLiteral("</row>")});
                r.readNext();
            } else if (!before.isEmpty()) {
                splices.push_back({tokenStart, tokenStart, before});
            }
        } else if (inSheetData && token == QXmlStreamReader::StartElement && r.name() == QLatin1String("c")) {
            const auto ref = parseCellRef(r.attributes().value(QLatin1String("r")).toString());
            const int column = ref ? ref->second : 0;
            if (rowTouched && column > 0) {
                const QString inserted = cellsXml(row, it, end, column);
                if (it != end && it->first == CellKey{row, column}) {
                    // The form's own cell: replaced, keeping its style.
                    const QString style = r.attributes().value(QLatin1String("s")).toString();
                    const double value = it->second;
                    ++it;
                    if (!selfClosed)
                        r.skipCurrentElement();
                    splices.push_back({tokenStart, r.characterOffset(), inserted + cellXml(row, column, style, value)});
                } else if (!inserted.isEmpty()) {
                    splices.push_back({tokenStart, tokenStart, inserted});
                }
            }
        } else if (inSheetData && token == QXmlStreamReader::EndElement && r.name() == QLatin1String("row")) {
            if (rowTouched) {
                const QString rest = cellsXml(row, it, end, 0);
                if (!rest.isEmpty())
                    splices.push_back({tokenStart, tokenStart, rest});
            }
            rowTouched = false;
        } else if (inSheetData && token == QXmlStreamReader::EndElement && r.name() == QLatin1String("sheetData")) {
            QString rows;
            while (it != end) {
                const int rr = it->first.first;
                rows += QStringLiteral("<row r=\"%1\">").arg(rr) + cellsXml(rr, it, end, 0) + QStringLiteral("</row>");
            }
            if (!rows.isEmpty())
                splices.push_back({tokenStart, tokenStart, rows});
            inSheetData = false;
        }
        tokenStart = r.characterOffset();
    }
    if (r.hasError())
        fail(tr("%1 is damaged: %2").arg(where, r.errorString()));
    QString out;
    out.reserve(xml.size() + 64 * qsizetype(writes.size()));
    qsizetype pos = 0;
    for (const Splice& s : splices) {
        out += QStringView(xml).mid(pos, s.start - pos);
        out += s.text;
        pos = s.end;
    }
    out += QStringView(xml).mid(pos);
    return out.toUtf8();
}

QString sheetPart(const xlsx::Workbook& wb, const QString& name, const QString& file)
{
    if (wb.sheets.empty())
        fail(tr("%1 has no worksheet.").arg(file));
    if (name.isEmpty())
        return wb.sheets.front().part;
    QStringList names;
    for (const xlsx::Sheet& s : wb.sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return s.part;
        names << s.name;
    }
    fail(tr("%1 has no sheet named %2; its sheets are: %3.").arg(file, name, names.join(QStringLiteral(", "))));
}

// The part path inside the zip for libzip ("xl/worksheets/sheet1.xml", no leading slash).
QString zipName(const QString& part) { return part.startsWith(QLatin1Char('/')) ? part.mid(1) : part; }

}  // namespace

std::optional<std::pair<int, int>> parseCellRef(const QString& ref)
{
    static const QRegularExpression re(QStringLiteral("^\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})$"));
    const auto m = re.match(ref.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int column = columnNumber(m.captured(1));
    const int row = m.captured(2).toInt();
    if (column < 1 || column > 16384 || row < 1 || row > 1048576)
        return std::nullopt;
    return std::pair{row, column};
}

QString columnLetters(int column)
{
    QString s;
    for (int c = column; c > 0; c = (c - 1) / 26)
        s.prepend(QChar('A' + (c - 1) % 26));
    return s;
}

int columnNumber(const QString& letters)
{
    int n = 0;
    for (QChar ch : letters.trimmed().toUpper()) {
        if (ch < QLatin1Char('A') || ch > QLatin1Char('Z') || n > 100000)
            return 0;
        n = n * 26 + (ch.unicode() - 'A' + 1);
    }
    return n;
}

std::pair<QString, QString> splitSheetRef(const QString& ref)
{
    const qsizetype bang = ref.lastIndexOf(QLatin1Char('!'));
    if (bang < 0)
        return {QString(), ref.trimmed()};
    QString sheet = ref.left(bang).trimmed();
    if (sheet.size() >= 2 && sheet.startsWith(QLatin1Char('\'')) && sheet.endsWith(QLatin1Char('\'')))
        sheet = sheet.mid(1, sheet.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    return {sheet, ref.mid(bang + 1).trimmed()};
}

TemplateMapping TemplateMapping::fromJson(const QByteArray& json, const QString& baseDir)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        fail(tr("The template mapping is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject o = doc.object();
    TemplateMapping m;
    const QString path = o.value(QLatin1String("template")).toString();
    if (path.isEmpty())
        fail(tr("The template mapping names no template (\"template\": the form's .xlsx file)."));
    m.templatePath = QDir(baseDir).absoluteFilePath(path);
    for (const QJsonValue& v : o.value(QLatin1String("cells")).toArray()) {
        const QJsonObject c = v.toObject();
        TemplateCell cell{c.value(QLatin1String("indicator")).toString(), c.value(QLatin1String("cell")).toString()};
        if (cell.indicator.isEmpty() || !parseCellRef(splitSheetRef(cell.cell).second))
            fail(tr("The template mapping has a cell that is not a cell reference: \"%1\" (write it like Sheet1!D12).").arg(cell.cell));
        m.cells.push_back(cell);
    }
    if (o.contains(QLatin1String("unit_rows"))) {
        const QJsonObject u = o.value(QLatin1String("unit_rows")).toObject();
        TemplateUnitRows rows;
        rows.sheet = u.value(QLatin1String("sheet")).toString();
        rows.nameColumn = u.value(QLatin1String("name_column")).toString();
        rows.firstRow = u.value(QLatin1String("first_row")).toInt(1);
        rows.lastRow = u.value(QLatin1String("last_row")).toInt(0);
        if (columnNumber(rows.nameColumn) == 0)
            fail(tr("The template mapping's unit rows have no name column (\"name_column\": a column such as B)."));
        const QJsonObject columns = u.value(QLatin1String("columns")).toObject();
        for (auto i = columns.begin(); i != columns.end(); ++i) {
            if (columnNumber(i.value().toString()) == 0)
                fail(tr("The template mapping puts %1 in \"%2\", which is not a column.").arg(i.key(), i.value().toString()));
            rows.columns.emplace_back(i.key(), i.value().toString());
        }
        m.unitRows = rows;
    }
    return m;
}

QByteArray TemplateMapping::toJson(const QString& baseDir) const
{
    QJsonObject o;
    const QString relative = QDir(baseDir).relativeFilePath(templatePath);
    o[QStringLiteral("template")] = relative.startsWith(QLatin1String("..")) ? templatePath : relative;
    QJsonArray list;
    for (const TemplateCell& c : cells)
        list.append(QJsonObject{{QStringLiteral("indicator"), c.indicator}, {QStringLiteral("cell"), c.cell}});
    o[QStringLiteral("cells")] = list;
    if (unitRows) {
        QJsonObject columns;
        for (const auto& [key, column] : unitRows->columns)
            columns[key] = column;
        o[QStringLiteral("unit_rows")] = QJsonObject{{QStringLiteral("sheet"), unitRows->sheet},
                                                     {QStringLiteral("name_column"), unitRows->nameColumn},
                                                     {QStringLiteral("first_row"), unitRows->firstRow},
                                                     {QStringLiteral("last_row"), unitRows->lastRow},
                                                     {QStringLiteral("columns"), columns}};
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

TemplateMapping TemplateMapping::load(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        fail(tr("Cannot read %1: %2").arg(file, f.errorString()));
    try {
        return fromJson(f.readAll(), QFileInfo(file).absolutePath());
    } catch (const Error& e) {
        fail(file + QStringLiteral(": ") + e.message());
    }
}

void TemplateMapping::save(const QString& file) const
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(toJson(QFileInfo(file).absolutePath())) < 0)
        fail(tr("Cannot write %1: %2").arg(file, f.errorString()));
}

TemplateFillResult fillXlsxTemplate(const TemplateMapping& mapping, const TemplateSource& source, const QString& outPath)
{
    const QString file = mapping.templatePath;
    TemplateFillResult result;
    std::map<QString, SheetWrites> writes;  // part -> cells
    QByteArray contentTypes, workbookRels, workbookXml;
    bool hasCalcChain = false;
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    std::map<QString, QByteArray> patched;  // zip entry -> new bytes
    {
        ZipPackage zip(file);
        const xlsx::Workbook wb = xlsx::readWorkbook(zip);
        for (const TemplateCell& c : mapping.cells) {
            const auto [sheet, ref] = splitSheetRef(c.cell);
            const auto pos = parseCellRef(ref);
            const auto value = source.value(QString(), c.indicator);
            if (pos && value) {
                writes[sheetPart(wb, sheet, file)][*pos] = *value;
                ++result.cellsFilled;
            }
        }
        if (mapping.unitRows) {
            const TemplateUnitRows& u = *mapping.unitRows;
            const QString part = sheetPart(wb, u.sheet, file);
            const int nameColumn = columnNumber(u.nameColumn);
            XlsxReader reader(file, u.sheet);
            while (reader.next()) {
                const int row = reader.rowNumber();
                if (row < u.firstRow || (u.lastRow > 0 && row > u.lastRow) || nameColumn > reader.cellCount())
                    continue;
                const QString name = reader.cell(nameColumn - 1).toString().simplified();
                if (name.isEmpty())
                    continue;
                if (!source.knowsUnit(name)) {
                    result.unmatchedRows << QStringLiteral("%1%2: %3").arg(u.nameColumn.toUpper()).arg(row).arg(name);
                    continue;
                }
                result.unitsFound << name;
                for (const auto& [key, column] : u.columns)
                    if (const auto value = source.value(name, key)) {
                        writes[part][{row, columnNumber(column)}] = *value;
                        ++result.cellsFilled;
                    }
            }
        }
        contentTypes = zip.read(QStringLiteral("[Content_Types].xml"), xlsx::kMaxSmallPartBytes, true);
        workbookRels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), xlsx::kMaxSmallPartBytes, true);
        workbookXml = zip.read(workbookPart, xlsx::kMaxSmallPartBytes, true);
        hasCalcChain = zip.has(QStringLiteral("xl/calcChain.xml"));
        for (const auto& [part, cells] : writes)
            patched[zipName(part)] = patchSheet(zip.read(zipName(part), XlsxReader::kMaxSheetBytes), cells, file);
    }
    result.unitsFound.removeDuplicates();

    // The calculation chain lists formula cells; a filled cell that held a formula would make Excel
    // report damage, so the chain goes (Excel rebuilds it) and a full recalculation is asked for.
    if (hasCalcChain) {
        static const QRegularExpression override(QStringLiteral("<Override[^>]*PartName=\"/xl/calcChain.xml\"[^>]*/>"));
        static const QRegularExpression relation(QStringLiteral("<Relationship[^>]*Target=\"[^\"]*calcChain.xml\"[^>]*/>"));
        if (!contentTypes.isEmpty())
            patched[QStringLiteral("[Content_Types].xml")] = QString::fromUtf8(contentTypes).remove(override).toUtf8();
        if (!workbookRels.isEmpty())
            patched[QStringLiteral("xl/_rels/workbook.xml.rels")] = QString::fromUtf8(workbookRels).remove(relation).toUtf8();
    }
    if (!workbookXml.isEmpty() && !writes.empty()) {
        QString wb = QString::fromUtf8(workbookXml);
        const qsizetype calc = wb.indexOf(QLatin1String("<calcPr"));
        if (calc >= 0 && !wb.mid(calc, wb.indexOf(QLatin1Char('>'), calc) - calc).contains(QLatin1String("fullCalcOnLoad"))) {
            wb.insert(calc + 7, QStringLiteral(" fullCalcOnLoad=\"1\""));
            patched[workbookPart] = wb.toUtf8();
        }
    }

    // A copy of the form, then the changed parts replaced in it; renamed over outPath at the end.
    const QString partial = outPath + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(file, partial))
        fail(tr("Cannot write %1: check the folder exists and is writable.").arg(outPath));
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    int code = 0;
    zip_t* za = zip_open(QFile::encodeName(partial).constData(), 0, &code);
    const auto abandon = [&](const QString& why) {
        if (za)
            zip_discard(za);
        QFile::remove(partial);
        fail(tr("Cannot write %1: %2").arg(outPath, why));
    };
    if (!za)
        abandon(tr("the form is not a workbook"));
    for (const auto& [name, bytes] : patched) {
        const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
        zip_source_t* src = zip_source_buffer(za, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!src || (index >= 0 ? zip_file_replace(za, zip_uint64_t(index), src, 0) : zip_file_add(za, name.toUtf8().constData(), src, 0)) < 0) {
            if (src)
                zip_source_free(src);
            abandon(QString::fromUtf8(zip_strerror(za)));
        }
    }
    if (hasCalcChain) {
        const zip_int64_t index = zip_name_locate(za, "xl/calcChain.xml", 0);
        if (index >= 0)
            zip_delete(za, zip_uint64_t(index));
    }
    if (zip_close(za) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(za));
        zip_discard(za);
        QFile::remove(partial);
        fail(tr("Cannot write %1: %2").arg(outPath, why));
    }
    QFile::remove(outPath);
    if (!QFile::rename(partial, outPath)) {
        QFile::remove(partial);
        fail(tr("Cannot write %1: check the file is not open in another program.").arg(outPath));
    }
    return result;
}

}  // namespace hv
