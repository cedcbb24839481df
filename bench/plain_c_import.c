/* The baseline of docs/performance.md: the fastest simple way to put a CSV file into SQLite.
 *
 * Reads the CSV with a minimal hand parser (comma, RFC 4180 quotes, UTF-8 BOM skipped), creates a
 * table with one TEXT column per header cell, and inserts every data row with one prepared statement
 * inside one transaction. No checking, no conversion, no index: what HoiVien's import is compared with.
 * The connection uses the same pragmas as HoiVien's database (journal_mode = WAL, synchronous = FULL),
 * so both pay the same for durability.
 *
 *   plain_c_import members.csv out.sqlite
 *
 * Prints rows, seconds (reading + inserting + COMMIT, the auto-checkpoint of the commit included), rows
 * per second, and the same over the CPU time of the process (user + system). out.sqlite is replaced.
 */
#include <sqlite3.h>

#include <sys/resource.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { kMaxCols = 256 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds of this process (user + system): the figure that a busy machine does not inflate. */
static double cpu(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
           (double)ru.ru_stime.tv_usec * 1e-6;
}

static void die(sqlite3* db, const char* what)
{
    fprintf(stderr, "plain_c_import: %s: %s\n", what, db ? sqlite3_errmsg(db) : "failed");
    exit(1);
}

/* Parses one record starting at *pos (quotes unescaped in place); fills cells and lengths, returns the
 * number of cells, 0 at the end of the buffer. A blank line is a record with one empty cell. */
static int parse_record(char** pos, char* end, char** cells, int* lens)
{
    char* p = *pos;
    int n = 0;
    if (p >= end)
        return 0;
    for (;;) {
        char* out;
        char* start;
        if (p < end && *p == '"') {
            start = out = ++p;
            for (;;) {
                if (p >= end)
                    break;
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        *out++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                *out++ = *p++;
            }
            while (p < end && *p != ',' && *p != '\n')
                ++p; /* stray text after the closing quote is dropped */
        } else {
            start = p;
            while (p < end && *p != ',' && *p != '\n')
                ++p;
            out = p;
            if (out > start && out[-1] == '\r')
                --out;
        }
        if (n < kMaxCols) {
            cells[n] = start;
            lens[n] = (int)(out - start);
            ++n;
        }
        if (p >= end || *p == '\n') {
            if (p < end)
                ++p;
            break;
        }
        ++p; /* the comma */
    }
    *pos = p;
    return n;
}

int main(int argc, char** argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s members.csv out.sqlite\n", argv[0]);
        return 2;
    }
    char* cells[kMaxCols];
    int lens[kMaxCols];

    unlink(argv[2]);
    char extra[4096];
    snprintf(extra, sizeof extra, "%s-wal", argv[2]);
    unlink(extra);
    snprintf(extra, sizeof extra, "%s-shm", argv[2]);
    unlink(extra);

    const double t0 = now();
    const double c0 = cpu();
    FILE* f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    const long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char* buf = malloc((size_t)size + 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(f);
    char* pos = buf;
    char* end = buf + size;
    if (size >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        pos += 3;

    sqlite3* db = NULL;
    if (sqlite3_open(argv[2], &db) != SQLITE_OK)
        die(db, "open");
    if (sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;", NULL, NULL, NULL) != SQLITE_OK)
        die(db, "pragma");

    const int ncols = parse_record(&pos, end, cells, lens);
    if (ncols == 0) {
        fprintf(stderr, "no header row\n");
        return 1;
    }
    /* CREATE TABLE members(c1 TEXT, ...) and INSERT ... VALUES(?, ...): the header texts are kept as
     * a comment only, column names are c1..cN. */
    size_t cap = 64 + (size_t)ncols * 16;
    char* create = malloc(cap);
    char* insert = malloc(cap);
    int cn = snprintf(create, cap, "CREATE TABLE members(");
    int in = snprintf(insert, cap, "INSERT INTO members VALUES(");
    for (int i = 0; i < ncols; ++i) {
        cn += snprintf(create + cn, cap - (size_t)cn, "%sc%d TEXT", i ? ", " : "", i + 1);
        in += snprintf(insert + in, cap - (size_t)in, "%s?", i ? ", " : "");
    }
    snprintf(create + cn, cap - (size_t)cn, ")");
    snprintf(insert + in, cap - (size_t)in, ")");
    if (sqlite3_exec(db, create, NULL, NULL, NULL) != SQLITE_OK)
        die(db, "create");

    sqlite3_stmt* st = NULL;
    if (sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
        die(db, "begin");
    if (sqlite3_prepare_v2(db, insert, -1, &st, NULL) != SQLITE_OK)
        die(db, "prepare");
    long rows = 0;
    int n;
    while ((n = parse_record(&pos, end, cells, lens)) > 0) {
        if (n == 1 && lens[0] == 0)
            continue; /* blank line */
        for (int i = 0; i < ncols; ++i) {
            if (i < n)
                sqlite3_bind_text(st, i + 1, cells[i], lens[i], SQLITE_STATIC);
            else
                sqlite3_bind_null(st, i + 1);
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            die(db, "insert");
        sqlite3_reset(st);
        ++rows;
    }
    sqlite3_finalize(st);
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        die(db, "commit");
    const double t1 = now();
    const double c1 = cpu();
    sqlite3_close(db);
    free(buf);
    free(create);
    free(insert);

    const double secs = t1 - t0;
    const double cpus = c1 - c0;
    printf("rows=%ld columns=%d seconds=%.3f rows_per_s=%.0f cpu_seconds=%.3f rows_per_cpu_s=%.0f\n", rows, ncols, secs,
           (double)rows / secs, cpus, (double)rows / cpus);
    return 0;
}
