#pragma once
// Signing in from the command line (docs/cli.md "Accounts"): --user NAME, the password from
// HOIVIEN_PASSWORD or typed on the terminal.

#include "cli/args.h"

namespace hv {
class Database;
class Session;
}

namespace hv::cli {

// With accounts defined, signs the database in as --user (Error(Kind::Denied) without --user, or for a
// wrong password); without accounts, does nothing (everything is open).
void signIn(Database& db, const Args& a);

// A secret from the environment variable, else typed on the terminal without echo (twice when confirm);
// UsageError when there is neither.
QString secret(const char* envVariable, const QString& prompt, bool confirm = false);

}  // namespace hv::cli
