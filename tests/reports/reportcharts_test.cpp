// The charts' data come from the annual figures: the bars of each commune are its members at the
// cut-off, the ten-year series the district's totals of each year (years before the register began
// left out), and the chart painter's axis steps are round numbers.
#include "reports/chartpainter.h"
#include "reports/fixture.h"
#include "reports/reportcharts.h"

using namespace hv;

namespace {

class ReportChartsTest : public hvtest::DistrictFixture {};

}  // namespace

TEST_F(ReportChartsTest, SeriesAreTheAnnualFigures)
{
    addMembers(false);
    const AnnualReport report = buildAnnualReport(db, {2023, {}, {}, 1});
    const ReportCharts charts = buildReportCharts(db, {2023, {}, {}, 1});
    ASSERT_EQ(charts.byCommune.categories.size(), 2);
    ASSERT_EQ(charts.byCommune.series.size(), 2u);
    for (int i = 0; i < 2; ++i) {
        const AnnualRow& r = report.rows[std::size_t(i)];
        EXPECT_EQ(charts.byCommune.categories[i], r.name);
        EXPECT_EQ(*charts.byCommune.series[0].values[std::size_t(i)], double(r.membersEnd));
        EXPECT_EQ(charts.byCommune.series[1].values[std::size_t(i)], r.attractionRate);
    }
    EXPECT_TRUE(charts.byCommune.series[1].rightAxis);

    // The last year is the report's; earlier ones are the totals of their own reports.
    ASSERT_GE(charts.membership.categories.size(), 2);
    EXPECT_EQ(charts.membership.categories.last(), "2023");
    EXPECT_EQ(*charts.membership.series[0].values.back(), double(report.totals.membersEnd));
    const AnnualReport before = buildAnnualReport(db, {2022, {}, {}, 1});
    const auto n = charts.movements.series[0].values.size();
    EXPECT_EQ(*charts.movements.series[0].values[n - 1], double(report.totals.admitted));
    EXPECT_EQ(*charts.movements.series[1].values[n - 1], double(report.totals.leftTotal()));
    EXPECT_EQ(*charts.membership.series[0].values[n - 2], double(before.totals.membersEnd));
    EXPECT_LE(charts.membership.categories.size(), 10);
    // 2014 had no member yet: not shown.
    EXPECT_FALSE(charts.membership.categories.contains("2014"));
}

TEST(ChartPainter, AxisStepsAreRound)
{
    EXPECT_EQ(niceStep(0), 1);
    EXPECT_EQ(niceStep(7), 2);
    EXPECT_EQ(niceStep(100), 20);
    EXPECT_EQ(niceStep(8715), 2000);
    EXPECT_EQ(niceStep(86.1), 20);
}
