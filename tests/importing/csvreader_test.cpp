#include "importing/csvreader.h"

#include "core/error.h"
#include "importing/csvtext.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <QIODevice>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <cstring>
#include <memory>
#include <random>

using hv::CsvReader;

namespace {

struct Row {
    int number;
    QStringList cells;
};

std::vector<Row> readAll(CsvReader& r)
{
    std::vector<Row> rows;
    while (r.next()) {
        Row row{r.rowNumber(), {}};
        for (int i = 0; i < r.cellCount(); ++i) row.cells << r.cell(i).toString();
        rows.push_back(row);
    }
    return rows;
}

class CsvReaderTest : public ::testing::Test {
protected:
    std::unique_ptr<CsvReader> open(const QByteArray& bytes,
                                    const QString& name = QStringLiteral("members.csv"))
    {
        return std::make_unique<CsvReader>(hvtest::writeFile(mDir.path(name), bytes));
    }
    // The message of the hv::Error(Kind::Input) that f throws; fails the test if it throws nothing.
    template <typename F>
    QString inputError(F&& f)
    {
        try {
            f();
        } catch (const hv::Error& e) {
            EXPECT_EQ(e.kind(), hv::Error::Kind::Input);
            return e.message();
        }
        ADD_FAILURE() << "no hv::Error thrown";
        return {};
    }
    hvtest::TempDir mDir;
};

const QByteArray kMembers = QStringLiteral(
                                "Họ và tên,Ngày sinh,Dân tộc\n"
                                "Nguyễn Thị Hằng,01/02/1980,Kinh\n"
                                "Hà Thị Mỷ,1975,Mường\n")
                                .toUtf8();

}  // namespace

TEST_F(CsvReaderTest, Utf8WithBomHasNoBomInFirstCell)
{
    auto r = open("\xEF\xBB\xBF" + kMembers);
    EXPECT_EQ(r->encoding(), CsvReader::Encoding::Utf8Bom);
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].cells.front(), QStringLiteral("Họ và tên"));
    EXPECT_EQ(rows[2].cells, QStringList({"Hà Thị Mỷ", "1975", "Mường"}));
}

TEST_F(CsvReaderTest, Utf8WithoutBom)
{
    auto r = open(kMembers);
    EXPECT_EQ(r->encoding(), CsvReader::Encoding::Utf8);
    EXPECT_EQ(r->delimiter(), QLatin1Char(','));
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].cells, QStringList({"Nguyễn Thị Hằng", "01/02/1980", "Kinh"}));
    EXPECT_EQ(rows[1].number, 2);
}

TEST_F(CsvReaderTest, Utf16LittleAndBigEndianWithBom)
{
    const QString text = QString::fromUtf8(kMembers);
    for (auto enc : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(enc, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(text);
        auto r = open(bytes);
        EXPECT_EQ(r->encoding(), enc == QStringConverter::Utf16LE ? CsvReader::Encoding::Utf16LE
                                                                  : CsvReader::Encoding::Utf16BE);
        const auto rows = readAll(*r);
        ASSERT_EQ(rows.size(), 3u);
        EXPECT_EQ(rows[0].cells.front(), QStringLiteral("Họ và tên"));
        EXPECT_EQ(rows[2].cells.back(), QStringLiteral("Mường"));
    }
}

TEST_F(CsvReaderTest, SemicolonWithCommasInCells)
{
    auto r = open(QStringLiteral("Họ và tên;Địa chỉ;Ghi chú\n"
                                 "Lê Thị Lan;Thôn 3, xã Xuân Lai;a, b\n"
                                 "Trần Thị Mai;Thôn 4;\n")
                      .toUtf8());
    EXPECT_EQ(r->delimiter(), QLatin1Char(';'));
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1].cells, QStringList({"Lê Thị Lan", "Thôn 3, xã Xuân Lai", "a, b"}));
    EXPECT_EQ(rows[2].cells, QStringList({"Trần Thị Mai", "Thôn 4", ""}));
}

TEST_F(CsvReaderTest, TabWithTitleRowsAndCommas)
{
    auto r = open(QStringLiteral("DANH SÁCH HỘI VIÊN\n"
                                 "Đơn vị: Xã Xuân Lai, huyện Thọ Xuân\n"
                                 "STT\tHọ và tên\tĐịa chỉ\n"
                                 "1\tLê Thị Lan\tThôn 3, xã Xuân Lai\n"
                                 "2\tĐỗ Thị Nga\tThôn 1, xã Xuân Lai\n")
                      .toUtf8());
    EXPECT_EQ(r->delimiter(), QLatin1Char('\t'));
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 5u);
    EXPECT_EQ(rows[1].cells, QStringList({"Đơn vị: Xã Xuân Lai, huyện Thọ Xuân"}));
    EXPECT_EQ(rows[3].cells, QStringList({"1", "Lê Thị Lan", "Thôn 3, xã Xuân Lai"}));
}

