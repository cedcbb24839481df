// The member form: typing fills the record, problems show next to their field as the officer types,
// a CCCD that disagrees with the record needs her confirmation, and an existing member's history is
// shown read-only.
#include "memberfixture.h"

#include "ui/memberdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace hv;

namespace {

class MemberDialogTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        dialog = std::make_unique<MemberDialog>(*ctx);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }
    template <typename W>
    W* find(const char* name)
    {
        W* w = dialog->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QPushButton* ok() { return find<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok); }
    // Shows the tab holding w, as the officer would before typing into it.
    void showTabOf(QWidget* w)
    {
        auto* tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->isAncestorOf(w)) tabs->setCurrentIndex(i);
    }
    void fillValidMember(const QString& birth, const QString& cccd)
    {
        hvtest::typeText(find<QLineEdit>("fullName"), QStringLiteral("Lê Thị Hoa"));
        hvtest::typeText(find<QLineEdit>("birthDate"), birth);
        hvtest::typeText(find<QLineEdit>("citizenId"), cccd);
        QTest::keyClick(find<QComboBox>("chapter"), Qt::Key_Down);  // the first chapter
    }

    std::unique_ptr<MemberDialog> dialog;
};

}  // namespace

TEST_F(MemberDialogTest, TypedMemberIsReadBackWithHerChapter)
{
    EXPECT_FALSE(ok()->isEnabled()) << "an empty form cannot be saved";
    fillValidMember(QStringLiteral("15/03/1985"), QStringLiteral("038 185 000 123"));
    auto* ethnicity = find<QComboBox>("ethnicity");
    ethnicity->setCurrentIndex(ethnicity->findData(QStringLiteral("01")));
    auto* phone = find<QLineEdit>("phone");
    showTabOf(phone);
    QTest::keyClicks(phone, QStringLiteral("0912 345 678"));

    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    const Member m = dialog->member();
    EXPECT_EQ(m.fullName, QStringLiteral("Lê Thị Hoa"));
    EXPECT_EQ(m.birth.date, QDate(1985, 3, 15));
    EXPECT_EQ(m.citizenId, QStringLiteral("038185000123")) << "spaces typed in the CCCD are dropped";
    EXPECT_EQ(m.ethnicityCode, QStringLiteral("01"));
    EXPECT_EQ(m.phone, QStringLiteral("0912 345 678"));
    EXPECT_TRUE(m.citizenIdOverride.isEmpty());
    EXPECT_EQ(dialog->unitId(), chapterA);
    EXPECT_EQ(dialog->joinDate(), QDate::currentDate()) << "a new member joins today unless told otherwise";
}

TEST_F(MemberDialogTest, ProblemsShowNextToTheirFieldAsTheOfficerTypes)
{
    auto* name = find<QLineEdit>("fullName");
    auto* nameError = find<QLabel>("error_full_name");
    EXPECT_TRUE(nameError->isHidden()) << "an untouched empty field is not an error yet";
    EXPECT_TRUE(find<QLabel>("problemSummary")->text().contains(MemberDialog::tr("full name")))
        << "the summary says what is still needed";

    QTest::keyClicks(name, QStringLiteral("Hoa"));
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Delete);
    EXPECT_FALSE(nameError->isHidden());
    EXPECT_FALSE(nameError->text().isEmpty());

    auto* birth = find<QLineEdit>("birthDate");
    QTest::keyClicks(birth, QStringLiteral("31/02/1990"));
    EXPECT_FALSE(find<QLabel>("error_birth_date")->isHidden()) << "31 February is not a date";

    // Born in 2015, joining today: under 18.
    hvtest::retype(birth, QStringLiteral("01/01/2015"));
    EXPECT_TRUE(find<QLabel>("error_birth_date")->isHidden());
    auto* joinedError = find<QLabel>("error_joined_on");
    EXPECT_FALSE(joinedError->isHidden());
    EXPECT_TRUE(joinedError->text().contains(QStringLiteral("18"))) << joinedError->text().toStdString();
    EXPECT_FALSE(ok()->isEnabled());
    auto* tabs = find<QTabWidget>("tabs");
    EXPECT_FALSE(tabs->tabIcon(tabs->indexOf(find<QWidget>("tabMembership"))).isNull())
        << "the tab with the problem is marked";
}

