#pragma once
// One row of a member list turned into a member with her history: values parsed as people type them,
// units found in the tree by name or code, every problem reported against its cell.

#include "core/error.h"
#include "core/types.h"
#include "core/unittree.h"
#include "importing/headermap.h"

#include <QHash>
#include <functional>
#include <vector>

namespace hv {

class ReferenceData;
class RowSource;
class UnitRepository;

struct ParsedMember {
    Member member;
    std::vector<MembershipEvent> events;
    std::vector<PositionHolding> positions;
    bool ok = true;        // false when an error was reported for the row
    bool fieldsOk = true;  // false when a value of the member herself was refused (not only her unit)
    // Problems finding her unit; the importer reports them unless the row only updates a stored member.
    std::vector<InputProblem> unitProblems;
};

class MemberRowParser {
public:
    // Loads the tree once. With createUnits, chapters and groups missing under a known commune are
    // created through units (inside the caller's transaction).
    MemberRowParser(const ReferenceData& ref, UnitRepository& units, const HeaderMap& map, bool createUnits);

    ParsedMember parse(const RowSource& row, std::vector<InputProblem>& problems);

    // How the parser reaches the database when it creates a unit: call(f) must run f where the
    // connection lives and wait for it (the importer parses on a worker thread). Default: f() here.
    using DatabaseCall = std::function<void(const std::function<void()>&)>;
    void setDatabaseCall(DatabaseCall call) { mDatabaseCall = std::move(call); }

    // The header of a column as the file writes it (the canonical header when the file has none).
    QString headerOf(MemberColumn c) const;
    QString cellText(const RowSource& row, MemberColumn c) const;
    // The stored member with the fields this file carries replaced by the parsed ones.
    Member mergeInto(const Member& stored, const Member& parsed) const;

private:
    Id resolveUnits(const RowSource& row, std::vector<InputProblem>& problems, bool& ok);
    Id findOrCreate(QStringView text, Id parent, UnitLevel level, bool deep, const RowSource& row,
                    MemberColumn column, std::vector<InputProblem>& problems, bool& ok);

    const ReferenceData& mRef;
    UnitRepository& mUnits;
    const HeaderMap& mMap;
    bool mCreateUnits;
    UnitTree mTree;
    Id mOffice = 0;
    QHash<QString, Id> mUnitCache;  // "parent|level|text" -> unit id (0 = not found / ambiguous)
    int mCreated = 0;
    DatabaseCall mDatabaseCall;
};

}  // namespace hv