TEST_F(CsvReaderTest, ExcelSepLineSetsDelimiterAndIsNotARow)
{
    auto r = open("sep=;\r\nname;phone\r\nLan;0912,345\r\n");
    EXPECT_EQ(r->delimiter(), QLatin1Char(';'));
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].number, 2);
    EXPECT_EQ(rows[1].cells, QStringList({"Lan", "0912,345"}));
}

TEST_F(CsvReaderTest, QuotedNewlinesAndDoubledQuotes)
{
    auto r = open(
        "name,note,x\n"
        "\"Lan\",\"line one\nline two\",\"say \"\"hi\"\"\"\n"
        "\"a,b\",\"\",\"\"\"\"\n"
        "last,\"multi\r\n\r\nlines\",z\n");
    const auto rows = readAll(*r);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[1].number, 2);
    EXPECT_EQ(rows[1].cells, QStringList({"Lan", "line one\nline two", "say \"hi\""}));
    EXPECT_EQ(rows[2].number, 4);  // the record above spans lines 2 and 3
    EXPECT_EQ(rows[2].cells, QStringList({"a,b", "", "\""}));
    EXPECT_EQ(rows[3].number, 5);
    EXPECT_EQ(rows[3].cells, QStringList({"last", "multi\r\n\r\nlines", "z"}));
}

TEST_F(CsvReaderTest, CrLfAndCrOnlyLineEnds)
{
    for (const char* eol : {"\r\n", "\r", "\n"}) {
        const QByteArray e(eol);
        auto r = open("a,b" + e + "c,d" + e + e + "e,f");
        const auto rows = readAll(*r);
        ASSERT_EQ(rows.size(), 4u) << eol;
        EXPECT_EQ(rows[1].cells, QStringList({"c", "d"}));
        EXPECT_EQ(rows[2].cells.size(), 0);
        EXPECT_EQ(rows[3].number, 4);
        EXPECT_EQ(rows[3].cells, QStringList({"e", "f"}));
    }
}

TEST_F(CsvReaderTest, CellsAreTrimmedAndPastTheEndIsEmpty)
{
    auto r = open(
        "  a  , \"  b \" ,\xC2\xA0"
        "c\xC2\xA0,\n");
    ASSERT_TRUE(r->next());
    EXPECT_EQ(r->cellCount(), 4);
    EXPECT_EQ(r->cell(0), u"a");
    EXPECT_EQ(r->cell(1), u"b");
    EXPECT_EQ(r->cell(2), u"c");
    EXPECT_TRUE(r->cell(3).isEmpty());
    EXPECT_TRUE(r->cell(99).isEmpty());
    EXPECT_TRUE(r->cell(-1).isEmpty());
    EXPECT_FALSE(r->next());
}

TEST_F(CsvReaderTest, TextAfterClosingQuoteIsKept)
{
    auto r = open("\"Thôn\" 3,\"x\"\"y\" z\n");
    ASSERT_TRUE(r->next());
    EXPECT_EQ(r->cell(0), QStringLiteral("Thôn 3"));
    EXPECT_EQ(r->cell(1), QStringLiteral("x\"y z"));
}

