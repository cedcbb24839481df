#include "core/error.h"

#include <QCoreApplication>

namespace hv {

QString InputProblem::toString() const
{
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    QString what;
    if (!column.isEmpty())
        what = value.isEmpty() ? column + QStringLiteral(": ")
                               : QStringLiteral("%1 = '%2': ").arg(column, value);
    const QString sev = severity == Severity::Error
                            ? QCoreApplication::translate("hv::InputProblem", "error")
                            : QCoreApplication::translate("hv::InputProblem", "warning");
    return QStringLiteral("%1: %2: %3%4").arg(where, sev, what, reason);
}

}  // namespace hv
