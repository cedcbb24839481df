#pragma once
// The one place where the SQL of the two backends differs (ARCHITECTURE.md "Storage"). Repositories
// write SQLite's SQL; a statement for a PostgreSQL server passes through toServer() when it is
// prepared. What cannot be rewritten textually (the search index, the bulk loader, pragmas) asks
// Database::backend() in the function that owns it.

#include <QString>

namespace hv {
class Database;
}

namespace hv::dialect {

// SQLite's planner hints written in the statements ("+e.date": keep this term off the indexes, and
// "INDEXED BY name") are dropped; a text parameter that PostgreSQL cannot type from its context is left to
// the caller (write CAST(:x AS TEXT)).
QString toServer(const QString& sql);

// Whether the program keeps a search table beside members (SQLite's FTS5 member_search, external
// content: every change of name_fold is written to it). PostgreSQL's trigram index over
// members.name_fold follows the column by itself.
bool keepsSearchTable(const Database& db);

// The ids of the members whose folded name holds one word, through the search index:
// "SELECT rowid FROM member_search WHERE member_search MATCH <param>" on SQLite, the trigram index by LIKE
// on PostgreSQL. The parameter is bound to nameIndexTerm(word).
QString nameIndexIds(const Database& db, const QString& param);
QString nameIndexTerm(const Database& db, const QString& foldedWord);

// "SELECT id, hash" of the audit log's last entry. On PostgreSQL through hv_audit_tail() (migration
// 0006), which locks the log's tail to the end of the transaction and reads past the row policies.
QString auditTail(const Database& db);

// Inside an import's transaction, before it reads the stored members: on PostgreSQL waits for any other
// member import to commit (an advisory lock held to the end of the transaction), so that two imports
// never add the same member. SQLite has one writer at a time already. Throws Error(Kind::Database).
void serializeImports(Database& db);

}  // namespace hv::dialect
