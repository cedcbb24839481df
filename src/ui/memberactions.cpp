#include "ui/memberactions.h"

#include "storage/auditlog.h"
#include "storage/memberrepository.h"
#include "storage/memberrows.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/membercommands.h"
#include "ui/memberdialog.h"
#include "ui/movementdialog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace hv {
namespace {

QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("hv::MemberActions", s, c, n);
}

// The stored columns of a member as text (null and empty alike), to see whether an edit changed any.
struct ColumnTexts {
    QStringList& out;
    void operator()(const char*, const QString& v) { out << v; }
    void operator()(const char*, qint64 v) { out << QString::number(v); }
    void operator()(const char*, const rows::OptInt& v) { out << (v ? QString::number(*v) : QString()); }
    void operator()(const char*, const QDate& v) { out << v.toString(Qt::ISODate); }
    void operator()(const char*, const QByteArray& v) { out << QString::fromLatin1(v.toHex()); }
};

bool sameFields(const Member& a, const Member& b)
{
    QStringList ta, tb;
    rows::forEachMemberColumn(a, 0, ColumnTexts{ta});
    rows::forEachMemberColumn(b, 0, ColumnTexts{tb});
    return ta == tb;
}

// Someone else saved the member while the form was open: reload her record, or leave.
// What a second save of the same member does when someone saved her first (another workstation, or
// another window): the officer is shown what the other person changed, and keeps her changes over it
// (the fields she did not touch keep theirs), or takes theirs (her typing is then lost), or goes back to
// the form.
enum class ConflictChoice { KeepMine, TakeTheirs, BackToForm };
ConflictChoice askAboutConflict(QWidget* parent, const Error& conflict, const Member& opened,
                                const Member* now)
{
    QStringList lines;
    if (now) {
        const QJsonObject changes = AuditLog::memberChanges(&opened, *now);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            lines << tr("%1: %2 → %3")
                         .arg(it.key(), pair.at(0).toVariant().toString(), pair.at(1).toVariant().toString());
        }
    }
    QString text = conflict.message();
    if (!lines.isEmpty())
        text += QStringLiteral("\n\n") + tr("Changed since you opened her record:") + QStringLiteral("\n") +
                lines.join(QLatin1Char('\n'));
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"), text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("conflictMessage"));
    QPushButton* mine = now ? box.addButton(tr("&Keep my changes"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* theirs = box.addButton(tr("&Reload theirs"), QMessageBox::DestructiveRole);
    if (mine) mine->setObjectName(QStringLiteral("keepMine"));
    theirs->setObjectName(QStringLiteral("reloadTheirs"));
    box.setInformativeText(
        tr("Keep my changes saves the fields you changed over the record as it is now; their "
           "other changes stay. Reload theirs shows the record as it is now, and what you "
           "typed is lost."));
    box.setDefaultButton(mine ? mine : theirs);
    box.exec();
    if (mine && box.clickedButton() == mine) return ConflictChoice::KeepMine;
    if (box.clickedButton() == theirs) return ConflictChoice::TakeTheirs;
    return ConflictChoice::BackToForm;
}

// "Admit" on the register: admission is the first event of a member, recorded when she is entered. A
// member who left comes back by a restoration.
bool admitOrRestore(QWidget* parent, AppContext& ctx, const QList<Id>& memberIds)
{
    if (memberIds.isEmpty()) return createMember(parent, ctx, ctx.unitId());
    QList<Id> left;
    const bool read = ErrorPresenter::guard(parent, [&] {
        MemberRepository repo(ctx.db(), ctx.ref());
        for (Id id : memberIds) {
            const std::vector<MembershipEvent> events = repo.events(id);
            if (!events.empty() && events.back().status != Status::Active && !left.contains(id)) left << id;
        }
    });
    if (!read) return false;
    if (left.isEmpty()) {
        QMessageBox box(QMessageBox::Information, displayName(EventKind::Admitted),
                        tr("The selected members are members already. To admit a new member, enter her with "
                           "\"New member\"."),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("alreadyMembers"));
        box.exec();
        return false;
    }
    QMessageBox box(
        QMessageBox::Question, displayName(EventKind::Admitted),
        tr("Admission is recorded when a new member is entered. %n of the selected members left the "
           "Union: restore them instead?",
           nullptr, int(left.size())),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("restoreInstead"));
    if (box.exec() != QMessageBox::Yes) return false;
    return recordMovement(parent, ctx, left, EventKind::Restored);
}

}  // namespace

bool createMember(QWidget* parent, AppContext& ctx, Id unitId)
{
    std::unique_ptr<MemberDialog> dialog;
    if (!ErrorPresenter::guard(parent, [&] { dialog = std::make_unique<MemberDialog>(ctx, parent); }))
        return false;
    dialog->setUnitId(unitId);
    MemberRepository repo(ctx.db(), ctx.ref());
    while (dialog->exec() == QDialog::Accepted) {
        const Member member = dialog->member();
        MembershipEvent first;
        first.kind =
            member.joinKind == JoinKind::TransferredIn ? EventKind::TransferredIn : EventKind::Admitted;
        first.date = dialog->joinDate();
        first.unitId = dialog->unitId();
        first.decisionNo = member.admissionDecision;
        MemberRef ref;
        const bool saved = ErrorPresenter::guard(parent, [&] {
            const Id id = repo.create(member, {first});
            ref = memberRef(ctx.undoStack(), id);
            ref->version = repo.byId(id)->version;
        });
        if (!saved) continue;  // back to the form, as she typed it
        ctx.undoStack().push(new CreateMemberCommand(ctx, parent, ref, member, {first}));
        ctx.notifyDataChanged();
        return true;
    }
    return false;
}

