#pragma once
// The charts of the reports (members and attraction rate by commune, membership over ten years,
// admissions and departures by year) as data: a chart is categories and series of numbers, built once
// from the annual figures. chartlayout.h places them; the PDF paints them itself (chartpainter.h:
// QPainter, no widgets, so that hoivien-cli prints them too) and the HTML writes them as SVG
// (chartsvg.h); the desktop shows the same data with Qt Charts (src/ui/chartviews.h).

#include "reports/annualreport.h"

#include <QColor>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

struct ChartSeries {
    QString name;
    std::vector<std::optional<double>> values;  // one per category; nullopt: no figure (not drawn)
    QColor color;
    bool line = false;       // a line with points over the bars instead of a bar
    bool rightAxis = false;  // on the right-hand axis (a rate in %)
};

struct ChartSpec {
    QString title;
    QStringList categories;
    std::vector<ChartSeries> series;
    QString leftAxisTitle, rightAxisTitle;  // rightAxisTitle empty: no right-hand axis
};

struct ReportCharts {
    QString unitName;
    int year = 0;
    ChartSpec byCommune;    // members at the cut-off (bars) and attraction rate (line, right axis)
    ChartSpec membership;   // members at the end of each of the last ten years
    ChartSpec movements;    // admissions and departures of each of the last ten years
    std::vector<ChartSpec> all() const { return {byCommune, membership, movements}; }
};

// From the year's report (its child units) and one report per year for the ten years up to it
// (years before the first recorded event are left out). Throws as buildAnnualReport.
ReportCharts buildReportCharts(Database& db, const AnnualReportOptions& options);
// The same from reports already built: current first, then the earlier years in any order.
ReportCharts reportChartsFrom(const AnnualReport& current, const std::vector<AnnualReport>& history);

}  // namespace hv