TEST_F(CsvReaderTest, UnterminatedQuoteIsRefusedWithItsRow)
{
    auto r = open("name,note\nLan,ok\nMai,\"never closed\nmore text\n");
    const QString msg = inputError([&] { readAll(*r); });
    EXPECT_TRUE(msg.contains(QStringLiteral("members.csv"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("3"))) << msg.toStdString();
    EXPECT_FALSE(r->next());  // finished after the error
}

TEST_F(CsvReaderTest, MissingFileIsAnInputError)
{
    const QString path = mDir.path(QStringLiteral("absent.csv"));
    const QString msg = inputError([&] { CsvReader r(path); });
    EXPECT_TRUE(msg.contains(path));
}

TEST_F(CsvReaderTest, BinaryGarbageIsRefusedNamingTheFile)
{
    QByteArray nul("name,phone\nLan,09");
    nul.append('\0');
    nul.append("12\n");
    EXPECT_TRUE(
        inputError([&] { open(nul, QStringLiteral("nul.csv")); }).contains(QStringLiteral("nul.csv")));

    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245u + 12345u;
        random.append(char(0x80 | (x >> 24)));  // high bytes only: no NUL, almost never valid UTF-8
    }
    EXPECT_TRUE(inputError([&] {
                    open(random, QStringLiteral("random.csv"));
                }).contains(QStringLiteral("random.csv")));

    // Windows-1258 text ("Họ và tên" as a Vietnamese Windows saves it) is not UTF-8.
    const QString legacy =
        inputError([&] { open("H\xD2 v\xE0 t\xEAn,Ng\xE0y sinh\nL\xEA Th\xEF,1980\n", "cp1258.csv"); });
    EXPECT_TRUE(legacy.contains(QStringLiteral("cp1258.csv")));
    EXPECT_TRUE(legacy.contains(QStringLiteral("UTF-8")));

    EXPECT_TRUE(inputError([&] {
                    open(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), "book.csv");
                }).contains(QStringLiteral("xlsx")));
}

TEST_F(CsvReaderTest, AFewBrokenBytesInUtf8AreKept)
{
    QByteArray bytes;
    for (int i = 0; i < 50; ++i) bytes += kMembers;
    bytes.insert(40, "\xFF");
    auto r = open(bytes);
    const auto rows = readAll(*r);
    EXPECT_EQ(rows.size(), 150u);
    EXPECT_TRUE(rows[1].cells.join(',').contains(QChar(QChar::ReplacementCharacter)));
}

TEST_F(CsvReaderTest, HugeCellIsRefused)
{
    const QByteArray big(2 * 1024 * 1024, 'x');
    QString msg = inputError([&] { readAll(*open("name,note\nLan," + big + "\n")); });
    EXPECT_TRUE(msg.contains(QStringLiteral("1 MB"))) << msg.toStdString();
    EXPECT_TRUE(msg.contains(QStringLiteral("row 2"))) << msg.toStdString();

    // The same inside an open quote: refused as too long, long before the end of the file.
    msg = inputError([&] { readAll(*open("name,note\nLan,\"" + big + big + "\n")); });
    EXPECT_TRUE(msg.contains(QStringLiteral("1 MB"))) << msg.toStdString();
}

TEST_F(CsvReaderTest, TooManyCellsIsRefused)
{
    const QByteArray wide = QByteArray(CsvReader::kMaxCells + 5, ',') + "\n";
    const QString msg = inputError([&] { readAll(*open("a,b\n" + wide)); });
    EXPECT_TRUE(msg.contains(QString::number(CsvReader::kMaxCells))) << msg.toStdString();

    auto ok = open("a,b\n" + QByteArray(CsvReader::kMaxCells - 1, ',') + "\n");
    ASSERT_TRUE(ok->next());
    ASSERT_TRUE(ok->next());
    EXPECT_EQ(ok->cellCount(), CsvReader::kMaxCells);
}

// Enough rows to cross many read blocks: multi-byte characters, quoted line breaks and CRLF land on
// every possible block boundary, and each must come out whole.
TEST_F(CsvReaderTest, LargeFileAcrossBlocksKeepsEveryCharacterAndLine)
{
    for (bool utf16 : {false, true}) {
        QString text = QStringLiteral("STT;Họ và tên;Ghi chú\r\n");
        const int n = 60000;
        for (int i = 1; i <= n; ++i)
            text += QStringLiteral("%1;Nguyễn Thị Hằng 𝔸 %1;\"dòng một\r\ndòng \"\"hai\"\"\"\r\n").arg(i);
        QByteArray bytes =
            utf16 ? QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom).encode(text)
                  : text.toUtf8();
        auto r = open(bytes);
        ASSERT_TRUE(r->next());
        double lastProgress = r->progress();
        int count = 0;
        while (r->next()) {
            ++count;
            ASSERT_EQ(r->rowNumber(), 2 * count) << count;
            ASSERT_EQ(r->cell(0), QString::number(count));
            ASSERT_EQ(r->cell(1), QStringLiteral("Nguyễn Thị Hằng 𝔸 %1").arg(count));
            ASSERT_EQ(r->cell(2), QStringLiteral("dòng một\r\ndòng \"hai\""));
            ASSERT_GE(r->progress(), lastProgress);
            lastProgress = r->progress();
        }
        EXPECT_EQ(count, n);
        EXPECT_DOUBLE_EQ(r->progress(), 1.0);
    }
}

