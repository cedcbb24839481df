#include "reports/chartlayout.h"

#include "reports/reportdocument.h"

#include <algorithm>
#include <cmath>

namespace hv {
namespace {

const QColor kGrid(0xcc, 0xcc, 0xcc);

double maxOf(const ChartSpec& c, bool right)
{
    double m = 0;
    for (const ChartSeries& s : c.series)
        if (s.rightAxis == right)
            for (const auto& v : s.values)
                if (v) m = std::max(m, *v);
    return m;
}

QString axisLabel(double v)
{
    ReportCell c = ReportCell::integer(qint64(std::llround(v)));
    if (std::abs(v - std::round(v)) > 1e-9) c = ReportCell::decimal(v);
    return printedText(c);
}

// "Xã Một: 1.234"; a rate keeps its decimal ("86,0").
QString tipOf(const ChartSpec& chart, const ChartSeries& s, std::size_t i)
{
    const double v = *s.values[i];
    const QString figure = s.rightAxis ? printedText(ReportCell::decimal(v)) : axisLabel(v);
    return chart.categories.value(qsizetype(i)) + QStringLiteral(": ") + figure;
}

class Shapes {
public:
    void text(ChartShape::Role role, const QRectF& rect, Qt::Alignment align, const QString& text,
              const QPointF& origin = {}, double angle = 0)
    {
        ChartShape s;
        s.kind = ChartShape::Kind::Text;
        s.role = role;
        s.rect = rect;
        s.align = align;
        s.text = text;
        s.origin = origin;
        s.angle = angle;
        mShapes.push_back(std::move(s));
    }
    void line(ChartShape::Role role, const QPointF& a, const QPointF& b, const QColor& color, double width)
    {
        mShapes.push_back(stroke(ChartShape::Kind::Line, role, color, width, {a, b}));
    }
    void polyline(const std::vector<QPointF>& points, const QColor& color, double width)
    {
        mShapes.push_back(stroke(ChartShape::Kind::Polyline, ChartShape::Role::Series, color, width, points));
    }
    void rect(ChartShape::Role role, ChartShape::Kind kind, const QRectF& r, const QColor& color,
              double width = 0, const QString& tip = {})
    {
        ChartShape s = stroke(kind, role, color, width, {});
        s.rect = r;
        s.tip = tip;
        mShapes.push_back(std::move(s));
    }
    std::vector<ChartShape> take() { return std::move(mShapes); }

private:
    static ChartShape stroke(ChartShape::Kind kind, ChartShape::Role role, const QColor& color, double width,
                             std::vector<QPointF> points)
    {
        ChartShape s;
        s.kind = kind;
        s.role = role;
        s.color = color;
        s.penWidth = width;
        s.points = std::move(points);
        return s;
    }

    std::vector<ChartShape> mShapes;
};

}  // namespace

double niceStep(double max)
{
    if (max <= 0) return 1;
    const double raw = max / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) return std::max(1.0, m * power);
    return 10 * power;
}

