#include "reports/pdfwriter.h"

#include "core/error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

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

bool isNumber(const ReportCell& cell)
{
    return cell.kind == ReportCell::Kind::Integer || cell.kind == ReportCell::Kind::Decimal;
}

// A table, or (with breaks) several tables one after the other, each with its own header row; the
// breaks are where pages began in a first layout, so each table fills one page.
// Qt draws a page by walking every cell of a table that reaches it, so one table of 10,000 rows costs
// pages x rows to print; one table per page keeps it linear. Returns the tables inserted.
std::vector<QTextTable*> addTable(QTextCursor& c, const ReportTable& table, const std::vector<int>& breaks = {})
{
    if (!table.caption.isEmpty()) {
        c.insertBlock(blockFormat(Qt::AlignLeft, 10), charFormat(kBodyPt, true));
        c.insertText(table.caption);
    }
    QTextTableFormat f;
    f.setBorder(0.5);
    f.setBorderBrush(Qt::black);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setCellSpacing(0);
    f.setCellPadding(2.5);
    f.setHeaderRowCount(1);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    double total = 0;
    for (const ReportColumn& col : table.columns)
        total += col.width;
    QList<QTextLength> widths;
    for (const ReportColumn& col : table.columns)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * col.width / total);
    f.setColumnWidthConstraints(widths);
    const int cols = int(table.columns.size());
    const QTextCharFormat head = charFormat(table.fontSize, true);
    const QTextCharFormat normal = charFormat(table.fontSize);
    const QTextCharFormat bold = charFormat(table.fontSize, true);
    const QTextCharFormat detail = charFormat(table.fontSize, false, true);
    const QTextBlockFormat leftBlock = blockFormat(Qt::AlignLeft);
    const QTextBlockFormat rightBlock = blockFormat(Qt::AlignRight);
    const QTextBlockFormat centreBlock = blockFormat(Qt::AlignHCenter);
    std::vector<int> starts{0};
    for (int b : breaks)
        if (b > starts.back() && b < int(table.rows.size()))
            starts.push_back(b);
    std::vector<QTextTable*> inserted;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const int from = starts[k];
        const int to = k + 1 < starts.size() ? starts[k + 1] : int(table.rows.size());
        QTextBlockFormat gap = blockFormat(Qt::AlignLeft, k == 0 ? 4 : 0);
        if (k > 0)
            gap.setLineHeight(0, QTextBlockFormat::FixedHeight);
        c.insertBlock(gap, charFormat(k == 0 ? table.fontSize : 1));
        QTextTable* t = c.insertTable(to - from + 1, cols, f);
        inserted.push_back(t);
        for (int j = 0; j < cols; ++j) {
            QTextCursor cell = t->cellAt(0, j).firstCursorPosition();
            cell.setBlockFormat(blockFormat(Qt::AlignCenter));
            cell.insertText(table.columns[j].header, head);
        }
        for (int i = from; i < to; ++i) {
            const ReportRow& row = table.rows[i];
            const QTextCharFormat& fmt = row.style == ReportRow::Style::Total    ? bold
                                         : row.style == ReportRow::Style::Detail ? detail
                                                                                 : normal;
            for (int j = 0; j < cols && j < int(row.cells.size()); ++j) {
                const ReportCell& cell = row.cells[j];
                if (cell.kind == ReportCell::Kind::Empty)
                    continue;
                QTextCursor cur = t->cellAt(i - from + 1, j).firstCursorPosition();
                cur.setBlockFormat(isNumber(cell) ? rightBlock : cell.kind == ReportCell::Kind::Date ? centreBlock : leftBlock);
                QString text = printedText(cell);
                if (j == 1 && row.style == ReportRow::Style::Detail)
                    text.prepend(QStringLiteral("   "));
                cur.insertText(text, fmt);
            }
        }
        c.movePosition(QTextCursor::End);
    }
    return inserted;
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

}  // namespace

