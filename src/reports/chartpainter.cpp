#include "reports/chartpainter.h"

#include "reports/reportdocument.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace hv {
namespace {

double maxOf(const ChartSpec& c, bool right)
{
    double m = 0;
    for (const ChartSeries& s : c.series)
        if (s.rightAxis == right)
            for (const auto& v : s.values)
                if (v)
                    m = std::max(m, *v);
    return m;
}

QString axisLabel(double v)
{
    ReportCell c = ReportCell::integer(qint64(std::llround(v)));
    if (std::abs(v - std::round(v)) > 1e-9)
        c = ReportCell::decimal(v);
    return printedText(c);
}

QFont fontOf(const QString& family, double pt, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

}  // namespace

double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return std::max(1.0, m * power);
    return 10 * power;
}

void paintChart(QPainter& p, const QRectF& rect, const ChartSpec& chart, double pt, const QString& family)
{
    p.save();
    const QFont title = fontOf(family, 11, true), small = fontOf(family, 8);
    const QFontMetricsF ft(title, p.device()), fs(small, p.device());
    p.setPen(QPen(Qt::black, 0.5 * pt));
    p.setFont(title);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), ft.height()), Qt::AlignHCenter, chart.title);
    double y = rect.top() + ft.height() + 4 * pt;

    // Legend: a swatch and the name of each series, centred on one line.
    p.setFont(small);
    double legendWidth = 0;
    for (const ChartSeries& s : chart.series)
        legendWidth += 14 * pt + fs.horizontalAdvance(s.name) + 12 * pt;
    double x = rect.center().x() - legendWidth / 2;
    for (const ChartSeries& s : chart.series) {
        const QRectF swatch(x, y + fs.height() / 2 - 3 * pt, 10 * pt, 6 * pt);
        if (s.line) {
            p.setPen(QPen(s.color, 1.5 * pt));
            p.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        } else {
            p.fillRect(swatch, s.color);
        }
        p.setPen(QPen(Qt::black, 0.5 * pt));
        p.drawText(QPointF(x + 14 * pt, y + fs.ascent()), s.name);
        x += 14 * pt + fs.horizontalAdvance(s.name) + 12 * pt;
    }
    y += fs.height() + 6 * pt;

    const bool right = !chart.rightAxisTitle.isEmpty();
    const double leftMax = maxOf(chart, false), rightMax = right ? std::max(maxOf(chart, true), 1.0) : 0;
    const double leftStep = niceStep(leftMax), rightStep = right ? niceStep(rightMax) : 1;
    const double leftTop = std::max(leftStep, std::ceil(leftMax / leftStep) * leftStep);
    const double rightTop = right ? std::max(rightStep, std::ceil(rightMax / rightStep) * rightStep) : 1;
    const double labelWidth = fs.horizontalAdvance(axisLabel(leftTop)) + 6 * pt;
    const double rightWidth = right ? fs.horizontalAdvance(axisLabel(rightTop)) + 6 * pt : 4 * pt;
    // Category labels: turned when they do not fit under their slot.
    const int n = std::max<qsizetype>(1, chart.categories.size());
    double longest = 0;
    for (const QString& c : chart.categories)
        longest = std::max(longest, fs.horizontalAdvance(c));
    const double plotWidth = rect.width() - labelWidth - rightWidth - fs.height() * (right ? 2 : 1);
    const double slot = plotWidth / n;
    const bool turned = longest > slot - 2 * pt;
    const double labelsHeight = turned ? std::min(longest, rect.height() * 0.3) * 0.71 + fs.height() : fs.height() + 2 * pt;
    const QRectF plot(rect.left() + fs.height() + labelWidth, y, plotWidth, rect.bottom() - y - labelsHeight - 2 * pt);

    // Axis titles, turned along the axes.
    p.save();
    p.translate(rect.left(), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fs.height()), Qt::AlignCenter, chart.leftAxisTitle);
    p.restore();
    if (right) {
        p.save();
        p.translate(rect.right(), plot.center().y());
        p.rotate(90);
        p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fs.height()), Qt::AlignCenter, chart.rightAxisTitle);
        p.restore();
    }

    // Grid and axis labels.
    for (double v = 0; v <= leftTop + 1e-9; v += leftStep) {
        const double gy = plot.bottom() - plot.height() * v / leftTop;
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.3 * pt));
        p.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        p.setPen(QPen(Qt::black, 0.5 * pt));
        p.drawText(QRectF(plot.left() - labelWidth, gy - fs.height() / 2, labelWidth - 3 * pt, fs.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }
    if (right)
        for (double v = 0; v <= rightTop + 1e-9; v += rightStep) {
            const double gy = plot.bottom() - plot.height() * v / rightTop;
            p.drawText(QRectF(plot.right() + 3 * pt, gy - fs.height() / 2, rightWidth, fs.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       axisLabel(v));
        }
    p.setPen(QPen(Qt::black, 0.7 * pt));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    if (right)
        p.drawLine(plot.bottomRight(), plot.topRight());

    // Bars side by side in each slot, lines through the slot centres.
    int bars = 0;
    for (const ChartSeries& s : chart.series)
        bars += s.line ? 0 : 1;
    const double barWidth = bars > 0 ? slot * 0.7 / bars : 0;
    int bar = 0;
    for (const ChartSeries& s : chart.series) {
        const double top = s.rightAxis ? rightTop : leftTop;
        auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };
        if (!s.line) {
            for (std::size_t i = 0; i < s.values.size(); ++i)
                if (s.values[i]) {
                    const double left = plot.left() + slot * double(i) + slot * 0.15 + barWidth * bar;
                    p.fillRect(QRectF(left, yOf(*s.values[i]), barWidth, plot.bottom() - yOf(*s.values[i])), s.color);
                }
            ++bar;
            continue;
        }
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            if (!s.values[i]) {
                open = false;
                continue;
            }
            const QPointF pt0(plot.left() + slot * (double(i) + 0.5), yOf(*s.values[i]));
            open ? path.lineTo(pt0) : path.moveTo(pt0);
            open = true;
        }
        p.setPen(QPen(s.color, 1.5 * pt));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.color);
        for (std::size_t i = 0; i < s.values.size(); ++i)
            if (s.values[i])
                p.drawEllipse(QPointF(plot.left() + slot * (double(i) + 0.5), yOf(*s.values[i])), 2 * pt, 2 * pt);
        p.setBrush(Qt::NoBrush);
    }

    // Category labels.
    p.setPen(QPen(Qt::black, 0.5 * pt));
    for (int i = 0; i < int(chart.categories.size()); ++i) {
        const double cx = plot.left() + slot * (i + 0.5);
        if (!turned) {
            p.drawText(QRectF(cx - slot / 2, plot.bottom() + 2 * pt, slot, fs.height()), Qt::AlignHCenter | Qt::AlignTop,
                       chart.categories[i]);
            continue;
        }
        p.save();
        p.translate(cx, plot.bottom() + 3 * pt);
        p.rotate(-45);
        const QString text = fs.elidedText(chart.categories[i], Qt::ElideRight, (labelsHeight - fs.height()) / 0.71);
        p.drawText(QRectF(-fs.horizontalAdvance(text), -fs.height() / 2, fs.horizontalAdvance(text), fs.height()),
                   Qt::AlignRight | Qt::AlignVCenter, text);
        p.restore();
    }
    p.restore();
}

}  // namespace hv
