#include "storage/database.h"

#include "storage/databasecopy.h"
#include "storage/dialect.h"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Database", s); }

// A file that is not an SQLite database at all: refuse before the driver writes a journal into it.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    if (f.size() == 0) return true;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

}  // namespace

QStringList Database::migrationFiles(const char* folder)
{
    QDir dir(QStringLiteral(":/sql/") + QLatin1String(folder));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& f : files) f = dir.filePath(f);
    return files;
}

int Database::schemaVersion() { return int(migrationFiles("migrations").size()); }

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("hoivien.sqlite"));
}

Database::Database(const QString& location)
    : mLocation(location),
      mConnectionName(QStringLiteral("hv-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (isServerLocation(location)) {
        mBackend = Backend::PostgreSQL;
        openPostgres();
        migratePostgres();
    } else {
        openSqlite();
        migrate();
    }
    // Default deny: with accounts defined, nothing is read or written until a Session signs in.
    QSqlQuery q(mDb);
    if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)")) && q.next() && q.value(0).toBool())
        mScope.locked = true;
}

Database::~Database()
{
    if (mDb.isOpen()) {
        if (mBackend == Backend::SQLite) {
            // Leave no -wal/-shm files behind for a copy taken with a file manager.
            QSqlQuery q(mDb);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        mDb.close();
    }
    mDb = QSqlDatabase();
    QSqlDatabase::removeDatabase(mConnectionName);
}

sqlite3* Database::sqliteHandle() const
{
    if (mBackend != Backend::SQLite) return nullptr;
    const QVariant v = mDb.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

void Database::openSqlite()
{
    const QFileInfo info(mLocation);
    if (info.exists() && !info.isFile())
        throw Error(Error::Kind::Database, tr("%1 is not a file.").arg(mLocation));
    if (info.exists() && !looksLikeSqlite(mLocation))
        throw Error(
            Error::Kind::Damaged,
            tr("%1 is not a HoiVien database (it is not an SQLite file, or it is damaged).").arg(mLocation));
    if (!info.exists() && !info.absoluteDir().exists())
        throw Error(Error::Kind::Database, tr("The folder of %1 does not exist.").arg(mLocation));

    mDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mConnectionName);
    mDb.setDatabaseName(mLocation);
    if (!mDb.open())
        throw Error(Error::Kind::Database, tr("Cannot open %1: %2").arg(mLocation, mDb.lastError().text()));

    // Read the header before any pragma writes to the file: a newer or foreign database stays untouched.
    QSqlQuery q(mDb);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        throw Error(Error::Kind::Damaged,
                    tr("%1 is damaged or is not a database: %2").arg(mLocation, q.lastError().text()));
    const qint64 appId = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int version = q.value(0).toInt();
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!q.next())
        throw Error(Error::Kind::Damaged, tr("%1 is damaged: %2").arg(mLocation, q.lastError().text()));
    const int objects = q.value(0).toInt();
    q.finish();
    if (objects > 0 && appId != kApplicationId)
        throw Error(Error::Kind::Damaged,
                    tr("%1 is an SQLite database of another program, not of HoiVien.").arg(mLocation));
    if (version > schemaVersion())
        throw Error(Error::Kind::Database,
                    tr("%1 was written by a newer version of HoiVien (schema %2; this program knows %3). "
                       "Install the newer version; the file was not changed.")
                        .arg(mLocation)
                        .arg(version)
                        .arg(schemaVersion()));

    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) fail(q.lastError(), QString::fromLatin1(pragma));
    }
}

void Database::migrate()
{
    QSqlQuery q(mDb);
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int current = q.value(0).toInt();
    q.finish();
    const QStringList files = migrationFiles("migrations");
    if (current > 0 && current < files.size()) {
        // An upgrade: keep the old file as it was.
        mDb.close();
        const QString copy = QStringLiteral("%1.v%2.bak").arg(mLocation).arg(current);
        QFile::remove(copy);
        if (!QFile::copy(mLocation, copy))
            throw Error(Error::Kind::Database,
                        tr("Cannot copy %1 to %2 before the upgrade.").arg(mLocation, copy));
        // Keep the copies of the last kUpgradeCopiesKept upgrades: this one and the newest others.
        const QFileInfo info(mLocation);
        QStringList others = info.absoluteDir().entryList({info.fileName() + QStringLiteral(".v*.bak")},
                                                          QDir::Files, QDir::Time);
        others.removeAll(QFileInfo(copy).fileName());
        for (qsizetype i = kUpgradeCopiesKept - 1; i < others.size(); ++i)
            QFile::remove(info.absoluteDir().filePath(others[i]));
        if (!mDb.open())
            throw Error(Error::Kind::Database,
                        tr("Cannot open %1: %2").arg(mLocation, mDb.lastError().text()));
        QSqlQuery p(mDb);
        p.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        p.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    }
    for (int v = current; v < files.size(); ++v) {
        QFile f(files[v]);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Database, tr("Missing migration %1.").arg(files[v]));
        const QString sql = QString::fromUtf8(f.readAll());
        Transaction t(*this);
        execScript(sql);
        execScript(QStringLiteral("PRAGMA user_version = %1; PRAGMA application_id = %2;")
                       .arg(v + 1)
                       .arg(kApplicationId));
        t.commit();
    }
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgres://")) ||
           location.startsWith(QLatin1String("postgresql://"));
}

