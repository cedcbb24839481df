#include "core/citizenid.h"

#include "core/referencedata.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QTranslator>

using hv::CitizenId;
using hv::Sex;

namespace {

const hv::ReferenceData& ref()
{
    static const hv::ReferenceData data;
    return data;
}

const QString kThanhHoaWoman1985 = QStringLiteral("038185000123");
const QString kHaNoiWoman2000 = QStringLiteral("001300012345");

// QString::arg would read "%185" as a place marker, so the digit goes in by hand.
QString withCenturyDigit(const char16_t* pattern, int digit)
{
    QString id = QString::fromUtf16(pattern);
    id[id.indexOf(u'?')] = QChar(u'0' + digit);
    return id;
}

}  // namespace

TEST(CitizenId, NormalizeRemovesWhatPeopleType)
{
    EXPECT_EQ(CitizenId::normalize(u"038 185 000 123"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u"038.185.000.123"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u"038-185-000-123"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u"  038185000123\t"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u"038\u00A0185\u00A0000\u00A0123"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u"'038185000123"), kThanhHoaWoman1985);
    EXPECT_EQ(CitizenId::normalize(u""), QString());
}

TEST(CitizenId, NormalizeDoesNotValidate)
{
    EXPECT_EQ(CitizenId::normalize(u"03818500012A"), QStringLiteral("03818500012A"));
    EXPECT_EQ(CitizenId::normalize(u"38 185 000 123"), QStringLiteral("38185000123"));
    EXPECT_EQ(CitizenId::normalize(u"0381'85000123"), QStringLiteral("0381'85000123"));
}

TEST(CitizenId, IsWellFormed)
{
    EXPECT_TRUE(CitizenId::isWellFormed(kThanhHoaWoman1985));
    EXPECT_FALSE(CitizenId::isWellFormed(u"03818500012"));
    EXPECT_FALSE(CitizenId::isWellFormed(u"0381850001234"));
    EXPECT_FALSE(CitizenId::isWellFormed(u"03818500012A"));
    EXPECT_FALSE(CitizenId::isWellFormed(u"٠٣٨١٨٥٠٠٠١٢٣"));  // Arabic-Indic digits are not ours
    EXPECT_FALSE(CitizenId::isWellFormed(u""));
}

TEST(CitizenId, ValidIdsMatchingTheRecord)
{
    const auto a = CitizenId::check(kThanhHoaWoman1985, ref(), Sex::Female, 1985);
    EXPECT_TRUE(a.ok());
    EXPECT_TRUE(a.error.isEmpty());
    EXPECT_TRUE(a.warnings.isEmpty()) << a.warnings.join(u'|').toStdString();
    const auto b = CitizenId::check(kHaNoiWoman2000, ref(), Sex::Female, 2000);
    EXPECT_TRUE(b.ok());
    EXPECT_TRUE(b.warnings.isEmpty()) << b.warnings.join(u'|').toStdString();
}

TEST(CitizenId, UnknownRecordFieldsAreNotChecked)
{
    const auto r = CitizenId::check(kThanhHoaWoman1985, ref(), std::nullopt, std::nullopt);
    EXPECT_TRUE(r.ok());
    EXPECT_TRUE(r.warnings.isEmpty());
    // The same id checked against a man born in 1990 is questioned.
    EXPECT_EQ(CitizenId::check(kThanhHoaWoman1985, ref(), Sex::Male, 1990).warnings.size(), 2);
}

TEST(CitizenId, EmptyIsAnError)
{
    const auto r = CitizenId::check(QString(), ref(), Sex::Female, 1985);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("empty")));
}

TEST(CitizenId, NonDigitsAreAnError)
{
    const auto r = CitizenId::check(QStringLiteral("03818500012A"), ref(), Sex::Female, 1985);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("\"A\""))) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(QStringLiteral("03818500012A"))) << r.error.toStdString();
    EXPECT_TRUE(r.warnings.isEmpty());  // nothing else is looked at when the value cannot be stored
    // Unnormalised input is refused too: check() expects normalize() to have run.
    EXPECT_FALSE(CitizenId::check(QStringLiteral("038 185 000 123"), ref(), {}, {}).ok());
}

TEST(CitizenId, WrongLengthIsAnError)
{
    const auto longer = CitizenId::check(QStringLiteral("0381850001234"), ref(), {}, {});
    EXPECT_FALSE(longer.ok());
    EXPECT_TRUE(longer.error.contains(QStringLiteral("13"))) << longer.error.toStdString();
    EXPECT_TRUE(longer.error.contains(QStringLiteral("12"))) << longer.error.toStdString();

    const auto nine = CitizenId::check(QStringLiteral("038185000"), ref(), {}, {});
    EXPECT_FALSE(nine.ok());
    EXPECT_TRUE(nine.error.contains(QStringLiteral("9"))) << nine.error.toStdString();

    // The old 9-digit CMND is not a citizen id, and an id that lost its leading 0 is named as such.
    const auto lostZero = CitizenId::check(QStringLiteral("38185000123"), ref(), Sex::Female, 1985);
    EXPECT_FALSE(lostZero.ok());
    EXPECT_TRUE(lostZero.error.contains(QStringLiteral("leading 0"))) << lostZero.error.toStdString();
}

TEST(CitizenId, UnknownProvinceIsAWarning)
{
    const auto r = CitizenId::check(QStringLiteral("003185000123"), ref(), Sex::Female, 1985);
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("003"))) << r.warnings[0].toStdString();
    EXPECT_TRUE(r.warnings[0].endsWith(u'.'));
}

