#pragma once
// A chart of the reports as SVG text, for the HTML report: the shapes of chartlayout.h, the same chart
// the PDF paints. Written by hand (Qt's SVG module is not a dependency). Text sizes are estimated from
// the number of characters, not measured, so the bytes do not depend on the fonts installed; the
// browser sets the text in its own serif font. Each bar is a <rect class="bar">, each point of a line a
// <circle class="point">, with the figure in a <title> shown on hover.

#include "reports/reportcharts.h"

#include <QString>

namespace hv {

// One <svg> element (no XML declaration), 640 × 320 user units (points) scaled to the page's width.
QString chartSvg(const ChartSpec& chart);

}  // namespace hv