QString Database::displayLocation(const QString& location)
{
    if (!isServerLocation(location)) return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

QString Database::shortName(const QString& location)
{
    if (!isServerLocation(location)) return QFileInfo(location).fileName();
    const QUrl url(location);
    return QStringLiteral("%1/%2").arg(url.host(), url.path().mid(1));
}

qint64 Query::lastInsertId() const
{
    if (mDb.backend() == Database::Backend::PostgreSQL) {
        QSqlQuery last(mDb.connection());
        if (!last.exec(QStringLiteral("SELECT lastval()")) || !last.next())
            mDb.fail(last.lastError(), QStringLiteral("SELECT lastval()"));
        return last.value(0).toLongLong();
    }
    return mQuery.lastInsertId().toLongLong();
}

void Database::execScript(const QString& sql)
{
    if (sqlite3* h = sqliteHandle()) {
        char* err = nullptr;
        if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            const QString message = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            throw Error(Error::Kind::Database, tr("The database refused a statement: %1").arg(message), sql);
        }
        return;
    }
    QSqlQuery q(mDb);
    if (!q.exec(sql)) fail(q.lastError(), sql);
}

std::optional<QString> Database::setting(const QString& key)
{
    Query q(*this, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    if (q.next()) return q.text(0);
    return std::nullopt;
}

void Database::setSetting(const QString& key, const QString& value)
{
    Query q(*this, QStringLiteral("INSERT INTO settings(key, value) VALUES(:key, :value) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

QStringList Database::check()
{
    QStringList problems;
    QSqlQuery q(mDb);
    if (mBackend == Backend::PostgreSQL) {
        // The server keeps its pages and foreign keys sound itself; what can still go wrong is a table
        // that cannot be read (permissions, a damaged relation).
        if (!q.exec(QStringLiteral(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")))
            throw Error(Error::Kind::Damaged,
                        tr("%1 cannot be read: %2").arg(displayLocation(mLocation), q.lastError().text()));
        QStringList tables;
        while (q.next()) tables << q.value(0).toString();
        for (const QString& t : std::as_const(tables)) {
            QSqlQuery r(mDb);
            if (!r.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)))
                problems << tr("Table %1 cannot be read: %2").arg(t, r.lastError().databaseText());
        }
        return problems;
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        throw Error(Error::Kind::Damaged, tr("%1 is damaged: %2").arg(mLocation, q.lastError().text()));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok")) problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        throw Error(Error::Kind::Damaged, tr("%1 is damaged: %2").arg(mLocation, q.lastError().text()));
    while (q.next())
        problems << tr("Table %1, row %2: reference to a missing row of %3")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return problems;
}

void Database::backupTo(const QString& file)
{
    if (mBackend == Backend::PostgreSQL) {
        // A server's database is backed up as an SQLite file: every table copied and compared.
        const QString part = file + QStringLiteral(".part");
        QFile::remove(part);
        try {
            Database copy(part);
            copyDatabase(*this, copy);
        } catch (const Error&) {
            QFile::remove(part);
            throw;
        }
        QFile::remove(file);
        if (!QFile::rename(part, file))
            throw Error(Error::Kind::Database,
                        tr("The backup to %1 failed: %2").arg(file, tr("cannot rename the copy")));
        return;
    }
    sqlite3* src = sqliteHandle();
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(mLocation).absoluteFilePath())
        throw Error(Error::Kind::Usage, tr("The backup cannot overwrite the database itself."));
    const QString tmp = file + QStringLiteral(".part");
    QFile::remove(tmp);
    sqlite3* dst = nullptr;
    auto cleanup = [&](const QString& why) {
        if (dst) sqlite3_close(dst);
        QFile::remove(tmp);
        throw Error(Error::Kind::Database, tr("The backup to %1 failed: %2").arg(file, why));
    };
    if (sqlite3_open(tmp.toUtf8().constData(), &dst) != SQLITE_OK)
        cleanup(QString::fromUtf8(sqlite3_errmsg(dst)));
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) cleanup(QString::fromUtf8(sqlite3_errmsg(dst)));
    int rc;
    // Copy in steps so that other connections can write between them.
    while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep(rc == SQLITE_OK ? 0 : 20);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) cleanup(QString::fromUtf8(sqlite3_errstr(rc)));
    // Verify the copy before it takes the final name.
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(dst, "PRAGMA integrity_check", -1, &st, nullptr);
    const bool ok = st && sqlite3_step(st) == SQLITE_ROW &&
                    qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "ok") == 0;
    sqlite3_finalize(st);
    if (!ok) cleanup(tr("the copy did not pass the integrity check"));
    sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dst);
    dst = nullptr;
    QFile::remove(file);
    if (!QFile::rename(tmp, file)) cleanup(tr("cannot rename the copy"));
}

void Database::fail(const QSqlError& error, const QString& statement) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (mBackend == Backend::PostgreSQL && !connectionAlive())
        throw Error(
            Error::Kind::Database,
            tr("The connection to the server %1 was lost: %2. Your changes were not saved; try again when "
               "the server is reachable.")
                .arg(displayLocation(mLocation), text),
            statement);
    // A second writer on the server (serialization or unique conflict of two imports) is a conflict.
    if (mBackend == Backend::PostgreSQL && (error.nativeErrorCode() == QLatin1String("40001") ||
                                            error.nativeErrorCode() == QLatin1String("40P01")))
        throw Error(
            Error::Kind::Conflict,
            tr("Another workstation changed the same data at the same time: %1. Try again.").arg(text),
            statement);
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("not a database")))
        throw Error(Error::Kind::Damaged, tr("The database %1 is damaged: %2").arg(mLocation, text),
                    statement);
    throw Error(Error::Kind::Database, tr("The database refused the operation: %1").arg(text), statement);
}

