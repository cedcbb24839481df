#pragma once
// Running the real hoivien-cli binary and looking into the database it wrote (CLI tests).

#include "testutil.h"

#include <gtest/gtest.h>
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

// An office made through the binary: Huyện Thọ Xuân (init --unit 395) with chapters Khu phố 1 and 2 of
// commune 15499, in a database of the test's own folder.
class CliOfficeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({"init", "--unit", "395", "--db", db}).exit, 0);
        writeFile(dir.path("units.csv"),
                  "code,name,level,parent_code,valid_from,valid_to\n"
                  "15499-01,Chi hội Khu phố 1,chi hội,15499,,\n"
                  "15499-02,Chi hội Khu phố 2,chapter,15499,,\n");
        ASSERT_EQ(cli({"import", "units", dir.path("units.csv"), "--db", db}).exit, 0);
    }
    TempDir dir;
    QString db = dir.path("office.sqlite");
};

}  // namespace hvtest
