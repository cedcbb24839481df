#include "importing/csvreader.h"

#include "core/error.h"
#include "importing/csvtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <string_view>

namespace hv {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::CsvReader", s); }

// Largest read. Decoding gives at most one char per byte; the text buffer starts at four reads, so
// that one refill serves thousands of rows, or at the input's size when that is smaller.
constexpr qsizetype kChunkBytes = 1 << 18;
constexpr qsizetype kInitialChars = 4 * kChunkBytes;
// Delimiter detection looks at this much text, or this many records, whichever ends first.
constexpr qsizetype kSampleChars = 64 * 1024;
constexpr int kSampleRecords = 50;

// Zeroed chars after the text buffer: findStop reads up to 7 chars past the end sentinel.
constexpr qsizetype kPad = 16;

using namespace csvtext;

}  // namespace

CsvReader::CsvReader(const QString& path) : mName(path)
{
    const QFileInfo info(path);
    if (!info.exists()) throw Error(Error::Kind::Input, tr("%1: the file does not exist.").arg(path));
    if (info.isDir()) throw Error(Error::Kind::Input, tr("%1 is a folder, not a file.").arg(path));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input, tr("%1: cannot read the file (%2).").arg(path, file->errorString()));
    mDevice = std::move(file);
    init(0);
}

CsvReader::CsvReader(const QByteArray& data, const QString& sourceName, qsizetype blockBytes)
    : mName(sourceName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    mDevice = std::move(buffer);
    init(blockBytes);
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const QString& sourceName, qsizetype blockBytes)
    : mDevice(std::move(device)), mName(sourceName)
{
    if (!mDevice->isOpen() && !mDevice->open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input,
                    tr("%1: cannot read the file (%2).").arg(sourceName, mDevice->errorString()));
    init(blockBytes);
}

CsvReader::~CsvReader() = default;

void CsvReader::fail(const QString& message)
{
    mFailed = true;
    mCells.clear();
    throw Error(Error::Kind::Input, message);
}

void CsvReader::failAtRow(int row, const QString& what)
{
    fail(tr("%1, row %2: %3").arg(mName).arg(row).arg(what));
}

