#include "reports/reportcharts.h"

#include <algorithm>

namespace hv {
namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

const QColor kMembers(0x2f, 0x6d, 0xb5);
const QColor kRate(0xc0, 0x39, 0x2b);
const QColor kAdmitted(0x27, 0x8b, 0x4f);
const QColor kLeft(0xd3, 0x8b, 0x1f);

}  // namespace

ReportCharts reportChartsFrom(const AnnualReport& current, const std::vector<AnnualReport>& history)
{
    ReportCharts c;
    c.unitName = current.unitName;
    c.year = current.year;

    c.byCommune.title = s("Hội viên và tỷ lệ thu hút theo đơn vị năm %1").arg(current.year);
    c.byCommune.leftAxisTitle = s("Hội viên");
    c.byCommune.rightAxisTitle = s("Tỷ lệ thu hút (%)");
    ChartSeries members{s("Tổng số hội viên"), {}, kMembers, false, false};
    ChartSeries rate{s("Tỷ lệ thu hút (%)"), {}, kRate, true, true};
    for (const AnnualRow& r : current.rows) {
        if (r.depth != 1)
            continue;
        c.byCommune.categories << r.name;
        members.values.push_back(double(r.membersEnd));
        rate.values.push_back(r.attractionRate);
    }
    c.byCommune.series = {members, rate};

    std::vector<const AnnualReport*> years{&current};
    for (const AnnualReport& h : history)
        years.push_back(&h);
    std::sort(years.begin(), years.end(), [](const AnnualReport* a, const AnnualReport* b) { return a->year < b->year; });
    // Years before the register began show as zeros; they say nothing, so they are left out.
    while (years.size() > 1 && years.front()->totals.membersEnd == 0 && years.front()->totals.admitted == 0
           && years.front()->totals.leftTotal() == 0)
        years.erase(years.begin());

    c.membership.title = s("Số hội viên cuối năm, %1–%2").arg(years.front()->year).arg(current.year);
    c.membership.leftAxisTitle = s("Hội viên");
    ChartSeries end{s("Tổng số hội viên"), {}, kMembers, true, false};
    c.movements.title = s("Kết nạp và giảm hội viên theo năm, %1–%2").arg(years.front()->year).arg(current.year);
    c.movements.leftAxisTitle = s("Hội viên");
    ChartSeries admitted{s("Kết nạp mới"), {}, kAdmitted, false, false};
    ChartSeries left{s("Giảm (chuyển đi, xin ra, đưa ra, từ trần)"), {}, kLeft, false, false};
    for (const AnnualReport* y : years) {
        const QString label = QString::number(y->year);
        c.membership.categories << label;
        c.movements.categories << label;
        end.values.push_back(double(y->totals.membersEnd));
        admitted.values.push_back(double(y->totals.admitted));
        left.values.push_back(double(y->totals.leftTotal()));
    }
    c.membership.series = {end};
    c.movements.series = {admitted, left};
    return c;
}

ReportCharts buildReportCharts(Database& db, const AnnualReportOptions& options)
{
    AnnualReportOptions o = options;
    o.depth = 1;
    const AnnualReport current = buildAnnualReport(db, o);
    std::vector<AnnualReport> history;
    for (int y = current.year - 9; y < current.year; ++y) {
        AnnualReportOptions earlier;
        earlier.year = y;
        earlier.unitCode = current.unitCode;
        earlier.depth = 1;
        history.push_back(buildAnnualReport(db, earlier));
    }
    return reportChartsFrom(current, history);
}

}  // namespace hv
