#include "core/flexparse.h"

#include "core/vietnamese.h"

#include <array>
#include <cstring>

namespace hv {
namespace {

// Imports call these for every cell of large files, so everything below walks the characters once
// and allocates nothing on the common paths.

constexpr qint64 kExcelSerialMax = 2958465;  // 31/12/9999
constexpr qint64 kExcelLeapBug = 60;         // Excel's 29/02/1900, which never existed
// Julian days of the day before serial 1 (31/12/1899) and, past the phantom 29/02/1900, of the day
// that serial arithmetic is really anchored to (30/12/1899).
constexpr qint64 kJdBeforeSerial1 = 2415020;
constexpr qint64 kJdSerialEpoch = 2415019;
// The 1904 date system (workbooks of old Excel for Mac): serial 0 is 01/01/1904, with no phantom day.
constexpr qint64 kJd1904Epoch = 2416481;

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

QStringView trimmed(QStringView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && s[b].isSpace())  // isSpace covers the no-break spaces spreadsheets leave behind
        ++b;
    while (e > b && s[e - 1].isSpace()) --e;
    return s.mid(b, e - b);
}

// Reads up to maxDigits digits at pos; returns how many were read (0: none) and their value.
int readNumber(QStringView s, qsizetype& pos, int maxDigits, int& value)
{
    int n = 0;
    value = 0;
    while (pos < s.size() && n < maxDigits && isDigit(s[pos])) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++n;
    }
    return n;
}

bool atDigit(QStringView s, qsizetype pos) { return pos < s.size() && isDigit(s[pos]); }

// hh:mm[:ss[.fff]] with an optional zone (Z, +07:00, +0700). Only checked, never used: a birth date
// exported from a spreadsheet or a database often carries a midnight time.
bool isTimeTail(QStringView s, qsizetype pos)
{
    int h = 0, m = 0, sec = 0;
    if (readNumber(s, pos, 2, h) == 0 || h > 23) return false;
    if (pos >= s.size() || s[pos] != u':') return false;
    ++pos;
    if (readNumber(s, pos, 2, m) != 2 || m > 59) return false;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        if (readNumber(s, pos, 2, sec) != 2 || sec > 60)  // 60: a leap second
            return false;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            if (!atDigit(s, pos)) return false;
            while (atDigit(s, pos)) ++pos;
        }
    }
    if (pos == s.size()) return true;
    if (s[pos] == u'Z') return pos + 1 == s.size();
    if (s[pos] != u'+' && s[pos] != u'-') return false;
    ++pos;
    int zh = 0, zm = 0;
    if (readNumber(s, pos, 2, zh) != 2 || zh > 14) return false;
    if (pos < s.size() && s[pos] == u':') ++pos;
    if (pos < s.size() && (readNumber(s, pos, 2, zm) != 2 || zm > 59)) return false;
    return pos == s.size();
}

// After a date: nothing, or 'T' / spaces followed by a time.
bool isDateEnd(QStringView s, qsizetype pos)
{
    if (pos == s.size()) return true;
    if (s[pos] == u'T') {
        return isTimeTail(s, pos + 1);
    }
    if (!s[pos].isSpace()) return false;
    while (pos < s.size() && s[pos].isSpace()) ++pos;
    return isTimeTail(s, pos);
}

bool isDateSeparator(QChar c) { return c == u'/' || c == u'-' || c == u'.'; }

int twoDigitYearPivot()
{
    // Computed once: a run that crosses New Year's Eve keeps the old pivot, which is harmless.
    static const int pivot = QDate::currentDate().year() % 100;
    return pivot;
}

std::optional<FlexDate> fullDate(int y, int m, int d)
{
    QDate date(y, m, d);
    if (!date.isValid()) return std::nullopt;
    return FlexDate{date, y};
}

// "1985", "29221", "29221.0", "29221,5" (a decimal comma from a Vietnamese-locale export).
std::optional<FlexDate> parseNumber(QStringView s, bool date1904)
{
    qsizetype pos = 0;
    qint64 value = 0;
    int digits = 0;
    while (pos < s.size() && isDigit(s[pos])) {
        if (++digits > 7)  // beyond the largest serial; also keeps value from overflowing
            return std::nullopt;
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
    }
    bool wholeNumber = true;
    if (pos < s.size()) {
        if (s[pos] != u'.' && s[pos] != u',') return std::nullopt;
        ++pos;
        if (pos == s.size()) return std::nullopt;
        for (; pos < s.size(); ++pos) {
            if (!isDigit(s[pos])) return std::nullopt;
            if (s[pos] != u'0') wholeNumber = false;
        }
    }
    // A year typed into a numeric cell comes back as "1985" or "1985.0". Read as a serial it would be
    // a day in 1905, which no member's record holds, so the year wins.
    if (wholeNumber && digits == 4 && value >= 1900 && value <= 2100) return FlexDate{QDate(), int(value)};
    if (date1904) {
        if (value < 0 || value > kExcelSerialMax - 1462) return std::nullopt;
        const QDate date = QDate::fromJulianDay(kJd1904Epoch + value);
        return FlexDate{date, date.year()};
    }
    if (value < 1 || value > kExcelSerialMax || value == kExcelLeapBug) return std::nullopt;
    const qint64 jd = value < kExcelLeapBug ? kJdBeforeSerial1 + value : kJdSerialEpoch + value;
    const QDate date = QDate::fromJulianDay(jd);
    return FlexDate{date, date.year()};
}

}  // namespace

