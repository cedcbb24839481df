#pragma once
// A chart of the reports (reportcharts.h) painted with QPainter on any paint device, as chartlayout.h
// places it: bars and lines over the categories, a left axis and optionally a right one for rates, a
// legend under the title. Used for the page of charts in the PDF, where Qt Charts (which needs widgets)
// cannot be used.

#include "reports/chartlayout.h"

#include <QRectF>

class QPainter;

namespace hv {

// rect in device pixels; pointSize: pixels per typographic point on that device (dpi / 72).
void paintChart(QPainter& p, const QRectF& rect, const ChartSpec& chart, double pointSize,
                const QString& family);

}  // namespace hv
