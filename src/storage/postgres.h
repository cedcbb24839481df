#pragma once
// What storage does on a PostgreSQL connection beside Qt's driver, through libpq. Internal to storage.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace hv {

class Database;

// COPY ... FROM STDIN, for the bulk paths: the member import and the move of a database to the server.
// Rows are sent in PostgreSQL's text format, a few hundred kilobytes at a time.
class PgCopy {
public:
    // Starts COPY table(columns) FROM STDIN. Throws Error(Kind::Database).
    PgCopy(Database& db, const QString& table, const QStringList& columns);
    // Aborts the COPY when finish() was not reached (the transaction then fails as a whole).
    ~PgCopy();
    PgCopy(const PgCopy&) = delete;
    PgCopy& operator=(const PgCopy&) = delete;

    void null();
    void integer(qint64 v);
    void text(const char* utf8, qsizetype length);
    void text(const QString& v) { v.isNull() ? null() : text(QByteArray(v.toUtf8())); }
    void text(const QByteArray& utf8) { text(utf8.constData(), utf8.size()); }
    void bytes(const char* data, qsizetype length);
    // A value as the Qt drivers give it: null, a number, text or bytes.
    void value(const QVariant& v);
    void endRow();
    // Sends what is left and ends the COPY; returns the rows the server took. Throws Error(Kind::Database).
    qint64 finish();

private:
    void field();
    void send();
    Database& mDb;
    void* mConn;
    QString mStatement;
    QByteArray mBuffer;
    bool mFirstField = true;
    bool mDone = false;
};

// While it lives, asks cancelled() every few milliseconds on a thread of its own and, once it answers
// true, has the server cancel the statement running on db's connection (PQcancel): the statement then
// fails, as SQLite's progress callback makes it fail on the embedded database.
class ServerCancelWatch {
public:
    ServerCancelWatch(Database& db, std::function<bool()> cancelled);
    ~ServerCancelWatch();
    ServerCancelWatch(const ServerCancelWatch&) = delete;
    ServerCancelWatch& operator=(const ServerCancelWatch&) = delete;

private:
    void* mCancel = nullptr;  // PGcancel*
    std::mutex mMutex;
    std::condition_variable mWake;  // the statement ended: stop at once, not at the next poll
    bool mStop = false;
    std::thread mThread;
};

}  // namespace hv
