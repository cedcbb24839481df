#include "ui/appcontext.h"

#include "storage/unitrepository.h"

namespace hv {

AppContext::AppContext(std::unique_ptr<Database> db, QSettings& settings, QObject* parent)
    : QObject(parent), mDb(std::move(db)), mSettings(settings)
{
    UnitRepository units(*mDb);
    if (const auto office = units.officeUnit())
        mUnitId = office->id;
    connect(&mUndo, &QUndoStack::indexChanged, this, &AppContext::dataChanged);
}

AppContext::~AppContext() = default;

void AppContext::setUnitId(Id id)
{
    if (id == mUnitId)
        return;
    mUnitId = id;
    emit unitChanged(id);
}

void AppContext::setDate(const QDate& d)
{
    if (d == mDate || !d.isValid())
        return;
    mDate = d;
    emit dateChanged(d);
}

}  // namespace hv
