#pragma once
// A table of a report painted straight onto a PDF page with QPainter: borders of half a point, the
// header row bold and centred, numbers right, dates centred, text that does not fit wrapped in its
// cell. Each row's height is measured once (QFontMetrics; a wrapped layout only for text wider than
// its column), so the page flow can decide where pages break without laying the table out as a
// QTextDocument (docs/performance.md "Reports and lists": that layout cost more than the goal).

#include "reports/cancelcheck.h"
#include "reports/reportdocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <vector>

class QPainter;
class QPaintDevice;

namespace hv {

class PdfTable {
public:
    // width: of the printable area, in device pixels; family: the font of the whole report. Measuring
    // asks cancelled at every row (Error(Kind::Cancelled)).
    PdfTable(const ReportTable& table, QPainter& measure, double width, double dpi, const QString& family,
             const CancelCheck& cancelled = {});

    double headerHeight() const { return mHeaderHeight; }
    double rowHeight(int row) const { return mRowHeights[std::size_t(row)]; }
    int rowCount() const { return int(mRowHeights.size()); }

    void paintHeader(QPainter& p, double y) const;
    void paintRow(QPainter& p, int row, double y) const;

private:
    struct CellText {
        QString text;
        Qt::Alignment align;
        bool oneLine = false;  // dates and numbers: never broken, made smaller when too wide
    };
    CellText cellText(int row, int column) const;
    const QFont& fontOf(int row) const;
    double measure(QPainter& p, const QFont& font, const QFontMetricsF& fm, const QString& text, int column) const;
    void paintCells(QPainter& p, double y, double height, const QFont& font, const std::vector<CellText>& cells) const;

    const ReportTable& mTable;
    std::vector<double> mLeft;  // x of each column's left edge, then the right edge of the table
    double mPad = 0;
    QFont mNormal, mBold, mItalic;
    double mHeaderHeight = 0;
    std::vector<double> mRowHeights;
};

}  // namespace hv
