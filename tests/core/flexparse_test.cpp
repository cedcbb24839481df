#include "core/flexparse.h"

#include <gtest/gtest.h>

using hv::FlexDate;
using hv::parseFlexDate;
using hv::parseYesNo;

namespace {

// The ISO text of what was parsed, or "-" when refused, so a failure shows what came out.
std::string iso(const char16_t* text)
{
    const auto d = parseFlexDate(QStringView(text));
    return d ? d->toIso().toStdString() : std::string("-");
}

}  // namespace

TEST(FlexParse, DayFirstWithSlashes)
{
    EXPECT_EQ(iso(u"15/03/1980"), "1980-03-15");
    EXPECT_EQ(iso(u"5/3/1980"), "1980-03-05");
    EXPECT_EQ(iso(u"05/3/1980"), "1980-03-05");
    // Day first: 03/04 is the 3rd of April, never 4th of March.
    EXPECT_EQ(iso(u"03/04/1990"), "1990-04-03");
}

TEST(FlexParse, DayFirstWithDashesAndDots)
{
    EXPECT_EQ(iso(u"15-03-1980"), "1980-03-15");
    EXPECT_EQ(iso(u"15.03.1980"), "1980-03-15");
    EXPECT_EQ(iso(u"5.3.1980"), "1980-03-05");
}

TEST(FlexParse, SeparatorsMustAgree)
{
    EXPECT_EQ(iso(u"15/03-1980"), "-");
    EXPECT_EQ(iso(u"15.03/1980"), "-");
    EXPECT_EQ(iso(u"1980-03/15"), "-");
}

TEST(FlexParse, TwoDigitYearsPivotOnTheCurrentYear)
{
    EXPECT_EQ(iso(u"5-3-85"), "1985-03-05");
    EXPECT_EQ(iso(u"1/1/05"), "2005-01-01");
    const int yy = QDate::currentDate().year() % 100;
    const QString thisYear = QStringLiteral("1-1-%1").arg(yy, 2, 10, QLatin1Char('0'));
    ASSERT_TRUE(parseFlexDate(thisYear));
    EXPECT_EQ(parseFlexDate(thisYear)->year, 2000 + yy);
    if (yy < 99) {
        const QString nextYear = QStringLiteral("1-1-%1").arg(yy + 1, 2, 10, QLatin1Char('0'));
        ASSERT_TRUE(parseFlexDate(nextYear));
        EXPECT_EQ(parseFlexDate(nextYear)->year, 1900 + yy + 1);
    }
    // One or three year digits are typos, not years.
    EXPECT_EQ(iso(u"1/1/5"), "-");
    EXPECT_EQ(iso(u"15/03/198"), "-");
    EXPECT_EQ(iso(u"15/03/19801"), "-");
}

