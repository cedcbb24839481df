#pragma once
// The member import of CONTRACT.md: a member list (CSV today) checked row by row, every problem reported
// with file, row, column, value and reason, and written in one transaction only when the whole file is
// accepted. One import is one recorded batch.

#include "importing/importresult.h"

#include <QString>

namespace hv {

class Database;
class ReferenceData;
class RowSource;

struct MemberImportOptions {
    enum class OnDuplicate { Fail, Skip, Update };
    OnDuplicate onDuplicate = OnDuplicate::Fail;
    bool dryRun = false;
    // Chapters and groups named in the file but missing from the tree are created under their commune
    // (or chapter) instead of being refused.
    bool createUnits = false;
    // Warnings (CCCD structure disagreements, possible duplicates) are accepted and recorded; when false
    // they refuse the file like errors.
    bool acceptWarnings = true;
    ProgressFn progress;
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