TEST_F(CsvReaderTest, ProgressMovesFromStartToEnd)
{
    QByteArray bytes;
    for (int i = 0; i < 40000; ++i) bytes += kMembers;
    auto r = open(bytes);
    ASSERT_TRUE(r->next());
    EXPECT_LT(r->progress(), 0.1);
    for (int i = 0; i < 60000; ++i) ASSERT_TRUE(r->next());
    EXPECT_GT(r->progress(), 0.3);
    EXPECT_LT(r->progress(), 0.7);
    while (r->next()) {
    }
    EXPECT_DOUBLE_EQ(r->progress(), 1.0);
}

TEST_F(CsvReaderTest, InMemoryReaderMatchesFileReader)
{
    CsvReader mem(kMembers, QStringLiteral("paste"));
    auto file = open(kMembers);
    const auto a = readAll(mem), b = readAll(*file);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].cells, b[i].cells);
    EXPECT_EQ(mem.sourceName(), QStringLiteral("paste"));
}

namespace {
// A pipe-like device of unknown size that hands out its data a few bytes at a time, so that reads end
// inside multi-byte characters, quoted cells and CRLF pairs.
class TrickleDevice : public QIODevice {
public:
    explicit TrickleDevice(QByteArray data) : mData(std::move(data)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>({max, 7, mData.size() - mPos});
        std::memcpy(out, mData.constData() + mPos, size_t(n));
        mPos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray mData;
    qint64 mPos = 0;
};
}  // namespace

TEST_F(CsvReaderTest, ShortReadsFromASequentialDevice)
{
    QByteArray bytes = "\xEF\xBB\xBF" + kMembers;
    for (int i = 0; i < 3000; ++i)
        bytes += QStringLiteral("Đỗ Thị Ngọc %1,\"Thôn 1\r\nxã Thọ Hải\",𝔸ư\r\n").arg(i).toUtf8();
    CsvReader r(std::make_unique<TrickleDevice>(bytes), QStringLiteral("pipe"));
    EXPECT_EQ(r.encoding(), CsvReader::Encoding::Utf8Bom);
    const auto rows = readAll(r);
    ASSERT_EQ(rows.size(), 3003u);
    EXPECT_EQ(rows[2].cells, QStringList({"Hà Thị Mỷ", "1975", "Mường"}));
    for (int i = 0; i < 3000; ++i) {
        const Row& row = rows[size_t(3 + i)];
        ASSERT_EQ(row.number, 4 + 2 * i);
        ASSERT_EQ(row.cells, QStringList({QStringLiteral("Đỗ Thị Ngọc %1").arg(i),
                                          QStringLiteral("Thôn 1\r\nxã Thọ Hải"), QStringLiteral("𝔸ư")}));
    }
}

// Tiny reads put a block boundary inside every character, quote pair and CRLF: the rows must be the
// same as with one read of the whole input.
TEST_F(CsvReaderTest, BlockSizeNeverChangesTheRows)
{
    QByteArray utf16 =
        QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom)
            .encode(QStringLiteral("Họ tên\tGhi chú\r\n\"Lê\r\nThị\"\t𝔸\"\"x\r\n").repeated(3));
    utf16.append('\x41');  // an odd last byte: one broken character
    const std::vector<QByteArray> inputs = {
        "\xEF\xBB\xBF" + kMembers,
        QStringLiteral("sep=;\r\nHọ tên;\"Ghi \"\"chú\"\"\r\n\r\nmột\"\r\n;;\rĐỗ Thị 𝔸;  \"x\" y \r\n")
            .toUtf8(),
        utf16,
        QByteArray("a,b\r\nc,\xE1\xBB\x87\xFF\xE1\xBB\r\n\xC3\xA0,\"unterminated\r\n"),
    };
    auto readWith = [](const QByteArray& bytes, qsizetype block) {
        std::vector<Row> rows;
        QString error;
        try {
            CsvReader r(bytes, QStringLiteral("blocks.csv"), block);
            rows = readAll(r);
        } catch (const hv::Error& e) {
            error = e.message();
        }
        return std::make_pair(rows, error);
    };
    for (const QByteArray& input : inputs) {
        const auto [rows, error] = readWith(input, 0);
        EXPECT_FALSE(rows.empty() && error.isEmpty());
        for (qsizetype block = 4; block <= 13; ++block) {
            const auto [tinyRows, tinyError] = readWith(input, block);
            EXPECT_EQ(tinyError, error) << block;
            ASSERT_EQ(tinyRows.size(), rows.size()) << block;
            for (size_t i = 0; i < rows.size(); ++i) {
                EXPECT_EQ(tinyRows[i].number, rows[i].number) << block;
                EXPECT_EQ(tinyRows[i].cells, rows[i].cells) << block;
            }
        }
    }
    const auto [tail, tailError] = readWith(utf16, 5);
    ASSERT_TRUE(tailError.isEmpty()) << tailError.toStdString();
    ASSERT_EQ(tail.size(), 7u);  // three times a header line and a two-line record, then the odd byte
    EXPECT_EQ(tail.back().cells, QStringList(QChar(QChar::ReplacementCharacter)));
}

