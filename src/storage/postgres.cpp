// The PostgreSQL side of Database (docs/server.md): opening a server connection, its migrations, and
// COPY for the bulk paths.
#include "storage/postgres.h"
#include "storage/database.h"

#include <libpq-fe.h>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Database", s); }

PGconn* pgconn(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver()) return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && (qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn* const*>(v.data());
    return nullptr;
}

}  // namespace

void* Database::postgresHandle() const { return mBackend == Backend::PostgreSQL ? pgconn(mDb) : nullptr; }

bool Database::connectionAlive() const
{
    if (mBackend != Backend::PostgreSQL) return mDb.isOpen();
    PGconn* c = pgconn(mDb);
    return c && PQstatus(c) == CONNECTION_OK;
}

void Database::ensureConnected()
{
    // A server that went away and came back: open again, but never in the middle of a transaction,
    // whose work the server has already rolled back (the caller is told and tries again).
    if (mBackend != Backend::PostgreSQL || mTransactionDepth > 0 || connectionAlive()) return;
    mDb.close();
    if (!mDb.open())
        throw Error(Error::Kind::Database,
                    tr("The server %1 cannot be reached: %2. Your changes were not saved; try again when the "
                       "server is reachable.")
                        .arg(displayLocation(mLocation), mDb.lastError().text()));
    initServerSession();
}

void Database::initServerSession()
{
    QSqlQuery q(mDb);
    // Notices (IF NOT EXISTS, cascades) are not for the officer.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (q.exec(QStringLiteral("SELECT session_user")) && q.next()) mServerUser = q.value(0).toString();
}

void Database::openPostgres()
{
    const QUrl url(mLocation, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || name.isEmpty() || name.contains(QLatin1Char('/')))
        throw Error(Error::Kind::Usage,
                    tr("%1 is not a server address. Write postgresql://user@host:port/database.")
                        .arg(displayLocation(mLocation)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error(Error::Kind::Database,
                    tr("The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)."));
    mDb = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), mConnectionName);
    mDb.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    mDb.setPort(url.port(5432));
    mDb.setDatabaseName(name);
    if (!url.userName().isEmpty()) mDb.setUserName(url.userName());
    if (!url.password().isEmpty()) mDb.setPassword(url.password());
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=HoiVien")};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    mDb.setConnectOptions(options.join(QLatin1Char(';')));
    // Sums of bigint are numeric on PostgreSQL: read them as exact text, not as a double (the report's
    // packed counts use 63 bits).
    mDb.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!mDb.open())
        throw Error(Error::Kind::Database, tr("Cannot connect to the server %1: %2")
                                               .arg(displayLocation(mLocation), mDb.lastError().text()));
    initServerSession();
}