QString FlexDate::toIso() const
{
    if (isNull()) return {};
    if (!yearOnly()) return date.toString(Qt::ISODate);
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

std::optional<FlexDate> parseFlexDate(QStringView text, bool date1904)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty() || !isDigit(s[0])) return std::nullopt;

    qsizetype pos = 0;
    int first = 0;
    const int firstDigits = readNumber(s, pos, 8, first);
    if (pos == s.size() || s[pos] == u'.' || s[pos] == u',') {
        // Plain numbers, unless the dot turns out to separate day and month ("15.03.1980").
        if (pos == s.size() || !(firstDigits <= 2 || firstDigits == 4)) return parseNumber(s, date1904);
        qsizetype probe = pos + 1;
        int ignored = 0;
        const int nextDigits = readNumber(s, probe, 3, ignored);
        const bool dottedDate =
            s[pos] == u'.' && nextDigits >= 1 && nextDigits <= 2 && probe < s.size() && s[probe] == u'.';
        if (!dottedDate) return parseNumber(s, date1904);
    }
    if (!isDateSeparator(s[pos])) return std::nullopt;
    const QChar sep = s[pos++];

    int second = 0, third = 0;
    if (firstDigits == 4) {
        // yyyy-mm-dd (also with / or .): the year first is never ambiguous.
        if (readNumber(s, pos, 2, second) == 0 || pos >= s.size() || s[pos] != sep) return std::nullopt;
        ++pos;
        if (readNumber(s, pos, 2, third) == 0 || atDigit(s, pos) || !isDateEnd(s, pos)) return std::nullopt;
        return fullDate(first, second, third);
    }
    if (firstDigits > 2) return std::nullopt;
    // Day first, as Vietnamese write dates; a mixed "15/03-1980" is more likely a typo than a date.
    if (readNumber(s, pos, 2, second) == 0 || pos >= s.size() || s[pos] != sep) return std::nullopt;
    ++pos;
    const int yearDigits = readNumber(s, pos, 4, third);
    if (atDigit(s, pos) || !isDateEnd(s, pos)) return std::nullopt;
    int year = 0;
    if (yearDigits == 4)
        year = third;
    else if (yearDigits == 2)
        year = third <= twoDigitYearPivot() ? 2000 + third : 1900 + third;
    else
        return std::nullopt;
    return fullDate(year, second, first);
}

std::optional<bool> parseYesNo(QStringView text)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty()) return false;
    // Tick marks are how many Vietnamese spreadsheets mark a yes.
    if (s.size() == 1 &&
        (s[0] == QChar(0x221A) || s[0] == QChar(0x2713) || s[0] == QChar(0x2714) || s[0] == QChar(0x2611)))
        return true;

    // ASCII cells (the usual case) are lower-cased into a buffer; only cells with Vietnamese letters
    // pay for a full fold.
    std::array<char, 16> buf{};
    QString folded;
    QStringView word = s;
    bool ascii = s.size() < qsizetype(buf.size());
    for (qsizetype i = 0; ascii && i < s.size(); ++i)
        ascii = s[i].unicode() < 0x80 && s[i] != u' ';  // inner spaces need fold's collapsing
    qsizetype n = 0;
    if (!ascii) {
        folded = vn::fold(s);
        word = folded;
        if (word.size() >= qsizetype(buf.size())) return std::nullopt;
    }
    for (; n < word.size(); ++n) {
        const char16_t c = word[n].unicode();
        if (c >= 0x80) return std::nullopt;
        buf[n] = (c >= u'A' && c <= u'Z') ? char(c - u'A' + 'a') : char(c);
    }
    buf[n] = '\0';

    static constexpr const char* kYes[] = {"x",   "co",   "yes",       "y",  "1",
                                           "1.0", "true", "dang vien", "dv", "d.v"};
    static constexpr const char* kNo[] = {"khong", "no", "n", "0", "0.0", "false"};
    for (const char* w : kYes)
        if (std::strcmp(buf.data(), w) == 0) return true;
    for (const char* w : kNo)
        if (std::strcmp(buf.data(), w) == 0) return false;
    return std::nullopt;
}

}  // namespace hv
