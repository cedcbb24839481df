#pragma once
// The statement pieces of RegisterRepository (internal to storage): the WHERE clause built from which
// filters of a RegisterQuery are set, every value bound, and the columns of a register row.

#include "storage/registerrepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace hv {

class Query;

namespace registersql {

struct Sql {
    QString cte;          // "WITH RECURSIVE sub(id) AS (...) ": the subtree of the unit; empty for every unit
    QStringList events;   // conditions on the event in force at D (alias e)
    QStringList members;  // conditions on the member (alias m)
    QString valueExpr;    // the sort value; empty for the name order
    QString pattern;      // LIKE pattern of a name search
    bool citizenSearch = false;
    QList<std::pair<QString, QVariant>> binds;

    void bind(const QString& name, const QVariant& v) { binds.push_back({name, v}); }
    void apply(Query& q) const;
    QString where() const { return (events + members).join(QLatin1String(" AND ")); }
};

// walk: the statement reads members in name order or by rowid, so no other index of members may be
// chosen for it (a CCCD prefix would otherwise pull the planner onto members_citizen_id).
Sql build(const RegisterQuery& q, bool walk);

// The columns of a row, m and e in scope, followed by the sort value (the caller appends it).
QString columns();
// Reads a row of columns() (+ the sort value, used when hasValue).
RegisterRow readRow(const Query& q, bool hasValue);

}  // namespace registersql
}  // namespace hv
