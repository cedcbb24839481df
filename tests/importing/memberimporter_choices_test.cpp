// The member import's per-row choices (the desktop's preview): rows left out, a decision per duplicate,
// the officer's column mapping, declining the TCVN3 conversion, and a cancel at the very end.
#include "importing/memberimporter.h"
#include "core/referencedata.h"
#include "importing/rowsourcefactory.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <gtest/gtest.h>

using namespace hv;
using OnDuplicate = MemberImportOptions::OnDuplicate;

namespace {

class MemberImportChoicesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        UnitRepository units(db);
        units.createFromOfficialList(QStringLiteral("395"));
        chapter = units.insert({0, QStringLiteral("15499-01"), QStringLiteral("Chi hội Khu phố 1"),
                                UnitLevel::Chapter, units.byCode(QStringLiteral("15499"))->id});
        Member m;
        m.fullName = QStringLiteral("Nguyễn Thị Hằng");
        m.birth.date = QDate(1985, 3, 15);
        m.birth.year = 1985;
        m.citizenId = QStringLiteral("038185000123");
        m.phone = QStringLiteral("0900000001");
        hang = members.create(m, {{0, 0, EventKind::Admitted, QDate(2005, 3, 8), chapter}});
        m.fullName = QStringLiteral("Lê Thị Mai");
        m.citizenId.clear();
        mai = members.create(m, {{0, 0, EventKind::Admitted, QDate(2006, 1, 1), chapter}});
    }

    ImportResult import(const QByteArray& csv, const MemberImportOptions& options)
    {
        const QString path = hvtest::writeFile(dir.path(QStringLiteral("list.csv")), csv);
        auto source = openRowSource(path);
        return MemberImporter(db, ref).run(*source, options);
    }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, QStringLiteral("office.sqlite"))};
    ReferenceData ref;
    MemberRepository members{db, ref};
    Id chapter = 0, hang = 0, mai = 0;
};

const QByteArray kHeader = "Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Cơ sở Hội,Chi hội\n";

}  // namespace

TEST_F(MemberImportChoicesTest, ExcludedRowsAreNeitherCheckedNorWritten)
{
    const QByteArray csv = kHeader +
                           "Trần Thị Lan,02/09/1989,,,15499,15499-01\n"
                           "Phạm Thị Hoa,31/02/1990,,,15499,15499-01\n"  // no such date
                           "Đỗ Thị Thu,01/01/1970,,,15499,15499-01\n";
    const ImportResult refused = import(csv, {});
    EXPECT_FALSE(refused.accepted());
    EXPECT_EQ(members.count(), 2);

    MemberImportOptions options;
    options.excludedRows = {3};
    const ImportResult r = import(csv, options);
    ASSERT_TRUE(r.accepted()) << r.problems.front().reason.toStdString();
    EXPECT_EQ(r.added, 2);
    EXPECT_EQ(r.skipped, 1);
    EXPECT_NE(r.batchId, 0);
    EXPECT_EQ(members.count(), 4);
    EXPECT_TRUE(members.idsByNameAndBirthYear(QStringLiteral("pham thi hoa"), 1990).empty());
}

TEST_F(MemberImportChoicesTest, EachDuplicateRowGetsItsOwnDecision)
{
    const QByteArray csv = kHeader +
                           "Nguyễn Thị Hằng,15/03/1985,038185000123,0911111111,15499,15499-01\n"
                           "Lê Thị Mai,15/03/1985,,0922222222,15499,15499-01\n"
                           "Lê Thị Mai,15/03/1985,,0933333333,15499,15499-01\n";
    // Without decisions every row is a stored member again and the file is refused.
    const ImportResult refused = import(csv, {});
    EXPECT_FALSE(refused.accepted());
    ASSERT_EQ(refused.duplicates.size(), 3u);
    EXPECT_EQ(refused.duplicates[0].row, 2);
    EXPECT_EQ(refused.duplicates[0].memberId, hang);
    EXPECT_TRUE(refused.duplicates[0].sameCitizenId);
    EXPECT_EQ(refused.duplicates[1].memberId, mai);
    EXPECT_FALSE(refused.duplicates[1].sameCitizenId);

    MemberImportOptions options;
    options.duplicateDecisions = {{2, OnDuplicate::Update}, {3, OnDuplicate::Skip}, {4, OnDuplicate::Add}};
    const ImportResult r = import(csv, options);
    ASSERT_TRUE(r.accepted()) << r.problems.front().reason.toStdString();
    EXPECT_EQ(r.updated, 1);
    EXPECT_EQ(r.skipped, 1);
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(members.count(), 3);
    EXPECT_EQ(members.byId(hang)->phone, QStringLiteral("0911111111"));
    EXPECT_EQ(members.byId(mai)->phone, QStringLiteral("0900000001"));  // skipped: untouched
    EXPECT_EQ(members.idsByNameAndBirthYear(QStringLiteral("le thi mai"), 1985).size(), 2u);
}

