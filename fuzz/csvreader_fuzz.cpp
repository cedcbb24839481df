// libFuzzer target for the CSV side of the member import: CsvReader over arbitrary bytes, then header
// detection and row classification as the importer does them. Bad input must end in hv::Error(Input)
// and nothing else: no crash, no hang, no sanitizer report, no broken invariant.

#include "core/error.h"
#include "importing/csvreader.h"
#include "importing/headermap.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>
#include <cstdio>
#include <vector>

namespace {

// Aborts (a finding for libFuzzer) naming the broken invariant's line.
void checkAt(bool ok, int line)
{
    if (!ok) {
        std::fprintf(stderr, "csvreader_fuzz.cpp:%d: invariant broken\n", line);
        std::abort();
    }
}
#define check(ok) checkAt((ok), __LINE__)

// Differential check of the reader's own UTF-8 decoder against Qt's: a BOM-less input without any
// byte that CSV gives a meaning to is one cell, Qt's decoding of the whole input, trimmed.
void compareWithQtDecoding(const QByteArray& bytes)
{
    if (bytes.size() < 3 || bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
        bytes.startsWith("\xFE\xFF") || bytes.startsWith("PK") || bytes.startsWith("\xD0\xCF"))
        return;
    for (char c : bytes)
        if (std::strchr(",;\t\"\r\n", c))  // also true for NUL
            return;
    try {
        hv::CsvReader reader(bytes, QStringLiteral("plain.csv"));
        const QString expected = QString::fromUtf8(bytes).trimmed();
        if (expected.isEmpty()) {
            check(!reader.next() || reader.cellCount() == 0);
            return;
        }
        check(reader.next());
        check(reader.cellCount() == 1);
        check(reader.cell(0) == expected);
        check(!reader.next());
    } catch (const hv::Error& e) {
        check(e.kind() == hv::Error::Kind::Input);  // refused as mostly invalid UTF-8
    }
}

// What one reading of the input gave: the rows (number and cells) and the error that ended it, if any.
struct Outcome {
    std::vector<std::pair<int, QStringList>> rows;
    int headerRow = 0;
    QString error;
};

Outcome read(const QByteArray& bytes, qsizetype blockBytes)
{
    Outcome out;
    try {
        hv::CsvReader reader(bytes, QStringLiteral("fuzz.csv"), blockBytes);
        check(reader.delimiter() == u',' || reader.delimiter() == u';' || reader.delimiter() == u'\t');
        const std::optional<hv::HeaderMap> map = hv::findMemberHeader(reader);
        if (map) {
            check(map->indexOf(hv::MemberColumn::FullName) >= 0);
            check(int(map->columnOf.size()) == map->headers.size());
            out.headerRow = map->headerRow;
        }
        int lastRow = reader.rowNumber();
        double lastProgress = reader.progress();
        while (reader.next()) {
            check(reader.rowNumber() > lastRow);
            lastRow = reader.rowNumber();
            check(reader.cellCount() >= 0 && reader.cellCount() <= hv::CsvReader::kMaxCells);
            QStringList cells;  // reads every char of every view, so that ASan sees a dangling one
            for (int i = 0; i < reader.cellCount(); ++i) {
                const QStringView cell = reader.cell(i);
                check(cell.size() <= hv::CsvReader::kMaxCellChars);
                check(cell.isEmpty() || (!cell.front().isSpace() && !cell.back().isSpace()));
                cells << cell.toString();
            }
            check(reader.cell(reader.cellCount()).isEmpty());
            const double progress = reader.progress();
            check(progress >= lastProgress && progress <= 1.0);
            lastProgress = progress;
            if (map) hv::isBlankOrSubtotal(reader, *map);
            out.rows.emplace_back(reader.rowNumber(), cells);
        }
        check(reader.progress() == 1.0);
    } catch (const hv::Error& e) {
        check(e.kind() == hv::Error::Kind::Input && !e.message().isEmpty());
        out.error = e.message();
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // No copy: the reader only reads the bytes, and only during this call.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // The default blocks hold the whole input; tiny ones put a block boundary everywhere. The rows must
    // not differ. An error must be the same one, though it may come more rows later with tiny blocks
    // (the whole-file encoding check runs when the end is read).
    const Outcome whole = read(bytes, 0);
    const Outcome tiny = read(bytes, 4 + (size ? data[size - 1] % 29 : 0));
    check(whole.error == tiny.error);
    if (whole.error.isEmpty())
        check(whole.headerRow == tiny.headerRow && whole.rows.size() == tiny.rows.size());
    const size_t common = std::min(whole.rows.size(), tiny.rows.size());
    for (size_t i = 0; i < common; ++i) check(whole.rows[i] == tiny.rows[i]);
    compareWithQtDecoding(bytes);
    return 0;
}
