#pragma once
// A small, strict command-line parser: every option is declared, anything else is a usage error.

#include <QHash>
#include <QSet>
#include <QStringList>
#include <stdexcept>

namespace hv::cli {

struct UsageError : std::runtime_error {
    explicit UsageError(const QString& m) : std::runtime_error(m.toStdString()), message(m) {}
    QString message;
};

class Args {
public:
    // valueOptions take a value ("--db FILE" or "--db=FILE"); flags do not.
    Args(const QStringList& args, const QStringList& valueOptions, const QStringList& flags);

    const QStringList& positional() const { return mPositional; }
    bool has(const QString& option) const { return mValues.contains(option) || mFlags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const { return mValues.value(option, fallback); }
    QString required(const QString& option) const;
    int integer(const QString& option, int fallback, int min, int max) const;
    // One of the allowed values (case-insensitive), or the fallback when absent.
    QString choice(const QString& option, const QStringList& allowed, const QString& fallback = {}) const;

private:
    QStringList mPositional;
    QHash<QString, QString> mValues;
    QSet<QString> mFlags;
};

}  // namespace hv::cli
