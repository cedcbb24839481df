#include "core/legacyencoding.h"

#include <QHash>
#include <QSet>
#include <array>

namespace hv::legacy {
namespace {

// TCVN 5712:1993 (VN3, the ABC fonts), bytes 0xA0-0xFF, from the TCVN-5712 table of X11's lcUniConv
// (tcvn.h); bytes 0xB0-0xB4 are the standalone tone marks. The ABC fonts leave 0x80-0x9F unused.
constexpr std::array<char16_t, 96> kTcvn3High = {
    0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
    0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
    0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
    0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
    0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
};

// VNI Windows: a base letter followed by one or two mark characters (after the VNI table of xvnkb's
// vni.h). Marks after a plain vowel: ù acute, ø grave, û hook, õ tilde, ï dot. "â" makes a
// circumflex and á à å ã ä are circumflex with a tone; "ê" makes a breve (a only) and é è ú ü ë are
// breve with a tone. "ô" is ơ and "ö" is ư, followed by a tone mark. i with a tone is one
// character (í ì æ ó ò), y with a dot is î, đ is ñ. Upper case the same with upper-case marks.
constexpr char16_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr char16_t kCirc = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

const QHash<QString, QString>& vniTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        auto add = [&](const QString& vni, const QString& decomposed) {
            t.insert(vni, decomposed.normalized(QString::NormalizationForm_C));
            t.insert(vni.toUpper(), decomposed.toUpper().normalized(QString::NormalizationForm_C));
        };
        const char16_t plainTones[] = {kAcute, kGrave, kHook, kTilde, kDot};
        const char16_t plainMarks[] = {u'ù', u'ø', u'û', u'õ', u'ï'};
        const char16_t circMarks[] = {u'á', u'à', u'å', u'ã', u'ä'};
        const char16_t breveMarks[] = {u'é', u'è', u'ú', u'ü', u'ë'};
        for (char16_t v : {u'a', u'e', u'o', u'u', u'y'})
            for (int k = 0; k < 5; ++k)
                if (!(v == u'y' && k == 4))
                    add(QString(QChar(v)) + QChar(plainMarks[k]), QString(QChar(v)) + QChar(plainTones[k]));
        add(QStringLiteral("yî"), QString(QChar(u'y')) + QChar(kDot));  // "yî" is never typed: î alone is ỵ
        for (char16_t v : {u'a', u'e', u'o'}) {
            add(QString(QChar(v)) + QChar(u'â'), QString(QChar(v)) + QChar(kCirc));
            for (int k = 0; k < 5; ++k)
                add(QString(QChar(v)) + QChar(circMarks[k]), QString(QChar(v)) + QChar(kCirc) + QChar(plainTones[k]));
        }
        add(QStringLiteral("aê"), QString(QChar(u'a')) + QChar(kBreve));
        for (int k = 0; k < 5; ++k)
            add(QString(QChar(u'a')) + QChar(breveMarks[k]), QString(QChar(u'a')) + QChar(kBreve) + QChar(plainTones[k]));
        // ơ and ư are one character each ("ô", "ö"), with a tone mark after them.
        for (char16_t v : {u'o', u'u'}) {
            const QString horn = QString(QChar(v == u'o' ? u'ô' : u'ö'));
            add(horn, QString(QChar(v)) + QChar(kHorn));
            for (int k = 0; k < 5; ++k)
                add(horn + QChar(plainMarks[k]), QString(QChar(v)) + QChar(kHorn) + QChar(plainTones[k]));
        }
        const char16_t iMarks[] = {u'í', u'ì', u'æ', u'ó', u'ò'};
        for (int k = 0; k < 5; ++k)
            add(QString(QChar(iMarks[k])), QString(QChar(u'i')) + QChar(plainTones[k]));
        add(QStringLiteral("î"), QString(QChar(u'y')) + QChar(kDot));
        add(QStringLiteral("ñ"), QStringLiteral("đ"));
        return t;
    }();
    return table;
}

bool isTone(char16_t c) { return c == kAcute || c == kGrave || c == kHook || c == kTilde || c == kDot; }

// Vowel clusters of Vietnamese syllables, written with ă â ê ô ơ ư as such (tones removed).
const QSet<QString>& clusters()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* c : {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây",
                              "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
                              "uô", "uơ", "ưa", "ưi", "ưu", "ươ", "uy", "yê", "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi",
                              "ươi", "ươu", "uya", "uyê", "uyu", "yêu", "uê", "ưo"})
            s.insert(QString::fromUtf8(c));
        return s;
    }();
    return set;
}

