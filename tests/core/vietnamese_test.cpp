#include "core/vietnamese.h"
#include "core/namewords.h"

#include <gtest/gtest.h>

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace hv::vn;
using namespace Qt::StringLiterals;

namespace {

QCollator vietnameseCollator() { return QCollator(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); }

QString nfd(const QString& s) { return s.normalized(QString::NormalizationForm_D); }

// The first column of a reference list, without its header.
QStringList firstColumn(const QString& file)
{
    QFile f(QStringLiteral(HOIVIEN_SOURCE_DIR "/resources/data/") + file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QStringList values;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) values << lines[i].section(u',', 0, 0).trimmed();
    return values;
}

bool keyLess(const QString& a, const QString& b) { return collationKey(a) < collationKey(b); }

// Sorts by the key and by ICU and expects the same sequence, with no two texts sharing a key.
void expectSameOrderAsCollator(QStringList texts)
{
    QSet<QString> seen;
    QStringList unique;
    for (const QString& t : texts) {
        if (!seen.contains(t.toLower())) {
            seen.insert(t.toLower());
            unique << t;
        }
    }
    QStringList byKey = unique;
    std::sort(byKey.begin(), byKey.end(), keyLess);
    QStringList byIcu = unique;
    const QCollator collator = vietnameseCollator();
    std::sort(byIcu.begin(), byIcu.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    for (qsizetype i = 0; i < byKey.size(); ++i) {
        ASSERT_EQ(byKey[i], byIcu[i]) << "at " << i << " of " << byKey.size();
        if (i > 0) {
            EXPECT_LT(collationKey(byKey[i - 1]), collationKey(byKey[i])) << byKey[i].toStdString();
        }
    }
}

}  // namespace

TEST(Vietnamese, FoldComposed)
{
    EXPECT_EQ(fold(u"Nguyễn Thị Hằng"), u"nguyen thi hang");
    EXPECT_EQ(fold(u"ăắằẳẵặâấầẩẫậ ơớờởỡợ ưứừửữự"), u"aaaaaaaaaaaa oooooo uuuuuu");
    EXPECT_EQ(fold(u"Lê Phạm Quỳnh Hương"), u"le pham quynh huong");
}

TEST(Vietnamese, FoldDecomposed)
{
    const QString decomposed = nfd(QStringLiteral("Nguyễn Thị Hằng Ộ"));
    ASSERT_NE(decomposed, QStringLiteral("Nguyễn Thị Hằng Ộ"));
    EXPECT_EQ(fold(decomposed), u"nguyen thi hang o");
}

TEST(Vietnamese, FoldEveryPrecomposedVietnameseLetter)
{
    for (char16_t c = 0x1EA0; c <= 0x1EF9; ++c) {
        const QString letter(QChar{c});
        const QString folded = fold(letter);
        ASSERT_EQ(folded.size(), 1) << int(c);
        EXPECT_TRUE(QStringLiteral("aeiouy").contains(folded)) << int(c);
        EXPECT_EQ(fold(nfd(letter)), folded) << int(c);
    }
}

TEST(Vietnamese, FoldD)
{
    EXPECT_EQ(fold(u"Đặng Đình đức"), u"dang dinh duc");
    EXPECT_EQ(fold(u"Ðào"), u"dao");  // eth, as written by legacy converters
    EXPECT_EQ(fold(nfd(QStringLiteral("ĐẶNG"))), u"dang");
}

TEST(Vietnamese, FoldUpperCase)
{
    EXPECT_EQ(fold(u"NGUYỄN THỊ HẰNG"), u"nguyen thi hang");
    EXPECT_EQ(fold(u"ỨNG ÁNH"), u"ung anh");
    EXPECT_EQ(fold(u"Ωmega ÇÉ"), u"ωmega ce");
}

TEST(Vietnamese, FoldSpaces)
{
    EXPECT_EQ(fold(u"  Nguyễn Thị  HẰNG "), u"nguyen thi hang");
    EXPECT_EQ(fold(u"\tAn\u00A0\u00A0 Bình\n"), u"an binh");
    EXPECT_EQ(fold(u"   "), u"");
    EXPECT_EQ(fold(u""), u"");
}

TEST(Vietnamese, NormalizeName)
{
    EXPECT_EQ(normalizeName(u"NGUYỄN thị  hằng"), u"Nguyễn Thị Hằng");
    EXPECT_EQ(normalizeName(u"h'mông"), u"H'Mông");
    EXPECT_EQ(normalizeName(u"  lê   văn-an "), u"Lê Văn-An");
    EXPECT_EQ(normalizeName(u"ĐẶNG thị ánh"), u"Đặng Thị Ánh");
    const QString decomposed = nfd(QStringLiteral("trần thị ngọc ánh"));
    const QString normalized = normalizeName(decomposed);
    EXPECT_EQ(normalized, u"Trần Thị Ngọc Ánh");
    EXPECT_EQ(normalized.size(), 17);  // composed: one code unit per letter
    EXPECT_EQ(normalizeName(u" \t "), u"");
    // Icelandic eth typed for Đ becomes Đ.
    EXPECT_EQ(normalizeName(u"\u00D0ào thị hoa"), u"Đào Thị Hoa");
}

TEST(Vietnamese, SplitName)
{
    const NameParts three = splitName(u"nguyễn thị  hằng");
    EXPECT_EQ(three.surname, u"Nguyễn");
    EXPECT_EQ(three.middle, u"Thị");
    EXPECT_EQ(three.given, u"Hằng");

    const NameParts four = splitName(u"Tôn Nữ Thị Hà");
    EXPECT_EQ(four.surname, u"Tôn");
    EXPECT_EQ(four.middle, u"Nữ Thị");
    EXPECT_EQ(four.given, u"Hà");

    const NameParts two = splitName(u"Lê Hoa ");
    EXPECT_EQ(two.surname, u"Lê");
    EXPECT_TRUE(two.middle.isEmpty());
    EXPECT_EQ(two.given, u"Hoa");

    const NameParts one = splitName(u" h'hen ");
    EXPECT_TRUE(one.surname.isEmpty());
    EXPECT_TRUE(one.middle.isEmpty());
    EXPECT_EQ(one.given, u"H'Hen");

    const NameParts none = splitName(u"  ");
    EXPECT_TRUE(none.surname.isEmpty() && none.middle.isEmpty() && none.given.isEmpty());
}

TEST(Vietnamese, SortOfReferenceNamesMatchesCollator)
{
    const QStringList given = firstColumn(QStringLiteral("female_given_names.csv"));
    const QStringList combos = firstColumn(QStringLiteral("female_middle_given_combos.csv"));
    const QStringList surnames = firstColumn(QStringLiteral("surnames.csv"));
    ASSERT_GT(given.size(), 200);
    ASSERT_GT(combos.size(), 1000);
    ASSERT_GT(surnames.size(), 100);
    QStringList names = given + combos + surnames;
    // Full names too, so that spaces and tones meet across several words.
    for (qsizetype i = 0; i < combos.size(); ++i) names << surnames[i % surnames.size()] + u' ' + combos[i];
    expectSameOrderAsCollator(names);
}

TEST(Vietnamese, AlphabetAndPunctuationMatchCollator)
{
    const QString chars = QStringLiteral(
        " _-–—,;:!?.'‘’\"“”()[]{}@*/\\&#%`^+<=>|~$0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyzĐĂÂÐøł");
    QStringList texts;
    for (const QChar c : chars) texts << u'a' + QString(c) + u'x';
    expectSameOrderAsCollator(texts);
}

TEST(Vietnamese, TonesMatchCollator)
{
    QStringList texts;
    const QStringList vowels = {u"a"_s, u"ă"_s, u"â"_s, u"e"_s, u"ê"_s, u"i"_s,
                                u"o"_s, u"ô"_s, u"ơ"_s, u"u"_s, u"ư"_s, u"y"_s};
    const QStringList tones = {u""_s, u"\u0300"_s, u"\u0309"_s, u"\u0303"_s, u"\u0301"_s, u"\u0323"_s};
    for (const QString& vowel : vowels) {
        for (const QString& tone : tones) {
            const QString syllable =
                (QStringLiteral("b") + vowel + tone).normalized(QString::NormalizationForm_C);
            texts << syllable + u'n' << QStringLiteral("x") + syllable << syllable + u' ' + syllable;
        }
    }
    // Diacritics of foreign names are secondary differences as well.
    const QStringList foreign = {u"ç"_s, u"ü"_s, u"ö"_s, u"ñ"_s, u"é"_s,
                                 u"è"_s, u"ê"_s, u"ǎ"_s, u"å"_s, u"ő"_s};
    for (const QString& s : foreign) texts << s + u'z' << QStringLiteral("z") + s;
    expectSameOrderAsCollator(texts);
}

TEST(Vietnamese, HandWrittenOrder)
{
    EXPECT_TRUE(keyLess(u"An"_s, u"Anh"_s));
    EXPECT_TRUE(keyLess(u"An"_s, u"An Bình"_s));
    EXPECT_TRUE(keyLess(u"An Bình"_s, u"Anh"_s));
    EXPECT_TRUE(keyLess(u"Anh"_s, u"Ánh"_s));  // ngang before sắc
    EXPECT_TRUE(keyLess(u"Ảnh"_s, u"Ánh"_s));  // hỏi before sắc
    EXPECT_TRUE(keyLess(u"Ánh"_s, u"Ạnh"_s));  // sắc before nặng
    EXPECT_TRUE(keyLess(u"Ánh"_s, u"Ăn"_s));   // letters first: a < ă whatever the tone
    EXPECT_TRUE(keyLess(u"Dung"_s, u"Đào"_s));
    EXPECT_TRUE(keyLess(u"Dương"_s, u"Đào"_s));
    EXPECT_TRUE(keyLess(u"Ông"_s, u"Ơn"_s));
    EXPECT_TRUE(keyLess(u"Ơn"_s, u"Phúc"_s));
    EXPECT_TRUE(keyLess(u"Uyên"_s, u"Ưng"_s));
    EXPECT_TRUE(keyLess(u"Hạ An"_s, u"Hà Anh"_s));  // all letters before any tone
    EXPECT_EQ(collationKey(u"NGUYỄN thị"), collationKey(u"nguyễn Thị"));
    EXPECT_EQ(collationKey(u" An  Bình "), collationKey(u"An Bình"));
    EXPECT_EQ(collationKey(nfd(QStringLiteral("Nguyễn Thị Hằng"))), collationKey(u"Nguyễn Thị Hằng"));
    EXPECT_NE(collationKey(u"Hằng"), collationKey(u"Hăng"));
}

TEST(Vietnamese, NameSortKeyOrdersByGivenNameFirst)
{
    QStringList names = {u"Nguyễn Thị Bình"_s, u"Trần An"_s,        u"Lê Thị Ánh"_s, u"Lê Thị Anh"_s,
                         u"Phạm Đào"_s,        u"Nguyễn Thị Anh"_s, u"Vũ Dung"_s,    u"Anh"_s,
                         u"Bùi Thị Ơn"_s,      u"Đỗ Thị Ông"_s};
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return nameSortKey(a) < nameSortKey(b); });
    const QStringList expected = {
        u"Trần An"_s,         u"Anh"_s,     u"Lê Thị Anh"_s, u"Nguyễn Thị Anh"_s, u"Lê Thị Ánh"_s,
        u"Nguyễn Thị Bình"_s, u"Vũ Dung"_s, u"Phạm Đào"_s,   u"Đỗ Thị Ông"_s,     u"Bùi Thị Ơn"_s};
    EXPECT_EQ(names, expected);
    EXPECT_EQ(nameSortKey(u"nguyễn  thị anh"), nameSortKey(u"Nguyễn Thị Anh"));
    EXPECT_TRUE(nameSortKey(u"").isEmpty());
}

