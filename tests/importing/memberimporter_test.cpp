// The member import over files large enough for the bulk path (secondary indexes dropped and rebuilt,
// rows written by the calling thread while a worker parses): all or nothing, every problem listed in
// file order, cancellation, and the same database as the row-by-row path would leave.
#include "core/referencedata.h"
#include "importing/csvreader.h"
#include "importing/memberimporter.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

#include <QDate>

using namespace hv;

namespace {

// Above MemberBulkLoader's threshold of 10,000 rows.
constexpr int kRows = 12000;

// One line per member: the same name with a different birth date each (no duplicates), five chapters
// created by the import, every 100th member a Mường, every 50th gone (Chuyển đi), every 1000th a head.
QByteArray memberList(int rows)
{
    QByteArray out = "\xEF\xBB\xBF"
                     "STT,Họ và tên,Ngày sinh,Dân tộc,Tôn giáo,Cơ sở Hội,Chi hội,Ngày vào Hội,Chức vụ,Tình trạng,Ngày biến động\n";
    const QDate first(1950, 1, 1);
    for (int i = 1; i <= rows; ++i) {
        const QDate birth = first.addDays(i);
        out += QByteArray::number(i) + ",Nguyễn Thị Hằng," + birth.toString("dd/MM/yyyy").toUtf8() + ","
               + (i % 100 == 0 ? "Mường" : "Kinh") + ",Không,Thị trấn Thọ Xuân,Khu phố " + QByteArray::number(i % 5 + 1)
               + ",01/01/2010," + (i % 1000 == 0 ? "Chi hội trưởng" : "") + ","
               + (i % 50 == 0 ? "Chuyển đi,01/06/2020" : ",") + "\n";
    }
    return out;
}

// The line of row r (1-based data row; the header is line 1) replaced by text.
QByteArray replaceRow(QByteArray csv, int r, const QByteArray& text)
{
    QList<QByteArray> lines = csv.split('\n');
    lines[r] = text;
    return lines.join('\n');
}

class MemberImporterTest : public ::testing::Test {
protected:
    void SetUp() override { UnitRepository(db).createFromOfficialList("395"); }

    ImportResult import(const QByteArray& csv, MemberImportOptions options = {})
    {
        options.createUnits = true;
        CsvReader reader(csv, "members.csv", 4096);
        return MemberImporter(db, ref).run(reader, options);
    }
    qint64 scalar(const QString& sql)
    {
        Query q(db, sql);
        q.exec();
        return q.next() ? q.integer(0) : -1;
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "m.sqlite")};
    ReferenceData ref;
};

TEST_F(MemberImporterTest, LargeFileIsWrittenWholeWithItsIndexes)
{
    const qint64 indexes = hvtest::indexCount(db);
    const qint64 units = scalar("SELECT count(*) FROM units");
    const ImportResult r = import(memberList(kRows));
    ASSERT_TRUE(r.accepted()) << (r.problems.empty() ? std::string() : r.problems.front().toString().toStdString());
    EXPECT_EQ(r.added, kRows);
    EXPECT_NE(r.batchId, 0);
    EXPECT_EQ(MemberRepository(db, ref).count(), kRows);
    EXPECT_EQ(hvtest::indexCount(db), indexes);
    EXPECT_EQ(scalar("SELECT count(*) FROM units"), units + 5);
    EXPECT_EQ(scalar("SELECT count(*) FROM member_events"), kRows + kRows / 50);
    EXPECT_EQ(scalar("SELECT count(*) FROM member_positions"), kRows / 1000);
    // The values the loader binds itself: the folded name, the facts of the report, the row order.
    EXPECT_EQ(scalar("SELECT count(*) FROM members WHERE name_fold = 'nguyen thi hang'"), kRows);
    // Every Mường member (each 100th) also left (each 50th): two events each.
    EXPECT_EQ(scalar("SELECT count(*) FROM member_events WHERE facts = 2097152"), 2 * (kRows / 100));
    EXPECT_EQ(scalar("SELECT count(*) FROM member_events WHERE facts < 0"), 0);
    EXPECT_EQ(scalar("SELECT birth_date = '1950-01-03' FROM members WHERE id = (SELECT min(id) + 1 FROM members)"), 1);
    // The search index was rebuilt over every member.
    EXPECT_EQ(MemberRepository(db, ref).search(QString::fromUtf8("Hằng"), kRows + 1).size(), size_t(kRows));
    EXPECT_TRUE(db.check().isEmpty());
}

