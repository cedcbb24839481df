#include "reports/pdfwriter.h"

#include "core/error.h"
#include "reports/chartpainter.h"
#include "reports/pdftable.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>
#include <functional>
#include <memory>

namespace hv {
namespace {

const QString kFamily = QStringLiteral("Noto Serif");
constexpr double kBodyPt = 12.0;

QTextCharFormat charFormat(double pt, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFontFamilies({kFamily});
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

QTextBlockFormat blockFormat(Qt::Alignment align, double topMargin = 0)
{
    QTextBlockFormat b;
    b.setAlignment(align);
    b.setTopMargin(topMargin);
    return b;
}

// A table without borders for the letterhead and the signature block: two equal halves.
QTextTable* layoutTable(QTextCursor& c, int rows, const std::vector<double>& percents)
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellSpacing(0);
    f.setCellPadding(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (double p : percents)
        widths << QTextLength(QTextLength::PercentageLength, p);
    f.setColumnWidthConstraints(widths);
    return c.insertTable(rows, int(percents.size()), f);
}

void addLines(QTextCursor c, const std::vector<std::pair<QString, QTextCharFormat>>& lines, Qt::Alignment align)
{
    bool first = true;
    for (const auto& [text, format] : lines) {
        if (!first)
            c.insertBlock(blockFormat(align), format);
        else
            c.setBlockFormat(blockFormat(align));
        c.insertText(text, format);
        first = false;
    }
}

void addLetterhead(QTextCursor& c, const ReportDocument& doc)
{
    QTextTable* t = layoutTable(c, 1, {42, 58});
    std::vector<std::pair<QString, QTextCharFormat>> left;
    if (!doc.letterhead.parentLine.isEmpty())
        left.emplace_back(doc.letterhead.parentLine, charFormat(11.5));
    left.emplace_back(doc.letterhead.unitLine, charFormat(11.5, true));
    left.emplace_back(QStringLiteral("***"), charFormat(11.5));
    addLines(t->cellAt(0, 0).firstCursorPosition(), left, Qt::AlignHCenter);
    std::vector<std::pair<QString, QTextCharFormat>> right;
    if (!doc.letterhead.parentLine.isEmpty())
        right.emplace_back(QString(), charFormat(11.5));
    right.emplace_back(QString(), charFormat(11.5));
    right.emplace_back(placeAndDate(doc.letterhead, doc.printedOn), charFormat(12.5, false, true));
    addLines(t->cellAt(0, 1).firstCursorPosition(), right, Qt::AlignHCenter);
    c.movePosition(QTextCursor::End);
}

void addFields(QTextCursor& c, const ReportDocument& doc)
{
    if (doc.fields.empty())
        return;
    c.insertBlock(blockFormat(Qt::AlignLeft, 8), charFormat(kBodyPt));
    QTextTable* t = layoutTable(c, int(doc.fields.size()), {34, 66});
    QTextTableFormat f = t->format();
    f.setCellPadding(1.5);
    t->setFormat(f);
    for (int i = 0; i < int(doc.fields.size()); ++i) {
        t->cellAt(i, 0).firstCursorPosition().insertText(doc.fields[i].first + QLatin1Char(':'), charFormat(kBodyPt - 0.5, true));
        t->cellAt(i, 1).firstCursorPosition().insertText(doc.fields[i].second, charFormat(kBodyPt - 0.5));
    }
    c.movePosition(QTextCursor::End);
}

void addSignature(QTextCursor& c, const ReportDocument& doc)
{
    c.insertBlock(blockFormat(Qt::AlignLeft, 14), charFormat(kBodyPt));
    QTextTable* t = layoutTable(c, 1, {50, 50});
    addLines(t->cellAt(0, 0).firstCursorPosition(),
             {{doc.preparedBy, charFormat(kBodyPt, true)}, {QStringLiteral("(Ký, ghi rõ họ tên)"), charFormat(kBodyPt - 1, false, true)}},
             Qt::AlignHCenter);
    addLines(t->cellAt(0, 1).firstCursorPosition(),
             {{doc.signerFor, charFormat(kBodyPt, true)}, {doc.signerTitle, charFormat(kBodyPt, true)},
              {QStringLiteral("(Ký tên, đóng dấu)"), charFormat(kBodyPt - 1, false, true)}},
             Qt::AlignHCenter);
    c.movePosition(QTextCursor::End);
}

// Where things go on the pages: each page a list of painting steps, so that the page count is known
// before anything is painted ("Trang 1/12").
class PageFlow {
public:
    explicit PageFlow(double height) : mHeight(height) { mPages.emplace_back(); }
    double remaining() const { return mHeight - mY; }
    bool atTop() const { return mY <= 0; }
    double height() const { return mHeight; }
    void newPage()
    {
        mPages.emplace_back();
        mY = 0;
    }
    // A block of the given height at the current position (on a new page when it does not fit here).
    void place(double h, std::function<void(QPainter&, double)> paint)
    {
        if (h > remaining() && mY > 0)
            newPage();
        const double y = mY;
        mPages.back().push_back([paint = std::move(paint), y](QPainter& p) { paint(p, y); });
        mY += h;
    }
    void skip(double h) { mY = std::min(mHeight, mY + h); }
    // A text document laid out in pages of this flow's height: where it is short enough it follows
    // what came before; a longer one starts on a new page and runs over as many as it needs.
    void placeDocument(QTextDocument& td, double width)
    {
        const auto* layout = td.documentLayout();
        const double bottom = layout->blockBoundingRect(td.lastBlock()).bottom();
        if (bottom <= mHeight) {
            place(bottom, [&td, width, bottom](QPainter& p, double y) {
                p.save();
                p.translate(0, y);
                td.drawContents(&p, QRectF(0, 0, width, bottom));
                p.restore();
            });
            return;
        }
        if (mY > 0)
            newPage();
        const int pages = int(std::ceil(bottom / mHeight));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                newPage();
            const double h = mHeight;
            mPages.back().push_back([&td, width, h, i](QPainter& p) {
                p.save();
                p.translate(0, -h * i);
                td.drawContents(&p, QRectF(0, h * i, width, h));
                p.restore();
            });
        }
        mY = bottom - mHeight * (pages - 1);
    }
    const std::vector<std::vector<std::function<void(QPainter&)>>>& pages() const { return mPages; }

private:
    double mHeight;
    double mY = 0;
    std::vector<std::vector<std::function<void(QPainter&)>>> mPages;
};

void prepare(QTextDocument& td, QPaintDevice& writer, double width, double height)
{
    td.documentLayout()->setPaintDevice(&writer);
    QFont base(kFamily);
    base.setPointSizeF(kBodyPt);
    td.setDefaultFont(base);
    td.setDocumentMargin(0);
    td.setPageSize(QSizeF(width, height));
}

// A table painted row by row (PdfTable): its caption kept with the header and the first row, the
// header row again at the top of each page it runs onto.
void placeTable(PageFlow& flow, const ReportTable& table, const PdfTable& painter, QPainter& measure, double width, double dpi)
{
    const double pt = dpi / 72.0;
    QFont captionFont(kFamily);
    captionFont.setPointSizeF(kBodyPt);
    captionFont.setBold(true);
    const double captionHeight = table.caption.isEmpty() ? 0 : QFontMetricsF(captionFont, measure.device()).height() + 10 * pt;
    const double gap = 4 * pt;
    const double firstRow = painter.rowCount() > 0 ? painter.rowHeight(0) : 0;
    if (captionHeight + gap + painter.headerHeight() + firstRow > flow.remaining() && !flow.atTop())
        flow.newPage();
    if (!table.caption.isEmpty()) {
        const QString caption = table.caption;
        flow.place(captionHeight, [caption, captionFont, width, pt](QPainter& p, double y) {
            p.setFont(captionFont);
            p.drawText(QRectF(0, y + 10 * pt, width, 1e4), Qt::AlignLeft | Qt::AlignTop, caption);
        });
    }
    flow.skip(gap);
    flow.place(painter.headerHeight(), [&painter](QPainter& p, double y) { painter.paintHeader(p, y); });
    for (int r = 0; r < painter.rowCount(); ++r) {
        const double h = painter.rowHeight(r);
        if (h > flow.remaining() && !flow.atTop()) {
            flow.newPage();
            flow.place(painter.headerHeight(), [&painter](QPainter& p, double y) { painter.paintHeader(p, y); });
        }
        flow.place(h, [&painter, r](QPainter& p, double y) { painter.paintRow(p, r, y); });
    }
}

// The charts on a new page under a heading: stacked on a portrait page; on a landscape one the first
// across the top half and the others side by side below it.
void placeCharts(PageFlow& flow, const ReportDocument& doc, double width, double dpi, bool landscape)
{
    const double pt = dpi / 72.0;
    flow.newPage();
    QFont heading(kFamily);
    heading.setPointSizeF(13);
    heading.setBold(true);
    const double headingHeight = 30 * pt;
    flow.place(headingHeight, [heading, width](QPainter& p, double y) {
        p.setFont(heading);
        p.drawText(QRectF(0, y, width, 1e4), Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("BIỂU ĐỒ"));
    });
    const double gap = 10 * pt;
    const double available = flow.remaining();
    std::vector<std::vector<int>> rows;
    if (landscape) {
        rows.push_back({0});
        std::vector<int> rest;
        for (int i = 1; i < int(doc.charts.size()); ++i)
            rest.push_back(i);
        if (!rest.empty())
            rows.push_back(rest);
    } else {
        for (int i = 0; i < int(doc.charts.size()); ++i)
            rows.push_back({i});
    }
    // A pixel less than the share, so that rounding never pushes the last row onto another page.
    const double rowHeight = (available - gap * double(rows.size() - 1)) / double(rows.size()) - 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const std::vector<int> charts = rows[r];
        flow.place(rowHeight, [&doc, charts, width, rowHeight, pt, gap](QPainter& p, double y) {
            const double w = (width - gap * double(charts.size() - 1)) / double(charts.size());
            for (std::size_t i = 0; i < charts.size(); ++i)
                paintChart(p, QRectF((w + gap) * double(i), y, w, rowHeight), doc.charts[std::size_t(charts[i])], pt, kFamily);
            p.setPen(QPen(Qt::black, 0.5 * pt));
        });
        if (r + 1 < rows.size())
            flow.skip(gap);
    }
}

}  // namespace

