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
    // Edits the log through a second, raw connection (as someone editing the database would), with the
    // append-only guard taken away first: its triggers are named differently on the two backends.
    static QString unguarded(const Database& on, const char* sql)
    {
        const bool server = on.backend() == Database::Backend::PostgreSQL;
        return QString::fromLatin1(server ? "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only; "
                                          : "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ") +
               QString::fromLatin1(sql);
    }
    void raw(const char* sql) { ASSERT_EQ(hvtest::rawSql(db, unguarded(db, sql)), QString()); }
    // Whether the database refuses the statement.
    bool refused(const char* sql) { return !hvtest::rawSql(db, QString::fromLatin1(sql)).isEmpty(); }

    hvtest::TempDir dir;
    Database db{hvtest::testDatabase(dir, "audit.sqlite")};
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
    EXPECT_TRUE(refused("UPDATE audit_log SET user_name = 'x' WHERE id = 1"));
    EXPECT_TRUE(refused("DELETE FROM audit_log WHERE id = 1"));
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
    raw("UPDATE audit_log SET user_name = 'someone' WHERE id = 3");
    const AuditVerification after = AuditLog(db).verify();
    EXPECT_FALSE(after.ok());
    EXPECT_EQ(after.firstBad, 3);
}

TEST_F(AuditLogTest, VerifyFindsAChangedDetailAndARemovedEntry)
{
    for (const char* n : {"Một", "Hai", "Ba"})
        addMember(QStringLiteral("Phạm Thị %1").arg(QString::fromUtf8(n)));
    raw("UPDATE audit_log SET detail = '{}' WHERE id = 2");
    EXPECT_EQ(AuditLog(db).verify().firstBad, 2);
    hvtest::TempDir other;
    Database second(hvtest::testDatabase(other, "b.sqlite"));
    for (int i = 0; i < 3; ++i)
        AuditLog(second).append(QStringLiteral("export"), QStringLiteral("members C1"), {{QStringLiteral("n"), i}});
    ASSERT_EQ(hvtest::rawSql(second, unguarded(second, "DELETE FROM audit_log WHERE id = 2")), QString());
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
