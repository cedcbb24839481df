#include "importing/headermap.h"

#include "core/error.h"
#include "importing/csvreader.h"

#include <gtest/gtest.h>

using hv::CsvReader;
using hv::MemberColumn;

namespace {

std::optional<hv::HeaderMap> headerOf(const QString& text)
{
    CsvReader r(text.toUtf8(), QStringLiteral("list.csv"));
    return hv::findMemberHeader(r);
}

}  // namespace

TEST(HeaderMapTest, CodesRoundTripAndAreHeadersThemselves)
{
    for (int i = 0; i < hv::kMemberColumnCount; ++i) {
        const auto c = MemberColumn(i);
        EXPECT_EQ(hv::columnFromCode(hv::columnCode(c)), c) << i;
        EXPECT_EQ(hv::matchHeader(hv::columnCode(c)), c) << hv::columnCode(c).toStdString();
        EXPECT_EQ(hv::matchHeader(hv::columnHeader(c)), c) << hv::columnHeader(c).toStdString();
    }
    EXPECT_EQ(hv::columnCode(MemberColumn::FullName), QStringLiteral("full_name"));
    EXPECT_EQ(hv::columnCode(MemberColumn::PoliticalTheory), QStringLiteral("political_theory"));
    EXPECT_FALSE(hv::columnFromCode(u"nickname"));
}

// No spelling may be claimed by two columns: each accepted header, in any form, finds its own column.
TEST(HeaderMapTest, EveryAcceptedHeaderFindsItsOwnColumn)
{
    for (int i = 0; i < hv::kMemberColumnCount; ++i) {
        const auto c = MemberColumn(i);
        const QStringList headers = hv::acceptedHeaders(c);
        ASSERT_FALSE(headers.isEmpty());
        EXPECT_EQ(headers.front(), hv::columnHeader(c));
        for (const QString& h : headers) {
            EXPECT_EQ(hv::matchHeader(h), c) << h.toStdString();
            EXPECT_EQ(hv::matchHeader(h.toUpper()), c) << h.toStdString();
        }
    }
}

TEST(HeaderMapTest, AcceptedHeadersOfTheContract)
{
    const std::vector<std::pair<const char16_t*, MemberColumn>> cases = {
        {u"Họ tên", MemberColumn::FullName},
        {u"Ngày tháng năm sinh", MemberColumn::BirthDate},
        {u"Số định danh", MemberColumn::CitizenId},
        {u"CCCD", MemberColumn::CitizenId},
        {u"Học vấn", MemberColumn::Education},
        {u"Chuyên môn", MemberColumn::Professional},
        {u"LLCT", MemberColumn::PoliticalTheory},
        {u"Số điện thoại", MemberColumn::Phone},
        {u"Thôn/xóm", MemberColumn::Address},
        {u"Xã", MemberColumn::Commune},
        {u"Cơ sở Hội", MemberColumn::Commune},
        {u"Tổ phụ nữ", MemberColumn::Group},
        {u"Tổ", MemberColumn::Group},
        {u"Ngày kết nạp", MemberColumn::JoinedOn},
        {u"Hình thức", MemberColumn::JoinKind},
        {u"Số thẻ", MemberColumn::CardNo},
        {u"Nòng cốt", MemberColumn::CoreMember},
        {u"Ngày biến động", MemberColumn::StatusDate},
        {u"Giới tính", MemberColumn::Sex},
        {u"TT", MemberColumn::Stt},
        {u"No.", MemberColumn::Stt},
        {u"Professional level", MemberColumn::Professional},
        {u"Card number", MemberColumn::CardNo},
        {u"Join date", MemberColumn::JoinedOn},
    };
    for (const auto& [header, column] : cases)
        EXPECT_EQ(hv::matchHeader(QStringView(header)), column) << QString::fromUtf16(header).toStdString();
}

