#pragma once
// The demo's organisation tree (importing/demogenerator.h): the office's unit and everything below it
// in the official list, the chapters and groups of each commune, and the chapters merged into a
// neighbour during the history.

#include "importing/demoworld.h"

namespace hv {
class Database;
}

namespace hv::demo {

// Creates unitCode and everything below it in the official list (UnitRepository::createFromOfficialList:
// GSO codes, the office's unit) and records them and the province in w. Returns the number of units
// created. Throws Error(Kind::Input) when the database has units already, the code is unknown or it
// has no communes.
qint64 createOfficialUnits(Database& db, const QString& unitCode, World& w);

// Draws each commune's profile (ethnic minorities, attraction rate, vice chairs) and creates its
// chapters (8-20, named like villages) and their groups (3-6). Returns the number of units created.
qint64 createLocalUnits(Database& db, Rng& rng, World& w);

// Merges a few chapters and their groups into a neighbour in the middle of the history (the years of
// w must be set); the members are moved by the history on that date.
void planMerges(Database& db, Rng& rng, World& w);

}  // namespace hv::demo
