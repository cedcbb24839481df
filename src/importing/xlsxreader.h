#pragma once
// Streaming reader of one worksheet of an .xlsx workbook (Office Open XML), as Excel, LibreOffice and
// libxlsxwriter write them: shared and inline strings, numbers, dates (by cell style), booleans, the
// cached values of formulas, merged cells.
//
// The sheet's XML is inflated block by block and fed to QXmlStreamReader, so memory holds the shared
// strings and one row, whatever the number of rows. Every limit below is an input error naming the
// file, never an out-of-memory or a hang.

#include "importing/rowsource.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>
#include <vector>

namespace hv {

class ZipPackage;
class ZipPartStream;
namespace xlsx {
class SharedStrings;
}

class XlsxReader : public RowSource {
public:
    static constexpr qint64 kMaxSheetBytes = 2ll << 30;  // the sheet's XML, inflated
    static constexpr int kMaxRows = 1048576;              // Excel's own limits
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxMerges = 100000;

    // sheet: a sheet's name (case ignored), or its 1-based position; empty for the first.
    // Throws hv::Error(Kind::Input) naming the file when it is missing, not a workbook, damaged, has no
    // such sheet (the message lists them), or its shared strings or styles break a limit.
    // convertLegacy: false keeps text in TCVN3/VNI as it is (the officer declined the conversion).
    explicit XlsxReader(const QString& path, const QString& sheet = {}, bool convertLegacy = true);
    // The same over bytes in memory (tests, fuzzing); blockBytes: inflated bytes fed to the XML parser
    // at a time (0 for the default); tiny values put block boundaries everywhere, results never change.
    XlsxReader(const QByteArray& data, const QString& sourceName, const QString& sheet = {}, qsizetype blockBytes = 0);
    ~XlsxReader() override;

    QStringList sheetNames() const;
    QString sheetName() const;

    // Rows as the sheet holds them (rows Excel does not store, being empty, are not given). Dates come as
    // "yyyy-mm-dd", other numbers as their exact decimal text ("34012345678", never "3.4E+10"), booleans
    // as TRUE/FALSE, formulas as their last computed value.
    // Throws hv::Error(Kind::Input) naming the file (and row where known) on malformed XML, a DTD, a cell
    // over 1 M characters, a row or column beyond Excel's limits, a damaged or truncated archive.
    bool next() override;
    int rowNumber() const override { return mRowNumber; }
    int cellCount() const override { return int(spans().size()); }
    QStringView cell(int i) const override;
    QString sourceName() const override { return mName; }
    double progress() const override;
    void setHeaderMode(bool on) override { mHeaderMode = on; }
    // Text in TCVN3 or VNI is found by the shared strings as a whole (legacy::Votes) and converted
    // there and in inline strings; every text is NFC.
    QString convertedFrom() const override;
    std::vector<std::pair<QString, QString>> conversions() const override { return mConversions; }
    bool date1904() const override { return mDate1904; }
    static constexpr int kMaxConversionSamples = 50;

private:
    struct Span {
        qsizetype start = 0;
        qsizetype len = 0;
    };
    struct Merge {
        int r1, c1, r2, c2;
        QString text;  // the top-left cell's, once read
    };

    void init(const QString& sheet, qsizetype blockBytes);
    void scanMerges();
    QXmlStreamReader::TokenType pull();
    void readCell();
    void storeCell(int column, const QString& raw, QStringView type, int style);
    void applyMerges();
    [[noreturn]] void fail(const QString& why) const;

    QString mName;
    std::unique_ptr<ZipPackage> mZip;
    QStringList mSheetNames;
    int mSheetIndex = 0;
    QString mSheetPart;
    std::unique_ptr<xlsx::SharedStrings> mStrings;
    std::vector<bool> mDateStyles;
    bool mDate1904 = false;
    int mLegacy = 0;  // legacy::Encoding of the text
    bool mConvertLegacy = true;
    std::vector<std::pair<QString, QString>> mConversions;
    void convertLegacyText();
    QString normalizeText(QStringView text, bool recordSample);

    std::unique_ptr<ZipPartStream> mStream;
    QXmlStreamReader mXml;
    QByteArray mBlock;
    bool mDone = false;

    std::vector<Merge> mMerges;  // by first row
    size_t mNextMerge = 0;
    std::vector<size_t> mActiveMerges;
    bool mHeaderMode = false;

    int mRowNumber = 0;
    int mRowsSeen = 0;
    QString mRowText;  // the cells of the current row, back to back
    std::vector<Span> mSpans;        // the cells as stored, then merged columns filled down
    std::vector<Span> mHeaderSpans;  // the same with every merged cell filled (header mode)
    const std::vector<Span>& spans() const { return mHeaderMode ? mHeaderSpans : mSpans; }
    QString mCellRaw;  // text of the <v> or <t> being read
};

}  // namespace hv
