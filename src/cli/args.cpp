#include "cli/args.h"

#include <QCoreApplication>

namespace hv::cli {
namespace {
QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }
}  // namespace

Args::Args(const QStringList& args, const QStringList& valueOptions, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            mPositional << a;
            continue;
        }
        QString name = a;
        QString value;
        bool inlineValue = false;
        if (const int eq = a.indexOf(QLatin1Char('=')); eq > 0) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            inlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError(tr("%1 needs a value.").arg(name));
                value = args[++i];
            }
            mValues.insert(name, value);
        } else if (flags.contains(name) && !inlineValue) {
            mFlags.insert(name);
        } else {
            throw UsageError(tr("Unknown option %1.").arg(name));
        }
    }
}

QString Args::required(const QString& option) const
{
    if (!mValues.contains(option) || mValues.value(option).isEmpty())
        throw UsageError(tr("%1 is required.").arg(option));
    return mValues.value(option);
}

int Args::integer(const QString& option, int fallback, int min, int max) const
{
    if (!mValues.contains(option))
        return fallback;
    bool ok = false;
    const int v = mValues.value(option).toInt(&ok);
    if (!ok || v < min || v > max)
        throw UsageError(tr("%1 must be a whole number from %2 to %3.").arg(option).arg(min).arg(max));
    return v;
}

QString Args::choice(const QString& option, const QStringList& allowed, const QString& fallback) const
{
    if (!mValues.contains(option))
        return fallback;
    const QString v = mValues.value(option).toLower();
    if (!allowed.contains(v))
        throw UsageError(tr("%1 must be one of: %2.").arg(option, allowed.join(QStringLiteral(", "))));
    return v;
}

}  // namespace hv::cli
