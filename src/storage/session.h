#pragma once
// Signing in, the slowing down of password guesses, and locking (docs/security.md). A Session changes
// the Database's AccessScope: a Database opened on a file with accounts starts locked (every repository
// refuses to read or write) until login() succeeds; with no accounts it is open (single-user install).
// A Session holds no state of its own besides the clock: any Session on the same Database locks and
// unlocks the same sign-in.

#include "storage/accountrepository.h"

#include <QDateTime>
#include <functional>

namespace hv {

class Database;

class Session {
public:
    explicit Session(Database& db) : mDb(db) {}

    bool loginRequired();
    // Signs in and sets the scope of the account. Throws Error(Kind::Denied) for an unknown name or a
    // wrong password (one message for both), and, after kFreeFailures wrong passwords in a row, for any
    // attempt before the wait has passed (the wait doubles with each failure, up to kMaxDelaySeconds).
    // Failures are counted on the account and written to the audit log.
    void login(const QString& name, const QString& password);
    // Seconds the account must still wait before a password is checked again (0 when none).
    int retryAfter(const QString& name);
    static int delayAfterFailures(int failures);
    static constexpr int kFreeFailures = 3;
    static constexpr int kMaxDelaySeconds = 300;

    // The signed-in account; empty when nobody is (no accounts, or not yet).
    QString userName() const;
    // Locks the session (inactivity): the scope refuses everything until unlock(). No effect when
    // nobody is signed in (no accounts).
    void lock();
    // Checks the signed-in account's password again (same slowing down as login) and unlocks.
    void unlock(const QString& password);
    bool locked() const;

    // The clock, replaceable in tests of the slowing down.
    void setClock(std::function<QDateTime()> clock) { mClock = std::move(clock); }

private:
    Account check(const QString& name, const QString& password);

    Database& mDb;
    std::function<QDateTime()> mClock = [] { return QDateTime::currentDateTimeUtc(); };
};

}  // namespace hv
