// The charts' data come from the annual figures: the bars of each commune are its members at the
// cut-off, the ten-year series the district's totals of each year (years before the register began
// left out), and the chart painter's axis steps are round numbers. The HTML report carries the same
// charts as inline SVG.
#include "reports/reportcharts.h"
#include "reports/annualdocument.h"
#include "reports/chartlayout.h"
#include "reports/fixture.h"
#include "reports/htmlwriter.h"

#include <QRegularExpression>

using namespace hv;

namespace {

class ReportChartsTest : public hvtest::DistrictFixture {};

// The <svg> elements of an HTML page.
QStringList svgsOf(const QString& html)
{
    QStringList out;
    for (qsizetype at = html.indexOf("<svg "); at >= 0; at = html.indexOf("<svg ", at + 1))
        out << html.mid(at, html.indexOf("</svg>", at) + 6 - at);
    return out;
}

// The height of the bar whose figure is tip, -1 when there is none.
double barHeight(const QString& svg, const QString& tip)
{
    const QRegularExpression bar("<rect class=\"bar\"[^>]* height=\"([0-9.]+)\"[^>]*><title>" +
                                 QRegularExpression::escape(tip) + "</title>");
    const auto m = bar.match(svg);
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

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

// The members of the earlier years are walked back from the year's count through the movements; they
// are what each year's own report counts, with restorations, moves between communes and departures.
TEST_F(ReportChartsTest, EarlierYearsAreWhatTheirReportsCount)
{
    addMembers(false);
    member("Lê Thị Trở Lại",
           {ev(EventKind::Admitted, QDate(2016, 4, 1), a), ev(EventKind::Withdrew, QDate(2018, 2, 1)),
            ev(EventKind::Restored, QDate(2020, 7, 1), b)});
    member("Lê Thị Đi Xa",
           {ev(EventKind::Admitted, QDate(2017, 1, 1), x), ev(EventKind::Moved, QDate(2019, 3, 1), a),
            ev(EventKind::TransferredOut, QDate(2021, 5, 1))});
    member("Lê Thị Từ Ngoài",
           {ev(EventKind::TransferredIn, QDate(2018, 12, 31), x), ev(EventKind::Removed, QDate(2020, 1, 1))});
    for (const QDate& cutoff : {QDate(), QDate(2023, 6, 30)}) {
        const ReportCharts charts = buildReportCharts(db, {2023, {}, cutoff, 1});
        ASSERT_EQ(charts.membership.categories.size(), 9) << "2015-2023";
        for (int i = 0; i < 9; ++i) {
            const int year = charts.membership.categories[i].toInt();
            // The last year is the report's own at its cut-off; the earlier ones at 31 December.
            const AnnualReport r = buildAnnualReport(db, {year, {}, year == 2023 ? cutoff : QDate(), 1});
            EXPECT_EQ(*charts.membership.series[0].values[std::size_t(i)], double(r.totals.membersEnd))
                << year;
            EXPECT_EQ(*charts.movements.series[0].values[std::size_t(i)], double(r.totals.admitted)) << year;
            EXPECT_EQ(*charts.movements.series[1].values[std::size_t(i)], double(r.totals.leftTotal()))
                << year;
        }
    }
}

TEST(ChartPainter, AxisStepsAreRound)
{
    EXPECT_EQ(niceStep(0), 1);
    EXPECT_EQ(niceStep(7), 2);
    EXPECT_EQ(niceStep(100), 20);
    EXPECT_EQ(niceStep(8715), 2000);
    EXPECT_EQ(niceStep(86.1), 20);
}

TEST_F(ReportChartsTest, HtmlCarriesEachChartAsSvg)
{
    addMembers(false);
    ReportDocument doc = annualReportDocument(buildAnnualComparison(db, {2023, {}, {}, 1}),
                                              letterheadFor(db, "D1"), QDate(2024, 1, 5));
    const QString without = QString::fromUtf8(reportHtml(doc));
    EXPECT_FALSE(without.contains("<svg")) << "no charts asked, none written";
    doc.charts = buildReportCharts(db, {2023, {}, {}, 1}).all();
    const QString html = QString::fromUtf8(reportHtml(doc));
    const QStringList svgs = svgsOf(html);
    ASSERT_EQ(svgs.size(), 3);
    EXPECT_TRUE(html.contains("<h2>BIỂU ĐỒ</h2>"));
    EXPECT_LT(html.indexOf("TM. BAN THƯỜNG VỤ"), html.indexOf("<svg "))
        << "after the signature, as in the PDF";

    // Members and rate by commune: a bar and a point for each of the two communes. At the end of 2023
    // Xã Một has 4 members (Một, Hai, Năm, Mười), Xã Hai 2 (Ba, Bốn): its bar is half as high.
    EXPECT_TRUE(svgs[0].contains("<title>Hội viên và tỷ lệ thu hút theo đơn vị năm 2023</title>"));
    EXPECT_EQ(svgs[0].count("class=\"bar\""), 2);
    EXPECT_EQ(svgs[0].count("class=\"point\""), 2);
    const double one = barHeight(svgs[0], "Xã Một: 4"), two = barHeight(svgs[0], "Xã Hai: 2");
    ASSERT_GT(one, 0);
    EXPECT_NEAR(two / one, 0.5, 0.01);
    EXPECT_TRUE(svgs[0].contains("<title>Xã Một: 40,0</title>"))
        << "4 of 10 women: the rate with its decimal";
    // Membership over the years 2015 (the first member) to 2023: nine points on one line.
    EXPECT_EQ(svgs[1].count("class=\"bar\""), 0);
    EXPECT_EQ(svgs[1].count("class=\"point\""), 9);
    EXPECT_EQ(svgs[1].count("<polyline"), 1);
    const QRegularExpression points("<polyline class=\"series\" points=\"([^\"]*)\"");
    EXPECT_EQ(points.match(svgs[1]).captured(1).split(' ').size(), 9);
    EXPECT_TRUE(svgs[1].contains(">2015</text>") && svgs[1].contains(">2023</text>"));
    EXPECT_FALSE(svgs[1].contains(">2014</text>"));
    // Admissions and departures of those nine years: two bars a year.
    EXPECT_EQ(svgs[2].count("class=\"bar\""), 18);
    EXPECT_EQ(svgs[2].count("class=\"point\""), 0);
}

TEST(ChartLayout, TextSizesComeFromTheCaller)
{
    ChartSpec c;
    c.title = "T";
    c.categories = QStringList{"a", "b", "c"};
    c.series = {{"s", {1.0, std::nullopt, 3.0}, Qt::red, true, false}};
    ChartMetrics m;
    m.titleHeight = 12;
    m.height = 10;
    m.ascent = 8;
    m.width = [](const QString& s) { return 5.0 * double(s.size()); };
    m.elided = [](const QString& s, double) { return s; };
    const std::vector<ChartShape> shapes = layoutChart(QRectF(0, 0, 400, 200), c, m);
    int points = 0, lines = 0;
    for (const ChartShape& s : shapes) {
        points += s.role == ChartShape::Role::Point;
        lines += s.kind == ChartShape::Kind::Polyline;
        if (s.kind != ChartShape::Kind::Line && s.kind != ChartShape::Kind::Polyline && s.angle == 0) {
            EXPECT_TRUE(QRectF(-1, -1, 402, 202).contains(s.rect)) << s.text.toStdString();
        }
    }
    // A missing figure breaks the line: two points, no segment between two points that are not neighbours.
    EXPECT_EQ(points, 2);
    EXPECT_EQ(lines, 0);
}