bool pdfAvailable() { return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr; }

QByteArray reportPdf(const ReportDocument& doc)
{
    if (!pdfAvailable())
        throw Error(Error::Kind::Input, QCoreApplication::translate("hv::Reports", "PDF needs the graphical libraries, which are not started in this program."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(doc.landscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
        // Nghị định 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm; wide tables get less.
        writer.setPageMargins(doc.landscape() ? QMarginsF(15, 15, 12, 12) : QMarginsF(30, 20, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(doc.title);
        writer.setCreator(QStringLiteral("HoiVien"));

        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const double footer = writer.resolution() * 0.3;  // room for the page number

        // Long tables are laid out once to find where each page begins, then built again as one table
        // per page (see addTable).
        constexpr int kLongTable = 60;
        std::vector<std::vector<int>> breaks(doc.tables.size());
        auto build = [&](QTextDocument& td, std::vector<std::vector<QTextTable*>>* tables) {
            td.documentLayout()->setPaintDevice(&writer);
            QFont base(kFamily);
            base.setPointSizeF(kBodyPt);
            td.setDefaultFont(base);
            td.setDocumentMargin(0);
            td.setPageSize(QSizeF(page.width(), page.height() - footer));
            // One edit block: the layout runs once at its end instead of after every insertion.
            QTextCursor c(&td);
            c.beginEditBlock();
            addLetterhead(c, doc);
            c.insertBlock(blockFormat(Qt::AlignHCenter, 16), charFormat(14, true));
            c.insertText(doc.title.toUpper());
            for (const QString& s : doc.subtitles) {
                c.insertBlock(blockFormat(Qt::AlignHCenter, 2), charFormat(kBodyPt, false, true));
                c.insertText(s);
            }
            addFields(c, doc);
            for (std::size_t i = 0; i < doc.tables.size(); ++i) {
                auto inserted = addTable(c, doc.tables[i], breaks[i]);
                if (tables)
                    tables->push_back(std::move(inserted));
            }
            for (const QString& n : doc.notes) {
                c.insertBlock(blockFormat(Qt::AlignLeft, 4), charFormat(kBodyPt - 1.5, false, true));
                c.insertText(n);
            }
            if (doc.signature)
                addSignature(c, doc);
            c.endEditBlock();
        };
        QTextDocument td;
        bool anyLong = false;
        for (const ReportTable& t : doc.tables)
            anyLong = anyLong || int(t.rows.size()) > kLongTable;
        if (anyLong) {
            QTextDocument first;
            std::vector<std::vector<QTextTable*>> tables;
            build(first, &tables);
            const double h = first.pageSize().height();
            auto* layout = first.documentLayout();
            for (std::size_t i = 0; i < doc.tables.size(); ++i) {
                if (int(doc.tables[i].rows.size()) <= kLongTable)
                    continue;
                QTextTable* t = tables[i].front();
                int pageOfPrevious = -1;
                for (int r = 0; r < int(doc.tables[i].rows.size()); ++r) {
                    const int p = int(layout->blockBoundingRect(t->cellAt(r + 1, 0).firstCursorPosition().block()).top() / h);
                    if (r > 0 && p != pageOfPrevious)
                        breaks[i].push_back(r);
                    pageOfPrevious = p;
                }
            }
        }
        build(td, nullptr);

        // Page by page, so that each page gets its number at the foot.
        QPainter p(&writer);
        const int pages = td.pageCount();
        const double h = td.pageSize().height();
        QFont small(kFamily);
        small.setPointSizeF(9);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            p.save();
            p.translate(0, -h * i);
            td.drawContents(&p, QRectF(0, h * i, page.width(), h));
            p.restore();
            p.setFont(small);
            p.drawText(QRectF(0, page.height() - footer, page.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                       QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages));
        }
        p.end();
    }
    return bytes;
}

}  // namespace hv
