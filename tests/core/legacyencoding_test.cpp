#include "core/legacyencoding.h"

#include <gtest/gtest.h>

using namespace hv::legacy;

namespace {
std::string s(const QString& q) { return q.toStdString(); }
}  // namespace

TEST(LegacyEncoding, Tcvn3KnownWords)
{
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("Hµ Néi"))), "Hà Nội");
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("Ph¹m"))), "Phạm");
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("NguyÔn ThÞ Hoa"))), "Nguyễn Thị Hoa");
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("Chi héi Khu phè 1"))), "Chi hội Khu phố 1");
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("§¶ng viªn"))), "Đảng viên");
    // .VnTimeH: upper-case letters typed with the lower-case codes.
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("DANH S¸CH HéI VI£N"))), "DANH SÁCH HỘI VIÊN");
}

TEST(LegacyEncoding, VniKnownWords)
{
    EXPECT_EQ(s(fromVni(QStringLiteral("Nguyeãn Thò Hoa"))), "Nguyễn Thị Hoa");
    EXPECT_EQ(s(fromVni(QStringLiteral("Haø Noäi"))), "Hà Nội");
    EXPECT_EQ(s(fromVni(QStringLiteral("Phaïm Thò Thuûy"))), "Phạm Thị Thủy");
    EXPECT_EQ(s(fromVni(QStringLiteral("Ñaëng Thò Höông"))), "Đặng Thị Hương");
    EXPECT_EQ(s(fromVni(QStringLiteral("Tröông Thò Lôïi"))), "Trương Thị Lợi");
    EXPECT_EQ(s(fromVni(QStringLiteral("NGUYEÃN"))), "NGUYỄN");
}

TEST(LegacyEncoding, ReadingIsChosenOnlyWhenItTurnsTheTextIntoVietnamese)
{
    EXPECT_EQ(bestReading(QStringLiteral("NguyÔn ThÞ Hoa")), Encoding::Tcvn3);
    EXPECT_EQ(bestReading(QStringLiteral("Hµ Néi")), Encoding::Tcvn3);
    EXPECT_EQ(bestReading(QStringLiteral("Nguyeãn Thò Hoa")), Encoding::Vni);
    EXPECT_EQ(bestReading(QStringLiteral("Haø Noäi")), Encoding::Vni);
    // Unicode Vietnamese is never converted, nor is plain ASCII, nor Latin-1-only Unicode words
    // ("Hoà", "Thuý" in the old tone placement are Vietnamese as they are).
    for (const char* text : {"Nguyễn Thị Hoa", "Hà Nội", "Hoà", "Thuý", "Tú", "Nguyen Thi Hoa", "038185000123", "x",
                             "15/03/1985", "Lê Thị Mai", "Café", "Đảng viên", "Ngô Thị Hằng"})
        EXPECT_EQ(bestReading(QString::fromUtf8(text)), Encoding::Unicode) << text;
    EXPECT_TRUE(looksVietnamese(QStringLiteral("Nguyễn Thị Hoa, Khu phố 1")));
    EXPECT_FALSE(looksVietnamese(QStringLiteral("NguyÔn")));
    EXPECT_FALSE(looksVietnamese(QStringLiteral("Nguyeãn")));
    EXPECT_EQ(s(fromTcvn3(QStringLiteral("Nguyen Thi Hoa 123"))), "Nguyen Thi Hoa 123");
    EXPECT_EQ(s(fromVni(QStringLiteral("Nguyen Thi Hoa 123"))), "Nguyen Thi Hoa 123");
}

TEST(LegacyEncoding, TheFileDecidesByMajority)
{
    Votes v;
    EXPECT_EQ(v.decision(), Encoding::Unicode);
    v.add(Encoding::Tcvn3);
    EXPECT_EQ(v.decision(), Encoding::Unicode);  // one text is no evidence
    v.add(Encoding::Tcvn3);
    v.add(Encoding::Unicode);
    EXPECT_EQ(v.decision(), Encoding::Tcvn3);
    v.add(Encoding::Vni);
    EXPECT_EQ(v.decision(), Encoding::Unicode);  // 2 against 1: mixed, no guess
}

TEST(LegacyEncoding, InAFileKnownToBeTcvn3AmbiguousWordsAreReadSoToo)
{
    EXPECT_EQ(bestReading(QStringLiteral("Khu phè 1")), Encoding::Unicode);  // alone it could be Unicode
    EXPECT_TRUE(readsAs(QStringLiteral("Khu phè 1"), Encoding::Tcvn3));
    EXPECT_FALSE(readsAs(QStringLiteral("Khu phố 1"), Encoding::Tcvn3));  // beyond Latin-1: Unicode already
    EXPECT_FALSE(readsAs(QStringLiteral("Khu pho 1"), Encoding::Tcvn3));  // unchanged
    EXPECT_FALSE(readsAs(QStringLiteral("NguyÔn"), Encoding::Unicode));
}