TEST(Vietnamese, KeysAreShortAndHaveNoZeroByte)
{
    const QByteArray key = collationKey(u"Nguyễn Thị Hằng");
    EXPECT_LE(key.size(), 24);
    EXPECT_LE(nameSortKey(u"Nguyễn Thị Hằng").size(), 24);
    EXPECT_EQ(collationKey(u"Nguyen Thi Hang").size(), 15);  // no marks, no secondary part
    for (const QString& s :
         {u"Nguyễn Thị Hằng"_s, u"\u0001a\u00DF\u03A9 €ǖ x\u0301\u0308"_s, u"Ỵ ỹ Đ 9 ~"_s, u"😀 tên"_s}) {
        EXPECT_FALSE(collationKey(s).contains('\0')) << s.toStdString();
        EXPECT_FALSE(nameSortKey(s).contains('\0')) << s.toStdString();
    }
}

TEST(NameWords, SharesComeFromTheNameStatistics)
{
    using hv::vn::nameWordShare;
    EXPECT_GT(nameWordShare(QStringLiteral("nguyen")), 0.2);  // Nguyễn: about a third of surnames
    EXPECT_GT(nameWordShare(QStringLiteral("thi")), 0.1);
    EXPECT_GT(nameWordShare(QStringLiteral("oanh")), 0.0);
    EXPECT_LT(nameWordShare(QStringLiteral("oanh")), 0.02);
    EXPECT_EQ(nameWordShare(QStringLiteral("qwx")), 0.0);
    EXPECT_EQ(nameWordShare(QStringLiteral("Nguyễn")), 0.0) << "words are looked up folded";
}

TEST(NameWords, UncommonWordsAndTheirTrigrams)
{
    using namespace hv::vn;
    const QStringList words{QStringLiteral("tran"), QStringLiteral("thi"), QStringLiteral("kim"), QStringLiteral("oanh")};
    EXPECT_EQ(uncommonNameWords(words, 0.05), QStringList({QStringLiteral("kim"), QStringLiteral("oanh")}));
    EXPECT_EQ(uncommonNameWords(words, 0.01), QStringList({QStringLiteral("oanh")}));
    EXPECT_TRUE(uncommonNameWords({QStringLiteral("ha"), QStringLiteral("xyz")}, 0.05) == QStringList({QStringLiteral("xyz")}))
        << "words of under 3 letters are never index terms";
    EXPECT_EQ(trigramQuery(QStringLiteral("oanh")), QStringLiteral("\"oan\" AND \"anh\""));
    EXPECT_EQ(trigramQuery(QStringLiteral("a\"bc")), QStringLiteral("\"a\"\"b\" AND \"\"\"bc\""));
    EXPECT_EQ(trigramQuery(QStringLiteral("ha")), QString());
}