std::vector<ChartShape> layoutChart(const QRectF& rect, const ChartSpec& chart, const ChartMetrics& m)
{
    using Role = ChartShape::Role;
    const double pt = m.pt;
    Shapes out;
    out.text(Role::Title, QRectF(rect.left(), rect.top(), rect.width(), m.titleHeight),
             Qt::AlignHCenter | Qt::AlignTop, chart.title);
    double y = rect.top() + m.titleHeight + 4 * pt;

    // Legend: a swatch and the name of each series, centred on one line.
    double legendWidth = 0;
    for (const ChartSeries& s : chart.series) legendWidth += 14 * pt + m.width(s.name) + 12 * pt;
    double x = rect.center().x() - legendWidth / 2;
    for (const ChartSeries& s : chart.series) {
        const QRectF swatch(x, y + m.height / 2 - 3 * pt, 10 * pt, 6 * pt);
        if (s.line)
            out.line(Role::Legend, QPointF(swatch.left(), swatch.center().y()),
                     QPointF(swatch.right(), swatch.center().y()), s.color, 1.5);
        else
            out.rect(Role::Legend, ChartShape::Kind::Rect, swatch, s.color);
        out.text(Role::Legend, QRectF(x + 14 * pt, y, m.width(s.name), m.height),
                 Qt::AlignLeft | Qt::AlignTop, s.name);
        x += 14 * pt + m.width(s.name) + 12 * pt;
    }
    y += m.height + 6 * pt;

    const bool right = !chart.rightAxisTitle.isEmpty();
    const double leftMax = maxOf(chart, false), rightMax = right ? std::max(maxOf(chart, true), 1.0) : 0;
    const double leftStep = niceStep(leftMax), rightStep = right ? niceStep(rightMax) : 1;
    const double leftTop = std::max(leftStep, std::ceil(leftMax / leftStep) * leftStep);
    const double rightTop = right ? std::max(rightStep, std::ceil(rightMax / rightStep) * rightStep) : 1;
    const double labelWidth = m.width(axisLabel(leftTop)) + 6 * pt;
    const double rightWidth = right ? m.width(axisLabel(rightTop)) + 6 * pt : 4 * pt;
    // Category labels: turned when they do not fit under their slot.
    const int n = std::max<qsizetype>(1, chart.categories.size());
    double longest = 0;
    for (const QString& c : chart.categories) longest = std::max(longest, m.width(c));
    const double plotWidth = rect.width() - labelWidth - rightWidth - m.height * (right ? 2 : 1);
    const double slot = plotWidth / n;
    const bool turned = longest > slot - 2 * pt;
    const double labelsHeight =
        turned ? std::min(longest, rect.height() * 0.3) * 0.71 + m.height : m.height + 2 * pt;
    const QRectF plot(rect.left() + m.height + labelWidth, y, plotWidth,
                      rect.bottom() - y - labelsHeight - 2 * pt);

    // Axis titles, turned along the axes.
    const QRectF alongAxis(-plot.height() / 2, 0, plot.height(), m.height);
    out.text(Role::AxisLabel, alongAxis, Qt::AlignCenter, chart.leftAxisTitle,
             QPointF(rect.left(), plot.center().y()), -90);
    if (right)
        out.text(Role::AxisLabel, alongAxis, Qt::AlignCenter, chart.rightAxisTitle,
                 QPointF(rect.right(), plot.center().y()), 90);

    // Grid and axis labels.
    for (double v = 0; v <= leftTop + 1e-9; v += leftStep) {
        const double gy = plot.bottom() - plot.height() * v / leftTop;
        out.line(Role::Grid, QPointF(plot.left(), gy), QPointF(plot.right(), gy), kGrid, 0.3);
        out.text(Role::AxisLabel,
                 QRectF(plot.left() - labelWidth, gy - m.height / 2, labelWidth - 3 * pt, m.height),
                 Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }
    if (right)
        for (double v = 0; v <= rightTop + 1e-9; v += rightStep) {
            const double gy = plot.bottom() - plot.height() * v / rightTop;
            out.text(Role::AxisLabel, QRectF(plot.right() + 3 * pt, gy - m.height / 2, rightWidth, m.height),
                     Qt::AlignLeft | Qt::AlignVCenter, axisLabel(v));
        }
    out.line(Role::Axis, plot.bottomLeft(), plot.bottomRight(), Qt::black, 0.7);
    out.line(Role::Axis, plot.bottomLeft(), plot.topLeft(), Qt::black, 0.7);
    if (right) out.line(Role::Axis, plot.bottomRight(), plot.topRight(), Qt::black, 0.7);

    // Bars side by side in each slot (one for every figure, a zero one flat), lines through the slot
    // centres with a point on each figure.
    int bars = 0;
    for (const ChartSeries& s : chart.series) bars += s.line ? 0 : 1;
    const double barWidth = bars > 0 ? slot * 0.7 / bars : 0;
    int bar = 0;
    for (const ChartSeries& s : chart.series) {
        const double top = s.rightAxis ? rightTop : leftTop;
        auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
        if (!s.line) {
            for (std::size_t i = 0; i < s.values.size(); ++i)
                if (s.values[i]) {
                    const double left = plot.left() + slot * double(i) + slot * 0.15 + barWidth * bar;
                    out.rect(Role::Bar, ChartShape::Kind::Rect,
                             QRectF(left, yOf(*s.values[i]), barWidth, plot.bottom() - yOf(*s.values[i])),
                             s.color, 0, tipOf(chart, s, i));
                }
            ++bar;
            continue;
        }
        std::vector<QPointF> run;
        std::vector<std::pair<QPointF, std::size_t>> points;
        for (std::size_t i = 0; i <= s.values.size(); ++i) {
            if (i == s.values.size() || !s.values[i]) {
                if (run.size() > 1) out.polyline(run, s.color, 1.5);
                run.clear();
                continue;
            }
            run.emplace_back(plot.left() + slot * (double(i) + 0.5), yOf(*s.values[i]));
            points.emplace_back(run.back(), i);
        }
        for (const auto& [c, i] : points)
            out.rect(Role::Point, ChartShape::Kind::Dot,
                     QRectF(c.x() - 2 * pt, c.y() - 2 * pt, 4 * pt, 4 * pt), s.color, 1.5,
                     tipOf(chart, s, i));
    }

    // Category labels.
    for (int i = 0; i < int(chart.categories.size()); ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        if (!turned) {
            out.text(Role::Category, QRectF(cx - slot / 2, plot.bottom() + 2 * pt, slot, m.height),
                     Qt::AlignHCenter | Qt::AlignTop, chart.categories[i]);
            continue;
        }
        // Cut to the room below the plot and, for the first labels, to the room left of them.
        const double room =
            std::min((labelsHeight - m.height) / 0.71, (cx - rect.left()) / 0.71 - m.height / 2);
        const QString text = m.elided(chart.categories[i], room);
        out.text(Role::Category, QRectF(-m.width(text), -m.height / 2, m.width(text), m.height),
                 Qt::AlignRight | Qt::AlignVCenter, text, QPointF(cx, plot.bottom() + 3 * pt), -45);
    }
    return out.take();
}

}  // namespace hv
