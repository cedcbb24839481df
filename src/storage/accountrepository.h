#pragma once
// Officers' accounts (docs/security.md "Accounts and roles"). No account = a single-user install where
// everything is open; once the first account exists every session signs in (Session). Passwords are
// stored as libsodium crypto_pwhash_str strings (argon2id with its own salt and cost).

#include "core/types.h"
#include "storage/accessscope.h"

#include <QDateTime>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct Account {
    Id id = 0;
    QString name;
    Role role = Role::Officer;
    Id unitId = 0;  // root of the account's units; 0 = the whole tree
    QDateTime createdAt;
    int failedCount = 0;  // wrong passwords since the last sign-in
    QDateTime lastFailedAt;
    QString passwordHash;
};

class AccountRepository {
public:
    explicit AccountRepository(Database& db) : mDb(db) {}

    // Whether any account exists (then every session must sign in).
    bool any();
    std::optional<Account> byName(const QString& name);
    // Administrator only (Error(Kind::Denied)).
    std::vector<Account> all();

    // Adds an account. The first account must be an administrator of the whole tree (otherwise nobody
    // could manage the others); later ones are added by such an administrator (Error(Kind::Denied)).
    // Throws Error(Kind::Input) for an empty or taken name, a password under 8 characters, or a unit that
    // does not exist.
    Id add(const QString& name, const QString& password, Role role, Id unitId);
    // Administrator only; the last administrator of the whole tree cannot be removed (Kind::Input).
    void remove(const QString& name);
    // The administrator, or the account itself. Throws Error(Kind::Input) for a short password.
    void setPassword(const QString& name, const QString& password);

    // Failed and successful sign-ins, for the slowing down of guesses.
    void recordFailure(Id accountId, const QDateTime& at);
    void clearFailures(Id accountId);

    // argon2id via crypto_pwhash_str at the interactive limits (about 0.1 s and 64 MiB).
    static QString hashPassword(const QString& password);
    static bool checkPassword(const QString& hash, const QString& password);
    static constexpr int kMinPasswordLength = 8;

private:
    Database& mDb;
};

}  // namespace hv
