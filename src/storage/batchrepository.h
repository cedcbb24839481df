#pragma once
// Import batches: every import is recorded, so that it can be listed and undone as a whole.

#include "core/types.h"

#include <QDateTime>
#include <vector>

namespace hv {

class Database;

struct ImportBatch {
    Id id = 0;
    QString kind;    // "members", "units", ...
    QString source;  // file name as given
    QDateTime importedAt;
    int rowCount = 0;
    QDateTime undoneAt;  // invalid while the batch stands
};

struct UndoSummary {
    int membersRemoved = 0;   // created by the batch (with their events and positions)
    int membersRestored = 0;  // updated by the batch, put back as they were
    int unitsRemoved = 0;     // chapters and groups the batch created
};

class BatchRepository {
public:
    explicit BatchRepository(Database& db) : mDb(db) {}
    // Error(Kind::Denied) when the signed-in account may not write.
    Id create(const QString& kind, const QString& source);
    // Ends an import, inside its transaction: refuses (Error(Kind::Denied)) a batch that wrote members
    // outside the signed-in account's units, and records the import in the audit log.
    void setRowCount(Id batchId, int rows);
    std::vector<ImportBatch> all();

    // Inside the import's transaction: copies the stored member as she is before the batch updates her
    // (once per batch; a second call for the same member keeps the first copy).
    void saveBeforeUpdate(Id batchId, Id memberId);
    // The highest unit id now; after the import's units are created, markUnitsCreatedAfter tags every
    // unit above it with the batch (the import's transaction holds the write lock in between).
    Id lastUnitId();
    void markUnitsCreatedAfter(Id batchId, Id lastUnitBefore);

    // Removes what a member import created and restores what it updated, in one transaction.
    // Throws Error(Input) when there is no such batch, it is not a member import, or it was undone
    // already; Error(Conflict) when later work builds on it (movements recorded later for its members,
    // a later import or edit of a member it updated): undoing would lose that work, so nothing is done.
    UndoSummary undo(Id batchId);

private:
    // Error(Kind::Denied) when the batch wrote a member outside the signed-in account's units.
    void requireBatchInScope(Id batchId);
    Database& mDb;
};

}  // namespace hv
