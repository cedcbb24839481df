#include "storage/databasecopy.h"

#include "core/error.h"
#include "storage/accessscope.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/postgres.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::DatabaseCopy", s); }

using Server = Database::Backend;

QStringList columnsOf(Database& db, const QString& table)
{
    const QString sql = db.backend() == Server::PostgreSQL
                            ? QStringLiteral(
                                  "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = :t ORDER BY ordinal_position")
                            : QStringLiteral("SELECT name FROM pragma_table_info(:t) ORDER BY cid");
    Query q(db, sql);
    q.bind(QStringLiteral(":t"), table).exec();
    QStringList names;
    while (q.next()) names << q.text(0);
    return names;
}

// The order rows are read in on both sides, so the two fingerprints meet.
QString orderOf(const QStringList& columns)
{
    if (columns.contains(QLatin1String("id")) && columns.first() != QLatin1String("undo_batch_id"))
        return QStringLiteral("id");
    return columns.join(QStringLiteral(", "));
}

// One value in the same form whichever backend gave it.
void addToFingerprint(QCryptographicHash& h, const QVariant& v)
{
    if (v.isNull()) {
        h.addData("\x01N");
    } else {
        switch (v.typeId()) {
            case QMetaType::QByteArray:
                h.addData("\x01B");
                h.addData(v.toByteArray());
                break;
            case QMetaType::Double:
                h.addData(
                    "\x01"
                    "D");
                h.addData(QByteArray::number(v.toDouble(), 'g', 17));
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                h.addData("\x01I");
                h.addData(QByteArray::number(v.toLongLong()));
                break;
            default:
                h.addData("\x01T");
                h.addData(v.toString().toUtf8());
        }
    }
}

QSqlQuery readAll(Database& db, const QString& table, const QStringList& columns)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(columns.join(QStringLiteral(", ")), table, orderOf(columns));
    if (!q.exec(sql)) db.fail(q.lastError(), sql);
    return q;
}

// What a table of the target holds, as its fingerprint and row count.
QPair<QByteArray, qint64> fingerprint(Database& db, const QString& table, const QStringList& columns)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 n = 0;
    QSqlQuery q = readAll(db, table, columns);
    while (q.next()) {
        for (int i = 0; i < columns.size(); ++i) addToFingerprint(h, q.value(i));
        ++n;
    }
    return {h.result(), n};
}

// The unit links written in a second pass.
bool deferred(const QString& table, const QString& column)
{
    return table == QLatin1String("units") &&
           (column == QLatin1String("parent_id") || column == QLatin1String("merged_into_id"));
}

}  // namespace

const QStringList& copiedTables()
{
    static const QStringList tables{QStringLiteral("settings"),
                                    QStringLiteral("import_batches"),
                                    QStringLiteral("units"),
                                    QStringLiteral("members"),
                                    QStringLiteral("member_events"),
                                    QStringLiteral("member_positions"),
                                    QStringLiteral("population"),
                                    QStringLiteral("targets"),
                                    QStringLiteral("trainings"),
                                    QStringLiteral("training_participants"),
                                    QStringLiteral("awards"),
                                    QStringLiteral("activities"),
                                    QStringLiteral("activity_members"),
                                    QStringLiteral("scorecards"),
                                    QStringLiteral("ratings"),
                                    QStringLiteral("rating_overrides"),
                                    QStringLiteral("batch_member_before"),
                                    QStringLiteral("accounts"),
                                    QStringLiteral("audit_log")};
    return tables;
}

