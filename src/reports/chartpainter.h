#pragma once
// A chart of the reports (reportcharts.h) painted with QPainter on any paint device: bars and lines
// over the categories, a left axis and optionally a right one for rates, a legend under the title.
// Used for the page of charts in the PDF, where Qt Charts (which needs widgets) cannot be used.

#include "reports/reportcharts.h"

#include <QRectF>

class QPainter;

namespace hv {

// rect in device pixels; pointSize: pixels per typographic point on that device (dpi / 72).
void paintChart(QPainter& p, const QRectF& rect, const ChartSpec& chart, double pointSize, const QString& family);

// A round step for an axis from 0 to max: 1, 2 or 5 times a power of ten, about five steps.
double niceStep(double max);

}  // namespace hv
