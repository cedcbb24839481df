#include "reports/chartsvg.h"

#include "reports/chartlayout.h"

#include <cmath>

namespace hv {
namespace {

constexpr double kWidth = 640, kHeight = 320;
constexpr double kSmall = 8, kTitle = 11;  // font sizes, points
// Noto Serif's ascent and descent in ems; its average advance, about 0.55 em, stands for every letter.
constexpr double kAscent = 1.069, kDescent = 0.293, kAdvance = 0.55;

QString esc(const QString& s) { return s.toHtmlEscaped(); }
// One decimal is a tenth of a point, finer than print shows; "12" rather than "12.0".
QString n(double v)
{
    QString text = QString::number(std::abs(v) < 0.05 ? 0.0 : v, 'f', 1);
    if (text.endsWith(QLatin1String(".0"))) text.chop(2);
    return text;
}

const char* className(ChartShape::Role role)
{
    switch (role) {
        case ChartShape::Role::Title:
            return "title";
        case ChartShape::Role::Legend:
            return "legend";
        case ChartShape::Role::Grid:
            return "grid";
        case ChartShape::Role::Axis:
            return "axis";
        case ChartShape::Role::AxisLabel:
            return "axis-label";
        case ChartShape::Role::Category:
            return "category";
        case ChartShape::Role::Bar:
            return "bar";
        case ChartShape::Role::Series:
            return "series";
        case ChartShape::Role::Point:
            return "point";
    }
    return "";
}

QString open(const char* element, const ChartShape& s)
{
    return QStringLiteral("<%1 class=\"%2\"").arg(QLatin1String(element), QLatin1String(className(s.role)));
}

// The figure shown on hover, when the shape has one.
QString closeWithTip(const char* element, const ChartShape& s)
{
    if (s.tip.isEmpty()) return QStringLiteral("/>\n");
    return QStringLiteral("><title>%1</title></%2>\n").arg(esc(s.tip), QLatin1String(element));
}

QString text(const ChartShape& s)
{
    const double size = s.role == ChartShape::Role::Title ? kTitle : kSmall;
    double x = s.rect.left();
    QString anchor;
    if (s.align & Qt::AlignHCenter) {
        x = s.rect.center().x();
        anchor = QStringLiteral(" text-anchor=\"middle\"");
    } else if (s.align & Qt::AlignRight) {
        x = s.rect.right();
        anchor = QStringLiteral(" text-anchor=\"end\"");
    }
    // The baseline where QPainter puts it for the same alignment.
    double y = s.rect.top() + kAscent * size;
    if (s.align & Qt::AlignVCenter)
        y = s.rect.center().y() + (kAscent - kDescent) / 2 * size;
    else if (s.align & Qt::AlignBottom)
        y = s.rect.bottom() - kDescent * size;
    QString out = open("text", s) + QStringLiteral(" x=\"%1\" y=\"%2\"").arg(n(x), n(y)) + anchor;
    if (s.angle != 0 || !s.origin.isNull())
        out += QStringLiteral(" transform=\"translate(%1 %2) rotate(%3)\"")
                   .arg(n(s.origin.x()), n(s.origin.y()), n(s.angle));
    if (s.role == ChartShape::Role::Title)
        out += QStringLiteral(" font-size=\"%1\" font-weight=\"bold\"").arg(n(kTitle));
    return out + QLatin1Char('>') + esc(s.text) + QStringLiteral("</text>\n");
}

QString stroke(const ChartShape& s)
{
    return QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(s.color.name(), n(s.penWidth));
}

QString shape(const ChartShape& s)
{
    switch (s.kind) {
        case ChartShape::Kind::Text:
            return text(s);
        case ChartShape::Kind::Line:
            return open("line", s) +
                   QStringLiteral(" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\"")
                       .arg(n(s.points.front().x()), n(s.points.front().y()), n(s.points.back().x()),
                            n(s.points.back().y())) +
                   stroke(s) + QStringLiteral("/>\n");
        case ChartShape::Kind::Rect:
            return open("rect", s) +
                   QStringLiteral(" x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"")
                       .arg(n(s.rect.x()), n(s.rect.y()), n(s.rect.width()), n(s.rect.height()),
                            s.color.name()) +
                   closeWithTip("rect", s);
        case ChartShape::Kind::Polyline: {
            QStringList points;
            for (const QPointF& p : s.points) points << n(p.x()) + QLatin1Char(',') + n(p.y());
            return open("polyline", s) +
                   QStringLiteral(" points=\"%1\" fill=\"none\"").arg(points.join(QLatin1Char(' '))) +
                   stroke(s) + QStringLiteral("/>\n");
        }
        case ChartShape::Kind::Dot:
            return open("circle", s) +
                   QStringLiteral(" cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"")
                       .arg(n(s.rect.center().x()), n(s.rect.center().y()), n(s.rect.width() / 2),
                            s.color.name()) +
                   stroke(s) + closeWithTip("circle", s);
    }
    return {};
}

}  // namespace

QString chartSvg(const ChartSpec& chart)
{
    ChartMetrics m;
    m.pt = 1;
    m.titleHeight = (kAscent + kDescent) * kTitle;
    m.height = (kAscent + kDescent) * kSmall;
    m.ascent = kAscent * kSmall;
    m.width = [](const QString& s) { return double(s.size()) * kAdvance * kSmall; };
    m.elided = [](const QString& s, double width) {
        const qsizetype fits = qsizetype(width / (kAdvance * kSmall));
        return s.size() <= fits ? s : s.left(std::max<qsizetype>(0, fits - 1)) + QChar(0x2026);
    };
    QString out =
        QStringLiteral(
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" role=\"img\" "
            "font-family=\"'Noto Serif', 'Times New Roman', serif\" font-size=\"%3\">\n<title>%4</title>\n")
            .arg(n(kWidth), n(kHeight), n(kSmall), esc(chart.title));
    for (const ChartShape& s : layoutChart(QRectF(4, 4, kWidth - 8, kHeight - 8), chart, m)) out += shape(s);
    return out + QStringLiteral("</svg>\n");
}

}  // namespace hv
