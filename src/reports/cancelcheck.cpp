#include "reports/cancelcheck.h"

#include "core/error.h"

#include <QCoreApplication>

namespace hv {

void throwIfCancelled(const CancelCheck& cancelled)
{
    if (cancelled && cancelled())
        throw Error(
            Error::Kind::Cancelled,
            QCoreApplication::translate("hv::Reports", "The report was cancelled; nothing was written."));
}

}  // namespace hv
