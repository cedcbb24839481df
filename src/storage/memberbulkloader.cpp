#include "storage/memberbulkloader.h"

#include "core/vietnamese.h"
#include "storage/database.h"
#include "storage/memberrows.h"
#include "storage/postgres.h"

#include <sqlite3.h>
#include <QCoreApplication>

#include <cstring>

namespace hv {
namespace {

// Below this many rows the indexes are kept and updated row by row.
constexpr qint64 kBulkThreshold = 10000;

QString tr(const char* s) { return QCoreApplication::translate("hv::MemberBulkLoader", s); }

using Rows = MemberBulkLoader::Rows;

// UTF-8 straight into the row's buffer: no QByteArray per cell, and SQLite gets text in the database's
// encoding (bound UTF-16 would be converted again by SQLite).
void appendUtf8(std::string& out, QStringView text)
{
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        char32_t c = *p++;
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00 && p < end && *p >= 0xDC00 && *p < 0xE000)
            c = 0x10000 + ((c - 0xD800) << 10) + (*p++ - 0xDC00);
        else if (c >= 0xD800 && c < 0xE000)
            c = 0xFFFD;  // a lone surrogate, as QString::toUtf8 writes it
        if (c < 0x10000) {
            out.push_back(char(0xE0 | (c >> 12)));
        } else {
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        }
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Appends the visitor's values to Rows, in visiting order (the statement's parameter order).
struct RowEncoder {
    Rows& r;
    void add(Rows::Value::Type type, qint64 number, quint32 length = 0)
    {
        r.values.push_back({type, length, number});
    }
    void operator()(const char*, const QString& v)
    {
        if (v.isNull()) return add(Rows::Value::Null, 0);
        const size_t start = r.bytes.size();
        appendUtf8(r.bytes, v);
        add(Rows::Value::Text, qint64(start), quint32(r.bytes.size() - start));
    }
    void operator()(const char*, qint64 v) { add(Rows::Value::Int, v); }
    void operator()(const char*, const rows::OptInt& v)
    {
        v ? add(Rows::Value::Int, *v) : add(Rows::Value::Null, 0);
    }
    void operator()(const char*, const QDate& v)
    {
        if (!v.isValid()) return add(Rows::Value::Null, 0);
        // Five dates a member: one calendar conversion each (getDate) and no printf.
        int y = 0, m = 0, d = 0;
        v.getDate(&y, &m, &d);
        char buf[32];
        int n = 10;
        if (y >= 0 && y <= 9999) {
            const char iso[10] = {char('0' + y / 1000),
                                  char('0' + y / 100 % 10),
                                  char('0' + y / 10 % 10),
                                  char('0' + y % 10),
                                  '-',
                                  char('0' + m / 10),
                                  char('0' + m % 10),
                                  '-',
                                  char('0' + d / 10),
                                  char('0' + d % 10)};
            std::memcpy(buf, iso, 10);
        } else {
            n = qsnprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        }
        const size_t start = r.bytes.size();
        r.bytes.append(buf, size_t(n));
        add(Rows::Value::Text, qint64(start), quint32(n));
    }
    void operator()(const char*, const QByteArray& v)
    {
        const size_t start = r.bytes.size();
        r.bytes.append(v.constData(), size_t(v.size()));
        add(Rows::Value::Blob, qint64(start), quint32(v.size()));
    }
};

// Binds count values of the row from values[next] on. The text lives in row.bytes until the caller has
// stepped the statement, so SQLite need not copy it.
void bindValues(sqlite3_stmt* st, const Rows& row, size_t& next, int count)
{
    for (int i = 1; i <= count; ++i) {
        const Rows::Value& v = row.values[next++];
        switch (v.type) {
            case Rows::Value::Null:
                sqlite3_bind_null(st, i);
                break;
            case Rows::Value::Int:
                sqlite3_bind_int64(st, i, v.number);
                break;
            case Rows::Value::Text:
                sqlite3_bind_text(st, i, row.bytes.data() + v.number, int(v.length), SQLITE_STATIC);
                break;
            case Rows::Value::Blob:
                sqlite3_bind_blob(st, i, row.bytes.data() + v.number, int(v.length), SQLITE_STATIC);
                break;
        }
    }
}

// Sends count values of the row from values[next] on into a COPY; the first is replaced by memberId
// when it is not 0 (the member_id of an event or a position).
void copyValues(PgCopy& copy, const Rows& row, size_t& next, int count, Id memberId = 0)
{
    for (int i = 0; i < count; ++i) {
        const Rows::Value& v = row.values[next++];
        if (i == 0 && memberId != 0) {
            copy.integer(memberId);
            continue;
        }
        switch (v.type) {
            case Rows::Value::Null:
                copy.null();
                break;
            case Rows::Value::Int:
                copy.integer(v.number);
                break;
            case Rows::Value::Text:
                copy.text(row.bytes.data() + v.number, v.length);
                break;
            case Rows::Value::Blob:
                copy.bytes(row.bytes.data() + v.number, v.length);
                break;
        }
    }
    copy.endRow();
}

template <typename Visit>
QStringList columnNames(Visit&& visit)
{
    QStringList names;
    visit([&](const char* param, const auto&) { names << QString::fromLatin1(param + 1); });
    return names;
}

}  // namespace

