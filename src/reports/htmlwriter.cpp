#include "reports/htmlwriter.h"

#include "reports/cancelcheck.h"
#include "reports/chartsvg.h"

namespace hv {
namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString css(bool landscape, bool charts)
{
    return QStringLiteral(
               "@page { size: A4 %1; margin: %2; }\n"
               "body { font-family: 'Times New Roman', 'Noto Serif', serif; font-size: 13pt; margin: 1em "
               "auto; max-width: %3; }\n"
               ".letterhead { width: 100%; border-collapse: collapse; }\n"
               ".letterhead td { vertical-align: top; text-align: center; padding: 0; }\n"
               ".unit { font-weight: bold; }\n"
               ".date { font-style: italic; }\n"
               "h1 { font-size: 14pt; text-align: center; margin: 1.2em 0 0.2em; }\n"
               ".subtitle { text-align: center; font-style: italic; margin: 0; }\n"
               "h2 { font-size: 13pt; margin: 1em 0 0.3em; }\n"
               "table.data { width: 100%; border-collapse: collapse; font-size: %4; }\n"
               "table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; }\n"
               "table.data th { text-align: center; }\n"
               "table.data thead { display: table-header-group; }\n"
               "table.data tr { page-break-inside: avoid; }\n"
               "td.num { text-align: right; }\n"
               "td.date { text-align: center; font-style: normal; }\n"
               "tr.total td { font-weight: bold; }\n"
               "tr.detail td { font-style: italic; }\n"
               "tr.detail td.name { padding-left: 1.5em; }\n"
               "table.fields td { padding: 1px 6px; vertical-align: top; }\n"
               "table.fields td.label { font-weight: bold; }\n"
               ".notes p { font-style: italic; font-size: 11pt; margin: 0.2em 0; }\n"
               ".signature { width: 100%; margin-top: 1.5em; }\n"
               ".signature td { width: 50%; text-align: center; vertical-align: top; }\n"
               ".signature .hint { font-style: italic; font-weight: normal; font-size: 11pt; }\n"
               "%5")
        .arg(landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"),
             landscape ? QStringLiteral("15mm 12mm 12mm 15mm") : QStringLiteral("20mm 15mm 15mm 30mm"),
             landscape ? QStringLiteral("60em") : QStringLiteral("45em"),
             landscape ? QStringLiteral("9pt") : QStringLiteral("11pt"),
             // The charts, as the PDF has them, on a page of their own in print.
             charts ? QStringLiteral(
                          ".charts { page-break-before: always; }\n"
                          ".charts h2 { text-align: center; }\n"
                          "svg.chart { display: block; width: 100%; height: auto; margin: 0.5em 0 1.5em; "
                          "page-break-inside: avoid; }\n")
                    : QString());
}

void table(QString& out, const ReportTable& t, const CancelCheck& cancelled)
{
    if (!t.caption.isEmpty())
        out += QStringLiteral("<h2>") + esc(t.caption) + QStringLiteral("</h2>\n");
    out += QStringLiteral("<table class=\"data\">\n<thead><tr>");
    for (const ReportColumn& c : t.columns)
        out += QStringLiteral("<th>") + esc(c.header) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportRow& r : t.rows) {
        throwIfCancelled(cancelled);
        out += r.style == ReportRow::Style::Total    ? QStringLiteral("<tr class=\"total\">")
               : r.style == ReportRow::Style::Detail ? QStringLiteral("<tr class=\"detail\">")
                                                     : QStringLiteral("<tr>");
        for (int j = 0; j < int(t.columns.size()); ++j) {
            const ReportCell c = j < int(r.cells.size()) ? r.cells[j] : ReportCell{};
            const bool number = c.kind == ReportCell::Kind::Integer || c.kind == ReportCell::Kind::Decimal;
            QString cls = number ? QStringLiteral("num") : c.kind == ReportCell::Kind::Date ? QStringLiteral("date") : QString();
            if (j == 1 && !number)
                cls = cls.isEmpty() ? QStringLiteral("name") : cls;
            out += cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls);
            out += esc(printedText(c)) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
}

}  // namespace

QByteArray reportHtml(const ReportDocument& doc, const CancelCheck& cancelled)
{
    QString out =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        esc(doc.title) + QStringLiteral("</title>\n<style>\n") + css(doc.landscape(), !doc.charts.empty()) +
        QStringLiteral("</style>\n</head>\n<body>\n<table class=\"letterhead\"><tr><td>");
    if (!doc.letterhead.parentLine.isEmpty())
        out += esc(doc.letterhead.parentLine) + QStringLiteral("<br>");
    out += QStringLiteral("<span class=\"unit\">") + esc(doc.letterhead.unitLine) + QStringLiteral("</span><br>***</td>");
    out += QStringLiteral("<td><br><span class=\"date\">") + esc(placeAndDate(doc.letterhead, doc.printedOn)) +
           QStringLiteral("</span></td></tr></table>\n");
    out += QStringLiteral("<h1>") + esc(doc.title.toUpper()) + QStringLiteral("</h1>\n");
    for (const QString& s : doc.subtitles)
        out += QStringLiteral("<p class=\"subtitle\">") + esc(s) + QStringLiteral("</p>\n");
    if (!doc.fields.empty()) {
        out += QStringLiteral("<table class=\"fields\">\n");
        for (const auto& [label, value] : doc.fields)
            out += QStringLiteral("<tr><td class=\"label\">") + esc(label) + QStringLiteral(":</td><td>") + esc(value) +
                   QStringLiteral("</td></tr>\n");
        out += QStringLiteral("</table>\n");
    }
    for (const ReportTable& t : doc.tables) table(out, t, cancelled);
    if (!doc.notes.isEmpty()) {
        out += QStringLiteral("<div class=\"notes\">\n");
        for (const QString& n : doc.notes)
            out += QStringLiteral("<p>") + esc(n) + QStringLiteral("</p>\n");
        out += QStringLiteral("</div>\n");
    }
    if (doc.signature)
        out += QStringLiteral("<table class=\"signature\"><tr><td><b>") + esc(doc.preparedBy) +
               QStringLiteral("</b><br><span class=\"hint\">(Ký, ghi rõ họ tên)</span></td><td><b>") + esc(doc.signerFor) +
               QStringLiteral("<br>") + esc(doc.signerTitle) +
               QStringLiteral("</b><br><span class=\"hint\">(Ký tên, đóng dấu)</span></td></tr></table>\n");
    if (!doc.charts.empty()) {
        out += QStringLiteral("<div class=\"charts\">\n<h2>BIỂU ĐỒ</h2>\n");
        for (const ChartSpec& c : doc.charts) out += chartSvg(c);
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

}  // namespace hv
