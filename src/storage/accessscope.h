#pragma once
// What the signed-in officer may read and write (docs/security.md "Accounts and roles"). The Database
// carries one AccessScope, set by Session::login; every repository and report asks it before reading or
// writing, so that hiding a button is never the only guard.
//
// Rules: an unrestricted scope (no accounts defined, or an administrator of the whole tree) sees
// everything. A restricted scope sees the units of its subtree and the members who have ever been in
// it (an event whose unit, or unit before, is in the subtree): her register of a past date and her
// movement lists name them. It writes only members whose present unit is in the subtree, and only
// events that stay in it. A viewer reads and writes nothing, and gets personal data masked in exports.
// A locked session reads and writes nothing until unlocked.

#include "core/types.h"

#include <QString>
#include <optional>

namespace hv {

class Database;

enum class Role { Admin, Officer, Viewer };
QString toCode(Role r);                    // admin / officer / viewer
std::optional<Role> roleFromCode(const QString& code);

struct AccessScope {
    QString userName;  // empty: no accounts defined (single-user install)
    Role role = Role::Admin;
    Id rootUnitId = 0;  // 0 = the whole tree
    bool locked = false;

    bool restricted() const { return rootUnitId != 0; }
    bool canWrite() const { return !locked && role != Role::Viewer; }
    bool isAdmin() const { return role == Role::Admin && !restricted(); }
    // Exports of a viewer hide the middle of CCCD and phone numbers.
    bool mustMask() const { return role == Role::Viewer; }
};

namespace access {

// The ids of the scope's units as a subquery "(WITH RECURSIVE ... SELECT id FROM scope_units)", to be
// used as "column IN <this>"; empty when the scope is not restricted. The root is an id of the
// database, written as a number, never user text. Plain SQL (WITH RECURSIVE) that PostgreSQL also runs.
QString unitsSubquery(const AccessScope& scope);
// " AND <column> IN (...)" or empty.
QString unitCondition(const Database& db, const QString& column);
// " AND <memberIdColumn> IN (members ever in the scope)" or empty.
QString memberCondition(const Database& db, const QString& memberIdColumn);

// Throws Error(Kind::Denied) when the session is locked.
void requireRead(const Database& db);
// Throws Error(Kind::Denied) when locked or the role may not write.
void requireWrite(const Database& db);
// Throws Error(Kind::Denied) unless the signed-in account is an administrator of the whole tree.
void requireAdmin(const Database& db);
// Whether the unit is in the scope (always true when not restricted).
bool unitVisible(Database& db, Id unitId);
// Throws Error(Kind::Denied) naming the unit when it is outside the scope.
void requireUnit(Database& db, Id unitId);
// Whether the member was ever in the scope.
bool memberVisible(Database& db, Id memberId);
// Throws Error(Kind::Denied) unless the member's present unit (that of her latest event, or the unit
// she left) is in the scope and the scope may write.
void requireMemberWrite(Database& db, Id memberId);

}  // namespace access
}  // namespace hv
