#include "ui/membercommands.h"

#include "storage/database.h"
#include "storage/memberrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>

namespace hv {
namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("hv::MemberCommand", s, c, n);
}

// The handles of one undo stack, a child of it: they live as long as the stack's commands.
class MemberRefs : public QObject {
public:
    explicit MemberRefs(QObject* parent) : QObject(parent)
    {
        setObjectName(QStringLiteral("hv_member_refs"));
    }
    QHash<Id, std::weak_ptr<MemberHandle>> byId;
};

// The event of entry as stored now: same kind and date; among several, the one with the same decision.
std::optional<Id> findRecorded(const std::vector<MembershipEvent>& chain, const MembershipEvent& wanted)
{
    std::optional<Id> found;
    for (const MembershipEvent& e : chain) {
        if (e.kind != wanted.kind || e.date != wanted.date) continue;
        if (!found || (e.decisionNo == wanted.decisionNo && e.unitId == wanted.unitId)) found = e.id;
    }
    return found;
}

Error named(const QString& name, const Error& e)
{
    return Error(e.kind(), tr("%1: %2").arg(name, e.message()), e.detail());
}

MemberRefs& refsOf(QUndoStack& stack)
{
    auto* refs = dynamic_cast<MemberRefs*>(
        stack.findChild<QObject*>(QStringLiteral("hv_member_refs"), Qt::FindDirectChildrenOnly));
    return refs ? *refs : *new MemberRefs(&stack);
}

}  // namespace

MemberRef memberRef(QUndoStack& stack, Id memberId)
{
    MemberRefs& refs = refsOf(stack);
    MemberRef ref = refs.byId.value(memberId).lock();
    if (!ref || ref->id != memberId) {
        ref = std::make_shared<MemberHandle>();
        ref->id = memberId;
        refs.byId.insert(memberId, ref);
    }
    return ref;
}

void recordMovements(AppContext& ctx, const std::vector<MovementEntry>& entries)
{
    MemberRepository repo(ctx.db(), ctx.ref());
    Transaction transaction(ctx.db());  // addEvent's own transactions nest in it
    for (const MovementEntry& en : entries) {
        try {
            repo.addEvent(en.member->id, en.event);
        } catch (const Error& e) {
            throw named(en.name, e);
        }
    }
    transaction.commit();
}

void removeMovements(AppContext& ctx, const std::vector<MovementEntry>& entries)
{
    MemberRepository repo(ctx.db(), ctx.ref());
    Transaction transaction(ctx.db());
    for (const MovementEntry& en : entries) {
        const auto id = findRecorded(repo.events(en.member->id), en.event);
        if (!id)
            throw Error(Error::Kind::Input, tr("%1: the %2 of %3 is no longer recorded.")
                                                .arg(en.name, displayName(en.event.kind),
                                                     en.event.date.toString(QStringLiteral("dd/MM/yyyy"))));
        try {
            repo.removeEvent(*id);
        } catch (const Error& e) {
            throw named(en.name, e);
        }
    }
    transaction.commit();
}

MemberCommand::MemberCommand(AppContext& ctx, QWidget* parent, const QString& text)
    : QUndoCommand(text), mCtx(ctx), mParent(parent)
{
}

template <typename F>
void MemberCommand::run(F&& change)
{
    try {
        change();
        return;
    } catch (const Error& e) {
        ErrorPresenter::show(mParent, e);
    } catch (const std::exception& e) {
        ErrorPresenter::showUnexpected(mParent, e);
    }
    // The stack removes an obsolete command; the pages show the data as it is.
    setObsolete(true);
    mCtx.notifyDataChanged();
}

// The pages hear of undo and redo through the stack's indexChanged (AppContext).
void MemberCommand::undo()
{
    run([this] { undoChange(); });
}

void MemberCommand::redo()
{
    if (mDone) {
        mDone = false;
        return;
    }
    run([this] { redoChange(); });
}

CreateMemberCommand::CreateMemberCommand(AppContext& ctx, QWidget* parent, MemberRef member,
                                         const Member& fields, std::vector<MembershipEvent> events)
    : MemberCommand(ctx, parent, tr("New member %1").arg(fields.fullName)),
      mMember(std::move(member)),
      mFields(fields),
      mEvents(std::move(events))
{
}

void CreateMemberCommand::undoChange()
{
    MemberRepository repo(mCtx.db(), mCtx.ref());
    const auto now = repo.byId(mMember->id);
    if (!now) return;  // deleted meanwhile: nothing to undo
    // Her record and history must be as this session left them: removing her would lose other work.
    if (now->version != mMember->version || repo.events(mMember->id).size() != mEvents.size())
        throw Error(Error::Kind::Conflict, tr("%1 was changed by someone else after she was entered; she was "
                                              "not removed.")
                                               .arg(now->fullName));
    repo.remove(mMember->id);
}

void CreateMemberCommand::redoChange()
{
    MemberRepository repo(mCtx.db(), mCtx.ref());
    Member fields = mFields;
    fields.id = 0;
    const Id id = repo.create(fields, mEvents);
    mMember->id = id;
    mMember->version = repo.byId(id)->version;
    // Commands pushed later for her (an edit after this redo) must find the same handle.
    refsOf(mCtx.undoStack()).byId.insert(id, mMember);
}

EditMemberCommand::EditMemberCommand(AppContext& ctx, QWidget* parent, MemberRef member, const Member& before,
                                     const Member& after)
    : MemberCommand(ctx, parent, tr("Edit %1").arg(after.fullName)),
      mMember(std::move(member)),
      mBefore(before),
      mAfter(after)
{
}

void EditMemberCommand::write(const Member& fields)
{
    MemberRepository repo(mCtx.db(), mCtx.ref());
    // Re-read first: the fields are put back only over the version this session wrote.
    const auto now = repo.byId(mMember->id);
    if (!now) throw Error(Error::Kind::Input, tr("%1 is no longer in the register.").arg(fields.fullName));
    if (now->version != mMember->version)
        throw Error(Error::Kind::Conflict,
                    tr("Someone else saved %1 after your change; it was not undone, so that "
                       "their work is kept.")
                        .arg(now->fullName));
    Member m = fields;
    m.id = mMember->id;
    m.version = now->version;
    repo.update(m);
    mMember->version = repo.byId(m.id)->version;
}

void EditMemberCommand::undoChange() { write(mBefore); }

void EditMemberCommand::redoChange() { write(mAfter); }

MovementCommand::MovementCommand(AppContext& ctx, QWidget* parent, std::vector<MovementEntry> entries)
    : MemberCommand(ctx, parent, QString()), mEntries(std::move(entries))
{
    if (mEntries.size() == 1)
        setText(tr("%1: %2").arg(displayName(mEntries.front().event.kind), mEntries.front().name));
    else if (!mEntries.empty())
        setText(tr("%1: %n member(s)", nullptr, int(mEntries.size()))
                    .arg(displayName(mEntries.front().event.kind)));
}

void MovementCommand::undoChange() { removeMovements(mCtx, mEntries); }

void MovementCommand::redoChange() { recordMovements(mCtx, mEntries); }

}  // namespace hv
