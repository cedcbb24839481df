#pragma once
// The year-end summary (báo cáo tổng kết, DOMAIN.md "Reports"): the indicators of the office's unit and
// of each child unit at a cut-off date, built once as data and then written as JSON, CSV, ...

#include "core/types.h"
#include "reports/cancelcheck.h"

#include <QDate>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct AnnualRow {
    QString code, name;
    UnitLevel level = UnitLevel::Commune;
    int depth = 0;  // 0 = the report's unit, 1 = its children, 2 = grandchildren
    qint64 membersStart = 0;
    qint64 admitted = 0;
    qint64 transferredIn = 0;  // from outside, and moves from another unit not inside this one
    qint64 restored = 0;
    qint64 leftTransferredOut = 0, leftWithdrew = 0, leftRemoved = 0, leftDied = 0;
    qint64 leftTotal() const { return leftTransferredOut + leftWithdrew + leftRemoved + leftDied; }
    qint64 membersEnd = 0;
    qint64 honoraryEnd = 0;
    std::optional<qint64> women18Plus;
    QString rateBasis;
    std::optional<double> attractionRate;  // one decimal
    qint64 chapters = 0, groups = 0;
    qint64 chapterHeads = 0, chapterHeadsParty = 0;
    qint64 ethnicMinority = 0, religious = 0, party = 0;
    qint64 trainings = 0, trainees = 0;  // trainings organised in the year (here or below); their attendees
    std::map<QString, qint64> awards;     // approved awards of the year by form (awardForms())
    qint64 awardsTotal() const;
    // Used by the rating, not printed: member trainees counted where they were active, activity records
    // other than households, households meeting 5k3s/5c3s.
    qint64 memberTrainees = 0, activities = 0, households = 0;
    std::optional<double> targetAdmitted;
    std::optional<double> admittedVsTarget;  // percent over (+) or under (-) the target, one decimal
};

struct AnnualReport {
    int year = 0;
    QDate cutoff;
    QDate previousCutoff;
    QString unitCode, unitName;
    QString rateBasis;  // present / eligible / mixed / empty when no figure
    AnnualRow totals;
    std::vector<AnnualRow> rows;
};

struct AnnualReportOptions {
    int year = 0;
    QString unitCode;  // empty: the office's unit
    QDate cutoff;      // invalid: 31/12 of the year
    int depth = 1;     // 1: children; 2: children and their children
    CancelCheck cancelled;  // asked between the counts and at every unit (cancelcheck.h)
};

// Throws Error(Kind::Input) for an unknown unit, a depth outside 1..3, or a cut-off not in the year;
// Error(Kind::Cancelled) when options.cancelled says so.
AnnualReport buildAnnualReport(Database& db, const AnnualReportOptions& options);

// Several reports of one database made together (the year beside the previous one, the ten years of the
// charts) read what they share once: the unit tree, and the members active at each cut-off (the end of
// one year is the start of the next). For one operation: what it has read is not read again.
class AnnualReportBuilder {
public:
    explicit AnnualReportBuilder(Database& db);
    ~AnnualReportBuilder();
    AnnualReportBuilder(const AnnualReportBuilder&) = delete;
    AnnualReportBuilder& operator=(const AnnualReportBuilder&) = delete;

    // As buildAnnualReport.
    AnnualReport build(const AnnualReportOptions& options);
    // The movements of the unit (its subtree) with fromExclusive < date <= toInclusive, as its own row
    // of a report counts them (admitted, transferred in, restored, left by reason); the other figures
    // zero. Throws Error(Kind::Input) for an unknown unit, Error(Kind::Cancelled) as build.
    AnnualRow movements(const QString& unitCode, const QDate& fromExclusive, const QDate& toInclusive,
                        const CancelCheck& cancelled = {});

private:
    struct Shared;
    std::unique_ptr<Shared> mShared;
};

// One decimal, half away from zero, as reports print it.
double roundOneDecimal(double v);

}  // namespace hv