bool editMember(QWidget* parent, AppContext& ctx, Id memberId)
{
    MemberRepository repo(ctx.db(), ctx.ref());
    std::unique_ptr<MemberDialog> dialog;
    Member before;
    auto load = [&] {
        const auto stored = repo.open(memberId);  // her record shown to a person: audited
        if (!stored) throw Error(Error::Kind::Input, tr("The member is no longer in the register."));
        before = *stored;
        dialog->setMember(before, repo.events(memberId), repo.positions(memberId));
    };
    if (!ErrorPresenter::guard(parent, [&] {
            dialog = std::make_unique<MemberDialog>(ctx, parent);
            load();
        }))
        return false;
    while (dialog->exec() == QDialog::Accepted) {
        Member after = dialog->member();
        if (sameFields(before, after)) return false;
        QStringList mineOnly;  // after a conflict: the columns she changed, written over theirs
        for (bool retry = true; retry;) {
            retry = false;
            try {
                if (mineOnly.isEmpty()) {
                    repo.update(after);
                } else {
                    repo.updateColumns(after, mineOnly);
                    after = *repo.byId(memberId);  // hers and theirs together, for undo
                }
                MemberRef ref = memberRef(ctx.undoStack(), memberId);
                ref->version = repo.byId(memberId)->version;
                ctx.undoStack().push(new EditMemberCommand(ctx, parent, ref, before, after));
                ctx.notifyDataChanged();
                return true;
            } catch (const Error& e) {
                if (e.kind() != Error::Kind::Conflict) {
                    ErrorPresenter::show(parent, e);
                    break;
                }
                std::optional<Member> now;
                ErrorPresenter::guard(parent, [&] { now = repo.byId(memberId); });
                switch (askAboutConflict(parent, e, before, now ? &*now : nullptr)) {
                    case ConflictChoice::KeepMine:
                        // Her changes over the version stored now, theirs kept in the fields she did not
                        // touch (undo puts their version back); saved again at once.
                        mineOnly = AuditLog::memberChanges(&before, after).keys();
                        after.version = now->version;
                        before = *now;
                        retry = true;
                        break;
                    case ConflictChoice::TakeTheirs:
                        if (!ErrorPresenter::guard(parent, load)) return false;
                        break;
                    case ConflictChoice::BackToForm:
                        break;
                }
            } catch (const std::exception& e) {
                ErrorPresenter::showUnexpected(parent, e);
            }
        }
    }
    return false;
}

bool recordMovement(QWidget* parent, AppContext& ctx, const QList<Id>& memberIds, EventKind kind)
{
    if (kind == EventKind::Admitted || kind == EventKind::TransferredIn)
        return admitOrRestore(parent, ctx, memberIds);

    std::vector<MovementEntry> entries;
    QStringList names;
    Id lastUnit = -1;  // the unit they were in before their latest event, when they share it
    std::unique_ptr<MovementDialog> dialog;
    const bool read = ErrorPresenter::guard(parent, [&] {
        MemberRepository repo(ctx.db(), ctx.ref());
        for (Id id : memberIds) {
            if (std::any_of(entries.begin(), entries.end(),
                            [&](const MovementEntry& e) { return e.member->id == id; }))
                continue;
            const auto member = repo.byId(id);
            if (!member)
                throw Error(Error::Kind::Input, tr("A selected member is no longer in the register."));
            const std::vector<MembershipEvent> events = repo.events(id);
            const Id unit = events.empty() ? 0 : events.back().fromUnitId;
            lastUnit = lastUnit == -1 || lastUnit == unit ? unit : 0;
            entries.push_back({memberRef(ctx.undoStack(), id), member->fullName, {}});
            names << member->fullName;
        }
        if (!entries.empty()) dialog = std::make_unique<MovementDialog>(ctx, kind, names, parent);
    });
    if (!read || !dialog) return false;
    // A restored member most often comes back to the chapter she left.
    if (kind == EventKind::Restored && lastUnit > 0) dialog->setUnitId(lastUnit);
    while (dialog->exec() == QDialog::Accepted) {
        for (MovementEntry& en : entries) {
            en.event = dialog->event();
            en.event.memberId = en.member->id;
        }
        if (!ErrorPresenter::guard(parent, [&] { recordMovements(ctx, entries); }))
            continue;  // back to the dialog: the date may be what was wrong
        ctx.undoStack().push(new MovementCommand(ctx, parent, entries));
        ctx.notifyDataChanged();
        return true;
    }
    return false;
}

}  // namespace hv
