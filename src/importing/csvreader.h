#pragma once
// Streaming CSV reader for member lists as offices really save them: Excel "CSV UTF-8" (with BOM),
// plain UTF-8, "Unicode text" (UTF-16 with BOM), comma, semicolon (Vietnamese-locale Excel) or tab.
//
// Built for a million-row file: input is read and decoded in large blocks into one UTF-16 buffer and
// cells are views into it, so no QString is made per cell. Only a quoted cell that needs unquoting is
// copied, into a per-row scratch buffer. Memory stays bounded by the cell and row limits below, whatever
// the input.

#include "importing/rowsource.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <memory>
#include <string>
#include <vector>

class QIODevice;

namespace hv {

class CsvReader : public RowSource {
public:
    enum class Encoding { Utf8, Utf8Bom, Utf16LE, Utf16BE };

    // Guards against runaway input (a missing closing quote swallowing the file, a binary file, a
    // hostile file): going past one is an input error, never an out-of-memory.
    static constexpr qsizetype kMaxCellChars = 1 << 20;  // ~1 MB of text in one cell
    static constexpr int kMaxCells = 10000;              // cells in one row
    static constexpr qsizetype kMaxRowChars = 8 << 20;   // all cells of one row together

    // Opens the file and reads its first block to detect encoding and delimiter.
    // Throws hv::Error(Kind::Input) when the file is missing or unreadable, or is not CSV text (XLSX or
    // XLS, a NUL character or mostly invalid UTF-8 in the first 64 K characters); the message names
    // the file.
    explicit CsvReader(const QString& path);
    // The same over bytes in memory (tests, fuzzing, data already loaded). sourceName is for messages.
    // blockBytes: bytes per read, 0 for the default; tests and fuzzing make it tiny so that every
    // character, quote and line break falls on a block boundary somewhere. Results never depend on it.
    CsvReader(const QByteArray& data, const QString& sourceName, qsizetype blockBytes = 0);
    // The same over a device; opened for reading here if it is not open yet.
    CsvReader(std::unique_ptr<QIODevice> device, const QString& sourceName, qsizetype blockBytes = 0);
    ~CsvReader() override;

    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Throws hv::Error(Kind::Input) naming the file and row for: an unterminated quote at the end of
    // the file, a NUL character, a cell over kMaxCellChars, a row over kMaxCells cells or kMaxRowChars;
    // and naming the file when, at its end, the whole file turns out to be mostly invalid UTF-8.
    // After a throw the reader is finished: next() returns false.
    // A blank line is a row with no cells (so row numbers match the editor's lines).
    bool next() override;
    int rowNumber() const override { return mRowNumber; }
    int cellCount() const override { return int(mCells.size()); }
    QStringView cell(int i) const override;
    QString sourceName() const override { return mName; }
    double progress() const override;

    Encoding encoding() const { return mEncoding; }
    // ',', ';' or '\t'. An Excel "sep=X" first line is honoured (and not returned as a row).
    QChar delimiter() const { return QChar(mDelim); }

private:
    enum class Parse { Row, NeedMore };
    struct ScratchCell {
        int cell;
        qsizetype start;
        qsizetype len;
    };

    void init(qsizetype blockBytes);
    void checkEncoding(qsizetype bad, qsizetype nonAscii);
    void refill();
    void decodeRaw();
    void detectDelimiter();
    Parse parseRecord();
    double bytePosition() const;
    [[noreturn]] void lengthError(qsizetype cellChars);
    [[noreturn]] void fail(const QString& message);
    [[noreturn]] void failAtRow(int row, const QString& what);

    std::unique_ptr<QIODevice> mDevice;
    QString mName;
    Encoding mEncoding = Encoding::Utf8;
    QStringDecoder mDecoder;  // UTF-16 input only; UTF-8 has its own fast path
    char16_t mDelim = u',';

    QByteArray mRaw;                    // one block of undecoded input
    qsizetype mChunk = 0;               // bytes per read
    qsizetype mRawCarry = 0;            // bytes in mRaw not decoded yet
    bool mRawEof = false;               // the device has nothing more
    std::unique_ptr<char16_t[]> mText;  // decoded text; mText[mEnd] is a NUL sentinel
    qsizetype mCap = 0;                 // usable chars in mText (padding follows)
    qsizetype mPos = 0;                 // start of the next record
    qsizetype mEnd = 0;
    bool mInputDone = false;  // device exhausted and everything decoded
    bool mFailed = false;

    qsizetype mBadChars = 0;  // U+FFFD from broken input, over the whole input so far
    qsizetype mNonAsciiChars = 0;
    qint64 mTotalBytes = 0;
    qint64 mBytesRead = 0;
    // Progress: the text in the buffer came from the bytes between these two; positions inside it are
    // interpolated, which keeps progress() monotonic across refills.
    double mBufferStartByte = 0;
    qint64 mBufferEndByte = 0;

    int mLine = 1;       // line on which the next record starts
    int mRowNumber = 0;  // line on which the current record starts
    std::vector<QStringView> mCells;
    std::u16string mScratch;  // unquoted text of cells with doubled quotes
    std::vector<ScratchCell> mScratchCells;
};

}  // namespace hv
