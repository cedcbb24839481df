#include "reports/tablewriters.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Reports", s); }

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

QString csvValue(const ReportCell& c)
{
    switch (c.kind) {
    case ReportCell::Kind::Empty: return {};
    case ReportCell::Kind::Text: return csvField(looksLikeFormula(c.text) ? QLatin1Char('\'') + c.text : c.text);
    case ReportCell::Kind::Integer: return QString::number(qint64(c.number));
    case ReportCell::Kind::Decimal: return QString::number(c.number, 'f', 1);
    case ReportCell::Kind::Date: return c.date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    return {};
}

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
QByteArray sheetName(const ReportTable& t, int index)
{
    QString name = t.sheetName.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : t.sheetName;
    for (const QChar ch : QStringLiteral("[]:*?/\\"))
        name.replace(ch, QLatin1Char(' '));
    return name.left(31).toUtf8();
}

// "=SUM(D2:D4,D7)" over the spreadsheet rows of the table rows marked inSum.
QByteArray sumFormula(const ReportTable& t, int col)
{
    QStringList parts;
    int runStart = -1, prev = -2;
    auto flush = [&]() {
        if (runStart < 0)
            return;
        char a[32], b[32];
        lxw_rowcol_to_cell(a, lxw_row_t(runStart + 1), lxw_col_t(col));
        lxw_rowcol_to_cell(b, lxw_row_t(prev + 1), lxw_col_t(col));
        parts << (runStart == prev ? QString::fromLatin1(a) : QString::fromLatin1(a) + QLatin1Char(':') + QString::fromLatin1(b));
    };
    for (int i = 0; i < int(t.rows.size()); ++i) {
        if (!t.rows[i].inSum)
            continue;
        if (i != prev + 1) {
            flush();
            runStart = i;
        }
        prev = i;
    }
    flush();
    return (QStringLiteral("=SUM(") + parts.join(QLatin1Char(',')) + QLatin1Char(')')).toUtf8();
}

void writeSheet(lxw_workbook* wb, const ReportTable& t, int index)
{
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName(t, index).constData());
    if (!ws)
        throw Error(Error::Kind::Input, tr("Cannot add the worksheet %1.").arg(t.sheetName));
    lxw_format* head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format* formats[2][5];  // [bold][text, integer, decimal, date, year]
    const char* numFormats[5] = {nullptr, "#,##0", "0.0", "dd\\/mm\\/yyyy", "0"};
    for (int b = 0; b < 2; ++b)
        for (int k = 0; k < 5; ++k) {
            lxw_format* f = workbook_add_format(wb);
            if (b)
                format_set_bold(f);
            if (numFormats[k])
                format_set_num_format(f, numFormats[k]);
            formats[b][k] = f;
        }
    for (int j = 0; j < int(t.columns.size()); ++j) {
        worksheet_write_string(ws, 0, lxw_col_t(j), t.columns[j].header.toUtf8().constData(), head);
        worksheet_set_column(ws, lxw_col_t(j), lxw_col_t(j), t.columns[j].width, nullptr);
    }
    worksheet_set_row(ws, 0, 45, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_set_paper(ws, 9);  // A4
    if (t.landscape)
        worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    for (int i = 0; i < int(t.rows.size()); ++i) {
        const ReportRow& r = t.rows[i];
        const int b = r.style == ReportRow::Style::Total ? 1 : 0;
        const auto row = lxw_row_t(i + 1);
        for (int j = 0; j < int(r.cells.size()) && j < int(t.columns.size()); ++j) {
            const ReportCell& c = r.cells[j];
            const auto col = lxw_col_t(j);
            switch (c.kind) {
            case ReportCell::Kind::Empty:
                break;
            case ReportCell::Kind::Text:
                // Always a string cell, never a formula, whatever the text starts with.
                worksheet_write_string(ws, row, col, c.text.toUtf8().constData(), formats[b][0]);
                break;
            case ReportCell::Kind::Integer:
            case ReportCell::Kind::Decimal: {
                lxw_format* f = formats[b][c.kind == ReportCell::Kind::Decimal ? 2 : c.grouped ? 1 : 4];
                if (c.sumOfRows)
                    worksheet_write_formula_num(ws, row, col, sumFormula(t, j).constData(), f, c.number);
                else
                    worksheet_write_number(ws, row, col, c.number, f);
                break;
            }
            case ReportCell::Kind::Date: {
                lxw_datetime dt{c.date.year(), c.date.month(), c.date.day(), 0, 0, 0};
                worksheet_write_datetime(ws, row, col, &dt, formats[b][3]);
                break;
            }
            }
        }
    }
}

}  // namespace

bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QByteArray tableCsv(const ReportTable& table)
{
    QStringList header;
    for (const ReportColumn& c : table.columns)
        header << csvField(c.header);
    QString out = QChar(0xFEFF) + header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ReportRow& r : table.rows) {
        QStringList cells;
        for (int j = 0; j < int(table.columns.size()); ++j)
            cells << (j < int(r.cells.size()) ? csvValue(r.cells[j]) : QString());
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray tablesXlsx(const std::vector<ReportTable>& tables)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(Error::Kind::Input, tr("Cannot create a temporary folder for the workbook: %1").arg(dir.errorString()));
    const QByteArray path = dir.filePath(QStringLiteral("report.xlsx")).toLocal8Bit();
    lxw_workbook_options options{};
    const QByteArray tmp = dir.path().toLocal8Bit();
    options.tmpdir = const_cast<char*>(tmp.constData());
    lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
    if (!wb)
        throw Error(Error::Kind::Input, tr("Cannot create the workbook."));
    try {
        for (int i = 0; i < int(tables.size()); ++i)
            writeSheet(wb, tables[i], i);
    } catch (...) {
        workbook_close(wb);
        throw;
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR)
        throw Error(Error::Kind::Input, tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(e))));
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input, tr("Cannot read back the workbook: %1").arg(f.errorString()));
    return f.readAll();
}

}  // namespace hv
