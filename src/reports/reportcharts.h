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

// From the year's report (its child units) and the ten years up to it, each year as its own report
// gives it: members at 31 December, admissions and departures of the year (years before the first
// recorded event are left out). The members of the earlier years are not counted one by one: they
// follow from the year's count walked back through each year's movements (members at the start =
// members at the end − admitted − transferred in − restored + left, the balance every report keeps,
// DOMAIN.md), one query of the year's events instead of a pass over the register per year
// (docs/performance.md). Throws as buildAnnualReport.
ReportCharts buildReportCharts(Database& db, const AnnualReportOptions& options);
// The same for a report already made (at any depth: the bars are its rows of depth 1), the earlier
// years read through the builder that made it, asking cancelled between them.
ReportCharts buildReportCharts(AnnualReportBuilder& builder, const AnnualReport& current,
                               const CancelCheck& cancelled = {});

}  // namespace hv
