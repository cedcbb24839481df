// The member actions as the register page calls them: the dialogs are driven with key and mouse events
// while their exec() runs, and the database is checked after each step, after undo and after redo.
#include "memberfixture.h"

#include "ui/memberactions.h"
#include "ui/memberdialog.h"
#include "ui/movementdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace hv;

namespace {

class MemberActionsTest : public hvtest::MemberFixture {
protected:
    template <typename W>
    static W* child(QWidget* dialog, const char* name)
    {
        W* w = dialog->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    static void clickOk(QWidget* dialog)
    {
        QPushButton* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    static void clickCancel(QWidget* dialog)
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    }
    // Records kind for the members through the movement dialog, with this decision number.
    bool record(const QList<Id>& ids, EventKind kind, const QString& decision)
    {
        hvtest::onModal<MovementDialog>([decision](MovementDialog* d) {
            hvtest::typeText(child<QLineEdit>(d, "decisionNo"), decision);
            clickOk(d);
        });
        return recordMovement(nullptr, *ctx, ids, kind);
    }
};

}  // namespace

TEST_F(MemberActionsTest, EnterTransferOutUndoAndRedo)
{
    QUndoStack& undo = ctx->undoStack();
    hvtest::onModal<MemberDialog>([](MemberDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "fullName"), QStringLiteral("Nguyễn Thị Hằng"));
        QTest::keyClicks(child<QLineEdit>(d, "birthDate"), QStringLiteral("15/03/1985"));
        QTest::keyClicks(child<QLineEdit>(d, "citizenId"), QStringLiteral("038185000123"));
        hvtest::retype(child<QLineEdit>(d, "joinedOn"), QStringLiteral("08/03/2010"));
        QTest::keyClick(child<QComboBox>(d, "chapter"), Qt::Key_Down);
        clickOk(d);
    });
    ASSERT_TRUE(createMember(nullptr, *ctx, 0));
    const auto created = repo->idByCitizenId(QStringLiteral("038185000123"));
    ASSERT_TRUE(created);
    EXPECT_EQ(repo->byId(*created)->fullName, QStringLiteral("Nguyễn Thị Hằng"));
    auto events = repo->events(*created);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, EventKind::Admitted);
    EXPECT_EQ(events[0].date, QDate(2010, 3, 8));
    EXPECT_EQ(events[0].unitId, chapterA);
    EXPECT_EQ(undo.count(), 1);

    ASSERT_TRUE(record({*created}, EventKind::TransferredOut, QStringLiteral("15/QĐ-HPN")));
    events = repo->events(*created);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1].kind, EventKind::TransferredOut);
    EXPECT_EQ(events[1].date, QDate::currentDate());
    EXPECT_EQ(events[1].decisionNo, QStringLiteral("15/QĐ-HPN"));
    EXPECT_EQ(events[1].status, Status::TransferredOut);

    undo.undo();
    events = repo->events(*created);
    ASSERT_EQ(events.size(), 1u) << "undo takes the transfer back";
    EXPECT_EQ(events[0].status, Status::Active);

    undo.undo();
    EXPECT_FALSE(repo->byId(*created)) << "undo of the creation removes her";
    EXPECT_EQ(repo->count(), 0);

    undo.redo();
    const auto again = repo->idByCitizenId(QStringLiteral("038185000123"));
    ASSERT_TRUE(again) << "redo enters her again";
    EXPECT_EQ(repo->events(*again).size(), 1u);
    undo.redo();
    events = repo->events(*again);
    ASSERT_EQ(events.size(), 2u) << "redo records the transfer for her new record";
    EXPECT_EQ(events[1].kind, EventKind::TransferredOut);
    EXPECT_EQ(undo.index(), 2);

    // And back once more, across the new id.
    undo.undo();
    undo.undo();
    EXPECT_EQ(repo->count(), 0);
}

