#include "storage/batchrepository.h"

#include "storage/accessscope.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/memberrows.h"

#include <QCoreApplication>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::BatchRepository", s); }

// The member columns an update may change, from the one list of them (memberrows.h), and the version.
QStringList restoredColumns()
{
    QStringList out;
    rows::forEachMemberColumn(Member{}, 0, [&](const char* name, const auto&) { out << QString::fromLatin1(name + 1); });
    out << QStringLiteral("version");
    return out;
}

qint64 count(Database& db, const QString& sql, Id batchId)
{
    Query q(db, sql);
    q.bind(QStringLiteral(":b"), batchId).exec();
    return q.next() ? q.integer(0) : 0;
}

}  // namespace

Id BatchRepository::create(const QString& kind, const QString& source)
{
    access::requireWrite(mDb);
    Query q(mDb, QStringLiteral("INSERT INTO import_batches(kind, source, imported_at) VALUES(:k, :s, :t)"));
    q.bind(QStringLiteral(":k"), kind).bind(QStringLiteral(":s"), source)
        .bind(QStringLiteral(":t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
    return q.lastInsertId();
}

void BatchRepository::requireBatchInScope(Id batchId)
{
    const QString units = access::unitsSubquery(mDb.scope());
    if (units.isEmpty())
        return;
    Query q(mDb, QStringLiteral(
                     "SELECT (SELECT count(*) FROM member_events WHERE batch_id = :b "
                     "        AND coalesce(unit_id, from_unit_id) NOT IN %1) + "
                     "       (SELECT count(*) FROM batch_member_before b WHERE b.undo_batch_id = :b AND b.id NOT IN "
                     "        (SELECT member_id FROM member_events WHERE coalesce(unit_id, from_unit_id) IN %1))")
                     .arg(units));
    q.bind(QStringLiteral(":b"), batchId).exec();
    if (q.next() && q.integer(0) > 0)
        throw Error(Error::Kind::Denied,
                    tr("%1 member(s) of the import are outside the units of the account %2; nothing was imported.")
                        .arg(q.integer(0))
                        .arg(mDb.scope().userName));
}

void BatchRepository::setRowCount(Id batchId, int rows)
{
    // Called at the end of the import, inside its transaction: a member written outside the account's
    // units refuses the whole import.
    requireBatchInScope(batchId);
    Query q(mDb, QStringLiteral("UPDATE import_batches SET row_count = :n WHERE id = :id"));
    q.bind(QStringLiteral(":n"), rows).bind(QStringLiteral(":id"), batchId).exec();
    Query b(mDb, QStringLiteral("SELECT kind, source FROM import_batches WHERE id = :id"));
    b.bind(QStringLiteral(":id"), batchId).exec();
    if (b.next())
        AuditLog(mDb).append(QStringLiteral("import"), QStringLiteral("batch:%1").arg(batchId),
                             {{QStringLiteral("kind"), b.text(0)}, {QStringLiteral("source"), b.text(1)},
                              {QStringLiteral("rows"), rows}});
}

std::vector<ImportBatch> BatchRepository::all()
{
    Query q(mDb, QStringLiteral("SELECT id, kind, source, imported_at, row_count, undone_at FROM import_batches ORDER BY id"));
    q.exec();
    std::vector<ImportBatch> out;
    while (q.next())
        out.push_back({q.integer(0), q.text(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODate), int(q.integer(4)),
                       QDateTime::fromString(q.text(5), Qt::ISODate)});
    return out;
}

void BatchRepository::saveBeforeUpdate(Id batchId, Id memberId)
{
    Query q(mDb, QStringLiteral("INSERT INTO batch_member_before SELECT CAST(:b AS BIGINT), * FROM members WHERE id = :id ON CONFLICT DO NOTHING"));
    q.bind(QStringLiteral(":b"), batchId).bind(QStringLiteral(":id"), memberId).exec();
}

Id BatchRepository::lastUnitId()
{
    Query q(mDb, QStringLiteral("SELECT coalesce(max(id), 0) FROM units"));
    q.exec();
    return q.next() ? q.integer(0) : 0;
}

void BatchRepository::markUnitsCreatedAfter(Id batchId, Id lastUnitBefore)
{
    Query q(mDb, QStringLiteral("UPDATE units SET batch_id = :b WHERE id > :last"));
    q.bind(QStringLiteral(":b"), batchId).bind(QStringLiteral(":last"), lastUnitBefore).exec();
}

UndoSummary BatchRepository::undo(Id batchId)
{
    access::requireWrite(mDb);
    Transaction t(mDb);
    requireBatchInScope(batchId);
    Query batch(mDb, QStringLiteral("SELECT kind, source, undone_at FROM import_batches WHERE id = :b"));
    batch.bind(QStringLiteral(":b"), batchId).exec();
    if (!batch.next())
        throw Error(Error::Kind::Input, tr("There is no import batch %1 (hoivien-cli batches lists them).").arg(batchId));
    if (batch.text(0) != QLatin1String("members"))
        throw Error(Error::Kind::Input, tr("Batch %1 is an import of %2; only member imports can be undone.").arg(batchId).arg(batch.text(0)));
    if (!batch.text(2).isEmpty())
        throw Error(Error::Kind::Input, tr("Batch %1 (%2) was undone already on %3.").arg(batchId).arg(batch.text(1), batch.text(2)));

    // Work done later on top of the batch would be lost: refuse instead.
    const qint64 laterEvents = count(mDb, QStringLiteral(
        "SELECT count(*) FROM member_events e JOIN members m ON m.id = e.member_id "
        "WHERE m.batch_id = :b AND (e.batch_id IS NULL OR e.batch_id <> :b)"), batchId);
    const qint64 laterChanges = count(mDb, QStringLiteral(
        "SELECT count(*) FROM batch_member_before b JOIN members m ON m.id = b.id "
        "WHERE b.undo_batch_id = :b AND (m.version <> b.version + 1 "
        "  OR EXISTS (SELECT 1 FROM batch_member_before l WHERE l.id = b.id AND l.undo_batch_id > :b))"), batchId);
    const qint64 editedCreated = count(mDb, QStringLiteral(
        "SELECT count(*) FROM members WHERE batch_id = :b AND version <> 1"), batchId);
    if (laterEvents + laterChanges + editedCreated > 0)
        throw Error(Error::Kind::Conflict,
                    tr("Batch %1 (%2) cannot be undone: %3 member(s) of it were changed or given movements after the "
                       "import. Undo the later changes first, or correct the members one by one.")
                        .arg(batchId).arg(batch.text(1)).arg(laterEvents + laterChanges + editedCreated));

    UndoSummary s;
    // Created members: their search entries (external-content FTS needs the old text), then the rows;
    // events and positions go with them (ON DELETE CASCADE).
    const bool searchTable = dialect::keepsSearchTable(mDb);
    if (searchTable)
        Query(mDb, QStringLiteral("INSERT INTO member_search(member_search, rowid, name_fold) "
                                  "SELECT 'delete', id, name_fold FROM members WHERE batch_id = :b"))
            .bind(QStringLiteral(":b"), batchId).exec();
    Query del(mDb, QStringLiteral("DELETE FROM members WHERE batch_id = :b"));
    del.bind(QStringLiteral(":b"), batchId).exec();
    s.membersRemoved = del.rowsAffected();

    // Updated members: back to the copy taken before the update.
    if (searchTable)
        Query(mDb, QStringLiteral("INSERT INTO member_search(member_search, rowid, name_fold) "
                                  "SELECT 'delete', m.id, m.name_fold FROM members m JOIN batch_member_before b "
                                  "ON b.id = m.id AND b.undo_batch_id = :b"))
            .bind(QStringLiteral(":b"), batchId).exec();
    const QString columns = restoredColumns().join(QStringLiteral(", "));
    Query restore(mDb, QStringLiteral("UPDATE members SET (%1) = (SELECT %1 FROM batch_member_before b "
                                      "WHERE b.undo_batch_id = :b AND b.id = members.id) "
                                      "WHERE id IN (SELECT id FROM batch_member_before WHERE undo_batch_id = :b)").arg(columns));
    restore.bind(QStringLiteral(":b"), batchId).exec();
    s.membersRestored = restore.rowsAffected();
    if (searchTable)
        Query(mDb, QStringLiteral("INSERT INTO member_search(rowid, name_fold) SELECT m.id, m.name_fold FROM members m "
                                  "JOIN batch_member_before b ON b.id = m.id AND b.undo_batch_id = :b"))
            .bind(QStringLiteral(":b"), batchId).exec();

    // Units the batch created, groups before their chapters, unless something else uses them now.
    for (int pass = 0; pass < 2; ++pass) {
        Query units(mDb, QStringLiteral(
            "DELETE FROM units WHERE batch_id = :b "
            "AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = units.id OR c.merged_into_id = units.id) "
            "AND NOT EXISTS (SELECT 1 FROM member_events e WHERE e.unit_id = units.id OR e.from_unit_id = units.id) "
            "AND NOT EXISTS (SELECT 1 FROM member_positions p WHERE p.unit_id = units.id) "
            "AND NOT EXISTS (SELECT 1 FROM population p WHERE p.unit_id = units.id) "
            "AND NOT EXISTS (SELECT 1 FROM targets p WHERE p.unit_id = units.id)"));
        units.bind(QStringLiteral(":b"), batchId).exec();
        s.unitsRemoved += units.rowsAffected();
    }
    Query done(mDb, QStringLiteral("UPDATE import_batches SET undone_at = :t WHERE id = :b"));
    done.bind(QStringLiteral(":t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(QStringLiteral(":b"), batchId).exec();
    AuditLog(mDb).append(QStringLiteral("undo-import"), QStringLiteral("batch:%1").arg(batchId),
                         {{QStringLiteral("members_removed"), s.membersRemoved},
                          {QStringLiteral("members_restored"), s.membersRestored}});
    t.commit();
    return s;
}

}  // namespace hv
