#include "storage/memberbulkloader.h"

#include "core/vietnamese.h"
#include "storage/database.h"
#include "storage/memberrows.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace hv {
namespace {

// Below this many rows the indexes are kept and updated row by row.
constexpr qint64 kBulkThreshold = 10000;

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberBulkLoader", s); }

// Binds the visitor's values by position: insertStatement lists the parameters in visiting order.
struct SqliteBinder {
    sqlite3_stmt* st;
    int index = 0;
    void operator()(const char*, const QString& v)
    {
        ++index;
        if (v.isNull())
            sqlite3_bind_null(st, index);
        else
            sqlite3_bind_text16(st, index, v.utf16(), int(v.size() * 2), SQLITE_TRANSIENT);
    }
    void operator()(const char*, qint64 v) { sqlite3_bind_int64(st, ++index, v); }
    void operator()(const char*, const rows::OptInt& v)
    {
        ++index;
        if (v)
            sqlite3_bind_int64(st, index, *v);
        else
            sqlite3_bind_null(st, index);
    }
    void operator()(const char*, const QDate& v)
    {
        ++index;
        if (!v.isValid()) {
            sqlite3_bind_null(st, index);
            return;
        }
        char buf[16];
        const int n = qsnprintf(buf, sizeof buf, "%04d-%02d-%02d", v.year(), v.month(), v.day());
        sqlite3_bind_text(st, index, buf, n, SQLITE_TRANSIENT);
    }
    void operator()(const char*, const QByteArray& v)
    {
        sqlite3_bind_blob(st, ++index, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
};

}  // namespace

struct MemberBulkLoader::Impl {
    Database& db;
    sqlite3* h = nullptr;
    Id batchId = 0;
    sqlite3_stmt* member = nullptr;
    sqlite3_stmt* event = nullptr;
    sqlite3_stmt* position = nullptr;
    sqlite3_stmt* search = nullptr;  // null when the search index is rebuilt at the end
    QStringList droppedIndexes;      // their CREATE statements
    bool rebuildSearch = false;
    qint64 existing = 0;             // members before the load
    qint64 added = 0;

    void dropIndexes();

    explicit Impl(Database& d) : db(d) {}

    [[noreturn]] void fail(const char* what) const
    {
        throw Error(Error::Kind::Database, tr("The import could not be written: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))),
                    QString::fromLatin1(what));
    }
    sqlite3_stmt* prepare(const QString& sql) const
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v3(h, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            fail("prepare");
        return st;
    }
    void step(sqlite3_stmt* st, const char* what) const
    {
        if (sqlite3_step(st) != SQLITE_DONE) {
            sqlite3_reset(st);
            fail(what);
        }
        sqlite3_reset(st);
    }
    qint64 scalar(const char* sql) const
    {
        sqlite3_stmt* st = nullptr;
        qint64 v = 0;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return v;
    }
};

MemberBulkLoader::MemberBulkLoader(Database& db, Id batchId, qint64 expectedRows) : d(std::make_unique<Impl>(db))
{
    d->h = db.sqliteHandle();
    if (!d->h)
        throw Error(Error::Kind::Usage, tr("Bulk loading needs the embedded database."));
    d->batchId = batchId;

    // The IN-list CHECKs of member_events cost SQLite a temporary b-tree per row; the loader's values
    // come from toCode() and were validated, so the checks are off while it runs.
    db.execScript(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    d->existing = d->scalar("SELECT count(*) FROM members");
    if (expectedRows > kBulkThreshold && expectedRows > d->existing)
        d->dropIndexes();
    Member m;
    MembershipEvent e;
    PositionHolding p;
    d->member = d->prepare(rows::insertStatement("members", [&](auto&& f) { rows::forEachMemberColumn(m, 0, f); }));
    d->event = d->prepare(rows::insertStatement("member_events", [&](auto&& f) {
        rows::forEachEventColumn(e, 0, f);
        f(":facts", qint64(0));
        f(":party_since", QString());
    }));
    d->position = d->prepare(rows::insertStatement("member_positions", [&](auto&& f) { rows::forEachPositionColumn(p, f); }));
    if (!d->rebuildSearch)
        d->search = d->prepare(QStringLiteral("INSERT INTO member_search(rowid, name_fold) SELECT id, name_fold FROM members WHERE id = ?1"));
}

void MemberBulkLoader::Impl::dropIndexes()
{
    // Building an index once over the loaded rows is much cheaper than updating it row by row.
    sqlite3_stmt* st = prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('members', 'member_events', 'member_positions')"));
    QStringList names;
    while (sqlite3_step(st) == SQLITE_ROW) {
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        droppedIndexes << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    for (const QString& n : names)
        db.execScript(QStringLiteral("DROP INDEX %1").arg(n));
    rebuildSearch = true;
    sqlite3_finalize(search);
    search = nullptr;
}

MemberBulkLoader::~MemberBulkLoader()
{
    try {
        d->db.execScript(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    } catch (const Error&) {
    }
    for (sqlite3_stmt* st : {d->member, d->event, d->position, d->search})
        sqlite3_finalize(st);
}

Id MemberBulkLoader::add(const Member& member, std::vector<MembershipEvent>& events, std::vector<PositionHolding>& positions)
{
    if (++d->added == kBulkThreshold && !d->rebuildSearch && d->added > d->existing)
        d->dropIndexes();
    SqliteBinder mb{d->member};
    rows::forEachMemberColumn(member, d->batchId, mb);
    d->step(d->member, "INSERT INTO members");
    const Id id = sqlite3_last_insert_rowid(d->h);
    // Written here rather than by the trigger of member_events, which would look the member up again.
    const rows::EventFacts facts = rows::eventFacts(member);
    for (MembershipEvent& e : events) {
        e.memberId = id;
        SqliteBinder eb{d->event};
        rows::forEachEventColumn(e, d->batchId, eb);
        eb(":facts", facts.facts);
        eb(":party_since", facts.partySince);
        d->step(d->event, "INSERT INTO member_events");
        e.id = sqlite3_last_insert_rowid(d->h);
    }
    for (PositionHolding& p : positions) {
        p.memberId = id;
        SqliteBinder pb{d->position};
        rows::forEachPositionColumn(p, pb);
        d->step(d->position, "INSERT INTO member_positions");
    }
    if (d->search) {
        sqlite3_bind_int64(d->search, 1, id);
        d->step(d->search, "INSERT INTO member_search");
    }
    return id;
}

void MemberBulkLoader::finish()
{
    // The search index first: without the secondary indexes the rebuild reads members in rowid order,
    // which FTS5 needs to build its segments in one pass (7x faster than through members_dup).
    if (d->rebuildSearch)
        d->db.execScript(QStringLiteral("INSERT INTO member_search(member_search) VALUES('rebuild')"));
    d->rebuildSearch = false;
    for (const QString& sql : std::as_const(d->droppedIndexes))
        d->db.execScript(sql);
    d->droppedIndexes.clear();
}

}  // namespace hv
