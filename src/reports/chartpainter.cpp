#include "reports/chartpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace hv {
namespace {

QFont fontOf(const QString& family, double pt, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

}  // namespace

void paintChart(QPainter& p, const QRectF& rect, const ChartSpec& chart, double pt, const QString& family)
{
    p.save();
    const QFont title = fontOf(family, 11, true), small = fontOf(family, 8);
    const QFontMetricsF ft(title, p.device()), fs(small, p.device());
    ChartMetrics m;
    m.pt = pt;
    m.titleHeight = ft.height();
    m.height = fs.height();
    m.ascent = fs.ascent();
    m.width = [&fs](const QString& s) { return fs.horizontalAdvance(s); };
    m.elided = [&fs](const QString& s, double w) { return fs.elidedText(s, Qt::ElideRight, w); };
    for (const ChartShape& s : layoutChart(rect, chart, m)) {
        switch (s.kind) {
            case ChartShape::Kind::Text:
                p.save();
                p.setFont(s.role == ChartShape::Role::Title ? title : small);
                p.setPen(QPen(s.color, 0.5 * pt));
                p.translate(s.origin);
                p.rotate(s.angle);
                p.drawText(s.rect, int(s.align), s.text);
                p.restore();
                break;
            case ChartShape::Kind::Line:
                p.setPen(QPen(s.color, s.penWidth * pt));
                p.drawLine(s.points.front(), s.points.back());
                break;
            case ChartShape::Kind::Rect:
                p.fillRect(s.rect, s.color);
                break;
            case ChartShape::Kind::Polyline: {
                QPainterPath path(s.points.front());
                for (std::size_t i = 1; i < s.points.size(); ++i) path.lineTo(s.points[i]);
                p.setPen(QPen(s.color, s.penWidth * pt));
                p.setBrush(Qt::NoBrush);
                p.drawPath(path);
                break;
            }
            case ChartShape::Kind::Dot:
                p.setPen(QPen(s.color, s.penWidth * pt));
                p.setBrush(s.color);
                p.drawEllipse(s.rect);
                p.setBrush(Qt::NoBrush);
                break;
        }
    }
    p.restore();
}

}  // namespace hv