TEST_F(CsvReaderTest, EmptyFileHasNoRows)
{
    auto r = open("");
    EXPECT_FALSE(r->next());
    auto bom = open("\xEF\xBB\xBF");
    EXPECT_FALSE(bom->next());
}

// The reader's own UTF-8 decoder must give exactly what Qt gives, on valid text and on every kind of
// broken sequence, and on both sides of its 16-byte fast path.
TEST(CsvTextTest, DecodesUtf8ExactlyAsQtDoes)
{
    const std::vector<QByteArray> atoms = {"a",
                                           "Z",
                                           " ",
                                           "0",
                                           "\xE1\xBB\x87" /* ệ */,
                                           "\xC4\x90" /* Đ */,
                                           "\xF0\x9D\x94\xB8",
                                           "\xEF\xBB\xBF",
                                           "\xC0\x80",
                                           "\xC1\xBF",
                                           "\xE0\x80\x80",
                                           "\xE0\x9F\xBF",
                                           "\xED\xA0\x80",
                                           "\xED\x9F\xBF",
                                           "\xF4\x8F\xBF\xBF",
                                           "\xF4\x90\x80\x80",
                                           "\xF5\x80\x80\x80",
                                           "\xF0\x8F\xBF\xBF",
                                           "\xEF\xBF\xBE",
                                           "\x80",
                                           "\xBF",
                                           "\xC2",
                                           "\xE1\x80",
                                           "\xF0\x9F\x98",
                                           "\xFF",
                                           "\xFE",
                                           "abcdefghijklmnopq"};
    std::mt19937 rng(2024);
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes;
        const int parts = int(rng() % 40);
        for (int i = 0; i < parts; ++i)
            bytes += rng() % 5 == 0 ? QByteArray(1, char(rng())) : atoms[rng() % atoms.size()];
        std::vector<char16_t> out(size_t(bytes.size()) + 1);
        qsizetype invalid = 0, nonAscii = 0;
        const char16_t* end = hv::csvtext::decodeUtf8(reinterpret_cast<const uchar*>(bytes.constData()),
                                                      bytes.size(), out.data(), invalid, nonAscii);
        // As QString::fromUtf8, except that a leading BOM is text here: the reader skips it itself.
        QStringDecoder qt(QStringDecoder::Utf8,
                          QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString expected = qt.decode(bytes);
        ASSERT_EQ(QStringView(out.data(), end - out.data()), expected) << bytes.toHex().toStdString();
        ASSERT_LE(invalid, expected.count(QChar::ReplacementCharacter));
        ASSERT_LE(invalid, nonAscii);
    }
}

TEST(CsvTextTest, CutsBlocksBetweenCharacters)
{
    const QByteArray text = QStringLiteral("aệ𝔸").toUtf8();  // 1 + 3 + 4 bytes
    const auto* b = reinterpret_cast<const uchar*>(text.constData());
    const std::vector<qsizetype> expected = {0, 1, 1, 1, 4, 4, 4, 4, 8};
    for (qsizetype n = 0; n <= text.size(); ++n)
        EXPECT_EQ(hv::csvtext::utf8Cut(b, n), expected[size_t(n)]) << n;

    const uchar le[] = {'a', 0, 0x35, 0xD8, 0x38, 0xDD};  // "a𝔸" in UTF-16LE
    EXPECT_EQ(hv::csvtext::utf16Cut(le, 6, true), 6);
    EXPECT_EQ(hv::csvtext::utf16Cut(le, 5, true), 2);
    EXPECT_EQ(hv::csvtext::utf16Cut(le, 4, true), 2);
    EXPECT_EQ(hv::csvtext::utf16Cut(le, 3, true), 2);
}
