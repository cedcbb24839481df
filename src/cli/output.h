#pragma once
// Where a command's data goes: stdout, or atomically to --out FILE (a half-written report never takes
// the file's name). Binary data (XLSX, PDF) is not written to a terminal (docs/cli.md).

#include "cli/args.h"

#include <QByteArray>
#include <QDate>
#include <QTextStream>

namespace hv::cli {

enum class DataKind { Text, Binary };

// Throws UsageError when binary data would go to a terminal, Error(Kind::Input) when the file cannot be
// written.
void writeOutput(const Args& a, const QByteArray& data, QTextStream& out, DataKind kind = DataKind::Text);

// --printed-on YYYY-MM-DD (the date printed under the letterhead), today when absent.
QDate printedOn(const Args& a);

// Whether a command line asks for a PDF: hoivien-cli then starts the graphical libraries on the
// offscreen platform (PDF needs fonts); every other command runs without them.
bool wantsPdf(const QStringList& args);

}  // namespace hv::cli
