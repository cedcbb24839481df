#pragma once
// The rating scorecard (DOMAIN.md "Rating and ranking"): criteria with their points and how each is
// scored, grade thresholds and the gating conditions of the top grade. Scorecards are data (JSON, see
// resources/scorecards and docs/domain-decisions.md "Rating and ranking"); this file holds their
// arithmetic only. Qt Core only.

#include "core/types.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace hv {

struct Criterion {
    QString id;        // stable key, e.g. "attraction"
    QString name;      // Vietnamese, printed on the scoresheet
    double points = 0; // maximum points
    // attraction_rate, admitted, trainings, trainees, awards, activities, households, or manual.
    QString method;
    double floor = 0;  // attraction_rate: no points at or below this rate (%)
    double full = 0;   // the value that earns every point (a rate in %, or a count)
    QString target;    // a targets indicator: when the unit has that target it replaces `full`
};

struct GradeGate {
    QString criterion;      // criterion id
    double minPoints = 0;   // the criterion must score at least this
    QString text;           // the condition as written in the regulation
};

struct GradeRule {
    QString code, name;
    double min = 0;  // lowest score of the grade
    std::vector<GradeGate> gates;
};

struct Scorecard {
    Id id = 0;        // storage id of this version (0 when not stored)
    int year = 0;
    UnitLevel level = UnitLevel::Commune;
    int version = 0;
    QString name;
    double maxPoints = 100;
    std::vector<Criterion> criteria;
    std::vector<GradeRule> grades;  // best first, thresholds strictly decreasing, the last one from 0

    // Parses the definition. Throws Error(Kind::Input) when it is not a valid scorecard (validate()).
    static Scorecard fromJson(const QByteArray& json);
    QByteArray toJson() const;  // the definition only (not id, year, version)
    // Throws Error(Kind::Input) naming the first problem: criterion points that do not add up to
    // maxPoints, an unknown method, duplicate ids, thresholds not decreasing, a gate on no criterion.
    void validate() const;

    const Criterion* criterion(const QString& id) const;
    // The grade of a score given each criterion's points: the best grade whose threshold the score
    // reaches and whose gates all hold. failed (optional) receives the gates that kept a higher grade.
    const GradeRule& grade(double score, const QHash<QString, double>& points, QStringList* failed = nullptr) const;
    // 0 for the best grade, grades.size() for an unknown code or "not rated" (used by the ranking).
    int gradeRank(const QString& code) const;
    QString gradeName(const QString& code) const;
};

// The code and name of "chưa xếp loại".
QString unratedGradeCode();
QString unratedGradeName();

// Points of one criterion, rounded to one decimal (half away from zero). value is the unit's figure
// (nullopt when unknown: no points); target is the unit's target of criterion.target, if any.
// Manual criteria score 0 here: they are set by an override.
double scoreCriterion(const Criterion& c, std::optional<double> value, std::optional<double> target);

}  // namespace hv
