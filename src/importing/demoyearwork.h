#pragma once
// The year's work of the demo (importing/demogenerator.h): for the last two full years, per commune,
// trainings with members of the register among the participants, awards to units and members,
// activities and households, targets for them, chapter populations and admission targets, and the
// hand-scored criterion of the scorecard, so that the rating and the ranking show a real spread.
// Deterministic: its own random numbers from the seed, units and members visited in id order.

#include "importing/demoworld.h"

namespace hv {
class Database;
}

namespace hv::demo {

struct YearWorkSummary {
    qint64 trainings = 0, awards = 0, activities = 0;
};

YearWorkSummary writeYearWork(Database& db, const World& w, quint32 seed);

}  // namespace hv::demo
