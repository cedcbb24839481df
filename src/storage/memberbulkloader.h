#pragma once
// The fast path for large imports (ARCHITECTURE.md "Storage": one prepared statement per table inside
// one transaction; secondary indexes built after a large load). The caller has validated the rows and
// owns the transaction: if it rolls back, nothing of the load remains.

#include "core/types.h"

#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace hv {

class Database;

class MemberBulkLoader {
public:
    // Members with their events and positions, turned into the values the loader binds: UTF-8 text,
    // dates as ISO text, the folded name and the sort key worked out. Made without the database, so an
    // import can prepare rows on one thread while another writes them; several members share the
    // buffers, so a batch costs a few allocations, not a few per member.
    struct Rows {
        struct Value {
            enum Type : quint8 { Null, Int, Text, Blob } type = Null;
            quint32 length = 0;
            qint64 number = 0;  // Int: the value; Text and Blob: the offset in bytes
        };
        std::string bytes;  // every Text and Blob value, one after the other
        std::vector<Value> values;  // per member: her columns, then each event's, then each position's
        struct Shape {
            quint32 events = 0;
            quint32 positions = 0;
        };
        std::vector<Shape> members;
        bool empty() const { return members.empty(); }
    };
    // Appends one member to into. nameFold: vn::fold(member.fullName), folded once by the caller.
    // Events must be normalised (normalizeChain). Thread-safe (into is the caller's).
    static void prepare(Rows& into, const Member& member, const QString& nameFold, Id batchId,
                        const std::vector<MembershipEvent>& events, const std::vector<PositionHolding>& positions);

    // expectedRows decides the strategy: when it is large compared with the members already stored,
    // secondary indexes and the search index are dropped now and rebuilt by finish().
    // Must be called inside a Transaction. Throws Error(Kind::Database).
    MemberBulkLoader(Database& db, Id batchId, qint64 expectedRows);
    ~MemberBulkLoader();

    // Writes one member with her normalised event chain (normalizeChain already applied) and positions.
    // Returns the new id.
    Id add(const Member& member, std::vector<MembershipEvent>& events, std::vector<PositionHolding>& positions);
    // Writes prepared members, in order (their batch must be this loader's).
    void add(const Rows& rows);

    // Rebuilds what was dropped. Must be called before the transaction commits.
    void finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Foreign-key checks off while a validated import runs: every reference the loader writes is a member
// it has just inserted, a unit of the tree or its own batch, and the checks cost about a tenth of the
// load (an index look-up per reference, 2.3 CPU-s for 1,100,000 events). SQLite changes the setting
// only outside a transaction, so create this before the import's Transaction; inside another
// transaction it does nothing. The setting is put back when this is destroyed.
class ForeignKeysOffForImport {
public:
    explicit ForeignKeysOffForImport(Database& db);
    ~ForeignKeysOffForImport();
    ForeignKeysOffForImport(const ForeignKeysOffForImport&) = delete;
    ForeignKeysOffForImport& operator=(const ForeignKeysOffForImport&) = delete;

private:
    Database& mDb;
    bool mChanged = false;
};

}  // namespace hv
