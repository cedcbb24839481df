// One import is one batch: listed by `batches`, undone as a whole by `undo-import`, and never half
// written, even when the process is killed in the middle.
#include "cli/clirun.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>
#include <zip.h>

using hvtest::cli;
using hvtest::CliRun;
using hvtest::memberCount;
using hvtest::queryRows;

namespace {

QString xlsx(const char* name) { return hvtest::dataPath(QStringLiteral("xlsx/") + QLatin1String(name)); }

// A member list of `rows` distinct members in Khu phố 1, as a minimal workbook with inline strings.
void writeBigWorkbook(const QString& path, int rows)
{
    static const char* surnames[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô"};
    static const char* given[] = {"Lan", "Hoa", "Mai", "Hằng", "Hương", "Thu", "Nga", "Yến", "Hà", "Linh",
                                  "Trang", "Thảo", "Ngọc", "Hạnh", "Dung", "Phương", "Loan", "Huệ", "Vân", "Oanh"};
    auto is = [](const std::string& t) { return "<c t=\"inlineStr\"><is><t>" + t + "</t></is></c>"; };
    std::string xml = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<sheetData><row r=\"1\">" + is("Họ và tên") + is("Ngày sinh") + is("Cơ sở Hội") + is("Chi hội") + "</row>";
    for (int i = 0; i < rows; ++i) {
        const std::string name = std::string(surnames[i % 10]) + " Thị " + given[(i / 10) % 20];
        // 20,000 distinct days from 1950: with 200 names, name and birth date never repeat together.
        const int serial = 18264 + i % 20000 + (i / 20000) * 7;
        xml += "<row r=\"" + std::to_string(i + 2) + "\">" + is(name) + "<c><v>" + std::to_string(serial) + "</v></c>" +
               is("Thị trấn Thọ Xuân") + is("Khu phố 1") + "</row>";
    }
    xml += "</sheetData></worksheet>";
    const std::string workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const std::string rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>";
    int err = 0;
    zip_t* z = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_TRUE(z);
    for (const auto& [name, content] : {std::pair<const char*, const std::string*>{"xl/workbook.xml", &workbook},
                                        {"xl/_rels/workbook.xml.rels", &rels}, {"xl/worksheets/sheet1.xml", &xml}}) {
        void* copy = malloc(content->size());
        memcpy(copy, content->data(), content->size());
        ASSERT_GE(zip_file_add(z, name, zip_source_buffer(z, copy, content->size(), 1), 0), 0);
    }
    ASSERT_EQ(zip_close(z), 0);
}

class UndoImportTest : public hvtest::CliOfficeTest {};

const char* kMembers = "SELECT full_name, coalesce(phone, '') FROM members ORDER BY id";

}  // namespace

TEST_F(UndoImportTest, UndoRemovesWhatTheBatchAddedAndRestoresWhatItUpdated)
{
    ASSERT_EQ(cli({"import", "members", xlsx("members.xlsx"), "--db", db}).exit, 0);             // batch 1
    ASSERT_EQ(cli({"import", "members", xlsx("inline_strings.xlsx"), "--db", db}).exit, 0);      // batch 2
    const QStringList before = queryRows(db, kMembers);
    ASSERT_EQ(before.size(), 4);
    // Batch 3 updates Nguyễn Thị Hằng's phone and adds a member in a chapter it creates.
    hvtest::writeFile(dir.path("update.csv"),
                      "Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Cơ sở Hội,Chi hội\n"
                      "Nguyễn Thị Hằng,15/03/1985,038185000123,0912345678,Thị trấn Thọ Xuân,Khu phố 1\n"
                      "Mai Thị Xuân,1990,,,Thị trấn Thọ Xuân,Khu phố 7\n");
    const CliRun upd = cli({"import", "members", dir.path("update.csv"), "--on-duplicate", "update", "--create-units", "--db", db});
    ASSERT_EQ(upd.exit, 0) << upd.err.toStdString();
    ASSERT_EQ(queryRows(db, kMembers).size(), 5);
    ASSERT_TRUE(queryRows(db, kMembers).contains(QStringLiteral("Nguyễn Thị Hằng|0912345678")));
    ASSERT_EQ(queryRows(db, "SELECT count(*) FROM units WHERE name = 'Khu phố 7' OR name = 'Chi hội Khu phố 7'"), QStringList{"1"});

    const CliRun list = cli({"batches", "--db", db});
    ASSERT_EQ(list.exit, 0);
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << list.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("1\tmembers\tmembers.xlsx\t"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("3\tmembers\tupdate.csv\t"))) << lines[2].toStdString();
    EXPECT_EQ(lines[2].section(QLatin1Char('\t'), 4, 4), QStringLiteral("2"));  // rows written

