#pragma once
// Tổng quan: the key figures of the selected unit for a year (members at the cut-off, admitted, left,
// attraction rate with its basis, chapters, chapter heads and how many are party members, honorary
// members) as large tiles, and a small table of the child units. The figures come from the annual
// report, built off the GUI thread on a connection of its own (a million-member register takes about
// half a second), with a busy indicator meanwhile; the table and the charts (Qt Charts) share a tab box.

#include "reports/annualreport.h"
#include "ui/backgroundtask.h"
#include "ui/page.h"

#include <QHash>
#include <optional>

class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace hv {

class ActionRegistry;
class ChartsPanel;

class OverviewPage : public Page {
    Q_OBJECT
public:
    OverviewPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString title() const override;
    void retranslate() override;
    void refresh() override;

    // The year shown (the register date's year at start).
    int year() const;
    void setYear(int year);
    // True while a report is being built.
    bool isLoading() const { return mRunner.busy(); }
    // The charts under the tiles (members and rate by unit, ten years of membership and movements),
    // computed after the figures, off the GUI thread too.
    ChartsPanel* charts() const { return mCharts; }
    // The report on screen; nullopt before the first one arrived.
    const std::optional<AnnualReport>& report() const { return mReport; }

signals:
    // After the figures on screen were replaced (tests and the screenshot switch wait for it).
    void loaded();

private:
    struct Tile {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        QLabel* note = nullptr;
    };
    void buildTiles();
    void refreshIfVisible();
    void showReport(const AnnualReport& report);
    void showTable(const AnnualReport& report);
    void loadCharts(const AnnualReportOptions& options, int request);
    QString rateText(const std::optional<double>& rate) const;
    QString basisText(const QString& basis) const;

    QLabel* mHeading = nullptr;
    QLabel* mSubheading = nullptr;
    QLabel* mYearLabel = nullptr;
    QSpinBox* mYear = nullptr;
    QProgressBar* mBusy = nullptr;
    QLabel* mChildrenLabel = nullptr;
    QTableWidget* mTable = nullptr;
    QTabWidget* mTabs = nullptr;
    ChartsPanel* mCharts = nullptr;
    QHash<QString, Tile> mTiles;
    std::optional<AnnualReport> mReport;
    int mRequest = 0;
    BackgroundRunner mRunner;  // last member: destroyed first, waiting for a running report
};

}  // namespace hv