struct MemberBulkLoader::Impl {
    Database& db;
    sqlite3* h = nullptr;
    // On a server: the rows go by COPY, three tables a batch, the member ids drawn from the sequence first.
    bool server = false;
    QStringList memberColumns, eventColumns, positionColumns;
    void addServer(const Rows& rows);
    Id batchId = 0;
    sqlite3_stmt* member = nullptr;
    sqlite3_stmt* event = nullptr;
    sqlite3_stmt* position = nullptr;
    sqlite3_stmt* search = nullptr;  // null when the search index is rebuilt at the end
    QStringList droppedIndexes;      // their CREATE statements
    bool rebuildSearch = false;
    qint64 existing = 0;  // members before the load
    qint64 added = 0;
    Id lastMemberId = 0;
    int memberParams = 0, eventParams = 0, positionParams = 0;

    void dropIndexes();

    explicit Impl(Database& d) : db(d) {}

    [[noreturn]] void fail(const char* what) const
    {
        throw Error(Error::Kind::Database,
                    tr("The import could not be written: %1").arg(QString::fromUtf8(sqlite3_errmsg(h))),
                    QString::fromLatin1(what));
    }
    sqlite3_stmt* prepare(const QString& sql) const
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v3(h, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) !=
            SQLITE_OK)
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

