#include "storage/accountrepository.h"

#include "core/error.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <sodium.h>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::AccountRepository", s); }

const QString kColumns = QStringLiteral("id, name, role, unit_id, created_at, failed_count, last_failed_at, password_hash");

Account readAccount(const Query& q)
{
    Account a;
    a.id = q.integer(0);
    a.name = q.text(1);
    a.role = roleFromCode(q.text(2)).value_or(Role::Viewer);
    a.unitId = q.integer(3);
    a.createdAt = QDateTime::fromString(q.text(4), Qt::ISODate);
    a.failedCount = int(q.integer(5));
    a.lastFailedAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    a.passwordHash = q.text(7);
    return a;
}

void checkPasswordRules(const QString& password)
{
    if (password.size() < AccountRepository::kMinPasswordLength)
        throw Error(Error::Kind::Input,
                    tr("The password must have at least %1 characters.").arg(AccountRepository::kMinPasswordLength));
}

}  // namespace

QString AccountRepository::hashPassword(const QString& password)
{
    if (sodium_init() < 0)
        throw Error(Error::Kind::Database, QStringLiteral("libsodium cannot start"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(Error::Kind::Database, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool AccountRepository::checkPassword(const QString& hash, const QString& password)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool AccountRepository::any()
{
    Query q(mDb, QStringLiteral("SELECT EXISTS (SELECT 1 FROM accounts)"));
    q.exec();
    return q.next() && q.integer(0) != 0;
}

std::optional<Account> AccountRepository::byName(const QString& name)
{
    Query q(mDb, QStringLiteral("SELECT %1 FROM accounts WHERE name = :n").arg(kColumns));
    q.bind(QStringLiteral(":n"), name).exec();
    if (q.next())
        return readAccount(q);
    return std::nullopt;
}

std::vector<Account> AccountRepository::all()
{
    access::requireAdmin(mDb);
    Query q(mDb, QStringLiteral("SELECT %1 FROM accounts ORDER BY name").arg(kColumns));
    q.exec();
    std::vector<Account> out;
    while (q.next())
        out.push_back(readAccount(q));
    return out;
}

Id AccountRepository::add(const QString& name, const QString& password, Role role, Id unitId)
{
    const bool first = !any();
    if (first && (role != Role::Admin || unitId != 0))
        throw Error(Error::Kind::Input, tr("The first account must be an administrator of the whole office."));
    if (!first)
        access::requireAdmin(mDb);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        throw Error(Error::Kind::Input, tr("An account name must not be empty or contain spaces."));
    if (byName(trimmed))
        throw Error(Error::Kind::Input, tr("The account %1 exists already.").arg(trimmed));
    checkPasswordRules(password);
    if (unitId != 0) {
        Query u(mDb, QStringLiteral("SELECT count(*) FROM units WHERE id = :u"));
        u.bind(QStringLiteral(":u"), unitId).exec();
        if (!u.next() || u.integer(0) == 0)
            throw Error(Error::Kind::Input, tr("The unit of the account does not exist."));
    }
    Transaction t(mDb);
    Query q(mDb, QStringLiteral("INSERT INTO accounts(name, password_hash, role, unit_id, created_at) "
                                "VALUES(:n, :h, :r, :u, :at)"));
    q.bind(QStringLiteral(":n"), trimmed).bind(QStringLiteral(":h"), hashPassword(password));
    q.bind(QStringLiteral(":r"), toCode(role)).bindId(QStringLiteral(":u"), unitId);
    q.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).exec();
    const Id id = q.lastInsertId();
    AuditLog(mDb).append(QStringLiteral("account-add"), QStringLiteral("account:%1").arg(trimmed),
                         {{QStringLiteral("role"), toCode(role)}, {QStringLiteral("unit_id"), unitId}});
    t.commit();
    return id;
}

void AccountRepository::remove(const QString& name)
{
    access::requireAdmin(mDb);
    const auto a = byName(name);
    if (!a)
        throw Error(Error::Kind::Input, tr("There is no account %1.").arg(name));
    if (a->role == Role::Admin && a->unitId == 0) {
        Query q(mDb, QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' AND unit_id IS NULL"));
        q.exec();
        if (q.next() && q.integer(0) <= 1)
            throw Error(Error::Kind::Input, tr("%1 is the last administrator of the whole office and cannot be removed.").arg(name));
    }
    Transaction t(mDb);
    Query q(mDb, QStringLiteral("DELETE FROM accounts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), a->id).exec();
    AuditLog(mDb).append(QStringLiteral("account-remove"), QStringLiteral("account:%1").arg(name));
    t.commit();
}

void AccountRepository::setPassword(const QString& name, const QString& password)
{
    access::requireRead(mDb);
    if (mDb.scope().userName != name)
        access::requireAdmin(mDb);
    const auto a = byName(name);
    if (!a)
        throw Error(Error::Kind::Input, tr("There is no account %1.").arg(name));
    checkPasswordRules(password);
    Transaction t(mDb);
    Query q(mDb, QStringLiteral("UPDATE accounts SET password_hash = :h, failed_count = 0, last_failed_at = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":h"), hashPassword(password)).bind(QStringLiteral(":id"), a->id).exec();
    AuditLog(mDb).append(QStringLiteral("account-password"), QStringLiteral("account:%1").arg(name));
    t.commit();
}

void AccountRepository::recordFailure(Id accountId, const QDateTime& at)
{
    Query q(mDb, QStringLiteral("UPDATE accounts SET failed_count = failed_count + 1, last_failed_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs)).bind(QStringLiteral(":id"), accountId).exec();
}

void AccountRepository::clearFailures(Id accountId)
{
    Query q(mDb, QStringLiteral("UPDATE accounts SET failed_count = 0, last_failed_at = NULL WHERE id = :id"));
    q.bind(QStringLiteral(":id"), accountId).exec();
}

}  // namespace hv