CopySummary copyDatabase(Database& from, Database& to, const std::function<bool(int, int)>& progress)
{
    access::requireAdmin(from);
    const QStringList& tables = copiedTables();
    for (const QString& t : tables) {
        Query q(to, QStringLiteral("SELECT count(*) FROM %1").arg(t));
        q.exec();
        if (q.next() && q.integer(0) > 0)
            throw Error(Error::Kind::Input,
                        tr("%1 is not empty (table %2 has rows): the copy goes into a new, empty database.")
                            .arg(Database::displayLocation(to.location()), t));
    }
    AuditLog(from).append(QStringLiteral("copy"), Database::displayLocation(to.location()),
                          {{QStringLiteral("to"), Database::displayLocation(to.location())}});

    CopySummary summary;
    // The source is read in one transaction, so that the copy is of one moment while others work on.
    Transaction snapshot(from);
    if (from.backend() == Server::PostgreSQL)
        from.execScript(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    Transaction t(to);
    QList<QByteArray> sourcePrints;
    QList<QStringList> columnLists;
    int done = 0;
    for (const QString& table : tables) {
        const QStringList targetColumns = columnsOf(to, table);
        QStringList columns;
        for (const QString& c : columnsOf(from, table))
            if (targetColumns.contains(c)) columns << c;
        if (columns.size() != targetColumns.size())
            throw Error(Error::Kind::Database,
                        tr("Table %1 has other columns in the two databases: open both with "
                           "this version of HoiVien first.")
                            .arg(table));
        columnLists << columns;
        QStringList kept;  // written with the row; the unit links after all units
        for (const QString& c : columns)
            if (!deferred(table, c)) kept << c;
        QCryptographicHash h(QCryptographicHash::Sha256);
        qint64 n = 0;
        QSqlQuery in = readAll(from, table, columns);
        QList<QPair<QVariant, QVariantList>> links;  // units: id, (parent, merged into)
        // Reads every row, adds it to the fingerprint and hands the values to write now to addRow.
        const auto write = [&](auto&& addRow) {
            QVariantList values, later;
            while (in.next()) {
                values.clear();
                later.clear();
                for (int i = 0; i < columns.size(); ++i) {
                    addToFingerprint(h, in.value(i));
                    (deferred(table, columns[i]) ? later : values) << in.value(i);
                }
                addRow(values);
                if (!later.isEmpty()) links.push_back({in.value(0), later});
                ++n;
            }
        };
        if (to.backend() == Server::PostgreSQL) {
            PgCopy copy(to, table, kept);
            write([&](const QVariantList& values) {
                for (const QVariant& v : values) copy.value(v);
                copy.endRow();
            });
            copy.finish();
        } else {
            QStringList params;
            for (int i = 0; i < kept.size(); ++i) params << QStringLiteral(":c%1").arg(i);
            Query ins(to,
                      QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                          .arg(table, kept.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))));
            write([&](const QVariantList& values) {
                for (int i = 0; i < values.size(); ++i) ins.bind(params[i], values[i]);
                ins.exec();
            });
        }
        if (!links.isEmpty()) {
            Query link(to,
                       QStringLiteral("UPDATE units SET parent_id = :p, merged_into_id = :m WHERE id = :id"));
            for (const auto& [id, values] : std::as_const(links))
                link.bind(QStringLiteral(":p"), values.value(0))
                    .bind(QStringLiteral(":m"), values.value(1))
                    .bind(QStringLiteral(":id"), id)
                    .exec();
        }
        sourcePrints << h.result();
        summary.tables.push_back({table, n});
        summary.rows += n;
        if (progress && !progress(++done, int(tables.size())))
            throw Error(Error::Kind::Cancelled, tr("The copy was cancelled; nothing was written."));
    }
    if (to.backend() == Server::PostgreSQL) {
        // Identity columns go on after the ids copied.
        for (const QString& table : tables) {
            if (!columnsOf(to, table).contains(QLatin1String("id")) ||
                table == QLatin1String("batch_member_before"))
                continue;
            Query(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) "
                                     "+ 1, false) FROM %1")
                          .arg(table))
                .exec();
        }
    } else if (dialect::keepsSearchTable(to)) {
        to.execScript(QStringLiteral("INSERT INTO member_search(member_search) VALUES('rebuild')"));
    }
    // Read back what the target now holds before it is committed.
    for (int i = 0; i < tables.size(); ++i) {
        const auto [print, n] = fingerprint(to, tables[i], columnLists[i]);
        if (print != sourcePrints[i] || n != summary.tables[i].second)
            throw Error(
                Error::Kind::Database,
                tr("Table %1 differs after the copy (%2 rows read, %3 found); nothing was kept in %4.")
                    .arg(tables[i])
                    .arg(summary.tables[i].second)
                    .arg(n)
                    .arg(Database::displayLocation(to.location())));
    }
    t.commit();
    snapshot.commit();
    return summary;
}

}  // namespace hv
