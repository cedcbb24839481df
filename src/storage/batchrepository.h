#pragma once
// Import batches: every import is recorded, so that it can be listed (and later undone) as a whole.

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
};

class BatchRepository {
public:
    explicit BatchRepository(Database& db) : mDb(db) {}
    Id create(const QString& kind, const QString& source);
    void setRowCount(Id batchId, int rows);
    std::vector<ImportBatch> all();

private:
    Database& mDb;
};

}  // namespace hv
