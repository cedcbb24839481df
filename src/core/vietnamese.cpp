#include "core/vietnamese.h"

#include <QChar>
#include <QVarLengthArray>

#include <array>
#include <cstdint>
#include <string_view>

namespace hv::vn {

namespace {

// Key layout (see collationKey): primary bytes, then kLevelSeparator and the packed mark codes.
// nameSortKey joins two keys with kFieldSeparator. Both separators sort below every primary byte so a
// shorter text, or one with fewer marks, comes first; 0x00 is never used so keys survive C strings.
constexpr char kFieldSeparator = 0x01;
constexpr char kLevelSeparator = 0x02;
constexpr uint8_t kFirstPrimary = 0x03;
constexpr uint8_t kSecondaryBase = 0x02;  // the packed byte of two unmarked characters

// Primary order as measured against ICU's vi collation (QCollator, non-ignorable punctuation).
// \x01 and \x02 hold the places of the escapes for characters not listed: other punctuation and
// symbols sort before '$' and the digits, other letters and scripts after the Latin alphabet.
constexpr std::u16string_view kPrimaryOrder =
    u" _-\u2013\u2014,;:!?.'\u2018\u2019\"\u201C\u201D()[]{}@*/\\&#%`^+<=>|~\x01$0123456789"
    u"a\u0103\u00E2bcd\u0111e\u00EAfghijklmno\u00F4\u01A1pqrstu\u01B0vwxyz\x02";

constexpr uint8_t primaryOf(char16_t c)
{
    const size_t i = kPrimaryOrder.find(c);
    return i == std::u16string_view::npos ? 0 : uint8_t(kFirstPrimary + i);
}
constexpr uint8_t kSpace = primaryOf(u' ');
constexpr uint8_t kSymbolEscape = primaryOf(u'\x01');
constexpr uint8_t kLetterEscape = primaryOf(u'\x02');
static_assert(kLetterEscape < 0x80, "escaped code point bytes must stay distinguishable");

// Secondary codes, in ICU's order of the marks: the five tones in the Vietnamese dictionary order
// (huyền, hỏi, ngã, sắc, nặng) and then the marks that occur in foreign names. Two codes are packed in
// one key byte, so there are at most 15 of them.
constexpr uint8_t kMarkCodes = 15;
constexpr uint8_t kOtherMark = kMarkCodes - 1;
static_assert(kSecondaryBase + kOtherMark * kMarkCodes + kOtherMark <= 0xFF);

uint8_t markCode(char32_t mark)
{
    switch (mark) {
        case 0x0300:
        case 0x0340:
            return 1;  // grave: huyền
        case 0x0309:
            return 2;  // hook above: hỏi
        case 0x0303:
            return 3;  // tilde: ngã
        case 0x0301:
        case 0x0341:
            return 4;  // acute: sắc
        case 0x0323:
            return 5;  // dot below: nặng
        case 0x0306:
            return 6;  // breve
        case 0x0302:
            return 7;  // circumflex
        case 0x030C:
            return 8;  // caron
        case 0x030A:
            return 9;  // ring
        case 0x0308:
            return 10;  // diaeresis
        case 0x030B:
            return 11;  // double acute
        case 0x0307:
            return 12;  // dot above
        case 0x0327:
            return 13;  // cedilla
        default:
            return kOtherMark;
    }
}

constexpr char32_t kTableFirst = 0x00C0;
constexpr char32_t kTableLast = 0x1EF9;  // ỹ, the last precomposed Vietnamese letter

struct Letter {
    char16_t folded = 0;  // lower-case ASCII base letter; 0 when the character is not one
    uint8_t primary = 0;  // 0: not in the primary order, use the escape
    uint8_t mark = 0;     // secondary code of the tone or other diacritic
};

struct Tables {
    std::array<char16_t, 128> asciiFolded{};
    std::array<uint8_t, 128> asciiPrimary{};
    std::array<Letter, kTableLast - kTableFirst + 1> latin{};
};

// The Vietnamese letters that carry a modifier sort as letters of their own; the remaining mark is
// the tone. Everything else with a diacritic sorts as its base letter with a secondary difference.
Letter decomposedLetter(char32_t c)
{
    const QString nfd = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
    const char16_t base = nfd.at(0).toLower().unicode();
    if (nfd.size() < 2 || base > 0x7F || !QChar::isLetter(base)) return {};
    QString marks = nfd.mid(1);
    char16_t letter = base;
    const auto takeModifier = [&](char16_t forBase, char16_t modifier, char16_t result) {
        if (letter == base && base == forBase && marks.contains(QChar(modifier))) {
            marks.remove(QChar(modifier));
            letter = result;
        }
    };
    takeModifier(u'a', 0x0306, u'\u0103');
    takeModifier(u'a', 0x0302, u'\u00E2');
    takeModifier(u'e', 0x0302, u'\u00EA');
    takeModifier(u'o', 0x0302, u'\u00F4');
    takeModifier(u'o', 0x031B, u'\u01A1');
    takeModifier(u'u', 0x031B, u'\u01B0');
    const uint8_t mark = marks.isEmpty()     ? 0
                         : marks.size() == 1 ? markCode(marks.at(0).unicode())
                                             : kOtherMark;
    return {base, primaryOf(letter), mark};
}

Tables buildTables()
{
    Tables t;
    for (char16_t c = 0; c < 128; ++c) {
        t.asciiFolded[c] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        // Control characters stay 0: ICU ignores them.
        t.asciiPrimary[c] = (c < 0x20 || c == 0x7F) ? 0 : primaryOf(t.asciiFolded[c]);
    }
    for (char32_t c = kTableFirst; c <= kTableLast; ++c) t.latin[c - kTableFirst] = decomposedLetter(c);
    t.latin[0x0110 - kTableFirst] = {u'd', primaryOf(u'\u0111'), 0};  // Đ has no decomposition
    t.latin[0x0111 - kTableFirst] = {u'd', primaryOf(u'\u0111'), 0};
    // Letters with a stroke do not decompose, yet ICU sorts them as their base letter with a late
    // secondary weight. The eth matters most: legacy converters write it for Đ.
    for (const auto& [upper, lower, base] :
         {std::array<char16_t, 3>{0x00D0, 0x00F0, u'd'}, std::array<char16_t, 3>{0x00D8, 0x00F8, u'o'},
          std::array<char16_t, 3>{0x0141, 0x0142, u'l'}}) {
        t.latin[upper - kTableFirst] = {base, primaryOf(base), kOtherMark};
        t.latin[lower - kTableFirst] = {base, primaryOf(base), kOtherMark};
    }
    return t;
}

const Tables& tables()
{
    static const Tables t = buildTables();
    return t;
}

inline bool isSpace(char32_t c)
{
    return c == u' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x80 && QChar::isSpace(c));
}

inline bool isCombiningMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0370 && QChar::isMark(c));
}

