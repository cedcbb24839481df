#pragma once
// Imports of the year's work from CSV (docs/import-formats.md): trainings, awards, activities. As the
// other imports: title rows above the header are skipped, headers are matched with or without tone
// marks (Vietnamese or the column code), every row is checked, all problems are listed with file, row,
// column, value and reason, and nothing is written unless the whole file is accepted (one transaction).

#include "importing/importresult.h"

namespace hv {

class Database;
class RowSource;

ImportResult importTrainings(Database& db, RowSource& source);
ImportResult importAwards(Database& db, RowSource& source);
ImportResult importActivities(Database& db, RowSource& source);

}  // namespace hv
