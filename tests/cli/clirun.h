#pragma once
// Running the real hoivien-cli binary and looking into the database it wrote (CLI tests).

#include <QProcess>
#include <QStringList>
#include <sqlite3.h>

namespace hvtest {

struct CliRun {
    int exit = -1;
    QString out, err;
};

inline CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HOIVIEN_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The rows of a query, each row's columns joined by '|' (NULL as "∅"), read-only.
inline QStringList queryRows(const QString& db, const char* sql)
{
    QStringList rows;
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(h);
        return {QStringLiteral("cannot open")};
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        rows << QString::fromUtf8(sqlite3_errmsg(h));
    while (st && sqlite3_step(st) == SQLITE_ROW) {
        QStringList cols;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            cols << (sqlite3_column_type(st, i) == SQLITE_NULL
                         ? QStringLiteral("∅")
                         : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, i))));
        rows << cols.join(QLatin1Char('|'));
    }
    sqlite3_finalize(st);
    sqlite3_close(h);
    return rows;
}

inline int memberCount(const QString& db)
{
    const QStringList r = queryRows(db, "SELECT count(*) FROM members");
    return r.size() == 1 ? r.first().toInt() : -1;
}

}  // namespace hvtest
