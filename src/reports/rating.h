#pragma once
// The rating of communes and chapters on the year's scorecard (DOMAIN.md "Rating and ranking"; the
// rules are in docs/domain-decisions.md "Rating and ranking"). Figures come from the annual report
// (attraction rate, admissions, trainings, awards, activities, households) and the targets table;
// manual criteria and overrides from rating_overrides.

#include "core/scorecard.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct CriterionResult {
    QString id, name;
    double max = 0;
    std::optional<double> value;   // the unit's figure
    std::optional<double> target;  // its target, when the criterion reads one
    double computed = 0;           // points from the data
    std::optional<double> overridden;  // points set by hand
    QString reason;
    double points() const { return overridden ? *overridden : computed; }
};

struct UnitRating {
    Id unitId = 0;
    QString code, name;
    UnitLevel level = UnitLevel::Commune;
    std::optional<double> attractionRate;
    std::vector<CriterionResult> criteria;
    double score = 0;              // sum of the criteria's points, one decimal
    QString grade;                 // from the score and the gates; CXL when not rated for a full year
    QStringList failedGates;       // conditions that kept the unit from a higher grade
    Id scorecardId = 0;
    int scorecardVersion = 0;
    QString selfGrade, proposedGrade, approvedGrade, decisionNo;
    bool stored = false;           // read from a stored rating (hoivien-cli rate)
    QString finalGrade() const { return approvedGrade.isEmpty() ? grade : approvedGrade; }
    QByteArray detailsJson() const;
};

// The shipped card of a year and level: the 2025 grades from 2025 on, the older scale before.
Scorecard defaultScorecard(int year, UnitLevel level);
// The latest version of the year's card; when there is none yet, the default is stored as version 1.
Scorecard scorecardFor(Database& db, int year, UnitLevel level);

// Rates every unit of the level under the office's unit on the year's latest card, from the data as it
// is now; stores nothing. Throws Error(Kind::Input) for a level other than commune/chapter, or a
// database without an office unit.
std::vector<UnitRating> computeRatings(Database& db, int year, UnitLevel level);
// computeRatings, then stores each unit's computed score, grade and card version in one transaction
// (the procedure grades are kept). Returns what was stored.
std::vector<UnitRating> rateUnits(Database& db, int year, UnitLevel level);
// The ratings of a year: the stored one where a unit has been rated, computed now otherwise.
std::vector<UnitRating> currentRatings(Database& db, int year, UnitLevel level);

// Sets a criterion's points by hand. Throws Error(Kind::Input) for an unknown unit or criterion,
// points above the criterion's maximum or below 0, or an empty reason.
void overrideCriterion(Database& db, const QString& unitCode, int year, const QString& criterion, double points,
                       const QString& reason);

// Records the grading procedure of a unit's year: self-assessed, proposed and approved grades and the
// decision. Throws Error(Kind::Input) for an unknown unit, a grade that is not on the year's card (or
// CXL), or an approved grade without a decision number.
void setUnitGrades(Database& db, const QString& unitCode, int year, const QString& selfGrade, const QString& proposedGrade,
                   const QString& approvedGrade, const QString& decisionNo, const QDate& decisionDate);

}  // namespace hv