void CsvReader::init(qsizetype blockBytes)
{
    mTotalBytes = mDevice->isSequential() ? 0 : mDevice->size();
    // Small inputs get small buffers (tests and fuzzing make thousands of readers).
    const qsizetype hint =
        mTotalBytes > 0 ? qsizetype(std::min<qint64>(mTotalBytes, kInitialChars)) : kInitialChars;
    mChunk = std::clamp<qsizetype>(hint, 4096, kChunkBytes);
    mCap = std::clamp<qsizetype>(hint + 64, 8192, kInitialChars);
    if (blockBytes > 0) {
        // The buffer invariants hold from here down: at least 16 chars free after a compaction.
        mChunk = std::clamp<qsizetype>(blockBytes, 4, kChunkBytes);
        mCap = std::max<qsizetype>(64, 4 * mChunk);
    }
    mRaw.resize(std::max<qsizetype>(mChunk, 16) + 8);
    mText.reset(new char16_t[mCap + kPad]());
    mCells.reserve(64);

    // The first read decides the encoding; BOM-less input is taken as UTF-8, as Excel's "CSV UTF-8"
    // and every other current tool writes it.
    const qint64 want = std::max<qsizetype>(mChunk, 16);  // enough for the magic numbers below
    qint64 got = 0;
    while (got < want) {
        const qint64 n = mDevice->read(mRaw.data() + got, want - got);
        if (n <= 0) break;
        got += n;
    }
    const auto* b = reinterpret_cast<const uchar*>(mRaw.constData());
    auto startsWith = [&](const char* magic, qint64 len) {
        return got >= len && std::memcmp(b, magic, len) == 0;
    };
    if (startsWith("PK\x03\x04", 4))
        fail(tr("%1 is an Excel workbook (.xlsx) or another zip file, not CSV text. Import it as .xlsx, "
                "or save it from Excel as \"CSV UTF-8\".")
                 .arg(mName));
    if (startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        fail(tr("%1 is an old Excel workbook (.xls), not CSV text. Save it from Excel as .xlsx or as "
                "\"CSV UTF-8\".")
                 .arg(mName));
    qsizetype skip = 0;
    if (startsWith("\xEF\xBB\xBF", 3)) {
        mEncoding = Encoding::Utf8Bom;
        skip = 3;
    } else if (startsWith("\xFF\xFE", 2)) {
        mEncoding = Encoding::Utf16LE;
        skip = 2;
    } else if (startsWith("\xFE\xFF", 2)) {
        mEncoding = Encoding::Utf16BE;
        skip = 2;
    }
    // UTF-16 goes through Qt. Stateless: each chunk is cut between characters (utf16Cut) and decoded
    // on its own, so hasError() speaks of that chunk only. ConvertInitialBom: the BOM is skipped above,
    // and a U+FEFF that happens to start a later chunk is text, not a BOM.
    if (mEncoding == Encoding::Utf16LE || mEncoding == Encoding::Utf16BE)
        mDecoder =
            QStringDecoder(mEncoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    mBytesRead = got;
    if (skip) std::memmove(mRaw.data(), mRaw.data() + skip, size_t(got - skip));
    mRawCarry = got - skip;
    mRawEof = got < want;
    decodeRaw();
    do refill();
    while (!mInputDone && mEnd < kSampleChars);

    // The file is judged on its first characters, the same whatever the block size; a binary or
    // legacy-encoded file is refused before any row is read.
    const std::u16string_view sample(mText.get(), size_t(std::min(mEnd, kSampleChars)));
    if (sample.find(u'\0') != std::u16string_view::npos)
        fail(tr("%1 contains NUL characters: it is a binary file, not CSV text.").arg(mName));
    qsizetype bad = 0, nonAscii = 0;
    for (char16_t c : sample) {
        nonAscii += c >= 0x80;
        bad += c == QChar::ReplacementCharacter;
    }
    checkEncoding(bad, nonAscii);
    detectDelimiter();
}

// A few broken characters are kept (as U+FFFD) so that one bad byte does not stop an import; a text
// where they are common is not UTF-8 at all (a legacy code page, or binary).
void CsvReader::checkEncoding(qsizetype bad, qsizetype nonAscii)
{
    if (bad * 10 > nonAscii)
        fail(tr("%1 is not UTF-8 text: %2 byte sequences cannot be read. It is a binary file or was "
                "saved in an old Vietnamese encoding; save it from Excel as \"CSV UTF-8\".")
                 .arg(mName)
                 .arg(bad));
}

// Decodes the bytes waiting in mRaw (all of them once the input is exhausted, otherwise up to the last
// whole character) and appends the text at mEnd.
void CsvReader::decodeRaw()
{
    const auto* b = reinterpret_cast<const uchar*>(mRaw.constData());
    const bool utf8 = mEncoding == Encoding::Utf8 || mEncoding == Encoding::Utf8Bom;
    qsizetype cut = mRawCarry;
    if (!mRawEof) cut = utf8 ? utf8Cut(b, mRawCarry) : utf16Cut(b, mRawCarry, mEncoding == Encoding::Utf16LE);
    Q_ASSERT(cut + 1 <= mCap - mEnd);
    if (utf8) {
        mEnd = decodeUtf8(b, cut, mText.get() + mEnd, mBadChars, mNonAsciiChars) - mText.get();
    } else {
        const qsizetype from = mEnd;
        mDecoder.resetState();
        auto* out = reinterpret_cast<QChar*>(mText.get() + mEnd);
        // An odd last byte (only at the end: utf16Cut keeps cuts even) is one broken character. Qt
        // would drop it when it comes alone, so that the text would depend on where reads end.
        const bool oddTail = cut % 2 != 0;
        out = mDecoder.appendToBuffer(out, QByteArrayView(b, cut - oddTail));
        if (oddTail) *out++ = QChar::ReplacementCharacter;
        mEnd = reinterpret_cast<char16_t*>(out) - mText.get();
        for (qsizetype i = from; i < mEnd; ++i) {
            mNonAsciiChars += mText[i] >= 0x80;
            mBadChars += mText[i] == QChar::ReplacementCharacter;
        }
    }
    mText[mEnd] = 0;
    mBufferEndByte = mBytesRead - (mRawCarry - cut);
    std::memmove(mRaw.data(), mRaw.data() + cut, size_t(mRawCarry - cut));
    mRawCarry -= cut;
    if (mRawEof && mRawCarry == 0) {
        mInputDone = true;
        checkEncoding(mBadChars, mNonAsciiChars);  // the whole file, past the first characters
    }
}

// Moves the unfinished record to the front, grows the buffer when that record fills half of it, and
// reads as much as fits. Growing by doubling keeps the re-scans of a long record linear.
void CsvReader::refill()
{
    const qsizetype tail = mEnd - mPos;
    mBufferStartByte = bytePosition();
    if (mPos > 0) {
        std::memmove(mText.get(), mText.get() + mPos, size_t(tail) * sizeof(char16_t));
        mPos = 0;
        mEnd = tail;
        mText[mEnd] = 0;
    }
    if (tail > mCap / 2) {
        std::unique_ptr<char16_t[]> text(new char16_t[2 * mCap + kPad]());
        std::memcpy(text.get(), mText.get(), size_t(tail + 1) * sizeof(char16_t));
        mText = std::move(text);
        mCap *= 2;
    }
    // Reads whole chunks while they fit, and at least once: after the above, half the buffer is free.
    for (bool first = true; !mInputDone; first = false) {
        const qsizetype room = mCap - mEnd - 16;
        if (room < (first ? 16 : mChunk)) break;
        if (!mRawEof) {
            qint64 got = 0;
            const qint64 want = std::min(mChunk, room) - mRawCarry;
            while (got < want) {
                const qint64 n = mDevice->read(mRaw.data() + mRawCarry + got, want - got);
                if (n <= 0) break;
                got += n;
            }
            mBytesRead += got;
            mRawCarry += got;
            mRawEof = got < want;
        }
        decodeRaw();
    }
}

void CsvReader::detectDelimiter()
{
    const char16_t* s = mText.get();
    qsizetype n = std::min(mEnd, kSampleChars);
    const bool complete = mInputDone && n == mEnd;

    // Excel's own hint line.
    if (n >= 5 && std::u16string_view(s, 4) == u"sep=" && (s[4] == u',' || s[4] == u';' || s[4] == u'\t') &&
        (n == 5 || s[5] == u'\n' || s[5] == u'\r')) {
        mDelim = s[4];
        mPos = n == 5 ? 5 : (s[5] == u'\r' && n > 6 && s[6] == u'\n') ? 7 : 6;
        mLine = 2;
        return;
    }

    // Title rows have no delimiters (or Excel's padding), data rows the same count on every line: the
    // winner is the candidate whose commonest non-zero count per record occurs most often, then the
    // larger count (a tab file whose addresses hold one comma each).
    int bestFreq = 0, bestMode = 0;
    for (char16_t d : {u',', u';', u'\t'}) {
        std::vector<int> counts;
        int count = 0;
        bool inQuotes = false, cellStart = true;
        qsizetype i = 0;
        for (; i < n && int(counts.size()) < kSampleRecords; ++i) {
            const char16_t c = s[i];
            if (inQuotes) {
                if (c == u'"') {
                    if (i + 1 < n && s[i + 1] == u'"')
                        ++i;
                    else
                        inQuotes = false;
                }
            } else if (c == u'"' && cellStart) {
                inQuotes = true;
                cellStart = false;
            } else if (c == d) {
                ++count;
                cellStart = true;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n') ++i;
                counts.push_back(count);
                count = 0;
                cellStart = true;
            } else if (c != u' ' && c != u'\t') {
                cellStart = false;
            }
        }
        if (i == n && complete && !inQuotes && count > 0) counts.push_back(count);
        std::sort(counts.begin(), counts.end());
        for (size_t a = 0; a < counts.size();) {
            size_t e = a;
            while (e < counts.size() && counts[e] == counts[a]) ++e;
            const int freq = int(e - a), mode = counts[a];
            if (mode > 0 && (freq > bestFreq || (freq == bestFreq && mode > bestMode))) {
                bestFreq = freq;
                bestMode = mode;
                mDelim = d;
            }
            a = e;
        }
    }
}

bool CsvReader::next()
{
    if (mFailed) return false;
    for (;;) {
        if (mPos == mEnd && mInputDone) {
            mCells.clear();
            return false;
        }
        if (parseRecord() == Parse::Row) return true;
        refill();
    }
}

void CsvReader::lengthError(qsizetype cellChars)
{
    if (cellChars > kMaxCellChars)
        failAtRow(mLine, tr("column %1: the cell is longer than 1 MB; the file is damaged or is not a member "
                            "list.")
                             .arg(mCells.size() + 1));
    failAtRow(mLine, tr("the row is longer than %1 MB; the file is damaged or is not a member list.")
                         .arg(kMaxRowChars >> 20));
}

// One record from mPos. Returns NeedMore, leaving mPos, when the buffer ends before the record does and
// more input follows: the caller refills and the record is parsed again from its start.
CsvReader::Parse CsvReader::parseRecord()
{
    mCells.clear();
    mScratch.clear();
    mScratchCells.clear();
    const char16_t* const base = mText.get();
    const char16_t* const end = base + mEnd;
    const char16_t* const rec = base + mPos;
    const bool eof = mInputDone;
    const char16_t delim = mDelim;
    const char16_t* p = rec;
    int extraLines = 0;  // line breaks inside quoted cells

    // Checked as the record grows, unfinished ones too, or a missing quote would read the whole file.
    auto checkLength = [&](const char16_t* cellStart, const char16_t* pos) {
        if (pos - cellStart > kMaxCellChars || pos - rec > kMaxRowChars) [[unlikely]]
            lengthError(pos - cellStart);
    };
    auto needMore = [&](const char16_t* cellStart) {
        checkLength(cellStart, end);
        return Parse::NeedMore;
    };
    auto nulError = [&] {
        failAtRow(mLine + extraLines,
                  tr("the file contains a NUL character: it is a binary file, not CSV text."));
    };

    for (;;) {
        // Blanks before an opening quote are allowed (hand-typed "a, "b""); they are trimmed anyway.
        while (*p == u' ' || (*p == u'\t' && delim != u'\t')) ++p;
        const char16_t* const cellStart = p;
        const char16_t* q = p;
        if (*p == u'"') {
            const char16_t* seg = ++q;
            bool scratch = false;
            qsizetype scratchStart = 0;
            for (;;) {
                q = findStop(q, u'"');
                if (*q == u'"') {
                    if (q + 1 == end && !eof) return needMore(cellStart);
                    if (q[1] != u'"') break;
                    if (!scratch) {
                        scratch = true;
                        scratchStart = qsizetype(mScratch.size());
                    }
                    mScratch.append(seg, size_t(q + 1 - seg));
                    q += 2;
                    seg = q;
                } else if (*q == 0) {
                    if (q != end) nulError();
                    if (!eof) return needMore(cellStart);
                    failAtRow(mLine, tr("column %1: the quote that opens this cell is never closed "
                                        "(reached the end of the file).")
                                         .arg(mCells.size() + 1));
                } else {
                    if (*q == u'\r' && q + 1 == end && !eof) return needMore(cellStart);
                    if (*q == u'\r' && q[1] == u'\n') ++q;
                    ++q;
                    ++extraLines;
                }
            }
            // q is on the closing quote. Text between it and the delimiter is kept, as Excel does.
            const char16_t* t = findStop(q + 1, delim);
            if (t == end && !eof) return needMore(cellStart);
            checkLength(cellStart, t);
            const bool tail = !trimmedView(q + 1, t).isEmpty();
            if (tail && !scratch) {
                scratch = true;
                scratchStart = qsizetype(mScratch.size());
            }
            if (scratch) {
                mScratch.append(seg, size_t(q - seg));
                if (tail) mScratch.append(q + 1, size_t(t - q - 1));
                mScratchCells.push_back(
                    {int(mCells.size()), scratchStart, qsizetype(mScratch.size()) - scratchStart});
                mCells.emplace_back();
            } else {
                mCells.push_back(trimmedView(seg, q));
            }
            q = t;
        } else {
            q = findStop(p, delim);
            if (q == end && !eof) return needMore(cellStart);
            checkLength(cellStart, q);
            mCells.push_back(trimmedView(p, q));
        }
        if (int(mCells.size()) > kMaxCells) [[unlikely]]
            failAtRow(mLine, tr("more than %1 cells in one row; the file is damaged or is not a member list.")
                                 .arg(kMaxCells));

        // q is on what ended the cell: the delimiter, a line break, the end sentinel or a stray NUL.
        const char16_t c = *q;
        if (c == delim) {
            p = q + 1;
            continue;
        }
        if (c == 0) {
            if (q != end) nulError();
            p = q;
            break;
        }
        if (c == u'\r') {
            if (q + 1 == end && !eof) return Parse::NeedMore;
            if (q[1] == u'\n') ++q;
        }
        p = q + 1;
        break;
    }

    for (const ScratchCell& sc : mScratchCells) {
        const char16_t* b = mScratch.data() + sc.start;
        mCells[size_t(sc.cell)] = trimmedView(b, b + sc.len);
    }
    if (mCells.size() == 1 && mCells.front().isEmpty()) mCells.clear();
    mRowNumber = mLine;
    mLine += 1 + extraLines;
    mPos = p - base;
    return Parse::Row;
}

QStringView CsvReader::cell(int i) const
{
    return i >= 0 && i < int(mCells.size()) ? mCells[size_t(i)] : QStringView();
}

double CsvReader::bytePosition() const
{
    if (mEnd == 0) return mBufferStartByte;
    return mBufferStartByte + (double(mBufferEndByte) - mBufferStartByte) * double(mPos) / double(mEnd);
}

double CsvReader::progress() const
{
    if (mInputDone && mPos == mEnd) return 1.0;
    if (mTotalBytes <= 0) return 0.0;
    return std::clamp(bytePosition() / double(mTotalBytes), 0.0, 1.0);
}

}  // namespace hv
