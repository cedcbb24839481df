#pragma once
// hoivien-cli's subcommands (CONTRACT.md "Subcommands"), as a library so that tests call them directly.

#include <QStringList>
#include <QTextStream>

namespace hv::cli {

// Exit statuses of CONTRACT.md.
enum Exit { kOk = 0, kRefused = 1, kUsage = 2, kDatabase = 3 };

// Runs one command line (without the program name). Data goes to out (or --out FILE), messages to err.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace hv::cli