TEST(CitizenId, SexDisagreementIsAWarning)
{
    const auto womanId = CitizenId::check(kThanhHoaWoman1985, ref(), Sex::Male, 1985);
    EXPECT_TRUE(womanId.ok());
    ASSERT_EQ(womanId.warnings.size(), 1);
    EXPECT_TRUE(womanId.warnings[0].contains(QStringLiteral("a woman's")))
        << womanId.warnings[0].toStdString();
    EXPECT_TRUE(womanId.warnings[0].contains(QStringLiteral("is 1")));
    EXPECT_TRUE(womanId.warnings[0].contains(QStringLiteral("says male")));

    const auto manId = CitizenId::check(QStringLiteral("038085000123"), ref(), Sex::Female, 1985);
    EXPECT_TRUE(manId.ok());
    ASSERT_EQ(manId.warnings.size(), 1);
    EXPECT_TRUE(manId.warnings[0].contains(QStringLiteral("a man's"))) << manId.warnings[0].toStdString();
    EXPECT_TRUE(manId.warnings[0].contains(QStringLiteral("is 0")));
    EXPECT_TRUE(manId.warnings[0].contains(QStringLiteral("says female")));
}

TEST(CitizenId, BirthYearDisagreementIsAWarning)
{
    const auto r = CitizenId::check(kThanhHoaWoman1985, ref(), Sex::Female, 1986);
    EXPECT_TRUE(r.ok());
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("1985"))) << r.warnings[0].toStdString();
    EXPECT_TRUE(r.warnings[0].contains(QStringLiteral("1986"))) << r.warnings[0].toStdString();
    // Same two year digits, wrong century digit: 2085 is not 1985.
    const auto century = CitizenId::check(QStringLiteral("038385000123"), ref(), Sex::Female, 1985);
    ASSERT_EQ(century.warnings.size(), 1);
    EXPECT_TRUE(century.warnings[0].contains(QStringLiteral("2085")));
}

TEST(CitizenId, AllWarningsAreReportedTogether)
{
    const auto r = CitizenId::check(QStringLiteral("099085000123"), ref(), Sex::Female, 1990);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.warnings.size(), 3);
}

TEST(CitizenId, SexFromTheFourthDigit)
{
    EXPECT_EQ(CitizenId::sex(kThanhHoaWoman1985), Sex::Female);
    EXPECT_EQ(CitizenId::sex(kHaNoiWoman2000), Sex::Female);
    for (int digit = 0; digit <= 9; ++digit) {
        const QString id = withCenturyDigit(u"001?85000123", digit);
        EXPECT_EQ(CitizenId::sex(id), digit % 2 ? Sex::Female : Sex::Male) << digit;
    }
}

TEST(CitizenId, BirthYearFromCenturyAndYearDigits)
{
    EXPECT_EQ(CitizenId::birthYear(kThanhHoaWoman1985), 1985);
    EXPECT_EQ(CitizenId::birthYear(kHaNoiWoman2000), 2000);
    // cccd_gender_century_codes.csv: 0/1 1900s, 2/3 2000s, 4/5 2100s, 6/7 2200s, 8/9 2300s.
    const int expected[] = {1907, 1907, 2007, 2007, 2107, 2107, 2207, 2207, 2307, 2307};
    for (int digit = 0; digit <= 9; ++digit)
        EXPECT_EQ(CitizenId::birthYear(withCenturyDigit(u"001?07000123", digit)), expected[digit]);
    EXPECT_EQ(CitizenId::birthYear(QStringLiteral("001199000123")), 1999);
}

TEST(CitizenId, PartsOfMalformedIds)
{
    EXPECT_EQ(CitizenId::birthYear(QStringLiteral("0381850001")), 0);
    EXPECT_EQ(CitizenId::birthYear(QStringLiteral("03818500012A")), 0);
    EXPECT_EQ(CitizenId::provinceCode(kThanhHoaWoman1985), QStringLiteral("038"));
}

namespace {

// Marks every message of one context, to show which strings go through translation.
class MarkingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int n = -1) const override
    {
        if (QByteArrayView(context) != "hv::CitizenId")
            return {};
        QString s = QStringLiteral("[vi] ") + QString::fromUtf8(sourceText);
        if (n >= 0)
            s.replace(QStringLiteral("%n"), QString::number(n));
        return s;
    }
    bool isEmpty() const override { return false; }
};

}  // namespace

TEST(CitizenId, MessagesAreTranslated)
{
    MarkingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const auto error = CitizenId::check(QStringLiteral("0381850001234"), ref(), {}, {});
    const auto warnings = CitizenId::check(QStringLiteral("099085000123"), ref(), Sex::Female, 1990);
    QCoreApplication::removeTranslator(&translator);

    EXPECT_TRUE(error.error.startsWith(QStringLiteral("[vi] "))) << error.error.toStdString();
    EXPECT_TRUE(error.error.contains(QStringLiteral("13")));
    ASSERT_EQ(warnings.warnings.size(), 3);
    for (const QString& w : warnings.warnings)
        EXPECT_TRUE(w.startsWith(QStringLiteral("[vi] "))) << w.toStdString();
    // Without the translator the English source is back.
    EXPECT_FALSE(CitizenId::check(QStringLiteral("0381850001234"), ref(), {}, {})
                     .error.startsWith(QStringLiteral("[vi] ")));
}
