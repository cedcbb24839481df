#pragma once
// Imports of the small fixed-column files of CONTRACT.md: units, population, targets. Each file is
// checked whole; nothing is written unless every row is accepted (one transaction).

#include "importing/importresult.h"

namespace hv {

class Database;
class RowSource;

// Columns code,name,level,parent_code,valid_from,valid_to (decision_no optional). Existing codes are
// updated. A parent must exist in the database or earlier in the file.
ImportResult importUnits(Database& db, RowSource& source);
// Columns unit_code,year,women_18_plus[,basis].
ImportResult importPopulation(Database& db, RowSource& source);
// Columns unit_code,year,indicator,target (indicator is a report key, e.g. admitted).
ImportResult importTargets(Database& db, RowSource& source);

}  // namespace hv