void Database::migratePostgres()
{
    const QStringList files = migrationFiles("postgresql");
    if (files.size() != schemaVersion())
        throw Error(Error::Kind::Database, tr("This program lacks the server's migrations (%1 of %2).")
                                               .arg(files.size())
                                               .arg(schemaVersion()));
    const QString where = displayLocation(mLocation);
    auto readVersion = [&]() -> int {
        Query exists(*this, QStringLiteral("SELECT to_regclass('hoivien_schema') IS NOT NULL"));
        exists.exec();
        if (exists.next() && exists.value(0).toBool()) {
            Query v(*this, QStringLiteral("SELECT application_id, version FROM hoivien_schema"));
            v.exec();
            if (!v.next() || v.integer(0) != kApplicationId)
                throw Error(Error::Kind::Damaged,
                            tr("%1 is a database of another program, not of HoiVien.").arg(where));
            return int(v.integer(1));
        }
        Query tables(*this,
                     QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        tables.exec();
        if (tables.next() && tables.integer(0) > 0)
            throw Error(
                Error::Kind::Damaged,
                tr("%1 holds tables of another program; give HoiVien a database of its own.").arg(where));
        return 0;
    };
    for (;;) {
        const int current = readVersion();
        if (current > schemaVersion())
            throw Error(Error::Kind::Database,
                        tr("%1 was written by a newer version of HoiVien (schema %2; this program knows %3). "
                           "Install the newer version; the database was not changed.")
                            .arg(where)
                            .arg(current)
                            .arg(schemaVersion()));
        if (current == schemaVersion()) return;
        // One migration a transaction; a second workstation starting at the same moment waits on the
        // lock and then finds the version moved on. DDL is transactional: a failed upgrade leaves the
        // server's database as it was.
        Transaction t(*this);
        Query lock(*this, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"));
        lock.bind(QStringLiteral(":key"), qint64(kApplicationId)).exec();
        if (readVersion() != current) continue;  // the transaction rolls back; read again
        QFile f(files[current]);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Database, tr("Missing migration %1.").arg(files[current]));
        execScript(QString::fromUtf8(f.readAll()));
        if (current == 0)
            execScript(
                QStringLiteral(
                    "CREATE TABLE hoivien_schema (application_id BIGINT NOT NULL, version INTEGER NOT NULL);"
                    "INSERT INTO hoivien_schema VALUES (%1, 1);")
                    .arg(kApplicationId));
        else
            execScript(QStringLiteral("UPDATE hoivien_schema SET version = %1").arg(current + 1));
        t.commit();
    }
}

PgCopy::PgCopy(Database& db, const QString& table, const QStringList& columns)
    : mDb(db),
      mConn(db.postgresHandle()),
      mStatement(QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))))
{
    if (!mConn) throw Error(Error::Kind::Usage, tr("COPY needs a server database."), mStatement);
    PGresult* r = PQexec(static_cast<PGconn*>(mConn), mStatement.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    const QString why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    PQclear(r);
    if (!ok)
        throw Error(Error::Kind::Database, tr("The database refused the operation: %1").arg(why), mStatement);
    mBuffer.reserve(1 << 19);
}

PgCopy::~PgCopy()
{
    if (mDone) return;
    auto* c = static_cast<PGconn*>(mConn);
    PQputCopyEnd(c, "cancelled");
    while (PGresult* r = PQgetResult(c)) PQclear(r);
}

void PgCopy::field()
{
    if (!mFirstField) mBuffer.append('\t');
    mFirstField = false;
}

void PgCopy::null()
{
    field();
    mBuffer.append("\\N", 2);
}

void PgCopy::integer(qint64 v)
{
    field();
    mBuffer.append(QByteArray::number(v));
}

void PgCopy::text(const char* utf8, qsizetype length)
{
    field();
    for (qsizetype i = 0; i < length; ++i) {
        const char c = utf8[i];
        switch (c) {
            case '\\':
                mBuffer.append("\\\\", 2);
                break;
            case '\t':
                mBuffer.append("\\t", 2);
                break;
            case '\n':
                mBuffer.append("\\n", 2);
                break;
            case '\r':
                mBuffer.append("\\r", 2);
                break;
            default:
                mBuffer.append(c);
        }
    }
}

void PgCopy::bytes(const char* data, qsizetype length)
{
    // bytea's hex form, its backslash escaped for COPY's text format.
    field();
    mBuffer.append("\\\\x", 3);
    mBuffer.append(QByteArray::fromRawData(data, length).toHex());
}

void PgCopy::value(const QVariant& v)
{
    if (v.isNull()) return null();
    switch (v.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            return bytes(b.constData(), b.size());
        }
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return integer(v.toLongLong());
        case QMetaType::Bool:
            return integer(v.toBool() ? 1 : 0);
        case QMetaType::Double: {
            field();
            mBuffer.append(QByteArray::number(v.toDouble(), 'g', 17));
            return;
        }
        default:
            return text(v.toString());
    }
}

void PgCopy::endRow()
{
    mBuffer.append('\n');
    mFirstField = true;
    if (mBuffer.size() > (1 << 19)) send();
}

void PgCopy::send()
{
    if (mBuffer.isEmpty()) return;
    if (PQputCopyData(static_cast<PGconn*>(mConn), mBuffer.constData(), int(mBuffer.size())) != 1)
        throw Error(Error::Kind::Database,
                    tr("The database refused the operation: %1")
                        .arg(QString::fromUtf8(PQerrorMessage(static_cast<PGconn*>(mConn)))),
                    mStatement);
    mBuffer.clear();
}

qint64 PgCopy::finish()
{
    send();
    auto* c = static_cast<PGconn*>(mConn);
    mDone = true;
    if (PQputCopyEnd(c, nullptr) != 1)
        throw Error(Error::Kind::Database,
                    tr("The database refused the operation: %1").arg(QString::fromUtf8(PQerrorMessage(c))),
                    mStatement);
    qint64 rows = 0;
    QString why;
    while (PGresult* r = PQgetResult(c)) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(r)).toLongLong();
        else
            why = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
    }
    if (!why.isEmpty())
        throw Error(Error::Kind::Database, tr("The database refused the operation: %1").arg(why), mStatement);
    return rows;
}

ServerCancelWatch::ServerCancelWatch(Database& db, std::function<bool()> cancelled)
    : mCancel(db.postgresHandle() ? PQgetCancel(static_cast<PGconn*>(db.postgresHandle())) : nullptr)
{
    if (!mCancel) return;
    mThread = std::thread([this, cancelled = std::move(cancelled)] {
        std::unique_lock lock(mMutex);
        while (!mWake.wait_for(lock, std::chrono::milliseconds(10), [this] { return mStop; })) {
            // A request that reaches an idle connection does nothing: ask again until the work stops.
            if (cancelled()) {
                char why[256];
                PQcancel(static_cast<PGcancel*>(mCancel), why, int(sizeof why));
            }
        }
    });
}

ServerCancelWatch::~ServerCancelWatch()
{
    {
        std::lock_guard lock(mMutex);
        mStop = true;
    }
    mWake.notify_one();
    if (mThread.joinable()) mThread.join();
    if (mCancel) PQfreeCancel(static_cast<PGcancel*>(mCancel));
}

}  // namespace hv
