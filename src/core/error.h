#pragma once
// The project's one error type (see docs/architecture.md, "Errors"): storage, importing and reports
// throw hv::Error; the ui catches it at the slot and shows it through the error presenter; the CLI maps
// its kind to an exit status (CONTRACT.md).

#include <QString>
#include <stdexcept>

namespace hv {

class Error : public std::runtime_error {
public:
    enum class Kind {
        Input,      // the input was refused (bad file, bad value): CLI exit 1
        Usage,      // the command or call was used wrongly: CLI exit 2
        Database,   // the database cannot be opened, is newer, or a statement failed: CLI exit 3
        Damaged,    // the database file is damaged: CLI exit 3
        Conflict,   // someone else changed the record since it was read
        Cancelled,  // the user cancelled; nothing was changed
        Denied,     // outside the signed-in officer's units or role, or the session is locked: CLI exit 1
    };

    // message: translated, for the user. detail: for the log (e.g. the SQL statement), may be empty.
    Error(Kind kind, const QString& message, const QString& detail = {})
        : std::runtime_error(message.toStdString()), mKind(kind), mMessage(message), mDetail(detail)
    {
    }

    Kind kind() const { return mKind; }
    const QString& message() const { return mMessage; }
    const QString& detail() const { return mDetail; }

private:
    Kind mKind;
    QString mMessage;
    QString mDetail;
};

// One problem found in an input file: where it is, what was there, and why it is refused or doubtful.
struct InputProblem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;
    int row = 0;       // 1-based row of the file (line for CSV, sheet row for XLSX); 0 = whole file
    QString column;    // the header as written in the file, or the canonical column name
    QString value;
    QString reason;    // translated sentence
    // "members.csv:12: Số CCCD = '12345': ..." — one line for logs and the CLI.
    QString toString() const;
};

}  // namespace hv
