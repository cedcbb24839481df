#include "core/referencedata.h"

#include <gtest/gtest.h>

#include <QSet>

using hv::ReferenceData;

namespace {

const ReferenceData& ref()
{
    static const ReferenceData data;
    return data;
}

std::string ethnic(const char16_t* name)
{
    const auto code = ref().ethnicityCode(QStringView(name));
    return code ? code->toStdString() : std::string("-");
}

std::string religion(const char16_t* name)
{
    const auto code = ref().religionCode(QStringView(name));
    return code ? code->toStdString() : std::string("-");
}

}  // namespace

TEST(ReferenceData, LoadsAllEthnicGroups)
{
    const auto& list = ref().ethnicGroups();
    ASSERT_EQ(list.size(), 55u);
    QSet<QString> codes;
    for (const auto& e : list) {
        EXPECT_EQ(e.code.size(), 2) << e.code.toStdString();
        EXPECT_FALSE(e.name.isEmpty());
        codes.insert(e.code);
    }
    EXPECT_EQ(codes.size(), 55);
    EXPECT_EQ(list.front().code, QStringLiteral("01"));
    EXPECT_EQ(list.front().name, QStringLiteral("Kinh"));
    EXPECT_EQ(ref().ethnicityName(QStringLiteral("08")), QStringLiteral("HMông"));
    EXPECT_EQ(ref().ethnicityName(QStringLiteral("05")), QStringLiteral("Khơ-me"));
    EXPECT_EQ(ref().ethnicityName(QStringLiteral("56")), QString());
    EXPECT_EQ(ref().ethnicityName(QString()), QString());
}

TEST(ReferenceData, LoadsReligionsWithTheCodesWeGiveThem)
{
    const auto& list = ref().religions();
    ASSERT_EQ(list.size(), 17u);  // 00 + GSO 01..14 + 15, 16
    for (std::size_t i = 0; i < list.size(); ++i)
        EXPECT_EQ(list[i].code, QStringLiteral("%1").arg(int(i), 2, 10, QLatin1Char('0')));
    EXPECT_EQ(ref().religionName(QStringLiteral("00")), QStringLiteral("Không tôn giáo"));
    EXPECT_EQ(ref().religionName(QStringLiteral("02")), QStringLiteral("Công giáo"));
    EXPECT_EQ(ref().religionName(QStringLiteral("15")), QStringLiteral("Cơ đốc Phục lâm Việt Nam"));
    EXPECT_EQ(ref().religionName(QStringLiteral("16")), QStringLiteral("Phật giáo Hiếu Nghĩa Tà Lơn"));
    EXPECT_EQ(ref().religionName(QStringLiteral("17")), QString());
    EXPECT_EQ(QString::fromLatin1(ReferenceData::kNoReligion), QStringLiteral("00"));
}

TEST(ReferenceData, EthnicityByName)
{
    EXPECT_EQ(ethnic(u"Kinh"), "01");
    EXPECT_EQ(ethnic(u"kinh"), "01");
    EXPECT_EQ(ethnic(u"  KINH "), "01");
    EXPECT_EQ(ethnic(u"Kinh (Việt)"), "01");
    EXPECT_EQ(ethnic(u"Việt"), "01");
    EXPECT_EQ(ethnic(u"Tày"), "02");
    EXPECT_EQ(ethnic(u"Thái"), "03");
    EXPECT_EQ(ethnic(u"Thai"), "03");
    EXPECT_EQ(ethnic(u"Mường"), "06");
    EXPECT_EQ(ethnic(u"Người nước ngoài"), "55");
    EXPECT_EQ(ethnic(u"Kinh Việt Nam"), "-");
    EXPECT_EQ(ethnic(u"Mèo Vạc"), "-");
    EXPECT_EQ(ethnic(u""), "-");
}

TEST(ReferenceData, EthnicityIgnoresHyphensSpacesAndApostrophes)
{
    EXPECT_EQ(ethnic(u"Khơ-me"), "05");
    EXPECT_EQ(ethnic(u"Khơ me"), "05");
    EXPECT_EQ(ethnic(u"Khơme"), "05");
    EXPECT_EQ(ethnic(u"Khmer"), "05");
    EXPECT_EQ(ethnic(u"H'Mông"), "08");
    EXPECT_EQ(ethnic(u"H’Mông"), "08");
    EXPECT_EQ(ethnic(u"HMông"), "08");
    EXPECT_EQ(ethnic(u"Mông"), "08");
    EXPECT_EQ(ethnic(u"hmong"), "08");
    EXPECT_EQ(ethnic(u"Ê Đê"), "12");
    EXPECT_EQ(ethnic(u"Ê-đê"), "12");
    EXPECT_EQ(ethnic(u"Êđê"), "12");
    EXPECT_EQ(ethnic(u"Ede"), "12");
    EXPECT_EQ(ethnic(u"Gia Rai"), "10");
    EXPECT_EQ(ethnic(u"M'Nông"), "20");
    EXPECT_EQ(ethnic(u"Bru - Vân Kiều"), "23");
    EXPECT_EQ(ethnic(u"Vân Kiều"), "23");
    EXPECT_EQ(ethnic(u"Khơ mú"), "29");  // not Khơ-me
    EXPECT_EQ(ethnic(u"Khơ"), "-");
}

