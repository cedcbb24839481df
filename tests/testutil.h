#pragma once
// Shared test helpers: temporary folders and paths of the test data.

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace hv {
class Database;
}

namespace hvtest {

// Absolute path of a file under tests/data.
QString dataPath(const QString& relative);

// A temporary folder that lives for the test; path(name) gives a file inside it.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const { return mDir.filePath(name); }

private:
    QTemporaryDir mDir;
};

// The location of a fresh database for a test: a file in dir on SQLite (the default), or a new database
// on the test server when the suite runs on PostgreSQL (HOIVIEN_TEST_BACKEND=postgresql with
// HOIVIEN_TEST_PG=postgresql://user@host:port/db, as scripts/test.sh sets them). The server's databases
// are dropped when the test program ends.
QString testDatabase(const TempDir& dir, const QString& fileName);
// Drops the server databases this run created (tests/main.cpp, after the tests).
void dropServerDatabases();
// Whether this run puts its databases on the test server.
bool onServer();

// The indexes the database holds (SQLite's sqlite_schema, PostgreSQL's pg_indexes); only the one named
// when name is given.
qint64 indexCount(hv::Database& db, const QString& name = {});
// Runs a script through a second connection of its own, as someone editing the database behind the
// program's back would. Returns the database's error text, empty when it ran.
QString rawSql(const hv::Database& db, const QString& sql);

// A QPSQL connection named connectionName to the server and database of a postgresql:// location, as its
// user or as role (with password) when given; opened (check isOpen()).
QSqlDatabase openServerConnection(const QString& connectionName, const QString& location,
                                  const QString& role = {}, const QString& password = {});

// Writes text (UTF-8) to a file, creating it; returns the path.
QString writeFile(const QString& path, const QByteArray& content);

}  // namespace hvtest