MemberBulkLoader::MemberBulkLoader(Database& db, Id batchId, qint64 expectedRows)
    : d(std::make_unique<Impl>(db))
{
    d->h = db.sqliteHandle();
    d->batchId = batchId;
    if (db.backend() == Database::Backend::PostgreSQL) {
        Member m;
        MembershipEvent e;
        PositionHolding p;
        d->server = true;
        d->memberColumns = QStringList{QStringLiteral("id")} +
                           columnNames([&](auto&& f) { rows::forEachMemberColumn(m, 0, f); });
        d->eventColumns = columnNames([&](auto&& f) {
            rows::forEachEventColumn(e, 0, f);
            f(":facts", qint64(0));
            f(":party_since", QString());
        });
        d->positionColumns = columnNames([&](auto&& f) { rows::forEachPositionColumn(p, f); });
        d->memberParams = int(d->memberColumns.size()) - 1;
        d->eventParams = int(d->eventColumns.size());
        d->positionParams = int(d->positionColumns.size());
        return;
    }
    if (!d->h) throw Error(Error::Kind::Usage, tr("Bulk loading needs the embedded database."));

    // The IN-list CHECKs of member_events cost SQLite a temporary b-tree per row; the loader's values
    // come from toCode() and were validated, so the checks are off while it runs.
    db.execScript(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    d->existing = d->scalar("SELECT count(*) FROM members");
    if (expectedRows > kBulkThreshold && expectedRows > d->existing) d->dropIndexes();
    Member m;
    MembershipEvent e;
    PositionHolding p;
    d->member =
        d->prepare(rows::insertStatement("members", [&](auto&& f) { rows::forEachMemberColumn(m, 0, f); }));
    d->event = d->prepare(rows::insertStatement("member_events", [&](auto&& f) {
        rows::forEachEventColumn(e, 0, f);
        f(":facts", qint64(0));
        f(":party_since", QString());
    }));
    d->position = d->prepare(
        rows::insertStatement("member_positions", [&](auto&& f) { rows::forEachPositionColumn(p, f); }));
    d->memberParams = sqlite3_bind_parameter_count(d->member);
    d->eventParams = sqlite3_bind_parameter_count(d->event);
    d->positionParams = sqlite3_bind_parameter_count(d->position);
    if (!d->rebuildSearch)
        d->search = d->prepare(QStringLiteral(
            "INSERT INTO member_search(rowid, name_fold) SELECT id, name_fold FROM members WHERE id = ?1"));
}

void MemberBulkLoader::Impl::dropIndexes()
{
    // Building an index once over the loaded rows is much cheaper than updating it row by row.
    sqlite3_stmt* st =
        prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                               "AND tbl_name IN ('members', 'member_events', 'member_positions')"));
    QStringList names;
    while (sqlite3_step(st) == SQLITE_ROW) {
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        droppedIndexes << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    for (const QString& n : names) db.execScript(QStringLiteral("DROP INDEX %1").arg(n));
    rebuildSearch = true;
    sqlite3_finalize(search);
    search = nullptr;
}