TEST(FlexParse, YearFirst)
{
    EXPECT_EQ(iso(u"1980-03-15"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-3-5"), "1980-03-05");
    EXPECT_EQ(iso(u"1980/03/15"), "1980-03-15");
    EXPECT_EQ(iso(u"1980.03.15"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-03-155"), "-");
    EXPECT_EQ(iso(u"19800-03-15"), "-");
}

TEST(FlexParse, DateTimes)
{
    EXPECT_EQ(iso(u"1980-03-15T08:30:00"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-03-15T00:00:00.000Z"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-03-15T00:00:00+07:00"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-03-15 00:00:00"), "1980-03-15");
    EXPECT_EQ(iso(u"15/03/1980 0:00"), "1980-03-15");
    EXPECT_EQ(iso(u"1980-03-15T25:00:00"), "-");
    EXPECT_EQ(iso(u"1980-03-15T08:61"), "-");
    EXPECT_EQ(iso(u"1980-03-15T"), "-");
    EXPECT_EQ(iso(u"1980-03-15 sáng"), "-");
    EXPECT_EQ(iso(u"1980-03-15T08:30:00+07:00x"), "-");
}

TEST(FlexParse, ExcelSerials)
{
    EXPECT_EQ(iso(u"29221"), "1980-01-01");
    EXPECT_EQ(iso(u"29221.0"), "1980-01-01");
    EXPECT_EQ(iso(u"29221,5"), "1980-01-01");
    EXPECT_EQ(iso(u"29295.75"), "1980-03-15");
    EXPECT_EQ(iso(u"1"), "1900-01-01");
    EXPECT_EQ(iso(u"59"), "1900-02-28");
    EXPECT_EQ(iso(u"61"), "1900-03-01");
    EXPECT_EQ(iso(u"45292"), "2024-01-01");
    EXPECT_EQ(iso(u"2958465"), "9999-12-31");
}

TEST(FlexParse, ExcelSerialsOfThe1904DateSystem)
{
    // The same day is 1,462 less in a workbook of Excel's 1904 date system.
    EXPECT_EQ(parseFlexDate(u"27759", true)->date, QDate(1980, 1, 1));
    EXPECT_EQ(parseFlexDate(u"0", true)->date, QDate(1904, 1, 1));
    EXPECT_EQ(parseFlexDate(u"59", true)->date, QDate(1904, 2, 29));  // no phantom day to skip
    EXPECT_EQ(parseFlexDate(u"1985", true)->year, 1985);              // a year stays a year
    EXPECT_EQ(parseFlexDate(u"15/03/1980", true)->date, QDate(1980, 3, 15));
}

TEST(FlexParse, ExcelSerialsOutOfRangeAreRefused)
{
    EXPECT_EQ(iso(u"60"), "-");  // Excel's 29/02/1900 never existed
    EXPECT_EQ(iso(u"0"), "-");
    EXPECT_EQ(iso(u"0.5"), "-");
    EXPECT_EQ(iso(u"2958466"), "-");
    EXPECT_EQ(iso(u"99999999"), "-");
    EXPECT_EQ(iso(u"-29221"), "-");
    EXPECT_EQ(iso(u"+29221"), "-");
    EXPECT_EQ(iso(u"29221."), "-");
    EXPECT_EQ(iso(u"29221.0x"), "-");
    EXPECT_EQ(iso(u"2.9221E4"), "-");
}

TEST(FlexParse, YearAlone)
{
    const auto d = parseFlexDate(u"1985");
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->yearOnly());
    EXPECT_FALSE(d->isNull());
    EXPECT_EQ(d->year, 1985);
    EXPECT_EQ(d->toIso(), QStringLiteral("1985"));
    EXPECT_EQ(parseFlexDate(u"1985.0"), d);  // a year typed in a numeric cell
    EXPECT_EQ(parseFlexDate(u"  1985 "), d);
    EXPECT_EQ(iso(u"1900"), "1900");
    EXPECT_EQ(iso(u"2100"), "2100");
    // Outside 1900..2100 a four-digit number is a serial, i.e. a full date.
    const auto serial = parseFlexDate(u"2101");
    ASSERT_TRUE(serial);
    EXPECT_FALSE(serial->yearOnly());
    EXPECT_EQ(serial->toIso(), QStringLiteral("1905-10-01"));
    // A fraction that is not zero makes it a serial with a time of day.
    ASSERT_TRUE(parseFlexDate(u"1985.5"));
    EXPECT_FALSE(parseFlexDate(u"1985.5")->yearOnly());
}

TEST(FlexParse, ImpossibleDatesAreRefused)
{
    EXPECT_EQ(iso(u"31/02/1990"), "-");
    EXPECT_EQ(iso(u"29/02/1990"), "-");
    EXPECT_EQ(iso(u"29/02/1988"), "1988-02-29");
    EXPECT_EQ(iso(u"32/01/1990"), "-");
    EXPECT_EQ(iso(u"15/13/1990"), "-");
    EXPECT_EQ(iso(u"00/01/1990"), "-");
    EXPECT_EQ(iso(u"1990-02-30"), "-");
    EXPECT_EQ(iso(u"0000-01-01"), "-");
}

TEST(FlexParse, NonDatesAreRefused)
{
    EXPECT_EQ(iso(u""), "-");
    EXPECT_EQ(iso(u"   "), "-");
    EXPECT_EQ(iso(u"abc"), "-");
    EXPECT_EQ(iso(u"15/03"), "-");
    EXPECT_EQ(iso(u"03/1980"), "-");
    EXPECT_EQ(iso(u"15/03/1980x"), "-");
    EXPECT_EQ(iso(u"ngày 15/03/1980"), "-");
    EXPECT_EQ(iso(u"123/03/1980"), "-");
    EXPECT_EQ(iso(u"15//1980"), "-");
}

TEST(FlexParse, SpacesAroundAreIgnored)
{
    EXPECT_EQ(iso(u"  15/03/1980  "), "1980-03-15");
    EXPECT_EQ(iso(u"\u00A015/03/1980\t"), "1980-03-15");  // no-break space from a spreadsheet
    EXPECT_EQ(iso(u"15 / 03 / 1980"), "-");
}

TEST(FlexParse, ToIso)
{
    EXPECT_EQ((FlexDate{QDate(1980, 3, 5), 1980}).toIso(), QStringLiteral("1980-03-05"));
    EXPECT_EQ((FlexDate{QDate(), 1962}).toIso(), QStringLiteral("1962"));
    EXPECT_EQ(FlexDate{}.toIso(), QString());
    EXPECT_TRUE(FlexDate{}.isNull());
    EXPECT_FALSE((FlexDate{QDate(1980, 3, 5), 1980}).yearOnly());
}

TEST(FlexParse, FullDateSetsTheYear)
{
    const auto d = parseFlexDate(u"15/03/1980");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->year, 1980);
    EXPECT_EQ(d->date, QDate(1980, 3, 15));
    EXPECT_EQ(*d, (FlexDate{QDate(1980, 3, 15), 1980}));
}

TEST(FlexParse, YesNoTrue)
{
    for (const char16_t* s : {u"x", u"X", u"có", u"Có", u"CÓ", u"co", u"yes", u"Yes", u"y", u"1",
                              u"true", u"TRUE", u"Đảng viên", u"đảng  viên", u"dv", u"ĐV", u"đv",
                              u" x ", u"√", u"✓", u"1.0"})
        EXPECT_EQ(parseYesNo(QStringView(s)), std::optional<bool>(true))
            << QString::fromUtf16(s).toStdString();
}

TEST(FlexParse, YesNoFalse)
{
    for (const char16_t* s : {u"", u"  ", u"không", u"Không", u"KHÔNG", u"khong", u"no", u"No",
                              u"n", u"0", u"false", u"FALSE", u"0.0"})
        EXPECT_EQ(parseYesNo(QStringView(s)), std::optional<bool>(false))
            << QString::fromUtf16(s).toStdString();
}

TEST(FlexParse, YesNoUnknown)
{
    for (const char16_t* s : {u"2", u"maybe", u"có lẽ", u"không rõ", u"xx", u"yes please",
                              u"a very long answer that is not yes"})
        EXPECT_EQ(parseYesNo(QStringView(s)), std::nullopt) << QString::fromUtf16(s).toStdString();
}