Query::Query(Database& db, const QString& sql)
    : mDb(db),
      mSql(db.backend() == Database::Backend::PostgreSQL ? dialect::toServer(sql) : sql),
      mQuery((db.ensureConnected(), db.connection()))
{
    if (!mQuery.prepare(mSql)) mDb.fail(mQuery.lastError(), mSql);
}

Query& Query::bind(const QString& name, const QVariant& value)
{
    mQuery.bindValue(name, value);
    return *this;
}

Query& Query::bind(const QString& name, const QDate& date) { return bind(name, isoOrNull(date)); }

Query& Query::bind(const QString& name, const QString& text)
{
    return bind(name, text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text));
}

Query& Query::bindId(const QString& name, Id id)
{
    return bind(name, id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id));
}

Query& Query::exec()
{
    if (!mQuery.exec()) mDb.fail(mQuery.lastError(), mSql);
    return *this;
}

QDate Query::date(int i) const { return dateFromIso(mQuery.value(i)); }

Transaction::Transaction(Database& db) : mDb(db), mLevel(db.mTransactionDepth)
{
    if (mLevel == 0) {
        if (!mDb.connection().transaction()) mDb.fail(mDb.connection().lastError(), QStringLiteral("BEGIN"));
    } else {
        mDb.execScript(QStringLiteral("SAVEPOINT hv_%1").arg(mLevel));
    }
    ++mDb.mTransactionDepth;
}

Transaction::~Transaction()
{
    if (mDone) return;
    --mDb.mTransactionDepth;
    if (mLevel == 0) {
        mDb.connection().rollback();
    } else {
        try {
            mDb.execScript(QStringLiteral("ROLLBACK TO hv_%1; RELEASE hv_%1").arg(mLevel));
        } catch (const Error&) {
            // The outer transaction rolls back everything anyway.
        }
    }
}

void Transaction::commit()
{
    if (mLevel == 0) {
        if (!mDb.connection().commit()) mDb.fail(mDb.connection().lastError(), QStringLiteral("COMMIT"));
    } else {
        mDb.execScript(QStringLiteral("RELEASE hv_%1").arg(mLevel));
    }
    --mDb.mTransactionDepth;
    mDone = true;
}

QVariant isoOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromIso(const QVariant& v)
{
    if (v.isNull()) return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

}  // namespace hv