MemberBulkLoader::~MemberBulkLoader()
{
    if (d->server) return;
    try {
        d->db.execScript(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    } catch (const Error&) {
    }
    for (sqlite3_stmt* st : {d->member, d->event, d->position, d->search}) sqlite3_finalize(st);
}

void MemberBulkLoader::prepare(Rows& into, const Member& member, const QString& nameFold, Id batchId,
                               const std::vector<MembershipEvent>& events,
                               const std::vector<PositionHolding>& positions)
{
    RowEncoder enc{into};
    rows::forEachMemberColumn(member, batchId, enc, &nameFold);
    // Written here rather than by the trigger of member_events, which would look the member up again.
    const rows::EventFacts facts = rows::eventFacts(member);
    for (const MembershipEvent& e : events) {
        rows::forEachEventColumn(e, batchId, enc);  // member_id (first) is bound by add()
        enc(":facts", facts.facts);
        enc(":party_since", facts.partySince);
    }
    for (const PositionHolding& p : positions) rows::forEachPositionColumn(p, enc);
    into.members.push_back({quint32(events.size()), quint32(positions.size())});
}

Id MemberBulkLoader::add(const Member& member, std::vector<MembershipEvent>& events,
                         std::vector<PositionHolding>& positions)
{
    Rows rows;
    prepare(rows, member, vn::fold(member.fullName), d->batchId, events, positions);
    add(rows);
    const Id id = d->lastMemberId;
    for (MembershipEvent& e : events) e.memberId = id;
    for (PositionHolding& p : positions) p.memberId = id;
    return id;
}

void MemberBulkLoader::add(const Rows& rows)
{
    size_t expected = 0;
    for (const Rows::Shape& m : rows.members)
        expected += size_t(d->memberParams) + m.events * size_t(d->eventParams) +
                    m.positions * size_t(d->positionParams);
    if (rows.values.size() != expected)
        throw Error(Error::Kind::Database,
                    tr("The import could not be written: prepared rows do not match the tables."),
                    QStringLiteral("MemberBulkLoader::add"));
    if (d->server) return d->addServer(rows);
    size_t next = 0;
    for (const Rows::Shape& m : rows.members) {
        if (++d->added == kBulkThreshold && !d->rebuildSearch && d->added > d->existing) d->dropIndexes();
        bindValues(d->member, rows, next, d->memberParams);
        d->step(d->member, "INSERT INTO members");
        const Id id = sqlite3_last_insert_rowid(d->h);
        d->lastMemberId = id;
        for (quint32 i = 0; i < m.events; ++i) {
            bindValues(d->event, rows, next, d->eventParams);
            sqlite3_bind_int64(d->event, 1, id);
            d->step(d->event, "INSERT INTO member_events");
        }
        for (quint32 i = 0; i < m.positions; ++i) {
            bindValues(d->position, rows, next, d->positionParams);
            sqlite3_bind_int64(d->position, 1, id);
            d->step(d->position, "INSERT INTO member_positions");
        }
        if (d->search) {
            sqlite3_bind_int64(d->search, 1, id);
            d->step(d->search, "INSERT INTO member_search");
        }
    }
}

void MemberBulkLoader::Impl::addServer(const Rows& rows)
{
    if (rows.members.empty()) return;
    std::vector<Id> ids;
    ids.reserve(rows.members.size());
    Query seq(db, QStringLiteral(
                      "SELECT nextval(pg_get_serial_sequence('members', 'id')) FROM generate_series(1, :n)"));
    seq.bind(QStringLiteral(":n"), qint64(rows.members.size())).exec();
    while (seq.next()) ids.push_back(seq.integer(0));
    // Three passes over the values: members first (the events refer to them), then events, then positions.
    {
        PgCopy copy(db, QStringLiteral("members"), memberColumns);
        size_t next = 0;
        for (size_t i = 0; i < rows.members.size(); ++i) {
            copy.integer(ids[i]);
            copyValues(copy, rows, next, memberParams);
            next += rows.members[i].events * size_t(eventParams) +
                    rows.members[i].positions * size_t(positionParams);
        }
        copy.finish();
    }
    for (const bool events : {true, false}) {
        PgCopy copy(db, events ? QStringLiteral("member_events") : QStringLiteral("member_positions"),
                    events ? eventColumns : positionColumns);
        size_t next = 0;
        for (size_t i = 0; i < rows.members.size(); ++i) {
            const Rows::Shape& m = rows.members[i];
            next += size_t(memberParams);
            if (events) {
                for (quint32 k = 0; k < m.events; ++k) copyValues(copy, rows, next, eventParams, ids[i]);
                next += m.positions * size_t(positionParams);
            } else {
                next += m.events * size_t(eventParams);
                for (quint32 k = 0; k < m.positions; ++k)
                    copyValues(copy, rows, next, positionParams, ids[i]);
            }
        }
        copy.finish();
    }
    added += qint64(rows.members.size());
    lastMemberId = ids.back();
}

void MemberBulkLoader::finish()
{
    // The search index first: without the secondary indexes the rebuild reads members in rowid order,
    // which FTS5 needs to build its segments in one pass (7x faster than through members_dup).
    if (d->rebuildSearch)
        d->db.execScript(QStringLiteral("INSERT INTO member_search(member_search) VALUES('rebuild')"));
    d->rebuildSearch = false;
    for (const QString& sql : std::as_const(d->droppedIndexes)) d->db.execScript(sql);
    d->droppedIndexes.clear();
}

ForeignKeysOffForImport::ForeignKeysOffForImport(Database& db) : mDb(db)
{
    sqlite3* h = db.sqliteHandle();
    if (!h || !sqlite3_get_autocommit(h))
        return;  // PostgreSQL, or inside a transaction: the pragma would be ignored
    sqlite3_stmt* st = nullptr;
    bool on = false;
    if (sqlite3_prepare_v2(h, "PRAGMA foreign_keys", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        on = sqlite3_column_int(st, 0) != 0;
    sqlite3_finalize(st);
    if (!on) return;
    db.execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
    mChanged = true;
}

ForeignKeysOffForImport::~ForeignKeysOffForImport()
{
    if (!mChanged) return;
    try {
        mDb.execScript(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const Error&) {
    }
}

}  // namespace hv