TEST(ReferenceData, EthnicityNoteIsNotASpelling)
{
    // Code 55's other_spelling cell is a remark, not a name.
    EXPECT_EQ(ethnic(u"not an ethnic group; extra code used by many admin systems"), "-");
    EXPECT_EQ(ethnic(u"not an ethnic group"), "-");
}

TEST(ReferenceData, EthnicityByCode)
{
    EXPECT_EQ(ethnic(u"01"), "01");
    EXPECT_EQ(ethnic(u"55"), "55");
    EXPECT_EQ(ethnic(u" 08 "), "08");
    EXPECT_EQ(ethnic(u"56"), "-");
    EXPECT_EQ(ethnic(u"00"), "-");
    EXPECT_EQ(ethnic(u"1"), "-");
}

TEST(ReferenceData, NoReligion)
{
    for (const char16_t* s : {u"Không", u"không", u"KHÔNG", u"không có", u"Không tôn giáo",
                              u"khong ton giao", u"none", u"No", u"00"})
        EXPECT_EQ(religion(s), "00") << QString::fromUtf16(s).toStdString();
    EXPECT_EQ(religion(u""), "-");  // unknown is not the same as none
    EXPECT_EQ(religion(u"   "), "-");
}

TEST(ReferenceData, ReligionByName)
{
    EXPECT_EQ(religion(u"Phật giáo"), "01");
    EXPECT_EQ(religion(u"Phật"), "01");
    EXPECT_EQ(religion(u"Đạo Phật"), "01");
    EXPECT_EQ(religion(u"phat giao"), "01");
    EXPECT_EQ(religion(u"Công giáo"), "02");
    EXPECT_EQ(religion(u"Thiên chúa"), "02");
    EXPECT_EQ(religion(u"Thiên Chúa giáo"), "02");
    EXPECT_EQ(religion(u"Đạo Thiên Chúa"), "02");
    EXPECT_EQ(religion(u"Hòa Hảo"), "03");
    EXPECT_EQ(religion(u"Phật giáo Hoà Hảo"), "03");
    EXPECT_EQ(religion(u"Hồi giáo"), "04");
    EXPECT_EQ(religion(u"Hồi"), "04");
    EXPECT_EQ(religion(u"Cao đài"), "05");
    EXPECT_EQ(religion(u"Đạo Cao Đài"), "05");
    EXPECT_EQ(religion(u"Minh Lý đạo - Tam Tông Miếu"), "07");
    EXPECT_EQ(religion(u"Tin Lành"), "08");
    EXPECT_EQ(religion(u"Đạo Tin lành"), "08");
    EXPECT_EQ(religion(u"tin lanh"), "08");
    EXPECT_EQ(religion(u"Bà-la-môn giáo"), "13");
    EXPECT_EQ(religion(u"Bà La Môn"), "13");
    EXPECT_EQ(religion(u"Mặc Môn"), "14");
    EXPECT_EQ(religion(u"Cơ đốc Phục lâm Việt Nam"), "15");
    EXPECT_EQ(religion(u"Phật giáo Hiếu Nghĩa Tà Lơn"), "16");
}

TEST(ReferenceData, ReligionUnknown)
{
    EXPECT_EQ(religion(u"Thần đạo"), "-");
    EXPECT_EQ(religion(u"Đạo"), "-");
    EXPECT_EQ(religion(u"giáo"), "-");
    EXPECT_EQ(religion(u"17"), "-");
    EXPECT_EQ(religion(u"Kinh"), "-");  // an ethnic group, not a religion
}

TEST(ReferenceData, ReligionByCode)
{
    EXPECT_EQ(religion(u"02"), "02");
    EXPECT_EQ(religion(u"16"), "16");
    EXPECT_EQ(religion(u"2"), "-");
}

TEST(ReferenceData, CccdProvinces)
{
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("001")), QStringLiteral("Hà Nội"));
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("038")), QStringLiteral("Thanh Hóa"));
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("079")), QStringLiteral("Hồ Chí Minh"));
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("096")), QStringLiteral("Cà Mau"));
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("003")), QString());  // no province has it
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("097")), QString());
    EXPECT_EQ(ref().cccdProvince(QStringLiteral("1")), QString());
    EXPECT_EQ(ref().cccdProvince(QString()), QString());
}
