#include "testutil.h"

#include "storage/database.h"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <stdexcept>
#include <vector>

namespace hvtest {

QString dataPath(const QString& relative) { return QStringLiteral(HOIVIEN_TEST_DATA "/") + relative; }

TempDir::TempDir()
{
    if (!mDir.isValid()) throw std::runtime_error("cannot create a temporary folder");
}

bool onServer()
{
    return qgetenv("HOIVIEN_TEST_BACKEND") == "postgresql" && !qEnvironmentVariableIsEmpty("HOIVIEN_TEST_PG");
}

QSqlDatabase openServerConnection(const QString& connectionName, const QString& location, const QString& role,
                                  const QString& password)
{
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(role.isEmpty() ? url.userName() : role);
    db.setPassword(role.isEmpty() ? url.password() : password);
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

namespace {

// An administrative connection to the test server's maintenance database, which creates and drops the
// tests' databases.
class ServerDatabases {
public:
    static ServerDatabases& instance()
    {
        static ServerDatabases s;
        return s;
    }
    QString create()
    {
        const QString name = QStringLiteral("hvt_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        run(QStringLiteral("CREATE DATABASE %1").arg(name));
        mCreated.push_back(name);
        QUrl url(mServer);
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }
    void dropAll()
    {
        for (const QString& name : mCreated)
            run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (QSqlDatabase::contains(kConnection)) {
            QSqlDatabase::database(kConnection).close();
            QSqlDatabase::removeDatabase(kConnection);
        }
        mCreated.clear();
    }

private:
    static constexpr const char* kConnection = "hvtest-server";
    ServerDatabases() : mServer(qEnvironmentVariable("HOIVIEN_TEST_PG")) {}
    void run(const QString& sql)
    {
        QSqlDatabase db = QSqlDatabase::contains(kConnection) ? QSqlDatabase::database(kConnection)
                                                              : openServerConnection(kConnection, mServer);
        if (!db.isOpen())
            throw std::runtime_error("cannot reach the test server: " + db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(sql))
            throw std::runtime_error("the test server refused " + sql.toStdString() + ": " +
                                     q.lastError().text().toStdString());
    }
    QString mServer;
    std::vector<QString> mCreated;
};

}  // namespace

QString testDatabase(const TempDir& dir, const QString& fileName)
{
    if (!onServer()) return dir.path(fileName);
    return ServerDatabases::instance().create();
}

void dropServerDatabases()
{
    if (onServer()) ServerDatabases::instance().dropAll();
}

qint64 indexCount(hv::Database& db, const QString& name)
{
    const bool server = db.backend() == hv::Database::Backend::PostgreSQL;
    QString sql = server
                      ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()")
                      : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'");
    if (!name.isEmpty())
        sql += server ? QStringLiteral(" AND indexname = :n") : QStringLiteral(" AND name = :n");
    hv::Query q(db, sql);
    if (!name.isEmpty()) q.bind(QStringLiteral(":n"), name);
    q.exec();
    return q.next() ? q.integer(0) : -1;
}

QString rawSql(const hv::Database& db, const QString& sql)
{
    if (db.backend() == hv::Database::Backend::SQLite) {
        sqlite3* h = nullptr;
        if (sqlite3_open(db.location().toUtf8().constData(), &h) != SQLITE_OK)
            return QStringLiteral("cannot open");
        char* err = nullptr;
        const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err);
        const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(err ? err : "error");
        sqlite3_free(err);
        sqlite3_close(h);
        return message;
    }
    QString message;
    {
        QSqlDatabase c = openServerConnection(QStringLiteral("hvtest-raw"), db.location());
        if (!c.isOpen()) {
            message = c.lastError().text();
        } else {
            QSqlQuery q(c);
            if (!q.exec(sql)) message = q.lastError().databaseText();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hvtest-raw"));
    return message;
}

QString writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write " + path.toStdString());
    f.write(content);
    return path;
}

}  // namespace hvtest