    const CliRun undo = cli({"undo-import", "3", "--db", db});
    ASSERT_EQ(undo.exit, 0) << undo.err.toStdString();
    EXPECT_TRUE(undo.err.contains(QStringLiteral("1 member(s) removed, 1 restored"))) << undo.err.toStdString();
    EXPECT_EQ(queryRows(db, kMembers), before);
    EXPECT_EQ(queryRows(db, "SELECT count(*) FROM units WHERE name LIKE '%Khu phố 7'"), QStringList{"0"});
    // Search finds the restored name, and no longer the removed one.
    EXPECT_TRUE(cli({"search", "nguyen thi hang", "--db", db}).out.contains(QStringLiteral("Nguyễn Thị Hằng")));
    EXPECT_FALSE(cli({"search", "mai thi xuan", "--db", db}).out.contains(QStringLiteral("Mai Thị Xuân")));

    ASSERT_EQ(cli({"undo-import", "1", "--db", db}).exit, 0);
    EXPECT_EQ(queryRows(db, kMembers), QStringList{QStringLiteral("Hoàng Thị Yến|")});
    EXPECT_EQ(queryRows(db, "SELECT count(*) FROM member_events"), QStringList{"1"});
    EXPECT_TRUE(cli({"batches", "--db", db}).out.contains(QStringLiteral("undone")));

    const CliRun again = cli({"undo-import", "1", "--db", db});
    EXPECT_EQ(again.exit, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("undone already"))) << again.err.toStdString();
    EXPECT_EQ(cli({"undo-import", "99", "--db", db}).exit, 1);
    EXPECT_EQ(cli({"undo-import", "x", "--db", db}).exit, 2);
    EXPECT_EQ(cli({"check", "--db", db}).exit, 0);
}

TEST_F(UndoImportTest, AKilledImportLeavesTheDatabaseAsItWas)
{
    ASSERT_EQ(cli({"import", "members", xlsx("inline_strings.xlsx"), "--db", db}).exit, 0);
    const QString big = dir.path("big.xlsx");
    writeBigWorkbook(big, 20000);

    // How long the whole import takes, on a copy.
    const QString copy = dir.path("copy.sqlite");
    ASSERT_EQ(cli({"backup", "--out", copy, "--db", db}).exit, 0);
    QElapsedTimer timer;
    timer.start();
    const CliRun full = cli({"import", "members", big, "--db", copy});
    const qint64 fullMs = timer.elapsed();
    ASSERT_EQ(full.exit, 0) << full.err.toStdString();
    ASSERT_EQ(memberCount(copy), 20001);

    const QStringList batchesBefore = queryRows(db, "SELECT id FROM import_batches");
    for (const double at : {0.15, 0.35, 0.55}) {
        QProcess p;
        p.start(QStringLiteral(HOIVIEN_CLI_PATH), {"import", "members", big, "--db", db});
        ASSERT_TRUE(p.waitForStarted());
        QThread::msleep(qMax<qint64>(50, qint64(double(fullMs) * at)));
        ASSERT_EQ(p.state(), QProcess::Running) << "the import ended before it could be killed at " << at;
        p.kill();  // SIGKILL
        p.waitForFinished();
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

        const CliRun check = cli({"check", "--db", db});
        EXPECT_EQ(check.exit, 0) << check.err.toStdString();
        EXPECT_EQ(memberCount(db), 1) << "killed at " << at;
        EXPECT_EQ(queryRows(db, "SELECT id FROM import_batches"), batchesBefore);
    }
}
