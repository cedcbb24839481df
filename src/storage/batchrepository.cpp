#include "storage/batchrepository.h"

#include "storage/database.h"

namespace hv {

Id BatchRepository::create(const QString& kind, const QString& source)
{
    Query q(mDb, QStringLiteral("INSERT INTO import_batches(kind, source, imported_at) VALUES(:k, :s, :t)"));
    q.bind(QStringLiteral(":k"), kind).bind(QStringLiteral(":s"), source)
        .bind(QStringLiteral(":t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
    return q.lastInsertId();
}

void BatchRepository::setRowCount(Id batchId, int rows)
{
    Query q(mDb, QStringLiteral("UPDATE import_batches SET row_count = :n WHERE id = :id"));
    q.bind(QStringLiteral(":n"), rows).bind(QStringLiteral(":id"), batchId).exec();
}

std::vector<ImportBatch> BatchRepository::all()
{
    Query q(mDb, QStringLiteral("SELECT id, kind, source, imported_at, row_count FROM import_batches ORDER BY id"));
    q.exec();
    std::vector<ImportBatch> out;
    while (q.next())
        out.push_back({q.integer(0), q.text(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODate), int(q.integer(4))});
    return out;
}

}  // namespace hv
