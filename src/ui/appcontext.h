#pragma once
// What every window, page and dialog of the desktop needs, passed through constructors (no globals):
// the open database, the reference lists, the settings, the undo stack of the session, and the unit and
// date the officer is looking at. Pages listen to its signals to stay in step.

#include "core/referencedata.h"
#include "core/types.h"
#include "storage/database.h"

#include <QDate>
#include <QObject>
#include <QSettings>
#include <QUndoStack>
#include <memory>

namespace hv {

class AppContext : public QObject {
    Q_OBJECT
public:
    AppContext(std::unique_ptr<Database> db, QSettings& settings, QObject* parent = nullptr);
    ~AppContext() override;

    Database& db() { return *mDb; }
    const ReferenceData& ref() const { return mRef; }
    QSettings& settings() { return mSettings; }
    QUndoStack& undoStack() { return mUndo; }

    // The unit selected in the tree (the office's unit at start) and the date of the register
    // (today unless the officer picks a past date).
    Id unitId() const { return mUnitId; }
    void setUnitId(Id id);
    QDate date() const { return mDate; }
    void setDate(const QDate& d);

    // Tell every page that data changed (after a save, an import, an undo).
    void notifyDataChanged() { emit dataChanged(); }

signals:
    void unitChanged(hv::Id unitId);
    void dateChanged(const QDate& date);
    void dataChanged();

private:
    std::unique_ptr<Database> mDb;
    ReferenceData mRef;
    QSettings& mSettings;
    QUndoStack mUndo;
    Id mUnitId = 0;
    QDate mDate = QDate::currentDate();
};

}  // namespace hv
