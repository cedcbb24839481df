#include "storage/dialect.h"

#include "core/namewords.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace hv::dialect {

QString toServer(const QString& sql)
{
    // A unary plus right before alias.column, after a space, "(" or ",": SQLite's way of keeping the
    // planner off an index for that term. PostgreSQL has no unary plus on text.
    static const QRegularExpression hint(QStringLiteral("(^|[\\s(,])\\+(?=[a-z_][a-z_0-9]*\\.[a-z_])"));
    // "INDEXED BY name": SQLite's choice of index; PostgreSQL's planner chooses by itself.
    static const QRegularExpression indexed(QStringLiteral("\\s+INDEXED BY [a-z_0-9]+"));
    // "CROSS JOIN t x ON ...": SQLite's way of fixing the join order; PostgreSQL takes ON after JOIN only.
    static const QRegularExpression crossOn(QStringLiteral("CROSS JOIN ([a-z_]+ [a-z_]+) ON "));
    QString out = sql;
    out.replace(hint, QStringLiteral("\\1"));
    out.replace(crossOn, QStringLiteral("JOIN \\1 ON "));
    out.replace(indexed, QString());
    return out;
}

bool keepsSearchTable(const Database& db) { return db.backend() == Database::Backend::SQLite; }

QString nameIndexIds(const Database& db, const QString& param)
{
    return keepsSearchTable(db)
               ? QStringLiteral("SELECT rowid FROM member_search WHERE member_search MATCH %1").arg(param)
               : QStringLiteral("SELECT id FROM members WHERE name_fold LIKE %1").arg(param);
}

QString nameIndexTerm(const Database& db, const QString& foldedWord)
{
    return keepsSearchTable(db) ? vn::trigramQuery(foldedWord)
                                : QLatin1Char('%') + foldedWord + QLatin1Char('%');
}

QString auditTail(const Database& db)
{
    return db.backend() == Database::Backend::PostgreSQL
               ? QStringLiteral("SELECT id, hash FROM hv_audit_tail()")
               : QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
}

void serializeImports(Database& db)
{
    if (db.backend() == Database::Backend::PostgreSQL)
        Query(db, QStringLiteral("SELECT pg_advisory_xact_lock(1213613617, 2)")).exec();
}

}  // namespace hv::dialect
