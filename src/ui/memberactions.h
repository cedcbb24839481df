#pragma once
// The member actions of the register page (DOMAIN.md "Members", "Movements"). Each opens its dialog,
// saves through MemberRepository, puts an undoable command on ctx.undoStack(), calls
// ctx.notifyDataChanged() and shows what goes wrong itself (ErrorPresenter); the dialog stays open
// after a refused save so the officer can correct it. They return true when something was saved.

#include "core/types.h"

#include <QList>

class QWidget;

namespace hv {

class AppContext;

// Enters a new member; unitId preselects her chapter (any unit may be given: it is ignored when it
// cannot be picked). Her joining becomes her first event.
bool createMember(QWidget* parent, AppContext& ctx, Id unitId);

// Edits the fields of a member. When someone else saved her in between, offers to reload her record.
bool editMember(QWidget* parent, AppContext& ctx, Id memberId);

// Records a movement for the selected members with one date and decision number: all of them or, when
// one of them cannot have it (e.g. she is not active), none, with a message naming her. Admitted (and
// TransferredIn) with no member selected enters a new member in the current unit; for selected members
// who left it offers to restore them instead.
bool recordMovement(QWidget* parent, AppContext& ctx, const QList<Id>& memberIds, EventKind kind);

}  // namespace hv