TEST(HeaderMapTest, ToneMarksCaseSpacesAndPunctuationDoNotMatter)
{
    EXPECT_EQ(hv::matchHeader(u"HO VA TEN"), MemberColumn::FullName);
    EXPECT_EQ(hv::matchHeader(u"HỌ VÀ TÊN"), MemberColumn::FullName);
    EXPECT_EQ(hv::matchHeader(u"  họ   và\ntên: "), MemberColumn::FullName);
    EXPECT_EQ(hv::matchHeader(u"Họ và tên (*)"), MemberColumn::FullName);
    EXPECT_EQ(hv::matchHeader(u"Ngày sinh\n(dd/mm/yyyy)"), MemberColumn::BirthDate);
    EXPECT_EQ(hv::matchHeader(u"ngay vao hoi"), MemberColumn::JoinedOn);
    EXPECT_EQ(hv::matchHeader(u"DANG VIEN"), MemberColumn::PartyMember);
    EXPECT_EQ(hv::matchHeader(u"Thôn - xóm"), MemberColumn::Address);
    EXPECT_EQ(hv::matchHeader(u"DATE OF BIRTH"), MemberColumn::BirthDate);
    // Decomposed tone marks, as some Mac and web exports write them.
    EXPECT_EQ(hv::matchHeader(QString::fromUtf8("Ho\xCC\xA3 va\xCC\x80 te\xCC\x82n")),
              MemberColumn::FullName);
    EXPECT_FALSE(hv::matchHeader(u"Quê quán"));
    EXPECT_FALSE(hv::matchHeader(u"Họ và tên cha"));
    EXPECT_FALSE(hv::matchHeader(u""));
    EXPECT_FALSE(hv::matchHeader(u"()"));
}

TEST(HeaderMapTest, SkipsTitleRowsAndStopsOnTheHeader)
{
    CsvReader r(QStringLiteral("HỘI LIÊN HIỆP PHỤ NỮ XÃ XUÂN LAI;;;\n"
                               "DANH SÁCH HỘI VIÊN NĂM 2024;;;\n"
                               "Đơn vị: Chi hội thôn 3;;;\n"
                               ";;;\n"
                               "STT;Họ và tên;Ngày sinh;Chi hội\n"
                               "1;Lê Thị Lan;1980;Thôn 3\n")
                    .toUtf8(),
                QStringLiteral("list.csv"));
    const auto map = hv::findMemberHeader(r);
    ASSERT_TRUE(map);
    EXPECT_EQ(map->headerRow, 5);
    EXPECT_EQ(map->indexOf(MemberColumn::Stt), 0);
    EXPECT_EQ(map->indexOf(MemberColumn::FullName), 1);
    EXPECT_EQ(map->indexOf(MemberColumn::Chapter), 3);
    EXPECT_EQ(map->indexOf(MemberColumn::CitizenId), -1);
    EXPECT_FALSE(map->has(MemberColumn::Phone));
    EXPECT_EQ(map->headers, QStringList({"STT", "Họ và tên", "Ngày sinh", "Chi hội"}));
    EXPECT_TRUE(map->warnings.empty());
    auto m = *map;
    ASSERT_TRUE(hv::nextDataRow(r, m));  // the row after the header was read to see if it is a second header
    EXPECT_EQ(r.rowNumber(), 6);
    EXPECT_EQ(r.cell(1), QStringLiteral("Lê Thị Lan"));
    EXPECT_FALSE(hv::nextDataRow(r, m));
}

TEST(HeaderMapTest, UpperCaseWithoutToneMarksAndEnglish)
{
    auto plain = headerOf(QStringLiteral("TT,HO VA TEN,NGAY SINH,SO CCCD,DAN TOC\n"));
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->indexOf(MemberColumn::CitizenId), 3);
    EXPECT_EQ(plain->indexOf(MemberColumn::Ethnicity), 4);

    auto english = headerOf(QStringLiteral("No.,Full name,Date of birth,Citizen ID,Party member,Notes\n"));
    ASSERT_TRUE(english);
    EXPECT_EQ(english->indexOf(MemberColumn::Stt), 0);
    EXPECT_EQ(english->indexOf(MemberColumn::PartyMember), 4);
    EXPECT_EQ(english->indexOf(MemberColumn::Notes), 5);
}

