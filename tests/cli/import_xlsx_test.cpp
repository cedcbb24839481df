// Member lists in Excel workbooks imported through hoivien-cli into a fresh database, and the register
// checked against values written out by hand.
#include "cli/clirun.h"
#include "testutil.h"

#include <gtest/gtest.h>

using hvtest::cli;
using hvtest::CliRun;
using hvtest::memberCount;
using hvtest::queryRows;

namespace {

QString xlsx(const char* name) { return hvtest::dataPath(QStringLiteral("xlsx/") + QLatin1String(name)); }

// name | birth date | birth year | CCCD | party member | joined | chapter at the latest event
const char* kRegister =
    "SELECT m.full_name, m.birth_date, m.birth_year, m.citizen_id, m.party_member, m.joined_on, u.name "
    "FROM members m JOIN member_events e ON e.member_id = m.id AND e.valid_until = '9999-12-31' "
    "JOIN units u ON u.id = e.unit_id ORDER BY m.id";

class ImportXlsxTest : public hvtest::CliOfficeTest {};

}  // namespace

TEST_F(ImportXlsxTest, TitleRowsMergedTwoRowHeaderDatesAsTypedAndSubtotal)
{
    const CliRun r = cli({"import", "members", xlsx("members.xlsx"), "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("3 row(s) read, 3 added"))) << r.err.toStdString();
    EXPECT_EQ(queryRows(db, kRegister).join(QLatin1Char('\n')).toStdString(),
              (QStringList{
                  QStringLiteral("Nguyễn Thị Hằng|1985-03-15|1985|038185000123|1|2005-03-08|Chi hội Khu phố 1"),
                  QStringLiteral("Lê Thị Mai|1980-03-15|1980|038180000456|1|2000-01-01|Chi hội Khu phố 2"),
                  QStringLiteral("Trần Thị Lan|1989-09-02|1989|∅|1|2015-01-01|Chi hội Khu phố 2"),
              }).join(QLatin1Char('\n')).toStdString());
}

TEST_F(ImportXlsxTest, AWorkbookOfThe1904DateSystemReadsBareSerialsAsItsDateCells)
{
    // members.xlsx with date1904="1" in its workbook.xml: every day number counts from 01/01/1904, the
    // bare 32753 of a General cell as much as the date cells (both 1,462 days later than in members.xlsx).
    const CliRun r = cli({"import", "members", xlsx("members_1904.xlsx"), "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(queryRows(db, "SELECT full_name, birth_date FROM members ORDER BY id").join(QLatin1Char('\n')).toStdString(),
              (QStringList{QStringLiteral("Nguyễn Thị Hằng|1989-03-16"), QStringLiteral("Lê Thị Mai|1980-03-15"),
                           QStringLiteral("Trần Thị Lan|1993-09-03")})
                  .join(QLatin1Char('\n'))
                  .toStdString());
}

TEST_F(ImportXlsxTest, SecondSheetByName)
{
    const CliRun r = cli({"import", "members", xlsx("members.xlsx"), "--sheet", "Khu phố 2", "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(queryRows(db, kRegister).join(QLatin1Char('\n')).toStdString(),
              "Phạm Thị Hoa|1992-12-31|1992|038192000789|0|∅|Chi hội Khu phố 2");
    const CliRun bad = cli({"import", "members", xlsx("members.xlsx"), "--sheet", "Thôn 9", "--db", db});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("Danh sách, Khu phố 2"))) << bad.err.toStdString();
}

TEST_F(ImportXlsxTest, WorkbookWrittenByLibreOffice)
{
    const CliRun r = cli({"import", "members", xlsx("lo_members.xlsx"), "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(queryRows(db, kRegister).join(QLatin1Char('\n')).toStdString(),
              (QStringList{
                  QStringLiteral("Bùi Thị Ngọc|1975-07-20|1975|038175000321|0|∅|Chi hội Khu phố 1"),
                  QStringLiteral("Đinh Thị Thu Trang|∅|1968|∅|0|∅|Chi hội Khu phố 1"),
              }).join(QLatin1Char('\n')).toStdString());
}

TEST_F(ImportXlsxTest, CccdTurnedIntoANumberIsRefusedNotGuessed)
{
    const CliRun r = cli({"import", "members", xlsx("cccd_number.xlsx"), "--db", db});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cccd_number.xlsx:2:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("38185000123"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("dropped its leading 0"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cccd_number.xlsx:3:"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("scientific notation"))) << r.err.toStdString();
    EXPECT_EQ(memberCount(db), 0);
}

TEST_F(ImportXlsxTest, BadFilesAreRefusedAndChangeNothing)
{
    ASSERT_EQ(cli({"import", "members", xlsx("inline_strings.xlsx"), "--db", db}).exit, 0);
    ASSERT_EQ(memberCount(db), 1);
    for (const char* bad : {"bad/truncated.xlsx", "bad/xml_bomb.xlsx", "bad/zip_bomb_lying.xlsx", "bad/million_empty_rows.xlsx",
                            "bad/not_spreadsheet.xlsx"}) {
        const CliRun r = cli({"import", "members", xlsx(bad), "--db", db});
        EXPECT_EQ(r.exit, 1) << bad << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(xlsx(bad))) << r.err.toStdString();
        EXPECT_EQ(memberCount(db), 1) << bad;
    }
    const QString xls = hvtest::writeFile(dir.path("old.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    const CliRun r = cli({"import", "members", xls, "--db", db});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("save it as .xlsx"))) << r.err.toStdString();
}

TEST_F(ImportXlsxTest, ListTypedInTcvn3IsConvertedAndTheUserTold)
{
    const CliRun r = cli({"import", "members", xlsx("tcvn3.xlsx"), "--db", db});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("TCVN3 (ABC)"))) << r.err.toStdString();
    EXPECT_EQ(queryRows(db, kRegister).join(QLatin1Char('\n')).toStdString(),
              QStringList({
                  QStringLiteral("Nguyễn Thị Hoa|∅|1970|∅|0|∅|Chi hội Khu phố 1"),
                  QStringLiteral("Phạm Thị Lan|∅|1975|∅|0|∅|Chi hội Khu phố 2"),
              }).join(QLatin1Char('\n')).toStdString());
}
