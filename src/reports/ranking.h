#pragma once
// The ranking of communes or chapters (DOMAIN.md "Rating and ranking"): by grade, then score, then
// attraction rate. Units equal on all three share a rank (1, 2, 2, 4) and are listed by code
// (docs/domain-decisions.md "Rating and ranking").

#include "reports/rating.h"

#include <QByteArray>

namespace hv {

struct RankingRow {
    int rank = 0;
    UnitRating rating;
};

struct Ranking {
    int year = 0;
    UnitLevel level = UnitLevel::Commune;
    Scorecard card;  // the year's latest card (grade names and order, criteria columns)
    std::vector<RankingRow> rows;
};

// Orders ratings as the ranking does and gives each its rank; card gives the order of the grades
// (a grade it does not know, and "chưa xếp loại", come after its grades).
std::vector<RankingRow> rankRatings(std::vector<UnitRating> ratings, const Scorecard& card);

// Throws as computeRatings.
Ranking buildRanking(Database& db, int year, UnitLevel level);

// CONTRACT.md "Ranking, JSON"; CSV with Vietnamese headers (UTF-8 with BOM), one row per unit.
QByteArray rankingJson(const Ranking& ranking);
QByteArray rankingCsv(const Ranking& ranking);

}  // namespace hv
