#include "cli/output.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>
#include <unistd.h>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

}  // namespace

void writeOutput(const Args& a, const QByteArray& data, QTextStream& out, DataKind kind)
{
    const QString file = a.value(QStringLiteral("--out"));
    if (file.isEmpty()) {
        if (kind == DataKind::Binary && isatty(fileno(stdout)))
            throw UsageError(tr("This format is binary: give --out FILE, or redirect the output to a file or a pipe."));
        out.flush();
        fwrite(data.constData(), 1, size_t(data.size()), stdout);
        fflush(stdout);
        return;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        throw Error(Error::Kind::Input, tr("Cannot write %1: %2").arg(file, f.errorString()));
}

QDate printedOn(const Args& a)
{
    if (!a.has(QStringLiteral("--printed-on")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(a.value(QStringLiteral("--printed-on")), Qt::ISODate);
    if (!d.isValid())
        throw UsageError(tr("--printed-on must be a date written YYYY-MM-DD."));
    return d;
}

bool wantsPdf(const QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& s = args[i];
        if (s.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0)
            return true;
        if (s == QLatin1String("--format") && i + 1 < args.size() && args[i + 1].compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

}  // namespace hv::cli