bool pdfAvailable() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

void setUpPages(QPagedPaintDevice& device, const ReportDocument& doc)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(doc.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    // Nghị định 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; wide tables get less.
    device.setPageMargins(doc.landscape() ? QMarginsF(15, 15, 12, 12) : QMarginsF(30, 20, 15, 15), QPageLayout::Millimeter);
}

QByteArray reportPdf(const ReportDocument& doc, const CancelCheck& cancelled)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeReportPdf(buffer, doc, cancelled);
    return bytes;
}

void writeReportPdf(QIODevice& out, const ReportDocument& doc, const CancelCheck& cancelled)
{
    if (!pdfAvailable())
        throw Error(
            Error::Kind::Input,
            QCoreApplication::translate(
                "hv::Reports", "PDF needs the graphical libraries, which are not started in this program."));
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("HoiVien"));
    setUpPages(writer, doc);
    paintReport(writer, doc, cancelled);
}

void paintReport(QPagedPaintDevice& writer, const ReportDocument& doc, const CancelCheck& cancelled)
{
    {
        const double dpi = writer.logicalDpiY();
        const QRectF page = writer.pageLayout().paintRectPixels(int(dpi));
        const double footer = dpi * 0.3;  // room for the page number
        const double width = page.width();
        PageFlow flow(page.height() - footer);
        QPainter p(&writer);
        p.setPen(QPen(Qt::black, 0.5 * dpi / 72.0));

        // The letterhead, title and fields, and at the end the notes and the signature, are text
        // documents; the tables, which may run to hundreds of pages, are painted (PdfTable).
        QTextDocument head;
        prepare(head, writer, width, flow.height());
        {
            QTextCursor c(&head);
            c.beginEditBlock();
            addLetterhead(c, doc);
            c.insertBlock(blockFormat(Qt::AlignHCenter, 16), charFormat(14, true));
            c.insertText(doc.title.toUpper());
            for (const QString& s : doc.subtitles) {
                c.insertBlock(blockFormat(Qt::AlignHCenter, 2), charFormat(kBodyPt, false, true));
                c.insertText(s);
            }
            addFields(c, doc);
            c.endEditBlock();
        }
        flow.placeDocument(head, width);

        std::vector<std::unique_ptr<PdfTable>> tables;
        for (const ReportTable& t : doc.tables) {
            tables.push_back(std::make_unique<PdfTable>(t, p, width, dpi, kFamily, cancelled));
            placeTable(flow, t, *tables.back(), p, width, dpi);
        }

        QTextDocument tail;
        prepare(tail, writer, width, flow.height());
        {
            QTextCursor c(&tail);
            c.beginEditBlock();
            bool first = true;
            for (const QString& n : doc.notes) {
                if (first)
                    c.setBlockFormat(blockFormat(Qt::AlignLeft, 4));
                else
                    c.insertBlock(blockFormat(Qt::AlignLeft, 4));
                c.insertText(n, charFormat(kBodyPt - 1.5, false, true));
                first = false;
            }
            if (doc.signature)
                addSignature(c, doc);
            c.endEditBlock();
        }
        if (!doc.notes.empty() || doc.signature)
            flow.placeDocument(tail, width);

        if (!doc.charts.empty())
            placeCharts(flow, doc, width, dpi, doc.landscape());

        const auto& pages = flow.pages();
        QFont small(kFamily);
        small.setPointSizeF(9);
        for (std::size_t i = 0; i < pages.size(); ++i) {
            throwIfCancelled(cancelled);
            if (i > 0)
                writer.newPage();
            for (const auto& step : pages[i])
                step(p);
            p.setFont(small);
            p.drawText(QRectF(0, page.height() - footer, width, footer), Qt::AlignHCenter | Qt::AlignBottom,
                       QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages.size()));
        }
        p.end();
    }
}

}  // namespace hv
