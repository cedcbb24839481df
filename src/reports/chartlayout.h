#pragma once
// Where everything of a chart (reportcharts.h) goes, as a list of shapes in painting order: title,
// legend, grid and axis labels, axes, bars, lines with their points, category labels. The PDF paints
// the shapes with QPainter (chartpainter.h), the HTML writes them as SVG (chartsvg.h), so both show the
// same chart. The layout needs only the sizes of text, which the caller gives: measured fonts for the
// PDF, a fixed estimate for SVG (the browser sets the text; the file must not depend on the fonts of
// the machine that wrote it).

#include "reports/reportcharts.h"

#include <QPointF>
#include <QRectF>
#include <functional>
#include <vector>

namespace hv {

struct ChartMetrics {
    double pt = 1;           // device units per typographic point
    double titleHeight = 0;  // line height of the title (11 pt bold)
    double height = 0;       // line height of the small text (8 pt): legend, axes, categories
    double ascent = 0;       // of the small text
    std::function<double(const QString&)> width;            // advance of a small text
    std::function<QString(const QString&, double)> elided;  // a small text cut to fit a width
};

struct ChartShape {
    enum class Kind { Text, Line, Rect, Polyline, Dot };
    // What the shape shows: the SVG names it (class="bar", "point"), the tests count it.
    enum class Role { Title, Legend, Grid, Axis, AxisLabel, Category, Bar, Series, Point };
    Kind kind = Kind::Text;
    Role role = Role::Title;
    QColor color = Qt::black;
    double penWidth = 0;          // Line, Polyline, Dot: in points
    QRectF rect;                  // Text: its box; Rect: the area filled; Dot: its bounds
    std::vector<QPointF> points;  // Line: both ends; Polyline: every point
    // Text: drawn in rect, aligned by align, in a frame moved to origin and turned by angle degrees
    // (clockwise, as QPainter::rotate). The title's text is 11 pt bold, every other 8 pt.
    QString text;
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop;
    QPointF origin;
    double angle = 0;
    QString tip;  // Bar, Point: the category and the figure ("Xã Một: 1.234")
};

// rect: where the chart goes, in device units.
std::vector<ChartShape> layoutChart(const QRectF& rect, const ChartSpec& chart, const ChartMetrics& metrics);

// A round step for an axis from 0 to max: 1, 2 or 5 times a power of ten, about five steps.
double niceStep(double max);

}  // namespace hv
