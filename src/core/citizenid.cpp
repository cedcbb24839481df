#include "core/citizenid.h"

#include "core/referencedata.h"

#include <QCoreApplication>

namespace hv {
namespace {

constexpr qsizetype kLength = 12;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("hv::CitizenId", text, nullptr, n);
}

bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

int digitAt(const QString& id, qsizetype i) { return id[i].unicode() - u'0'; }

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'.' || u == u'-' || u == 0x2010 || u == 0x2011 || u == 0x2013 ||
           u == 0x2014;
}

}  // namespace

QString CitizenId::normalize(QStringView text)
{
    QString out;
    out.reserve(kLength);
    for (QChar c : text)
        if (!isSeparator(c))
            out += c;
    // Excel keeps leading zeros of a number typed as '038185000123; some exports keep the mark.
    if (out.startsWith(u'\'') || out.startsWith(QChar(0x2019)))
        out.remove(0, 1);
    return out;
}

bool CitizenId::isWellFormed(QStringView id)
{
    if (id.size() != kLength)
        return false;
    for (QChar c : id)
        if (!isAsciiDigit(c))
            return false;
    return true;
}

CitizenIdCheck CitizenId::check(const QString& normalizedId, const ReferenceData& ref,
                                std::optional<Sex> sex, std::optional<int> birthYear)
{
    CitizenIdCheck result;
    const QString& id = normalizedId;
    if (id.isEmpty()) {
        result.error = tr("The citizen ID is empty.");
        return result;
    }
    for (QChar c : id) {
        if (!isAsciiDigit(c)) {
            result.error = tr("The citizen ID \"%1\" contains \"%2\"; it may contain only digits.")
                               .arg(id, QString(c));
            return result;
        }
    }
    if (id.size() != kLength) {
        // An 11-digit id nearly always lost its leading 0 to a spreadsheet that took it for a number.
        result.error =
            id.size() == kLength - 1
                ? tr("The citizen ID \"%1\" has 11 digits; it must have 12 (was its leading 0 lost in "
                     "a spreadsheet?).")
                      .arg(id)
                : tr("The citizen ID \"%1\" has %n digit(s); it must have 12.", int(id.size())).arg(id);
        return result;
    }

    const QString province = provinceCode(id);
    if (ref.cccdProvince(province).isEmpty())
        result.warnings << tr("The citizen ID begins with %1, which is not the code of any province.")
                               .arg(province);

    const Sex idSex = CitizenId::sex(id);
    if (sex && *sex != idSex) {
        const QString digit = QString(id[3]);
        result.warnings << (idSex == Sex::Male
                                ? tr("The citizen ID is a man's (its 4th digit is %1) but the record "
                                     "says female.")
                                : tr("The citizen ID is a woman's (its 4th digit is %1) but the record "
                                     "says male."))
                               .arg(digit);
    }

    const int idYear = CitizenId::birthYear(id);
    if (birthYear && *birthYear != idYear)
        result.warnings << tr("The citizen ID gives birth year %1 but the record says %2.")
                               .arg(idYear)
                               .arg(*birthYear);
    return result;
}

Sex CitizenId::sex(const QString& id)
{
    if (!isWellFormed(id))
        return Sex::Female;
    // Even century digits are men, odd are women (cccd_gender_century_codes.csv).
    return digitAt(id, 3) % 2 == 0 ? Sex::Male : Sex::Female;
}

int CitizenId::birthYear(const QString& id)
{
    if (!isWellFormed(id))
        return 0;
    // Each pair of century digits moves on a century from 1900: 0/1 1900s ... 8/9 2300s.
    const int century = 1900 + (digitAt(id, 3) / 2) * 100;
    return century + digitAt(id, 4) * 10 + digitAt(id, 5);
}

}  // namespace hv
