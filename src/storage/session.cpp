#include "storage/session.h"

#include "core/error.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hv {
namespace {
QString tr(const char* s) { return QCoreApplication::translate("hv::Session", s); }
}  // namespace

bool Session::loginRequired() { return AccountRepository(mDb).any(); }

int Session::delayAfterFailures(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures, 16);
    return std::min(1 << doublings, kMaxDelaySeconds);
}

int Session::retryAfter(const QString& name)
{
    const auto a = AccountRepository(mDb).byName(name);
    if (!a || !a->lastFailedAt.isValid())
        return 0;
    const qint64 wait = delayAfterFailures(a->failedCount) - a->lastFailedAt.secsTo(mClock());
    return wait > 0 ? int(wait) : 0;
}

Account Session::check(const QString& name, const QString& password)
{
    AccountRepository accounts(mDb);
    const auto a = accounts.byName(name);
    if (a) {
        if (const int wait = retryAfter(name); wait > 0)
            throw Error(Error::Kind::Denied,
                        tr("Too many wrong passwords for %1: try again in %2 seconds.").arg(name).arg(wait));
    }
    if (a && AccountRepository::checkPassword(a->passwordHash, password)) {
        if (a->failedCount > 0)
            accounts.clearFailures(a->id);
        return *a;
    }
    if (!a)
        // The same work as for a real account, so that timing does not tell which names exist.
        AccountRepository::checkPassword(AccountRepository::hashPassword(password), QString());
    // The failure is recorded whatever the scope; the audit entry names who tried.
    const AccessScope before = mDb.scope();
    AccessScope signer;
    signer.userName = name;
    signer.role = Role::Viewer;
    mDb.setScope(signer);
    try {
        Transaction t(mDb);
        if (a)
            accounts.recordFailure(a->id, mClock());
        AuditLog(mDb).append(QStringLiteral("login-failed"), QStringLiteral("account:%1").arg(name),
                             {{QStringLiteral("failures"), a ? a->failedCount + 1 : 0}});
        t.commit();
    } catch (...) {
        mDb.setScope(before);
        throw;
    }
    mDb.setScope(before);
    throw Error(Error::Kind::Denied, tr("Wrong account name or password."));
}

void Session::login(const QString& name, const QString& password)
{
    const Account a = check(name, password);
    AccessScope scope;
    scope.userName = a.name;
    scope.role = a.role;
    scope.rootUnitId = a.unitId;
    mDb.setScope(scope);
    AuditLog(mDb).append(QStringLiteral("login"), QStringLiteral("account:%1").arg(a.name));
}

QString Session::userName() const { return mDb.scope().userName; }

void Session::lock()
{
    if (userName().isEmpty())
        return;
    AccessScope s = mDb.scope();
    s.locked = true;
    mDb.setScope(s);
}

void Session::unlock(const QString& password)
{
    if (userName().isEmpty())
        return;
    AccessScope s = mDb.scope();
    check(s.userName, password);
    // The account may have been changed or removed meanwhile: its role and units are read again.
    const auto a = AccountRepository(mDb).byName(s.userName);
    if (!a)
        throw Error(Error::Kind::Denied, tr("The account %1 no longer exists.").arg(s.userName));
    s.role = a->role;
    s.rootUnitId = a->unitId;
    s.locked = false;
    mDb.setScope(s);
}

bool Session::locked() const { return mDb.scope().locked; }

}  // namespace hv
