// libFuzzer target for the XLSX side of the member import: XlsxReader over arbitrary bytes (a zip of
// parts), then header detection and row classification as the importer does them. Bad input must end
// in hv::Error(Input) and nothing else: no crash, no hang, no sanitizer report, no broken invariant.

#include "core/error.h"
#include "importing/headermap.h"
#include "importing/xlsxreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

namespace {

void check(bool ok)
{
    if (!ok) std::abort();
}

struct Outcome {
    std::vector<std::pair<int, QStringList>> rows;
    QString error;
};

Outcome read(const QByteArray& bytes, qsizetype blockBytes)
{
    Outcome out;
    try {
        hv::XlsxReader reader(bytes, QStringLiteral("fuzz.xlsx"), {}, blockBytes);
        check(!reader.sheetNames().isEmpty());
        std::optional<hv::HeaderMap> map = hv::findMemberHeader(reader);
        if (map) check(map->indexOf(hv::MemberColumn::FullName) >= 0);
        int lastRow = reader.rowNumber();
        double lastProgress = reader.progress();
        while (map ? hv::nextDataRow(reader, *map) : reader.next()) {
            check(reader.rowNumber() >= lastRow && reader.rowNumber() <= hv::XlsxReader::kMaxRows);
            lastRow = reader.rowNumber();
            check(reader.cellCount() >= 0 && reader.cellCount() <= hv::XlsxReader::kMaxColumns);
            QStringList cells;  // reads every char of every view, so that ASan sees a dangling one
            for (int i = 0; i < reader.cellCount(); ++i) {
                const QStringView cell = reader.cell(i);
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
    } catch (const hv::Error& e) {
        check(e.kind() == hv::Error::Kind::Input && !e.message().isEmpty());
        out.error = e.message();
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Where the inflated blocks end must not change the rows read before an error, nor the error.
    const Outcome whole = read(bytes, 0);
    const Outcome tiny = read(bytes, 1 + (size ? data[size - 1] % 61 : 0));
    check(whole.error == tiny.error);
    check(whole.rows == tiny.rows);
    return 0;
}
