#pragma once
// Scorecard versions and the ratings of units (DOMAIN.md "Rating and ranking"). An edited scorecard
// is a new version; a rating names the version it was computed with, so it does not change when the
// card does.

#include "core/scorecard.h"

#include <QDateTime>
#include <QHash>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct Rating {
    Id unitId = 0;
    int year = 0;
    Id scorecardId = 0;
    QString details;               // JSON: each criterion's value, target and points
    std::optional<double> score;   // with the overrides
    QString grade;                 // computed from the score
    QString selfGrade, proposedGrade, approvedGrade;  // the procedure (tự đánh giá, đề nghị, công nhận)
    QString decisionNo;
    QDate decisionDate;
    QDateTime computedAt;
    // The grade that counts: the approved one once there is a decision, else the computed one.
    QString finalGrade() const { return approvedGrade.isEmpty() ? grade : approvedGrade; }
};

struct RatingOverride {
    QString criterion;
    double points = 0;
    QString reason;
};

class ScorecardRepository {
public:
    explicit ScorecardRepository(Database& db) : mDb(db) {}
    // Stores the card as the next version for (year, level), after validate(); returns it with its
    // id and version. Throws Error(Kind::Input) for an invalid card or a level other than
    // commune/chapter.
    Scorecard addVersion(int year, UnitLevel level, Scorecard card, const QString& note = {});
    std::optional<Scorecard> latest(int year, UnitLevel level);
    std::optional<Scorecard> byId(Id id);
    std::vector<Scorecard> versions(int year, UnitLevel level);

private:
    Database& mDb;
};

class RatingRepository {
public:
    explicit RatingRepository(Database& db) : mDb(db) {}
    // Stores the computed part (card, details, score, grade, time); the procedure grades are kept.
    void storeComputed(const Rating& r);
    // Sets the procedure grades and the decision. Throws Error(Kind::Input) for an approved grade
    // without a decision number.
    void setGrades(Id unitId, int year, const QString& selfGrade, const QString& proposedGrade,
                   const QString& approvedGrade, const QString& decisionNo, const QDate& decisionDate);
    std::optional<Rating> rating(Id unitId, int year);
    QHash<Id, Rating> ratings(int year);

    // Throws Error(Kind::Input) for a negative number of points or an empty reason.
    void setOverride(Id unitId, int year, const RatingOverride& o);
    void removeOverride(Id unitId, int year, const QString& criterion);
    QHash<Id, std::vector<RatingOverride>> overrides(int year);

private:
    Database& mDb;
};

}  // namespace hv