TEST(HeaderMapTest, HeaderNeedsFullNameAndOneMoreColumn)
{
    EXPECT_FALSE(headerOf(QStringLiteral("Ngày sinh,Dân tộc,Tôn giáo\n1980,Kinh,Không\n")));
    EXPECT_FALSE(headerOf(QStringLiteral("Họ và tên\nLê Thị Lan\n")));
    EXPECT_TRUE(headerOf(QStringLiteral("Họ và tên,STT\nLê Thị Lan,1\n")));
    // Beyond the rows scanned: not found, and the rows read are gone.
    QString many;
    for (int i = 0; i < 40; ++i) many += QStringLiteral("title %1\n").arg(i);
    CsvReader r((many + QStringLiteral("Họ và tên,Ngày sinh\n")).toUtf8(), QStringLiteral("list.csv"));
    EXPECT_FALSE(hv::findMemberHeader(r, 30));
    EXPECT_EQ(r.rowNumber(), 30);
}

TEST(HeaderMapTest, UnknownHeadersAreWarnedNotRefused)
{
    const auto map = headerOf(QStringLiteral("STT,Họ và tên,Giới tính,Quê quán,,Ngày sinh\n"));
    ASSERT_TRUE(map);
    EXPECT_EQ(map->unknownColumns(), std::vector<int>({3}));
    ASSERT_EQ(map->warnings.size(), 1u);
    const hv::InputProblem& w = map->warnings.front();
    EXPECT_EQ(w.severity, hv::InputProblem::Severity::Warning);
    EXPECT_EQ(w.column, QStringLiteral("Quê quán"));
    EXPECT_EQ(w.row, 1);
    EXPECT_EQ(w.file, QStringLiteral("list.csv"));
    EXPECT_EQ(map->indexOf(MemberColumn::Sex), 2);
}

TEST(HeaderMapTest, TwoColumnsForOneFieldAreRefusedNamingBoth)
{
    CsvReader r(QStringLiteral("Họ và tên,Địa chỉ,Ngày sinh,Thôn/xóm\n").toUtf8(),
                QStringLiteral("list.csv"));
    try {
        hv::findMemberHeader(r);
        FAIL() << "duplicate mapping accepted";
    } catch (const hv::Error& e) {
        EXPECT_EQ(e.kind(), hv::Error::Kind::Input);
        EXPECT_TRUE(e.message().contains(QStringLiteral("Địa chỉ"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("Thôn/xóm"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("list.csv"))) << e.what();
    }
    // Repeated STT or sex columns are harmless: they are not imported.
    EXPECT_NO_THROW(headerOf(QStringLiteral("STT,Họ và tên,TT,Ngày sinh\n")));
}

TEST(HeaderMapTest, BlankSttOnlyAndSubtotalRows)
{
    CsvReader r(QStringLiteral("STT,Họ và tên,Ngày sinh\n"
                               "1,Lê Thị Lan,1980\n"
                               ",,\n"
                               "2,,\n"
                               "\n"
                               "Tổng cộng,,25\n"
                               ",CỘNG: 25 hội viên,\n"
                               ",TONG CONG,\n"
                               ",Tống Thị Huệ,1990\n"
                               ",Công Thị Hà,1991\n"
                               ",Tổng số,12\n"
                               ",Tổngthịlan,1991\n")
                    .toUtf8(),
                QStringLiteral("list.csv"));
    auto map = hv::findMemberHeader(r);
    ASSERT_TRUE(map);
    std::vector<bool> skipped;
    while (hv::nextDataRow(r, *map)) skipped.push_back(hv::isBlankOrSubtotal(r, *map));
    EXPECT_EQ(skipped,
              std::vector<bool>({false, true, true, true, true, true, true, false, false, true, false}));
}
