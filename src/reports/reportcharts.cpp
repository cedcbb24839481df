#include "reports/reportcharts.h"

#include <algorithm>

namespace hv {
namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

const QColor kMembers(0x2f, 0x6d, 0xb5);
const QColor kRate(0xc0, 0x39, 0x2b);
const QColor kAdmitted(0x27, 0x8b, 0x4f);
const QColor kLeft(0xd3, 0x8b, 0x1f);

// What the ten-year charts show of a year.
struct YearFigures {
    int year = 0;
    qint64 membersEnd = 0, admitted = 0, left = 0;
};

ReportCharts chartsOf(const AnnualReport& current, std::vector<YearFigures> years)
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

    std::sort(years.begin(), years.end(),
              [](const YearFigures& a, const YearFigures& b) { return a.year < b.year; });
    // Years before the register began show as zeros; they say nothing, so they are left out.
    while (years.size() > 1 && years.front().membersEnd == 0 && years.front().admitted == 0 &&
           years.front().left == 0)
        years.erase(years.begin());

    c.membership.title = s("Số hội viên cuối năm, %1–%2").arg(years.front().year).arg(current.year);
    c.membership.leftAxisTitle = s("Hội viên");
    ChartSeries end{s("Tổng số hội viên"), {}, kMembers, true, false};
    c.movements.title =
        s("Kết nạp và giảm hội viên theo năm, %1–%2").arg(years.front().year).arg(current.year);
    c.movements.leftAxisTitle = s("Hội viên");
    ChartSeries admitted{s("Kết nạp mới"), {}, kAdmitted, false, false};
    ChartSeries left{s("Giảm (chuyển đi, xin ra, đưa ra, từ trần)"), {}, kLeft, false, false};
    for (const YearFigures& y : years) {
        const QString label = QString::number(y.year);
        c.membership.categories << label;
        c.movements.categories << label;
        end.values.push_back(double(y.membersEnd));
        admitted.values.push_back(double(y.admitted));
        left.values.push_back(double(y.left));
    }
    c.membership.series = {end};
    c.movements.series = {admitted, left};
    return c;
}

}  // namespace

ReportCharts buildReportCharts(Database& db, const AnnualReportOptions& options)
{
    AnnualReportBuilder builder(db);
    AnnualReportOptions o = options;
    o.depth = 1;
    return buildReportCharts(builder, builder.build(o), options.cancelled);
}

ReportCharts buildReportCharts(AnnualReportBuilder& builder, const AnnualReport& current,
                               const CancelCheck& cancelled)
{
    const AnnualRow& t = current.totals;
    std::vector<YearFigures> years{{current.year, t.membersEnd, t.admitted, t.leftTotal()}};
    // The members at 31 December of the year before: counted by the report when its cut-off is 31
    // December, else its members walked back through the movements since then.
    QDate end(current.year - 1, 12, 31);
    qint64 members = t.membersStart;
    if (current.previousCutoff != end) {
        const AnnualRow since = builder.movements(current.unitCode, end, current.cutoff, cancelled);
        members = t.membersEnd - since.admitted - since.transferredIn - since.restored + since.leftTotal();
    }
    for (int y = current.year - 1; y > current.year - 10; --y) {
        const QDate start(y - 1, 12, 31);
        const AnnualRow m = builder.movements(current.unitCode, start, end, cancelled);
        years.push_back({y, members, m.admitted, m.leftTotal()});
        members = members - m.admitted - m.transferredIn - m.restored + m.leftTotal();
        end = start;
    }
    return chartsOf(current, std::move(years));
}

}  // namespace hv
