#pragma once
// The undoable member changes of the session (Ctrl+Z): entering a member, editing her, recording
// movements. Each command is pushed after its change was saved, so its first redo() does nothing.
// An undo or redo that the database refuses (someone else changed her meanwhile) shows the reason and
// drops the command from the stack.

#include "core/types.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>
#include <memory>
#include <vector>

class QUndoStack;

namespace hv {

class AppContext;

// A member as the commands know her. Undoing her creation and redoing it gives her a new id, so
// commands share this handle instead of keeping the id. version is the version the session last read
// or wrote: a different stored version means somebody else saved her since.
struct MemberHandle {
    Id id = 0;
    int version = 0;
};
using MemberRef = std::shared_ptr<MemberHandle>;

// The handle of a member for the commands of this undo stack (kept with the stack).
MemberRef memberRef(QUndoStack& stack, Id memberId);

// One movement of one member: the event to record and her name for messages.
struct MovementEntry {
    MemberRef member;
    QString name;
    MembershipEvent event;
};

// Records each entry's event in one transaction: when one member cannot have it (e.g. she is not
// active at that date) nothing is recorded and the Error thrown names her.
void recordMovements(AppContext& ctx, const std::vector<MovementEntry>& entries);
// Removes the events recorded by recordMovements, found again by member, date and kind (recording
// rewrites a member's event rows, so event ids do not last). One transaction; throws Error naming her.
void removeMovements(AppContext& ctx, const std::vector<MovementEntry>& entries);

class MemberCommand : public QUndoCommand {
public:
    MemberCommand(AppContext& ctx, QWidget* parent, const QString& text);
    void undo() final;
    void redo() final;

protected:
    virtual void undoChange() = 0;
    virtual void redoChange() = 0;
    AppContext& mCtx;

private:
    // Runs a change and presents what goes wrong; a failed command leaves the stack.
    template <typename F>
    void run(F&& change);
    QPointer<QWidget> mParent;
    bool mDone = true;  // the change was saved before the command was pushed
};

// Undo removes the member entered; redo enters her again (with a new id).
class CreateMemberCommand : public MemberCommand {
public:
    CreateMemberCommand(AppContext& ctx, QWidget* parent, MemberRef member, const Member& fields,
                        std::vector<MembershipEvent> events);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    MemberRef mMember;
    Member mFields;
    std::vector<MembershipEvent> mEvents;
};

// Undo puts back the fields as they were before the edit; redo puts the edit back.
class EditMemberCommand : public MemberCommand {
public:
    EditMemberCommand(AppContext& ctx, QWidget* parent, MemberRef member, const Member& before,
                      const Member& after);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    void write(const Member& fields);
    MemberRef mMember;
    Member mBefore, mAfter;
};

// Undo removes the events recorded for every member at once; redo records them again.
class MovementCommand : public MemberCommand {
public:
    MovementCommand(AppContext& ctx, QWidget* parent, std::vector<MovementEntry> entries);

protected:
    void undoChange() override;
    void redoChange() override;

private:
    std::vector<MovementEntry> mEntries;
};

}  // namespace hv