TEST_F(MemberImportChoicesTest, AddingAnotherMemberWithTheSameCccdIsRefused)
{
    const QByteArray csv = kHeader + "Nguyễn Thị Hằng,15/03/1985,038185000123,,15499,15499-01\n";
    MemberImportOptions options;
    options.duplicateDecisions = {{2, OnDuplicate::Add}};
    const ImportResult r = import(csv, options);
    EXPECT_FALSE(r.accepted());
    EXPECT_TRUE(r.problems.back().reason.contains(QStringLiteral("same CCCD")))
        << r.problems.back().reason.toStdString();
    EXPECT_EQ(members.count(), 2);
}

TEST_F(MemberImportChoicesTest, TheOfficersMappingReplacesTheHeaders)
{
    const QByteArray csv =
        "Họ và tên,Năm sinh,Điện thoại,SĐT mới,Cơ sở Hội,Chi hội\n"
        "Trần Thị Lan,1989,0911,0988777666,15499,15499-01\n";
    MemberImportOptions options;
    options.columns = {MemberColumn::FullName, MemberColumn::BirthDate, std::nullopt,
                       MemberColumn::Phone,    MemberColumn::Commune,   MemberColumn::Chapter};
    const ImportResult r = import(csv, options);
    ASSERT_TRUE(r.accepted()) << r.problems.front().reason.toStdString();
    const auto ids = members.idsByNameAndBirthYear(QStringLiteral("tran thi lan"), 1989);
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_EQ(members.byId(ids.front())->phone, QStringLiteral("0988777666"));

    options.columns[2] = MemberColumn::Phone;  // two columns for one field
    EXPECT_THROW(import(csv, options), Error);
    options.columns = {std::nullopt, MemberColumn::BirthDate};  // no full name
    EXPECT_THROW(import(csv, options), Error);
}

TEST_F(MemberImportChoicesTest, CancelAfterTheLastRowLeavesNothing)
{
    const QByteArray csv = kHeader + "Trần Thị Lan,02/09/1989,,,15499,15499-01\n";
    MemberImportOptions options;
    double last = 0;
    options.progress = [&](double f) {
        last = f;
        return false;
    };
    try {
        import(csv, options);
        ADD_FAILURE() << "not cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Cancelled);
    }
    EXPECT_EQ(last, 1.0);
    EXPECT_EQ(members.count(), 2);
}

TEST_F(MemberImportChoicesTest, Tcvn3TextIsKeptWhenTheConversionIsDeclined)
{
    const QString path = hvtest::dataPath(QStringLiteral("xlsx/tcvn3.xlsx"));
    auto converted = openRowSource(path);
    auto kept = openRowSource(path, {}, false);
    EXPECT_EQ(converted->convertedFrom(), QStringLiteral("TCVN3 (ABC)"));
    EXPECT_TRUE(kept->convertedFrom().isEmpty());
    ASSERT_TRUE(converted->next() && kept->next());
    EXPECT_EQ(converted->cell(0).toString(), QStringLiteral("DANH SÁCH HỘI VIÊN"));
    EXPECT_EQ(kept->cell(0).toString(), QString::fromUtf8("DANH S\u00b8CH H\u00e9I VI\u00a3N"));
}
