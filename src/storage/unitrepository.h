#pragma once
// The organisation tree in the database.

#include "core/types.h"
#include "core/unittree.h"

#include <optional>
#include <vector>

namespace hv {

class Database;

// One row of the official list of provinces, districts and communes (resources/data/units.csv).
struct OfficialUnit {
    QString code, name, parentCode, type;
    UnitLevel level = UnitLevel::Commune;
};

class UnitRepository {
public:
    explicit UnitRepository(Database& db) : mDb(db) {}

    // Inserts and returns the new id. Throws Error(Kind::Input) when the code exists already.
    Id insert(const OrgUnit& unit);
    // Updates by id (code, name, level, parent, dates, decision, merged-into).
    void update(const OrgUnit& unit);
    std::optional<OrgUnit> byId(Id id);
    std::optional<OrgUnit> byCode(const QString& code);
    std::vector<OrgUnit> all();
    UnitTree tree() { return UnitTree(all()); }

    // The office's own unit (set by init or by the first-run wizard); nullopt before.
    std::optional<OrgUnit> officeUnit();
    void setOfficeUnit(Id id);

    // Reads the official list (the bundled resource when file is empty). Throws Error(Kind::Input) when
    // the file cannot be read or has no code,name,level,parent_code header.
    static std::vector<OfficialUnit> readOfficialList(const QString& file = {});

    // Creates code and everything below it in the official list, keeping the GSO codes; the created
    // unit becomes the office's unit. Units that exist already (same code) are left as they are.
    // Returns the number of units created. Throws Error(Kind::Input) for an unknown code.
    int createFromOfficialList(const QString& code, const QString& file = {});

private:
    Database& mDb;
};

}  // namespace hv
