// The trainings and awards pages as an officer uses them: a class created in its form with two members
// found by typing their name without tone marks and an outside guest, a refusal shown in the form, and the
// member's form listing the training; an award refused for a unit that did not exist on the decision date.
#include "memberfixture.h"

#include "storage/awardrepository.h"
#include "storage/trainingrepository.h"
#include "ui/actionregistry.h"
#include "ui/awarddialog.h"
#include "ui/awardspage.h"
#include "ui/trainingdialog.h"
#include "ui/trainingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace hv;
using hvtest::child;
using hvtest::clickOk;

namespace {

class YearWorkTrainingsTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        hang1 = storeMember(QString::fromUtf8("Nguyễn Thị Hằng"), QString(), chapterA);
        hang2 = storeMember(QString::fromUtf8("Trần Thị Hằng"), QString(), chapterB);
        lan = storeMember(QString::fromUtf8("Phạm Thị Lan"), QString(), chapterA);
        ctx->setDate(QDate(2025, 6, 1));
        ctx->setUnitId(commune);
    }

    ActionRegistry actions;
    Id hang1 = 0, hang2 = 0, lan = 0;
};

}  // namespace

TEST_F(YearWorkTrainingsTest, TrainingWithMembersPickedByTypingWithoutToneMarks)
{
    TrainingsPage page(*ctx, actions);
    page.resize(1000, 600);
    page.show();
    page.refresh();
    bool refusedShown = false, stayedOpen = false;
    hvtest::onModal<TrainingDialog>([&](TrainingDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "titleEdit"), QString::fromUtf8("Tập huấn chi hội trưởng"));
        auto* search = child<QLineEdit>(d, "memberSearch");
        auto* results = child<QListWidget>(d, "memberResults");
        hvtest::typeText(search, QStringLiteral("thi hang"));
        EXPECT_EQ(results->count(), 2);  // both Hằng, not Lan
        // The first hit is selected; Ctrl+click picks the second too, then both are added at once.
        QTest::mouseClick(results->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          results->visualItemRect(results->item(1)).center());
        EXPECT_EQ(results->selectedItems().size(), 2);
        QTest::mouseClick(child<QPushButton>(d, "addMembersButton"), Qt::LeftButton);
        hvtest::typeText(child<QLineEdit>(d, "personNameEdit"), QString::fromUtf8("Lê Văn Khách"));
        QTest::keyClick(child<QLineEdit>(d, "personNameEdit"), Qt::Key_Return);
        EXPECT_EQ(child<QTableWidget>(d, "participantsTable")->rowCount(), 3);
        EXPECT_TRUE(d->isVisible());  // Enter in the name box did not press OK

        // Before they joined (2010): refused in the form, which stays open.
        child<QDateEdit>(d, "dateFromEdit")->setDate(QDate(2009, 5, 10));
        clickOk(d);
        refusedShown = !d->errorText().isEmpty();
        stayedOpen = d->isVisible();
        child<QDateEdit>(d, "dateFromEdit")->setDate(QDate(2025, 5, 10));
        clickOk(d);
    });
    const Id id = page.addTraining();
    EXPECT_TRUE(refusedShown);
    EXPECT_TRUE(stayedOpen);
    ASSERT_NE(id, 0);

    const auto stored = TrainingRepository(ctx->db()).forYear(2025);
    ASSERT_EQ(stored.size(), 1u);
    const Training& t = stored.front();
    EXPECT_EQ(t.title, QString::fromUtf8("Tập huấn chi hội trưởng"));
    EXPECT_EQ(t.unitId, commune);
    EXPECT_EQ(t.from, QDate(2025, 5, 10));
    ASSERT_EQ(t.participants.size(), 3u);
    QList<Id> members;
    for (const TrainingParticipant& p : t.participants)
        if (p.kind == TrainingParticipant::Kind::Member) members << p.memberId;
    std::sort(members.begin(), members.end());
    EXPECT_EQ(members, (QList<Id>{hang1, hang2}));
    EXPECT_EQ(t.attendeeCount(), 3);
    EXPECT_TRUE(TrainingRepository(ctx->db()).forYear(2009).empty());  // the refused try wrote nothing
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("trainingsTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 7)->text(), QStringLiteral("3"));
}

TEST_F(YearWorkTrainingsTest, AttendeeCountEnteredWhenOnlyTheNumberIsKnown)
{
    TrainingsPage page(*ctx, actions);
    page.show();
    hvtest::onModal<TrainingDialog>([&](TrainingDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "titleEdit"), QStringLiteral("Tuyen truyen phap luat"));
        QTest::mouseClick(child<QCheckBox>(d, "attendeesCheck"), Qt::LeftButton);
        auto* spin = child<QSpinBox>(d, "attendeesSpin");
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QStringLiteral("45"));
        clickOk(d);
    });
    ASSERT_NE(page.addTraining(), 0);
    const auto stored = TrainingRepository(ctx->db()).forYear(2025);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().attendees, std::optional<int>(45));
    EXPECT_TRUE(stored.front().participants.empty());
}

TEST_F(YearWorkTrainingsTest, AwardToAMemberAndARefusedUnitAwardShownInTheForm)
{
    AwardsPage page(*ctx, actions);
    page.show();
    hvtest::onModal<AwardDialog>([&](AwardDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "memberSearch"), QStringLiteral("pham thi lan"));
        auto* results = child<QListWidget>(d, "memberResults");
        ASSERT_EQ(results->count(), 1);
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                          results->visualItemRect(results->item(0)).center());
        hvtest::typeText(child<QLineEdit>(d, "titleEdit"), QString::fromUtf8("Phụ nữ tiêu biểu"));
        clickOk(d);
    });
    ASSERT_NE(page.addAward(), 0);
    const auto awards = AwardRepository(ctx->db()).ofMember(lan);
    ASSERT_EQ(awards.size(), 1u);
    EXPECT_EQ(awards.front().status, QStringLiteral("proposed"));
    EXPECT_EQ(awards.front().unitId, chapterA);  // her unit on 31/12 while proposed

    // A chapter created on 25/12/2025 cannot receive an award decided on 20/12/2025.
    const Id newChapter = UnitRepository(ctx->db()).insert(
        {0, QStringLiteral("15499-03"), QString::fromUtf8("Chi hội Khu phố 3"), UnitLevel::Chapter, commune,
         QDate(2025, 12, 25)});
    QString refusal;
    hvtest::onModal<AwardDialog>([&](AwardDialog* d) {
        QTest::mouseClick(child<QRadioButton>(d, "unitRadio"), Qt::LeftButton);
        auto* units = child<QComboBox>(d, "unitCombo");
        ASSERT_GE(units->findData(newChapter), 0);
        units->setCurrentIndex(units->findData(newChapter));
        auto* status = child<QComboBox>(d, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("approved")));
        hvtest::typeText(child<QLineEdit>(d, "decisionEdit"), QStringLiteral("45/QĐ-HPN"));
        child<QDateEdit>(d, "decisionDateEdit")->setDate(QDate(2025, 12, 20));
        clickOk(d);
        refusal = d->errorText();
        d->reject();
    });
    EXPECT_EQ(page.addAward(), 0);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_TRUE(AwardRepository(ctx->db()).ofUnit(newChapter).empty());
}
