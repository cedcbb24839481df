#pragma once
// Moving an office's database between the embedded file and a PostgreSQL server, in either direction
// (docs/server.md "Moving a database"): every table copied row for row, ids kept, into an empty
// database of the same schema, in one transaction of the target, then read back and compared.

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace hv {

class Database;

struct CopySummary {
    QList<QPair<QString, qint64>> tables;  // table, rows copied (and found again in the target)
    qint64 rows = 0;
};

// The tables copied, in an order in which every reference points at rows already copied (units refer
// to each other: their parent and merged-into links are set after all units are in).
const QStringList& copiedTables();

// Copies from into to. from may be in use; to must hold no rows (a database just created). The signed-in
// account of from must be an administrator of the whole tree (the copy holds every member's personal
// data); an entry "copy" naming the target is added to from's audit log first, so the copy carries it.
// progress(done, total) is called after each table; returning false cancels (nothing is left in to).
// Throws Error(Kind::Input) when to is not empty, Error(Kind::Denied) without the rights,
// Error(Kind::Cancelled), Error(Kind::Database) when a table differs after the copy (nothing is kept).
CopySummary copyDatabase(Database& from, Database& to, const std::function<bool(int, int)>& progress = {});

}  // namespace hv
