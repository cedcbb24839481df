#pragma once
// One function per subcommand. Each parses its own options (throwing UsageError), opens the database,
// and returns the exit status; hv::Error propagates to run(), which maps it to the status.

#include <QStringList>
#include <QTextStream>

namespace hv::cli {

int cmdInit(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdImport(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdReport(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdExport(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdSearch(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdBackup(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdCheck(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdRate(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdScorecard(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdDemo(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdBatches(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdUndoImport(const QStringList& args, QTextStream& out, QTextStream& err);
// securitycommands.cpp
int cmdUser(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdAudit(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdRestore(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdErase(const QStringList& args, QTextStream& out, QTextStream& err);
int cmdCopy(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace hv::cli