TEST_F(MemberActionsTest, EditIsUndoneToThePreviousValues)
{
    const Id id = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    hvtest::onModal<MemberDialog>([](MemberDialog* d) {
        hvtest::retype(child<QLineEdit>(d, "phone"), QStringLiteral("0912345678"));
        hvtest::retype(child<QLineEdit>(d, "fullName"), QStringLiteral("Trần Thị Lan Anh"));
        clickOk(d);
    });
    ASSERT_TRUE(editMember(nullptr, *ctx, id));
    EXPECT_EQ(repo->byId(id)->phone, QStringLiteral("0912345678"));
    EXPECT_EQ(repo->search(QStringLiteral("lan anh")).size(), 1u);

    ctx->undoStack().undo();
    const Member back = *repo->byId(id);
    EXPECT_TRUE(back.phone.isEmpty());
    EXPECT_EQ(back.fullName, QStringLiteral("Trần Thị Lan"));
    ctx->undoStack().redo();
    EXPECT_EQ(repo->byId(id)->fullName, QStringLiteral("Trần Thị Lan Anh"));
}

TEST_F(MemberActionsTest, UndoDoesNotOverwriteSomeoneElsesSave)
{
    const Id id = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    hvtest::onModal<MemberDialog>([](MemberDialog* d) {
        hvtest::retype(child<QLineEdit>(d, "phone"), QStringLiteral("0912345678"));
        clickOk(d);
    });
    ASSERT_TRUE(editMember(nullptr, *ctx, id));
    Member other = *repo->byId(id);  // another workstation saves her
    other.address = QStringLiteral("Thôn 3");
    repo->update(other);

    QString message;
    hvtest::onModal<QMessageBox>([&message](QMessageBox* box) {
        message = box->text();
        box->accept();
    });
    ctx->undoStack().undo();
    EXPECT_FALSE(message.isEmpty()) << "the officer is told why nothing was undone";
    const Member now = *repo->byId(id);
    EXPECT_EQ(now.address, QStringLiteral("Thôn 3"));
    EXPECT_EQ(now.phone, QStringLiteral("0912345678"));
    EXPECT_EQ(ctx->undoStack().count(), 0) << "the command that cannot be undone leaves the stack";
}

TEST_F(MemberActionsTest, ConflictOffersToReloadHerRecord)
{
    const Id id = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    QString shownAfterReload;
    hvtest::onModal<MemberDialog>([&](MemberDialog* d) {
        Member other = *repo->byId(id);  // saved elsewhere while the form is open
        other.fullName = QStringLiteral("Trần Thị Lan Chi");
        repo->update(other);
        hvtest::retype(child<QLineEdit>(d, "phone"), QStringLiteral("0912345678"));
        hvtest::onModal<QMessageBox>([&, d](QMessageBox* box) {
            EXPECT_EQ(box->objectName(), QStringLiteral("conflictMessage"));
            hvtest::onModal<MemberDialog>([&](MemberDialog* reloaded) {
                shownAfterReload = child<QLineEdit>(reloaded, "fullName")->text();
                clickCancel(reloaded);
            });
            EXPECT_TRUE(box->text().contains(QStringLiteral("Trần Thị Lan → Trần Thị Lan Chi"))) << box->text().toStdString();
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("reloadTheirs")), Qt::LeftButton);
        });
        clickOk(d);
    });
    EXPECT_FALSE(editMember(nullptr, *ctx, id));
    EXPECT_EQ(shownAfterReload, QStringLiteral("Trần Thị Lan Chi"));
    EXPECT_TRUE(repo->byId(id)->phone.isEmpty()) << "nothing of the refused save was written";
    EXPECT_EQ(ctx->undoStack().count(), 0);
}

