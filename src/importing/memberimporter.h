#pragma once
// The member import of CONTRACT.md: a member list (CSV today) checked row by row, every problem reported
// with file, row, column, value and reason, and written in one transaction only when the whole file is
// accepted. One import is one recorded batch.

#include "importing/headermap.h"
#include "importing/importresult.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace hv {

class Database;
class ReferenceData;
class RowSource;

struct MemberImportOptions {
    // Add: a new member all the same (only as a per-row decision; refused when the other has the same
    // CCCD, which is one person's).
    enum class OnDuplicate { Fail, Skip, Update, Add };
    OnDuplicate onDuplicate = OnDuplicate::Fail;
    bool dryRun = false;
    // Chapters and groups named in the file but missing from the tree are created under their commune
    // (or chapter) instead of being refused.
    bool createUnits = false;
    // Warnings (CCCD structure disagreements, possible duplicates) are accepted and recorded; when false
    // they refuse the file like errors.
    bool acceptWarnings = true;
    ProgressFn progress;

    // What the officer chose in the desktop's preview, by row number (RowSource::rowNumber):
    // rows left out (counted as skipped, not checked, so their errors do not refuse the file) ...
    QSet<int> excludedRows;
    // ... and, for a row that duplicates a stored member or an earlier row, what to do with it instead of
    // onDuplicate (also for a possible duplicate, which onDuplicate leaves alone).
    QHash<int, OnDuplicate> duplicateDecisions;
    // When not empty: the field of each file column, replacing what its header names (nullopt: the column
    // is not imported). Throws Error(Input) when a field is given twice or there is no full name.
    std::vector<std::optional<MemberColumn>> columns;
};

class MemberImporter {
public:
    MemberImporter(Database& db, const ReferenceData& ref) : mDb(db), mRef(ref) {}

    // Reads the whole source. Returns the result with every problem; the database is changed only when
    // result.accepted() and not dryRun. Throws Error(Kind::Input) when the file cannot be read or has no
    // header row, Error(Kind::Cancelled) when progress() returned false (nothing written).
    ImportResult run(RowSource& source, const MemberImportOptions& options);

private:
    Database& mDb;
    const ReferenceData& mRef;
};

}  // namespace hv
