#pragma once
// Asks what a movement needs (DOMAIN.md "Movements"): its date (today by default, never in the
// future), the decision number, and for a move, an admission or a restoration the chapter she goes to.
// It shows whom the movement applies to. The dialog does not record anything: the caller does.

#include "core/types.h"
#include "core/unittree.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class MovementDialog;
}

namespace hv {

class AppContext;

class MovementDialog : public QDialog {
    Q_OBJECT
public:
    // memberNames: the members it applies to, in the order shown.
    MovementDialog(AppContext& ctx, EventKind kind, const QStringList& memberNames,
                   QWidget* parent = nullptr);
    ~MovementDialog() override;

    // True for the kinds that put her in a chapter (admitted, transferred in, moved, restored).
    static bool needsChapter(EventKind kind);

    EventKind kind() const { return mKind; }
    QDate date() const;
    void setDate(const QDate& date);
    QString decisionNo() const;
    QString notes() const;
    // The chapter picked; 0 for the kinds that end membership or when none is picked.
    Id unitId() const;
    // Preselects the chapter (e.g. the one she left, for a restoration); ignored when not offered.
    void setUnitId(Id unitId);
    // The event to record for each member: kind, date, chapter, decision number, notes.
    MembershipEvent event() const;

private:
    void updateOk();

    std::unique_ptr<Ui::MovementDialog> mUi;
    EventKind mKind;
    UnitTree mTree;
};

}  // namespace hv
