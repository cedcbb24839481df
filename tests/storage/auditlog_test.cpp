// The audit log: what is recorded, append-only, and the hash chain finding an edited row.
#include "core/error.h"
#include "core/referencedata.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace hv;

namespace {

class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        UnitRepository units(db);
        commune = units.insert({0, "C1", QStringLiteral("Xã Một"), UnitLevel::Commune, 0});
    }
    Id addMember(const QString& name)
    {
        Member m;
        m.fullName = name;
        m.birth.date = QDate(1985, 2, 3);
        m.birth.year = 1985;
        m.phone = QStringLiteral("0912000111");
        return MemberRepository(db, ref).create(m, {{0, 0, EventKind::Admitted, QDate(2020, 1, 1), commune}});
    }
    // Runs SQL on the file through a second, raw connection (as someone editing the file would).
    void raw(const char* sql)
    {
        sqlite3* h = nullptr;
        ASSERT_EQ(sqlite3_open(db.location().toUtf8().constData(), &h), SQLITE_OK);
        char* err = nullptr;
        const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &err);
        const std::string message = err ? err : "";
        sqlite3_free(err);
        sqlite3_close(h);
        ASSERT_EQ(rc, SQLITE_OK) << message;
    }
    int rawError(const char* sql)
    {
        sqlite3* h = nullptr;
        sqlite3_open(db.location().toUtf8().constData(), &h);
        const int rc = sqlite3_exec(h, sql, nullptr, nullptr, nullptr);
        sqlite3_close(h);
        return rc;
    }

    hvtest::TempDir dir;
    Database db{dir.path("audit.sqlite")};
    const ReferenceData ref;
    Id commune = 0;
};

TEST_F(AuditLogTest, RecordsReadsAndChangesWithBeforeAndAfter)
{
    const Id id = addMember(QStringLiteral("Trần Thị Hoa"));
    MemberRepository members(db, ref);
    Member m = *members.open(id);
    m.phone = QStringLiteral("0988777666");
    db.setScope({QStringLiteral("lan"), Role::Admin, 0, false});
    members.update(m);
    const auto entries = AuditLog(db).list(0, -1, id);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].action, QStringLiteral("create"));
    EXPECT_EQ(entries[1].action, QStringLiteral("read"));
    EXPECT_EQ(entries[2].action, QStringLiteral("update"));
    EXPECT_EQ(entries[2].userName, QStringLiteral("lan"));
    const QJsonObject detail = QJsonDocument::fromJson(entries[2].detail.toUtf8()).object();
    EXPECT_EQ(detail.keys(), QStringList{QStringLiteral("phone")});
    EXPECT_EQ(detail.value(QStringLiteral("phone")).toArray().at(0).toString(), QStringLiteral("0912000111"));
    EXPECT_EQ(detail.value(QStringLiteral("phone")).toArray().at(1).toString(), QStringLiteral("0988777666"));
    EXPECT_TRUE(AuditLog(db).verify().ok());
}

TEST_F(AuditLogTest, UpdateAndDeleteAreRefused)
{
    addMember(QStringLiteral("Lê Thị Lan"));
    EXPECT_NE(rawError("UPDATE audit_log SET user_name = 'x' WHERE id = 1"), SQLITE_OK);
    EXPECT_NE(rawError("DELETE FROM audit_log WHERE id = 1"), SQLITE_OK);
    EXPECT_TRUE(AuditLog(db).verify().ok());
}

TEST_F(AuditLogTest, VerifyNamesTheFirstEditedEntry)
{
    for (const char* n : {"Một", "Hai", "Ba", "Bốn"})
        addMember(QStringLiteral("Nguyễn Thị %1").arg(QString::fromUtf8(n)));
    const AuditVerification before = AuditLog(db).verify();
    ASSERT_TRUE(before.ok());
    ASSERT_EQ(before.entries, 4);
    // Somebody with the file drops the trigger and rewrites who did entry 3.
    raw("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'someone' WHERE id = 3");
    const AuditVerification after = AuditLog(db).verify();
    EXPECT_FALSE(after.ok());
    EXPECT_EQ(after.firstBad, 3);
}

TEST_F(AuditLogTest, VerifyFindsAChangedDetailAndARemovedEntry)
{
    for (const char* n : {"Một", "Hai", "Ba"})
        addMember(QStringLiteral("Phạm Thị %1").arg(QString::fromUtf8(n)));
    raw("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{}' WHERE id = 2");
    EXPECT_EQ(AuditLog(db).verify().firstBad, 2);
    hvtest::TempDir other;
    Database second(other.path("b.sqlite"));
    for (int i = 0; i < 3; ++i)
        AuditLog(second).append(QStringLiteral("export"), QStringLiteral("members C1"), {{QStringLiteral("n"), i}});
    sqlite3* h = nullptr;
    sqlite3_open(second.location().toUtf8().constData(), &h);
    sqlite3_exec(h, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    const AuditVerification v = AuditLog(second).verify();
    EXPECT_EQ(v.firstBad, 3);
}

TEST_F(AuditLogTest, OnlyTheAdministratorReadsTheLog)
{
    addMember(QStringLiteral("Đỗ Thị Mai"));
    db.setScope({QStringLiteral("lan"), Role::Officer, commune, false});
    EXPECT_THROW(AuditLog(db).list(), Error);
    EXPECT_THROW(AuditLog(db).verify(), Error);
}

}  // namespace
