#include "ui/chartviews.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace hv {

QChartView* makeChartView(const ChartSpec& spec, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(spec.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(2, 2, 2, 2);

    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    chart->addAxis(categories, Qt::AlignBottom);
    auto* left = new QValueAxis;
    left->setTitleText(spec.leftAxisTitle);
    left->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(left, Qt::AlignLeft);
    QValueAxis* right = nullptr;
    if (!spec.rightAxisTitle.isEmpty()) {
        right = new QValueAxis;
        right->setTitleText(spec.rightAxisTitle);
        right->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(right, Qt::AlignRight);
    }
    double leftMax = 0, rightMax = 0;
    QBarSeries* bars = nullptr;
    for (const ChartSeries& s : spec.series) {
        double& max = s.rightAxis ? rightMax : leftMax;
        for (const auto& v : s.values)
            if (v) max = std::max(max, *v);
        if (!s.line) {
            if (!bars) {
                bars = new QBarSeries;
                chart->addSeries(bars);
                bars->attachAxis(categories);
                bars->attachAxis(left);
            }
            auto* set = new QBarSet(s.name);
            set->setColor(s.color);
            for (const auto& v : s.values) *set << (v ? *v : 0.0);
            bars->append(set);
            continue;
        }
        // Points at the category indices, on the same category axis as the bars.
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setColor(s.color);
        line->setPointsVisible(true);
        QPen pen = line->pen();
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (std::size_t i = 0; i < s.values.size(); ++i)
            if (s.values[i]) line->append(double(i), *s.values[i]);
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(s.rightAxis && right ? right : left);
    }
    auto top = [](double m) { return m <= 0 ? 1.0 : std::ceil(m * 1.1); };
    left->setRange(0, top(leftMax));
    left->applyNiceNumbers();
    if (right) {
        right->setRange(0, std::max(100.0, top(rightMax)));
        right->applyNiceNumbers();
    }
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

ChartsPanel::ChartsPanel(QWidget* parent) : QWidget(parent)
{
    mGrid = new QGridLayout(this);
    mGrid->setContentsMargins(0, 0, 0, 0);
    mEmpty = new QLabel(this);
    mEmpty->setAlignment(Qt::AlignCenter);
    mGrid->addWidget(mEmpty, 0, 0);
    retranslate();
}

void ChartsPanel::retranslate() { mEmpty->setText(tr("The charts appear when the figures have been computed.")); }

void ChartsPanel::clear()
{
    qDeleteAll(mViews);
    mViews.clear();
    mEmpty->setVisible(true);
}

void ChartsPanel::setCharts(const std::vector<ChartSpec>& all)
{
    clear();
    mEmpty->setVisible(false);
    for (std::size_t i = 0; i < all.size(); ++i) {
        QChartView* v = makeChartView(all[i], this);
        v->setObjectName(QStringLiteral("chart%1").arg(i));
        if (i == 0)
            mGrid->addWidget(v, 1, 0, 1, 2);
        else
            mGrid->addWidget(v, 2, int(i) - 1);
        mViews << v;
    }
}

}  // namespace hv
