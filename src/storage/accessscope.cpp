#include "storage/accessscope.h"

#include "core/error.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hv {
namespace {
QString tr(const char* s) { return QCoreApplication::translate("hv::AccessScope", s); }
}  // namespace

QString toCode(Role r)
{
    switch (r) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Officer: return QStringLiteral("officer");
    case Role::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    for (Role r : {Role::Admin, Role::Officer, Role::Viewer})
        if (code == toCode(r))
            return r;
    return std::nullopt;
}

namespace access {

QString unitsSubquery(const AccessScope& scope)
{
    if (!scope.restricted())
        return {};
    return QStringLiteral("(WITH RECURSIVE scope_units(id) AS (SELECT CAST(%1 AS BIGINT) UNION ALL "
                          "SELECT su.id FROM units su JOIN scope_units ON su.parent_id = scope_units.id) "
                          "SELECT id FROM scope_units)")
        .arg(scope.rootUnitId);
}

QString unitCondition(const Database& db, const QString& column)
{
    const QString units = unitsSubquery(db.scope());
    return units.isEmpty() ? QString() : QStringLiteral(" AND %1 IN %2").arg(column, units);
}

QString memberCondition(const Database& db, const QString& memberIdColumn)
{
    const QString units = unitsSubquery(db.scope());
    if (units.isEmpty())
        return {};
    return QStringLiteral(" AND %1 IN (SELECT scope_e.member_id FROM member_events scope_e "
                          "WHERE scope_e.unit_id IN %2 OR scope_e.from_unit_id IN %2)")
        .arg(memberIdColumn, units);
}

void requireRead(const Database& db)
{
    if (db.scope().locked)
        throw Error(Error::Kind::Denied, tr("The session is locked: sign in again."));
}

void requireWrite(const Database& db)
{
    requireRead(db);
    if (!db.scope().canWrite())
        throw Error(Error::Kind::Denied, tr("The account %1 may read but not change the register.").arg(db.scope().userName));
}

void requireAdmin(const Database& db)
{
    requireRead(db);
    if (!db.scope().isAdmin())
        throw Error(Error::Kind::Denied, tr("Only the office's administrator may do this."));
}

bool unitVisible(Database& db, Id unitId)
{
    const QString units = unitsSubquery(db.scope());
    if (units.isEmpty())
        return true;
    Query q(db, QStringLiteral("SELECT :u IN %1").arg(units));
    q.bind(QStringLiteral(":u"), unitId).exec();
    return q.next() && q.integer(0) != 0;
}

void requireUnit(Database& db, Id unitId)
{
    requireRead(db);
    if (unitVisible(db, unitId))
        return;
    Query q(db, QStringLiteral("SELECT name, code FROM units WHERE id = :u"));
    q.bind(QStringLiteral(":u"), unitId).exec();
    const QString name = q.next() ? QStringLiteral("%1 (%2)").arg(q.text(0), q.text(1)) : QString::number(unitId);
    throw Error(Error::Kind::Denied, tr("The unit %1 is outside the units of the account %2.").arg(name, db.scope().userName));
}

bool memberVisible(Database& db, Id memberId)
{
    const QString cond = memberCondition(db, QStringLiteral("m.id"));
    if (cond.isEmpty())
        return true;
    Query q(db, QStringLiteral("SELECT count(*) FROM members m WHERE m.id = :id") + cond);
    q.bind(QStringLiteral(":id"), memberId).exec();
    return q.next() && q.integer(0) != 0;
}

void requireMemberWrite(Database& db, Id memberId)
{
    requireWrite(db);
    const QString units = unitsSubquery(db.scope());
    if (units.isEmpty())
        return;
    Query q(db, QStringLiteral("SELECT coalesce(e.unit_id, e.from_unit_id) IN %1 FROM member_events e "
                               "WHERE e.member_id = :m ORDER BY e.date DESC, e.seq DESC LIMIT 1").arg(units));
    q.bind(QStringLiteral(":m"), memberId).exec();
    if (!q.next() || q.integer(0) == 0)
        throw Error(Error::Kind::Denied,
                    tr("The member %1 is not in the units of the account %2: she cannot be changed from here.")
                        .arg(memberId).arg(db.scope().userName));
}

}  // namespace access
}  // namespace hv