TEST_F(MemberDialogTest, CitizenIdThatDisagreesNeedsTheOfficersConfirmation)
{
    // The CCCD says born in 1985; the record says 1986.
    fillValidMember(QStringLiteral("15/03/1986"), QStringLiteral("038185000123"));
    auto* warning = find<QLabel>("error_citizen_id");
    auto* confirm = find<QCheckBox>("confirmCitizenId");
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("1985")) &&
                warning->text().contains(QStringLiteral("1986")))
        << "the warning says what disagrees: " << warning->text().toStdString();
    EXPECT_FALSE(confirm->isHidden());
    EXPECT_FALSE(ok()->isEnabled()) << "an unconfirmed warning keeps OK disabled";

    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(6, confirm->height() / 2));
    ASSERT_TRUE(confirm->isChecked());
    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    const QString override = dialog->member().citizenIdOverride;
    EXPECT_TRUE(override.contains(QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))));
    EXPECT_TRUE(override.contains(QStringLiteral("1985"))) << override.toStdString();

    // Another number with another disagreement needs another look.
    auto* cccd = find<QLineEdit>("citizenId");
    hvtest::retype(cccd, QStringLiteral("038184000123"));
    EXPECT_FALSE(confirm->isChecked());
    EXPECT_FALSE(ok()->isEnabled());
    EXPECT_TRUE(dialog->member().citizenIdOverride.isEmpty());

    // A number that agrees needs nothing.
    hvtest::retype(cccd, QStringLiteral("038186000123"));
    EXPECT_TRUE(warning->isHidden());
    EXPECT_TRUE(confirm->isHidden());
    EXPECT_TRUE(ok()->isEnabled());
}

TEST_F(MemberDialogTest, MalformedCitizenIdIsAnErrorNotAWarning)
{
    fillValidMember(QStringLiteral("15/03/1985"), QStringLiteral("03818500012"));
    EXPECT_FALSE(find<QLabel>("error_citizen_id")->isHidden());
    EXPECT_TRUE(find<QCheckBox>("confirmCitizenId")->isHidden()) << "an error cannot be confirmed away";
    EXPECT_FALSE(ok()->isEnabled());
}

TEST_F(MemberDialogTest, BareYearMeansOnlyTheYearIsKnown)
{
    fillValidMember(QStringLiteral("1985"), QString());
    EXPECT_TRUE(find<QCheckBox>("birthYearOnly")->isChecked());
    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    const Member m = dialog->member();
    EXPECT_TRUE(m.birth.yearOnly());
    EXPECT_EQ(m.birth.year, 1985);
}

TEST_F(MemberDialogTest, OnlyAnHonoraryMemberMayBeAMan)
{
    auto* sex = find<QComboBox>("sex");
    EXPECT_FALSE(sex->isEnabled());
    auto* type = find<QComboBox>("memberType");
    type->setCurrentIndex(type->findData(int(MemberType::Honorary)));
    EXPECT_TRUE(sex->isEnabled());
    sex->setCurrentIndex(sex->findData(int(Sex::Male)));
    fillValidMember(QStringLiteral("1960"), QString());
    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog->member().sex, Sex::Male);
    type->setCurrentIndex(type->findData(int(MemberType::Ordinary)));
    EXPECT_EQ(dialog->member().sex, Sex::Female);
}

TEST_F(MemberDialogTest, ExistingMemberShowsHerHistoryAndKeepsHerIdentity)
{
    const Id id = storeMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("038185000123"), chapterA);
    MembershipEvent move;
    move.kind = EventKind::Moved;
    move.date = QDate(2015, 6, 1);
    move.unitId = chapterB;
    move.decisionNo = QStringLiteral("7/QĐ");
    repo->addEvent(id, move);
    const Member stored = *repo->byId(id);
    dialog->setMember(stored, repo->events(id), repo->positions(id));

    EXPECT_TRUE(find<QComboBox>("chapter")->isHidden()) << "her chapter changes only through movements";
    EXPECT_TRUE(find<QLabel>("currentChapter")->text().contains(QStringLiteral("Khu phố 2")));
    auto* history = find<QTableWidget>("historyTable");
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_EQ(history->item(1, 0)->text(), QStringLiteral("01/06/2015"));
    EXPECT_EQ(history->item(1, 3)->text(), QStringLiteral("7/QĐ"));
    EXPECT_EQ(history->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_EQ(find<QLineEdit>("birthDate")->text(), QStringLiteral("15/03/1985"));

    hvtest::retype(find<QLineEdit>("fullName"), QStringLiteral("Trần Thị Lan Anh"));
    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    const Member edited = dialog->member();
    EXPECT_EQ(edited.fullName, QStringLiteral("Trần Thị Lan Anh"));
    EXPECT_EQ(edited.id, id);
    EXPECT_EQ(edited.version, stored.version);
    EXPECT_EQ(edited.citizenId, stored.citizenId);
    EXPECT_EQ(dialog->unitId(), chapterB);
}

TEST_F(MemberDialogTest, AcceptedOverrideIsKeptWhileTheNumberStays)
{
    Member m;
    m.fullName = QStringLiteral("Phạm Thị Mai");
    m.birth.date = QDate(1986, 1, 2);
    m.birth.year = 1986;
    m.citizenId = QStringLiteral("038185000999");  // says 1985
    m.citizenIdOverride = QStringLiteral("confirmed earlier");
    MembershipEvent e{0, 0, EventKind::Admitted, QDate(2010, 1, 1), chapterA};
    const Id id = repo->create(m, {e});
    dialog->setMember(*repo->byId(id), repo->events(id), {});
    EXPECT_TRUE(find<QCheckBox>("confirmCitizenId")->isChecked());
    EXPECT_TRUE(ok()->isEnabled()) << dialog->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog->member().citizenIdOverride, QStringLiteral("confirmed earlier"));
}