bool isVowelBase(QChar c)
{
    static const QString vowels = QStringLiteral("aăâeêioôơuưy");
    return vowels.contains(c);
}

bool wordLooksVietnamese(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) ascii = ascii && c.unicode() < 0x80;
    if (ascii) return true;
    // Decompose, keep the letter marks (breve, circumflex, horn) on their letters, count the tones.
    const QString nfd = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString bases;
    int tones = 0;
    for (QChar c : nfd) {
        const char16_t u = c.unicode();
        if (isTone(u)) {
            ++tones;
        } else if (u == kCirc || u == kBreve || u == kHorn) {
            if (bases.isEmpty()) return false;
            bases.back() = QString(QString(bases.back()) + c).normalized(QString::NormalizationForm_C).front();
        } else if (u == u'đ' || (u < 0x80 && (c.isLetterOrNumber() || u == u'-' || u == u'.' || u == u'\''))) {
            bases += c;
        } else {
            return false;  // a character no Vietnamese word has
        }
    }
    if (tones > 1) return false;
    // "gi" and "qu" begin a syllable: their i and u are not part of the vowel cluster.
    QStringView b = bases;
    if ((b.startsWith(u"gi") && b.size() > 2 && isVowelBase(b[2])) || b.startsWith(u"qu"))
        b = b.mid(2);
    QString cluster;
    bool inCluster = false, done = false;
    for (QChar c : b) {
        if (isVowelBase(c)) {
            if (done) return false;  // two vowel groups: not one syllable
            cluster += c;
            inCluster = true;
        } else if (inCluster) {
            done = true;
        }
    }
    return cluster.isEmpty() ? tones == 0 : clusters().contains(cluster);
}

}  // namespace

QString fromTcvn3(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        out += (u >= 0xA1 && u <= 0xFF) ? QChar(kTcvn3High[u - 0xA0]) : c;
    }
    // .VnTimeH shows the same codes in upper case: a text whose letters are all upper case was typed so.
    bool upper = false, lower = false;
    for (QChar c : text)
        if (c.unicode() < 0x80 && c.isLetter()) (c.isUpper() ? upper : lower) = true;
    if (upper && !lower) out = out.toUpper();
    return out.normalized(QString::NormalizationForm_C);
}

QString fromVni(QStringView text)
{
    const auto& table = vniTable();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        bool matched = false;
        for (qsizetype len = 3; len >= 1 && !matched; --len) {
            if (i + len > text.size()) continue;
            const auto it = table.constFind(text.mid(i, len).toString());
            if (it != table.cend()) {
                out += *it;
                i += len;
                matched = true;
            }
        }
        if (!matched) out += text[i++];
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString convert(QStringView text, Encoding from)
{
    switch (from) {
    case Encoding::Tcvn3: return fromTcvn3(text);
    case Encoding::Vni: return fromVni(text);
    case Encoding::Unicode: break;
    }
    return text.toString();
}

bool looksVietnamese(QStringView text)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool sep = i == text.size() || text[i].isSpace() || QStringView(u",;:()/\"!?").contains(text[i]);
        if (sep) {
            if (start >= 0 && !wordLooksVietnamese(text.mid(start, i - start))) return false;
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    return true;
}

Encoding bestReading(QStringView text)
{
    bool high = false;
    for (QChar c : text) {
        if (c.unicode() > 0xFF) return Encoding::Unicode;
        high = high || c.unicode() >= 0x80;
    }
    if (!high || looksVietnamese(text)) return Encoding::Unicode;
    const QString t = fromTcvn3(text), v = fromVni(text);
    const bool tcvn = t != text && looksVietnamese(t);
    const bool vni = v != text && looksVietnamese(v);
    if (tcvn == vni) return Encoding::Unicode;  // neither, or both: no guess
    return tcvn ? Encoding::Tcvn3 : Encoding::Vni;
}

bool readsAs(QStringView text, Encoding e)
{
    if (e == Encoding::Unicode) return false;
    for (QChar c : text)
        if (c.unicode() > 0xFF) return false;
    const QString converted = convert(text, e);
    return converted != text && looksVietnamese(converted);
}

Encoding Votes::decision() const
{
    if (tcvn3 >= 2 && tcvn3 > 3 * vni) return Encoding::Tcvn3;
    if (vni >= 2 && vni > 3 * tcvn3) return Encoding::Vni;
    return Encoding::Unicode;
}

}  // namespace hv::legacy