inline const Letter* latinLetter(const Tables& t, char32_t c)
{
    return (c >= kTableFirst && c <= kTableLast) ? &t.latin[c - kTableFirst] : nullptr;
}

// Precomposed Vietnamese letters and everything below the combining marks are already NFC, so the
// costly normalisation runs only for the rare text that has anything else (decomposed input mostly).
bool needsComposition(QStringView text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0x0300 && (c < 0x1EA0 || c > kTableLast)) return true;
    }
    return false;
}

// Reads one code point, joining a surrogate pair.
inline char32_t nextCodePoint(QStringView text, qsizetype& i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[++i]);
    return c.unicode();
}

inline void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        const QChar pair[2] = {QChar(QChar::highSurrogate(c)), QChar(QChar::lowSurrogate(c))};
        out.append(pair, 2);
    } else
        out.append(QChar(char16_t(c)));
}

inline char16_t foldOther(char16_t c)
{
    // Outside the table only canonical decompositions keep the letter when the marks are dropped.
    char32_t base = c;
    while (QChar::decompositionTag(base) == QChar::Canonical) {
        const QString d = QChar::decomposition(base);
        if (d.isEmpty() || d.at(0).isSurrogate()) break;
        base = d.at(0).unicode();
    }
    const char32_t lower = QChar::toLower(base);
    return lower <= 0xFFFF ? char16_t(lower) : c;
}

}  // namespace

QString fold(QStringView text)
{
    const Tables& t = tables();
    QString out;
    out.resize(text.size());  // folding never makes text longer
    QChar* dst = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        char16_t f;
        if (c < 0x80) {
            if (c == u' ' || (c >= 0x09 && c <= 0x0D)) {
                pendingSpace = n > 0;
                continue;
            }
            f = t.asciiFolded[c];
        } else if (c >= 0x0300 && c <= 0x036F) {
            continue;  // decomposed input: the base letter is already written
        } else if (const Letter* l = latinLetter(t, c); l && l->folded) {
            f = l->folded;
        } else if (QChar::isSurrogate(c)) {
            const char32_t cp = QChar::toLower(nextCodePoint(text, i));
            if (QChar::isMark(cp)) continue;
            if (pendingSpace) {
                dst[n++] = u' ';
                pendingSpace = false;
            }
            if (QChar::requiresSurrogates(cp)) {
                dst[n++] = QChar::highSurrogate(cp);
                dst[n++] = QChar::lowSurrogate(cp);
            } else {
                dst[n++] = QChar(char16_t(cp));
            }
            continue;
        } else if (QChar::isSpace(c)) {
            pendingSpace = n > 0;
            continue;
        } else if (QChar::isMark(c)) {
            continue;
        } else {
            f = foldOther(c);
        }
        if (pendingSpace) {
            dst[n++] = u' ';
            pendingSpace = false;
        }
        dst[n++] = QChar(f);
    }
    out.truncate(n);
    return out;
}

