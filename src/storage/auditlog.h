#pragma once
// The audit log (docs/security.md "Audit log"): who read a member's record, who changed what (before
// and after), who exported which personal data, who imported which batch, who signed in or failed to.
// Append-only (triggers of 0006_security.sql refuse UPDATE and DELETE) and tamper-evident: every entry
// stores SHA-256 of the previous entry's hash and its own content, so verify() finds an edited, removed
// or reordered row. An erased member's values in the details are blanked (redactMember) without
// breaking the chain: the chain covers the hash of a detail, not the detail itself.

#include "core/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace hv {

class Database;

struct AuditEntry {
    Id id = 0;
    QDateTime at;  // UTC
    QString userName;  // empty: no accounts defined
    QString action;    // read, create, update, erase, export, import, undo-import, login, login-failed, ...
    QString target;    // "member:12", "batch:3", "members 395 2024-12-31", "account:lan"
    Id memberId = 0;
    QString detail;  // JSON
    QString hash;
};

struct AuditVerification {
    qint64 entries = 0;
    Id firstBad = 0;   // 0 when the chain is whole
    QString reason;    // why firstBad is bad
    QString lastHash;  // note it down: an entry removed from the end is found only against it
    bool ok() const { return firstBad == 0; }
};

class AuditLog {
public:
    explicit AuditLog(Database& db) : mDb(db) {}

    // Appends one entry signed by the database's AccessScope user. Inside the caller's transaction when
    // there is one (the entry is then kept only if her change is). Throws Error(Kind::Database).
    Id append(const QString& action, const QString& target, const QJsonObject& detail = {}, Id memberId = 0);

    // Entries with id > afterId, oldest first, at most limit (-1: all). Administrator only
    // (Error(Kind::Denied) otherwise).
    std::vector<AuditEntry> list(Id afterId = 0, int limit = -1, Id memberId = 0);
    // Recomputes the chain from the first entry. Administrator only.
    AuditVerification verify();
    // Blanks the details of the member's entries (erasure on request); the chain still verifies.
    void redactMember(Id memberId);

    // The SHA-256 of the text, lower-case hex (libsodium crypto_hash_sha256).
    static QString sha256Hex(const QByteArray& data);
    // The hash an entry must have after prev.
    static QString entryHash(const QString& prev, const AuditEntry& e, const QString& detailHash);
    // The fields of a member that differ, {"field": [before, after]}; all fields when before is null.
    static QJsonObject memberChanges(const Member* before, const Member& after);

private:
    Database& mDb;
};

}  // namespace hv
