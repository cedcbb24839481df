#pragma once
// The report charts on screen with Qt Charts (bars, lines and a second axis for the rate), from the
// same data the PDF's page of charts is painted from (reports/reportcharts.h), so the desktop and the
// printed report always show the same figures.

#include "reports/reportcharts.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace hv {

// A chart view of one chart; the view owns its chart.
QChartView* makeChartView(const ChartSpec& chart, QWidget* parent);

// The three charts of a unit and year side by side (the first across the top), replaced as a whole
// by setCharts; an empty panel shows a line saying there is nothing yet.
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget* parent = nullptr);
    void setCharts(const std::vector<ChartSpec>& charts);
    void clear();
    // The views on screen (tests read their series).
    QList<QChartView*> views() const { return mViews; }
    void retranslate();

private:
    QGridLayout* mGrid = nullptr;
    QLabel* mEmpty = nullptr;
    QList<QChartView*> mViews;
};

}  // namespace hv