QString normalizeName(QStringView fullName)
{
    QString composed;
    if (needsComposition(fullName)) {
        composed = fullName.toString().normalized(QString::NormalizationForm_C);
        fullName = composed;
    }
    QString out;
    out.reserve(fullName.size());
    bool wordStart = true;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < fullName.size(); ++i) {
        char32_t c = nextCodePoint(fullName, i);
        // Ð/ð (Icelandic eth) is a common typo for Đ/đ in Vietnamese lists: it looks the same.
        if (c == 0x00D0)
            c = 0x0110;
        else if (c == 0x00F0)
            c = 0x0111;
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            wordStart = true;
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        // Each part of "H'Mông" or "Thị-Hằng" is a word of its own for capitalisation.
        if (c == u'-' || c == u'\'' || c == 0x2019 || c == 0x02BC) {
            wordStart = true;
        } else if (QChar::isLetterOrNumber(c)) {
            c = wordStart ? QChar::toTitleCase(c) : QChar::toLower(c);
            wordStart = false;
        }
        appendCodePoint(out, c);
    }
    return out;
}

NameParts splitName(QStringView fullName)
{
    const QString name = normalizeName(fullName);
    NameParts parts;
    const qsizetype first = name.indexOf(u' ');
    if (first < 0) {
        parts.given = name;
        return parts;
    }
    const qsizetype last = name.lastIndexOf(u' ');
    parts.surname = name.left(first);
    if (last > first) parts.middle = name.mid(first + 1, last - first - 1);
    parts.given = name.mid(last + 1);
    return parts;
}

QByteArray collationKey(QStringView text)
{
    const Tables& t = tables();
    QString composed;
    if (needsComposition(text)) {
        composed = text.toString().normalized(QString::NormalizationForm_C);
        text = composed;
    }
    // Built in a stack buffer: appending to a QByteArray byte by byte costs more than the lookups.
    QVarLengthArray<char, 96> key;
    // One secondary code per primary character: ICU's secondary weights compared left to right give
    // the same order, as every character contributes exactly one common weight plus its marks.
    QVarLengthArray<uint8_t, 64> marks;
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = nextCodePoint(text, i);
        if (isSpace(c)) {
            pendingSpace = !marks.isEmpty();
            continue;
        }
        uint8_t primary = 0;
        uint8_t mark = 0;
        if (c < 0x80) {
            primary = t.asciiPrimary[c];
            if (primary == 0) continue;
        } else if (const Letter* l = latinLetter(t, c); l && l->primary) {
            primary = l->primary;
            mark = l->mark;
        } else if (isCombiningMark(c)) {
            // A mark NFC could not join to its letter still differs from the bare letter.
            if (!marks.isEmpty()) marks.back() = marks.back() ? kOtherMark : markCode(c);
            continue;
        } else if (primary = c <= 0xFFFF ? primaryOf(char16_t(c)) : 0; primary == 0) {
            primary = QChar::isLetterOrNumber(c) || c > 0xFFFF ? kLetterEscape : kSymbolEscape;
        }
        if (pendingSpace) {
            key.append(char(kSpace));
            marks.append(0);
            pendingSpace = false;
        }
        key.append(char(primary));
        if (primary == kLetterEscape || primary == kSymbolEscape) {
            const char32_t cp = QChar::toLower(c);  // case is ignored everywhere
            key.append(char(0x80 | (cp >> 14)));
            key.append(char(0x80 | ((cp >> 7) & 0x7F)));
            key.append(char(0x80 | (cp & 0x7F)));
        }
        marks.append(mark);
    }
    // Trailing characters without marks are implied: most names need only a few secondary bytes.
    while (!marks.isEmpty() && marks.back() == 0) marks.removeLast();
    if (!marks.isEmpty()) {
        key.append(kLevelSeparator);
        for (qsizetype i = 0; i < marks.size(); i += 2) {
            const uint8_t second = i + 1 < marks.size() ? marks[i + 1] : 0;
            key.append(char(kSecondaryBase + marks[i] * kMarkCodes + second));
        }
    }
    return QByteArray(key.constData(), key.size());
}

QByteArray nameSortKey(QStringView fullName)
{
    // collationKey already ignores case and extra spaces, so splitName's normalising is not needed.
    const QStringView name = fullName.trimmed();
    qsizetype lastSpace = name.size() - 1;
    while (lastSpace >= 0 && !name[lastSpace].isSpace()) --lastSpace;
    QByteArray key = collationKey(name.mid(lastSpace + 1));
    if (lastSpace > 0) {
        key.append(kFieldSeparator);
        key.append(collationKey(name.left(lastSpace)));
    }
    return key;
}

}  // namespace hv::vn