TEST_F(MemberActionsTest, ConflictKeepsHerChangesAndTheirs)
{
    const Id id = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    hvtest::onModal<MemberDialog>([&](MemberDialog* d) {
        Member other = *repo->byId(id);  // saved on another workstation while the form is open
        other.fullName = QStringLiteral("Trần Thị Lan Chi");
        repo->update(other);
        hvtest::retype(child<QLineEdit>(d, "phone"), QStringLiteral("0912345678"));
        hvtest::onModal<QMessageBox>([](QMessageBox* box) {
            QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("keepMine")), Qt::LeftButton);
        });
        clickOk(d);
    });
    ASSERT_TRUE(editMember(nullptr, *ctx, id));
    const Member now = *repo->byId(id);
    EXPECT_EQ(now.phone, QStringLiteral("0912345678")) << "her change is saved";
    EXPECT_EQ(now.fullName, QStringLiteral("Trần Thị Lan Chi")) << "theirs is not lost";
    ctx->undoStack().undo();
    EXPECT_TRUE(repo->byId(id)->phone.isEmpty()) << "undo puts their version back";
    EXPECT_EQ(repo->byId(id)->fullName, QStringLiteral("Trần Thị Lan Chi"));
}

TEST_F(MemberActionsTest, ManyMembersAllOrNothingNamingHer)
{
    const Id lan = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    const Id mai = storeMember(QStringLiteral("Phạm Thị Mai"), QStringLiteral("038185000456"), chapterA);
    MembershipEvent out{0, 0, EventKind::TransferredOut, QDate(2020, 1, 1)};
    repo->addEvent(mai, out);  // she is no longer active

    QString message;
    hvtest::onModal<MovementDialog>([&](MovementDialog* d) {
        EXPECT_TRUE(child<QLabel>(d, "summary")->text().contains(QStringLiteral("Phạm Thị Mai")));
        hvtest::onModal<QMessageBox>([&](QMessageBox* box) {
            message = box->text();
            hvtest::onModal<MovementDialog>([](MovementDialog* again) { clickCancel(again); });
            box->accept();
        });
        clickOk(d);
    });
    EXPECT_FALSE(recordMovement(nullptr, *ctx, {lan, mai}, EventKind::Withdrew));
    EXPECT_TRUE(message.contains(QStringLiteral("Phạm Thị Mai"))) << message.toStdString();
    EXPECT_EQ(repo->events(lan).size(), 1u) << "nothing was recorded for the one who could withdraw";
    EXPECT_EQ(repo->events(mai).size(), 2u);
    EXPECT_EQ(ctx->undoStack().count(), 0);
}

TEST_F(MemberActionsTest, MovingManyIsOneUndoStep)
{
    const Id lan = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    const Id mai = storeMember(QStringLiteral("Phạm Thị Mai"), QStringLiteral("038185000456"), chapterA);
    hvtest::onModal<MovementDialog>([this](MovementDialog* d) {
        auto* destination = child<QComboBox>(d, "destination");
        destination->setCurrentIndex(destination->findData(chapterB));
        clickOk(d);
    });
    ASSERT_TRUE(recordMovement(nullptr, *ctx, {lan, mai}, EventKind::Moved));
    EXPECT_EQ(repo->events(lan).back().unitId, chapterB);
    EXPECT_EQ(repo->events(mai).back().unitId, chapterB);
    EXPECT_EQ(ctx->undoStack().count(), 1);
    ctx->undoStack().undo();
    EXPECT_EQ(repo->events(lan).size(), 1u);
    EXPECT_EQ(repo->events(mai).size(), 1u);
}

TEST_F(MemberActionsTest, AdmitOnAMemberWhoLeftOffersRestore)
{
    const Id mai = storeMember(QStringLiteral("Phạm Thị Mai"), QStringLiteral("038185000456"), chapterB);
    MembershipEvent withdrew{0, 0, EventKind::Withdrew, QDate(2020, 1, 1)};
    repo->addEvent(mai, withdrew);

    Id preselected = -1;
    hvtest::onModal<QMessageBox>([&](QMessageBox* box) {
        EXPECT_EQ(box->objectName(), QStringLiteral("restoreInstead"));
        hvtest::onModal<MovementDialog>([&](MovementDialog* d) {
            preselected = d->unitId();
            clickOk(d);
        });
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    ASSERT_TRUE(recordMovement(nullptr, *ctx, {mai}, EventKind::Admitted));
    EXPECT_EQ(preselected, chapterB) << "she comes back to the chapter she left";
    const auto events = repo->events(mai);
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events.back().kind, EventKind::Restored);
    EXPECT_EQ(events.back().status, Status::Active);
}
