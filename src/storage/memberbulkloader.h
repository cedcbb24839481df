#pragma once
// The fast path for large imports (ARCHITECTURE.md "Storage": one prepared statement per table inside
// one transaction; secondary indexes built after a large load). The caller has validated the rows and
// owns the transaction: if it rolls back, nothing of the load remains.

#include "core/types.h"

#include <memory>
#include <vector>

namespace hv {

class Database;

class MemberBulkLoader {
public:
    // expectedRows decides the strategy: when it is large compared with the members already stored,
    // secondary indexes and the search index are dropped now and rebuilt by finish().
    // Must be called inside a Transaction. Throws Error(Kind::Database).
    MemberBulkLoader(Database& db, Id batchId, qint64 expectedRows);
    ~MemberBulkLoader();

    // Writes one member with her normalised event chain (normalizeChain already applied) and positions.
    // Returns the new id.
    Id add(const Member& member, std::vector<MembershipEvent>& events, std::vector<PositionHolding>& positions);

    // Rebuilds what was dropped. Must be called before the transaction commits.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace hv
