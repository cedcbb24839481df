#pragma once
// The one owner of a database connection (ARCHITECTURE.md "Storage"): opens an embedded SQLite file
// or a PostgreSQL server, applies migrations, sets the pragmas, and turns every QSqlError into hv::Error
// carrying the statement (for the log) and a translated message (for the user).

#include "core/error.h"
#include "core/types.h"
#include "storage/accessscope.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace hv {

class Database {
public:
    enum class Backend { SQLite, PostgreSQL };

    // The schema this program writes. A database with a higher version is refused untouched.
    static int schemaVersion();
    static constexpr qint32 kApplicationId = 0x48564E31;  // "HVN1"
    // Copies "<file>.v<old>.bak" taken before upgrades that are kept (the newest versions).
    static constexpr int kUpgradeCopiesKept = 3;

    // Opens (creating an SQLite file when missing) and migrates to schemaVersion(). location is a file
    // path or a postgresql://user@host:port/dbname URL.
    // Throws Error(Kind::Database) when it cannot be opened or was written by a newer version,
    // Error(Kind::Damaged) when the file is not a HoiVien database or is damaged. Before upgrading an
    // existing SQLite file, a copy is taken next to it ("<file>.v<old>.bak").
    explicit Database(const QString& location);
    // The same, for a worker thread's own connection: signed in as the window's (its scope given).
    Database(const QString& location, const AccessScope& scope) : Database(location) { mScope = scope; }
    // The embedded default database in the user's data folder (QStandardPaths::AppDataLocation), the
    // folder created when missing.
    static QString defaultLocation();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return mBackend; }
    const QString& location() const { return mLocation; }
    QSqlDatabase& connection() { return mDb; }
    // The SQLite handle for the online backup and the bulk loader; nullptr on PostgreSQL.
    sqlite3* sqliteHandle() const;

    // The PostgreSQL connection (libpq's PGconn*) for COPY; nullptr on SQLite.
    void* postgresHandle() const;
    // The login role of a server connection (PostgreSQL's session_user); empty on SQLite.
    const QString& serverUser() const { return mServerUser; }

    // Runs a script of several statements (migrations). Throws Error(Kind::Database).
    void execScript(const QString& sql);

    // Small key/value settings (office unit, preferences stored with the data).
    std::optional<QString> setting(const QString& key);
    void setSetting(const QString& key, const QString& value);

    // integrity_check + foreign_key_check; returns the problems found (empty when sound). On a server,
    // which enforces foreign keys itself: every table readable, and the schema of this program.
    QStringList check();
    // Consistent copy while the database is in use (SQLite online backup), then verified by opening the
    // copy and running integrity_check. Throws Error(Kind::Database) on failure (the partial copy is
    // removed).
    void backupTo(const QString& file);

    // What the signed-in officer may see and change (storage/accessscope.h). Opened with accounts
    // defined, the scope is locked (nothing is read or written) until a Session signs in; without
    // accounts it is open. A worker thread's own Database is given the scope of the window's. Repositories
    // and reports read it for every statement.
    const AccessScope& scope() const { return mScope; }
    void setScope(const AccessScope& scope) { mScope = scope; }

    // Whether the connection works (on a server: libpq's status after the last statement).
    bool connectionAlive() const;
    // On a server whose connection was lost: opens it again, outside a transaction. Throws
    // Error(Kind::Database) when the server cannot be reached.
    void ensureConnected();

    // Throws Error(Kind::Database) with the driver's text and the statement.
    [[noreturn]] void fail(const QSqlError& error, const QString& statement) const;

    // Whether the location names a PostgreSQL server (postgres:// or postgresql://).
    static bool isServerLocation(const QString& location);
    // The location without its password, for messages and the log.
    static QString displayLocation(const QString& location);
    // What a window calls the database: the file's name, or the server and database without password.
    static QString shortName(const QString& location);

private:
    void openSqlite();
    void migrate();
    void openPostgres();       // storage/postgres.cpp
    void migratePostgres();    // storage/postgres.cpp
    void initServerSession();  // storage/postgres.cpp
    // The migrations compiled in under :/sql/<folder> ("migrations" for SQLite, "postgresql"), in order.
    static QStringList migrationFiles(const char* folder);

    friend class Transaction;
    int mTransactionDepth = 0;  // nested Transactions become savepoints
    AccessScope mScope;
    Backend mBackend = Backend::SQLite;
    QString mLocation;
    QString mConnectionName;
    QString mServerUser;
    QSqlDatabase mDb;
};

// A prepared statement with bound values; every failure throws hv::Error with the statement.
class Query {
public:
    Query(Database& db, const QString& sql);
    Query& bind(const QString& name, const QVariant& value);
    Query& bind(const QString& name, const QDate& date);    // ISO text or NULL
    Query& bind(const QString& name, const QString& text);  // NULL when text is null
    Query& bind(const QString& name, qint64 value) { return bind(name, QVariant(value)); }
    Query& bind(const QString& name, int value) { return bind(name, QVariant(value)); }
    Query& bindId(const QString& name, Id id);  // NULL when 0
    Query& exec();
    bool next() { return mQuery.next(); }
    QVariant value(int i) const { return mQuery.value(i); }
    QString text(int i) const { return mQuery.value(i).toString(); }
    qint64 integer(int i) const { return mQuery.value(i).toLongLong(); }
    QDate date(int i) const;
    // The id of the row just inserted (on PostgreSQL the last identity value of this session).
    qint64 lastInsertId() const;
    int rowsAffected() const { return mQuery.numRowsAffected(); }
    void setForwardOnly() { mQuery.setForwardOnly(true); }

private:
    Database& mDb;
    QString mSql;
    QSqlQuery mQuery;
};

// Rolls back unless commit() was called (ARCHITECTURE.md "Storage"). Inside another Transaction it is a
// savepoint: its rollback undoes only its own work, and nothing is durable before the outer commit.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Database& mDb;
    bool mDone = false;
    int mLevel = 0;
};

// Text <-> date helpers for the ISO columns.
QVariant isoOrNull(const QDate& d);
QDate dateFromIso(const QVariant& v);

}  // namespace hv
