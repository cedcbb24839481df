#include "storage/auditlog.h"

#include "core/error.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/memberrows.h"

#include <sodium.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace hv {
namespace {

const QString kGenesis(64, QLatin1Char('0'));
const QString kRedacted = QStringLiteral("{\"redacted\":true}");
const QString kColumns =
    QStringLiteral("id, at, user_name, action, target, member_id, detail, detail_hash, prev_hash, hash");

QString isoUtc(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

AuditEntry readEntry(const Query& q)
{
    AuditEntry e;
    e.id = q.integer(0);
    e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.userName = q.text(2);
    e.action = q.text(3);
    e.target = q.text(4);
    e.memberId = q.integer(5);
    e.detail = q.text(6);
    e.hash = q.text(9);
    return e;
}

QJsonValue jsonOf(const QString& v) { return v.isNull() ? QJsonValue() : QJsonValue(v); }
QJsonValue jsonOf(qint64 v) { return QJsonValue(v); }
QJsonValue jsonOf(const rows::OptInt& v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue jsonOf(const QDate& v) { return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue(); }

}  // namespace

QString AuditLog::sha256Hex(const QByteArray& data)
{
    if (sodium_init() < 0) throw Error(Error::Kind::Database, QStringLiteral("libsodium cannot start"));
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

QString AuditLog::entryHash(const QString& prev, const AuditEntry& e, const QString& detailHash)
{
    // Unit separators between the fields: no field can be shifted into its neighbour.
    const QStringList fields{prev,     QString::number(e.id),       isoUtc(e.at), e.userName, e.action,
                             e.target, QString::number(e.memberId), detailHash};
    return sha256Hex(fields.join(QChar(0x1f)).toUtf8());
}

Id AuditLog::append(const QString& action, const QString& target, const QJsonObject& detail, Id memberId)
{
    Transaction t(mDb);
    // On a server the tail is read under a lock held to the commit, so that two workstations never chain
    // onto the same entry, and through a function that reads past the officer's row policy.
    Query last(mDb, dialect::auditTail(mDb));
    last.exec();
    AuditEntry e;
    QString prev = kGenesis;
    e.id = 1;
    if (last.next()) {
        e.id = last.integer(0) + 1;
        prev = last.text(1);
    }
    e.at = QDateTime::currentDateTimeUtc();
    e.userName = mDb.scope().userName;
    if (e.userName.isNull()) e.userName = QLatin1String("");  // no accounts: stored as empty text, not NULL
    e.action = action;
    e.target = target;
    e.memberId = memberId;
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QString detailHash = sha256Hex(e.detail.toUtf8());
    Query q(mDb, QStringLiteral(
                     "INSERT INTO audit_log(%1) VALUES(:id, :at, :user, :action, :target, :member, :detail, "
                     ":dh, :prev, :hash)")
                     .arg(kColumns));
    q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":at"), isoUtc(e.at))
        .bind(QStringLiteral(":user"), e.userName);
    q.bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":target"), target)
        .bindId(QStringLiteral(":member"), memberId);
    q.bind(QStringLiteral(":detail"), e.detail)
        .bind(QStringLiteral(":dh"), detailHash)
        .bind(QStringLiteral(":prev"), prev);
    q.bind(QStringLiteral(":hash"), entryHash(prev, e, detailHash)).exec();
    t.commit();
    return e.id;
}

std::vector<AuditEntry> AuditLog::list(Id afterId, int limit, Id memberId)
{
    access::requireAdmin(mDb);
    Query q(mDb, QStringLiteral("SELECT %1 FROM audit_log WHERE id > :after%2 ORDER BY id LIMIT :limit")
                     .arg(kColumns, memberId ? QStringLiteral(" AND member_id = :m") : QString()));
    // -1 (all): a limit no log reaches, as PostgreSQL takes no negative LIMIT.
    q.bind(QStringLiteral(":after"), afterId)
        .bind(QStringLiteral(":limit"), limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    if (memberId) q.bind(QStringLiteral(":m"), memberId);
    q.exec();
    std::vector<AuditEntry> out;
    while (q.next()) out.push_back(readEntry(q));
    return out;
}

AuditVerification AuditLog::verify()
{
    access::requireAdmin(mDb);
    AuditVerification v;
    Query q(mDb, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(kColumns));
    q.setForwardOnly();
    q.exec();
    QString prev = kGenesis;
    Id expectedId = 1;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        ++v.entries;
        const QString detailHash = q.text(7);
        QString why;
        if (e.id != expectedId)
            why = QStringLiteral("entry %1 is missing").arg(expectedId);
        else if (q.text(8) != prev)
            why = QStringLiteral("its link to the previous entry does not match");
        else if (e.detail != kRedacted && sha256Hex(e.detail.toUtf8()) != detailHash)
            why = QStringLiteral("its detail was changed");
        else if (entryHash(prev, e, detailHash) != e.hash)
            why = QStringLiteral("its content was changed");
        if (!why.isEmpty() && v.firstBad == 0) {
            v.firstBad = e.id;
            v.reason = why;
        }
        prev = e.hash;
        expectedId = e.id + 1;
        v.lastHash = e.hash;
    }
    return v;
}

void AuditLog::redactMember(Id memberId)
{
    Query q(mDb, QStringLiteral("UPDATE audit_log SET detail = :r WHERE member_id = :m AND detail <> :r"));
    q.bind(QStringLiteral(":r"), kRedacted).bind(QStringLiteral(":m"), memberId).exec();
}

QJsonObject AuditLog::memberChanges(const Member* before, const Member& after)
{
    QJsonObject now, old;
    auto collect = [](QJsonObject& into) {
        return [&into](const char* name, const auto& value) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(value)>, QByteArray>) {
                const QString key = QString::fromLatin1(name + 1);
                if (key != QLatin1String("name_fold") && key != QLatin1String("batch_id"))
                    into.insert(key, jsonOf(value));
            }
        };
    };
    rows::forEachMemberColumn(after, 0, collect(now));
    if (before) rows::forEachMemberColumn(*before, 0, collect(old));
    QJsonObject out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QJsonValue was = old.value(it.key());
        if (!before)
            out.insert(it.key(), it.value());
        else if (was != it.value())
            out.insert(it.key(), QJsonArray{was, it.value()});
    }
    return out;
}

}  // namespace hv
