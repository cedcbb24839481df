// bench_gencsv: writes the member list of the speed measurements (see gencsv.h).
//
//   bench_gencsv [--rows N] [--seed S] [--as-of yyyy-mm-dd] out.csv

#include "gencsv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <cstring>
#include <exception>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    hvbench::GenOptions o;
    const char* out = nullptr;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--rows") && hasValue)
            o.rows = QByteArray(argv[++i]).toLongLong();
        else if (!std::strcmp(argv[i], "--seed") && hasValue)
            o.seed = QByteArray(argv[++i]).toUInt();
        else if (!std::strcmp(argv[i], "--as-of") && hasValue)
            o.asOf = QDate::fromString(QString::fromLatin1(argv[++i]), Qt::ISODate);
        else if (argv[i][0] != '-' && !out)
            out = argv[i];
        else {
            std::fprintf(stderr, "usage: %s [--rows N] [--seed S] [--as-of yyyy-mm-dd] out.csv\n", argv[0]);
            return 2;
        }
    }
    if (!out || o.rows < 0 || !o.asOf.isValid()) {
        std::fprintf(stderr, "usage: %s [--rows N] [--seed S] [--as-of yyyy-mm-dd] out.csv\n", argv[0]);
        return 2;
    }
    try {
        QElapsedTimer t;
        t.start();
        const auto s = hvbench::writeMemberCsv(QString::fromLocal8Bit(out), o);
        std::printf("%s: %lld rows, %lld bytes, %d communes, %d chapters, %lld with CCCD, %lld not active, "
                    "%lld positions (%.1f s)\n",
                    out, static_cast<long long>(s.rows), static_cast<long long>(s.bytes), s.communes, s.chapters,
                    static_cast<long long>(s.withCccd), static_cast<long long>(s.left),
                    static_cast<long long>(s.positions), double(t.elapsed()) / 1000.0);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_gencsv: %s\n", e.what());
        return 1;
    }
    return 0;
}
