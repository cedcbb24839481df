#include "reports/pdftable.h"

#include <QPainter>
#include <QTextOption>

namespace hv {
namespace {

bool isNumber(const ReportCell& cell)
{
    return cell.kind == ReportCell::Kind::Integer || cell.kind == ReportCell::Kind::Decimal;
}

QTextOption wrapping(Qt::Alignment align)
{
    QTextOption o(align);
    // Words first; a word wider than its column (a long code) is broken rather than spilling over.
    o.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return o;
}

QFont fontAt(const QString& family, double pt, bool bold, bool italic)
{
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

}  // namespace

PdfTable::PdfTable(const ReportTable& table, QPainter& p, double width, double dpi, const QString& family,
                   const CancelCheck& cancelled)
    : mTable(table),
      mPad(2.5 * dpi / 72.0),
      mNormal(fontAt(family, table.fontSize, false, false)),
      mBold(fontAt(family, table.fontSize, true, false)),
      mItalic(fontAt(family, table.fontSize, false, true))
{
    double total = 0;
    for (const ReportColumn& col : table.columns)
        total += col.width;
    double x = 0;
    for (const ReportColumn& col : table.columns) {
        mLeft.push_back(x);
        x += width * col.width / total;
    }
    mLeft.push_back(width);

    const QFontMetricsF normal(mNormal, p.device()), bold(mBold, p.device()), italic(mItalic, p.device());
    double h = bold.height();
    for (int j = 0; j < int(table.columns.size()); ++j)
        h = std::max(h, measure(p, mBold, bold, table.columns[std::size_t(j)].header, j));
    mHeaderHeight = h + 2 * mPad;

    mRowHeights.reserve(table.rows.size());
    for (int i = 0; i < int(table.rows.size()); ++i) {
        throwIfCancelled(cancelled);
        const QFont& font = fontOf(i);
        const QFontMetricsF& fm = &font == &mBold ? bold : &font == &mItalic ? italic : normal;
        double rh = fm.height();
        for (int j = 0; j < int(table.columns.size()); ++j)
        {
            const CellText c = cellText(i, j);
            rh = std::max(rh, c.oneLine ? fm.height() : measure(p, font, fm, c.text, j));
        }
        mRowHeights.push_back(rh + 2 * mPad);
    }
}

const QFont& PdfTable::fontOf(int row) const
{
    switch (mTable.rows[std::size_t(row)].style) {
    case ReportRow::Style::Total: return mBold;
    case ReportRow::Style::Detail: return mItalic;
    case ReportRow::Style::Normal: break;
    }
    return mNormal;
}

PdfTable::CellText PdfTable::cellText(int row, int column) const
{
    const ReportRow& r = mTable.rows[std::size_t(row)];
    if (column >= int(r.cells.size()))
        return {};
    const ReportCell& cell = r.cells[std::size_t(column)];
    if (cell.kind == ReportCell::Kind::Empty)
        return {};
    QString text = printedText(cell);
    if (column == 1 && r.style == ReportRow::Style::Detail)
        text.prepend(QStringLiteral("   "));
    const Qt::Alignment h = isNumber(cell) ? Qt::AlignRight : cell.kind == ReportCell::Kind::Date ? Qt::AlignHCenter : Qt::AlignLeft;
    return {text, h | Qt::AlignTop, cell.kind != ReportCell::Kind::Text};
}

double PdfTable::measure(QPainter& p, const QFont& font, const QFontMetricsF& fm, const QString& text, int column) const
{
    if (text.isEmpty())
        return 0;
    const double avail = mLeft[std::size_t(column) + 1] - mLeft[std::size_t(column)] - 2 * mPad;
    // Most cells hold one short line: the advance alone says so, without a text layout.
    if (fm.horizontalAdvance(text) <= avail && !text.contains(QLatin1Char('\n')))
        return fm.height();
    p.setFont(font);
    return p.boundingRect(QRectF(0, 0, avail, 1e6), text, wrapping(Qt::AlignLeft | Qt::AlignTop)).height();
}

void PdfTable::paintCells(QPainter& p, double y, double height, const QFont& font, const std::vector<CellText>& cells) const
{
    p.setFont(font);
    const double right = mLeft.back();
    p.drawLine(QPointF(0, y), QPointF(right, y));
    p.drawLine(QPointF(0, y + height), QPointF(right, y + height));
    for (double x : mLeft)
        p.drawLine(QPointF(x, y), QPointF(x, y + height));
    for (std::size_t j = 0; j < cells.size(); ++j) {
        if (cells[j].text.isEmpty())
            continue;
        const QRectF r(mLeft[j] + mPad, y + mPad, mLeft[j + 1] - mLeft[j] - 2 * mPad, height - 2 * mPad);
        if (cells[j].oneLine) {
            // "01/01/1970" in a narrow column: a smaller size rather than "01/01/197" over "0".
            const double advance = p.fontMetrics().horizontalAdvance(cells[j].text);
            if (advance > r.width() && advance > 0) {
                QFont smaller = font;
                smaller.setPointSizeF(font.pointSizeF() * std::max(0.6, r.width() / advance));
                p.setFont(smaller);
                p.drawText(r, int(cells[j].align), cells[j].text);
                p.setFont(font);
                continue;
            }
            p.drawText(r, int(cells[j].align), cells[j].text);
            continue;
        }
        p.drawText(r, cells[j].text, wrapping(cells[j].align));
    }
}

void PdfTable::paintHeader(QPainter& p, double y) const
{
    std::vector<CellText> cells;
    for (const ReportColumn& col : mTable.columns)
        cells.push_back({col.header, Qt::AlignCenter});
    paintCells(p, y, mHeaderHeight, mBold, cells);
}

void PdfTable::paintRow(QPainter& p, int row, double y) const
{
    std::vector<CellText> cells;
    cells.reserve(mTable.columns.size());
    for (int j = 0; j < int(mTable.columns.size()); ++j)
        cells.push_back(cellText(row, j));
    paintCells(p, y, mRowHeights[std::size_t(row)], fontOf(row), cells);
}

}  // namespace hv