TEST_F(MemberImporterTest, ProblemsAnywhereInALargeFileAreAllListedAndNothingIsWritten)
{
    const qint64 units = scalar("SELECT count(*) FROM units");
    QByteArray csv = memberList(kRows);
    csv = replaceRow(csv, 5, "5,Nguyễn Thị Hằng,31/02/1980,Kinh,Không,Thị trấn Thọ Xuân,Khu phố 1,01/01/2010,,,");
    csv = replaceRow(csv, 11000, "11000,Nguyễn Thị Hằng,01/01/1930,Kinhh,Không,Thị trấn Thọ Xuân,Khu phố 1,01/01/2010,,,");
    // The same person as data row 7 (same name and birth date).
    csv = replaceRow(csv, 11500, "11500,Nguyễn Thị Hằng,08/01/1950,Kinh,Không,Thị trấn Thọ Xuân,Khu phố 1,01/01/2010,,,");
    const ImportResult r = import(csv);
    EXPECT_FALSE(r.accepted());
    EXPECT_EQ(r.batchId, 0);
    ASSERT_EQ(r.errorCount(), 3);
    std::vector<int> rows;
    for (const InputProblem& p : r.problems)
        rows.push_back(p.row);
    EXPECT_EQ(rows, (std::vector<int>{6, 11001, 11501}));  // file lines: the header is line 1
    EXPECT_EQ(r.problems[1].value, "Kinhh");
    EXPECT_TRUE(r.problems[2].reason.contains("row 8 of this file")) << r.problems[2].reason.toStdString();
    EXPECT_EQ(MemberRepository(db, ref).count(), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM units"), units);  // the chapters created on the way are gone too
    EXPECT_EQ(scalar("SELECT count(*) FROM import_batches"), 0);
}

TEST_F(MemberImporterTest, ErrorAfterTheBulkLoadStartedRollsItBack)
{
    // The first 11,000 rows are written (the loader has dropped the indexes) before the error is seen.
    const qint64 indexes = hvtest::indexCount(db);
    const QByteArray csv = replaceRow(memberList(kRows), 11999, "11999,,01/01/1980,Kinh,Không,Thị trấn Thọ Xuân,Khu phố 1,,,,");
    const ImportResult r = import(csv);
    EXPECT_EQ(r.errorCount(), 1);
    EXPECT_EQ(MemberRepository(db, ref).count(), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM member_events"), 0);
    EXPECT_EQ(hvtest::indexCount(db), indexes);
    // The database is still usable for a good file.
    EXPECT_TRUE(import(memberList(kRows)).accepted());
    EXPECT_EQ(MemberRepository(db, ref).count(), kRows);
}

TEST_F(MemberImporterTest, CancelledLargeImportWritesNothing)
{
    MemberImportOptions options;
    int calls = 0;
    options.progress = [&](double done) {
        ++calls;
        EXPECT_GE(done, 0.0);
        EXPECT_LE(done, 1.0);
        return done < 0.5;
    };
    EXPECT_THROW(
        {
            try {
                import(memberList(kRows), options);
            } catch (const Error& e) {
                EXPECT_EQ(e.kind(), Error::Kind::Cancelled);
                throw;
            }
        },
        Error);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(MemberRepository(db, ref).count(), 0);
}

TEST_F(MemberImporterTest, DuplicatesOfStoredMembersAreFoundInALargeFile)
{
    ASSERT_TRUE(import(memberList(100)).accepted());
    MemberImportOptions skip;
    skip.onDuplicate = MemberImportOptions::OnDuplicate::Skip;
    const ImportResult r = import(memberList(kRows), skip);
    ASSERT_TRUE(r.accepted());
    EXPECT_EQ(r.skipped, 100);
    EXPECT_EQ(r.added, kRows - 100);
    EXPECT_EQ(MemberRepository(db, ref).count(), kRows);
    const ImportResult again = import(memberList(kRows));
    EXPECT_EQ(again.errorCount(), kRows);
    EXPECT_TRUE(again.problems.back().reason.contains("already in the register"));
}

}  // namespace
