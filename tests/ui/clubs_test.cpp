// The clubs and models of the Activities page as an officer uses them: a club created in its form with two
// members found by typing their names without tone marks (a third, of another chapter, refused in the
// form), then edited; its member count shown and stored while it counts once in the report's activities;
// a founding date in the future or after the record's day refused in the form; and the window state of
// the year's-work pages (year, tab, column widths, splitter) back after the page is built again.
#include "memberfixture.h"

#include "reports/annualreport.h"
#include "storage/activityrepository.h"
#include "ui/actionregistry.h"
#include "ui/activitiesgrid.h"
#include "ui/activitiespage.h"
#include "ui/clubdialog.h"
#include "ui/clublist.h"
#include "ui/trainingspage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>

using namespace hv;
using hvtest::child;
using hvtest::clickOk;

namespace {

class ClubsTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        hang1 = storeMember(QString::fromUtf8("Nguyễn Thị Hằng"), QString(), chapterA);
        hang2 = storeMember(QString::fromUtf8("Trần Thị Hằng"), QString(), chapterA);
        hangB = storeMember(QString::fromUtf8("Lê Thị Hằng"), QString(), chapterB);
        lan = storeMember(QString::fromUtf8("Phạm Thị Lan"), QString(), chapterA);
        ctx->setDate(QDate(2025, 6, 1));
        ctx->setUnitId(chapterA);
    }
    std::unique_ptr<ActivitiesPage> makePage()
    {
        auto p = std::make_unique<ActivitiesPage>(*ctx, actions);
        p->resize(1100, 700);
        p->show();
        p->refresh();
        return p;
    }
    // Shows the Clubs and models tab the way an officer does: a click on it.
    static void clickTab(ActivitiesPage* p, int index)
    {
        QTabBar* bar = p->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    }
    std::vector<Activity> clubs()
    {
        return ActivityRepository(ctx->db()).ofKinds(2025, {QStringLiteral("club")});
    }

    ActionRegistry actions;
    Id hang1 = 0, hang2 = 0, hangB = 0, lan = 0;
};

}  // namespace

TEST_F(ClubsTest, ClubWithMembersFoundWithoutToneMarksEditedAndCountedOnce)
{
    auto page = makePage();
    clickTab(page.get(), 1);
    ClubList* list = page->clubList();
    ASSERT_TRUE(list->isVisible());
    QString refusal;
    int listedAfterAdd = -1;
    hvtest::onModal<ClubDialog>([&](ClubDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "nameEdit"), QString::fromUtf8("CLB Phụ nữ với pháp luật"));
        QTest::mouseClick(child<QCheckBox>(d, "foundedCheck"), Qt::LeftButton);
        child<QDateEdit>(d, "foundedEdit")->setDate(QDate(2020, 3, 15));
        auto* results = child<QListWidget>(d, "memberResults");
        hvtest::typeText(child<QLineEdit>(d, "memberSearch"), QStringLiteral("thi hang"));
        ASSERT_EQ(results->count(), 3);  // the three Hằng, not Lan
        // All three picked at once: the one of chapter 2 is refused, the two of chapter 1 are listed.
        results->setFocus();
        QTest::keyClick(results, Qt::Key_A, Qt::ControlModifier);
        ASSERT_EQ(results->selectedItems().size(), 3);
        QTest::mouseClick(child<QPushButton>(d, "addMembersButton"), Qt::LeftButton);
        refusal = d->errorText();
        listedAfterAdd = child<QTableWidget>(d, "membersTable")->rowCount();
        EXPECT_TRUE(child<QLabel>(d, "countInfo")->text().contains(QLatin1String("2")));
        clickOk(d);
    });
    const Id id = list->addClub();
    ASSERT_NE(id, 0);
    EXPECT_TRUE(refusal.contains(QString::fromUtf8("Lê Thị Hằng"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QString::fromUtf8("Chi hội Khu phố 2"))) << refusal.toStdString();
    EXPECT_EQ(listedAfterAdd, 2);

    auto stored = clubs();
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].name, QString::fromUtf8("CLB Phụ nữ với pháp luật"));
    EXPECT_EQ(stored[0].unitId, chapterA);
    EXPECT_EQ(stored[0].date, QDate(2025, 6, 1));
    EXPECT_EQ(stored[0].foundedOn, QDate(2020, 3, 15));
    EXPECT_EQ(stored[0].members, (std::vector<Id>{hang1, hang2}));
    EXPECT_EQ(stored[0].count, 2);
    auto* table = child<QTableWidget>(list, "clubsTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("2"));
    EXPECT_EQ(child<QTableWidget>(list, "clubMembersTable")->rowCount(), 2);  // the saved club is selected

    // Edit: Lan added with Enter in the search box, the kind changed to a model.
    hvtest::onModal<ClubDialog>([&](ClubDialog* d) {
        auto* kind = child<QComboBox>(d, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("model")));
        auto* search = child<QLineEdit>(d, "memberSearch");
        hvtest::typeText(search, QStringLiteral("pham thi lan"));
        QTest::keyClick(search, Qt::Key_Return);
        EXPECT_TRUE(d->isVisible());  // Enter in the search box did not press OK
        EXPECT_EQ(child<QTableWidget>(d, "membersTable")->rowCount(), 3);
        clickOk(d);
    });
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(0, 0)).center());
    QAction* edit = actions.action(QStringLiteral("club.edit"));
    ASSERT_TRUE(edit && edit->isEnabled());
    QTest::mouseClick(list->findChild<QToolBar*>()->widgetForAction(edit), Qt::LeftButton);
    const auto models = ActivityRepository(ctx->db()).ofKinds(2025, {QStringLiteral("model")});
    ASSERT_EQ(models.size(), 1u);
    EXPECT_EQ(models[0].id, id);
    EXPECT_EQ(models[0].members, (std::vector<Id>{hang1, hang2, lan}));
    EXPECT_EQ(models[0].count, 3);
    EXPECT_TRUE(clubs().empty());
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("3"));
    EXPECT_TRUE(list->status().contains(QLatin1String("3"))) << list->status().toStdString();

    // A model of three members is one activity for the report and the rating, in its chapter and above.
    AnnualReportOptions o;
    o.year = 2025;
    o.unitCode = QStringLiteral("15499");
    const AnnualReport report = buildAnnualReport(ctx->db(), o);
    EXPECT_EQ(report.totals.activities, 1);
    ASSERT_FALSE(report.rows.empty());
    EXPECT_EQ(report.rows.front().code, QStringLiteral("15499-01"));
    EXPECT_EQ(report.rows.front().activities, 1);
    // The grid counts it in the model column, which is not typed over.
    ActivitiesGrid* grid = page->activitiesGrid();
    const QModelIndex cell = grid->view()->model()->index(0, grid->columnOf(QStringLiteral("model")));
    EXPECT_EQ(cell.data(Qt::EditRole).toString(), QStringLiteral("1"));
    EXPECT_FALSE(cell.flags() & Qt::ItemIsEditable);

    // Deleting it takes its members with it.
    hvtest::onModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    list->removeClub();
    EXPECT_TRUE(ActivityRepository(ctx->db()).ofKinds(2025, {QStringLiteral("model")}).empty());
    EXPECT_EQ(table->rowCount(), 0);
}

TEST_F(ClubsTest, FoundingDateInTheFutureOrAfterTheRecordIsRefusedInTheForm)
{
    auto page = makePage();
    clickTab(page.get(), 1);
    QString future, afterRecord;
    bool stayedOpen = false;
    hvtest::onModal<ClubDialog>([&](ClubDialog* d) {
        hvtest::typeText(child<QLineEdit>(d, "nameEdit"), QString::fromUtf8("Mô hình nuôi gà"));
        QTest::mouseClick(child<QCheckBox>(d, "foundedCheck"), Qt::LeftButton);
        auto* founded = child<QDateEdit>(d, "foundedEdit");
        founded->setDate(QDate::currentDate().addDays(30));
        clickOk(d);
        future = d->errorText();
        founded->setDate(QDate(2025, 9, 1));  // past, but after the record's day 01/06/2025
        clickOk(d);
        afterRecord = d->errorText();
        stayedOpen = d->isVisible();
        d->reject();
    });
    EXPECT_EQ(page->clubList()->addClub(), 0);
    EXPECT_TRUE(future.contains(QString::fromUtf8("future")) ||
                future.contains(QString::fromUtf8("tương lai")))
        << future.toStdString();
    EXPECT_TRUE(afterRecord.contains(QStringLiteral("01/09/2025"))) << afterRecord.toStdString();
    EXPECT_TRUE(afterRecord.contains(QStringLiteral("01/06/2025"))) << afterRecord.toStdString();
    EXPECT_TRUE(stayedOpen);
    EXPECT_TRUE(ActivityRepository(ctx->db()).forUnitYear(chapterA, 2025).empty());
}

TEST_F(ClubsTest, WindowStateOfThePagesIsBackAfterTheyAreBuiltAgain)
{
    {
        auto page = makePage();
        QTest::keyClick(page->findChild<QSpinBox*>(QStringLiteral("activitiesYear")), Qt::Key_Down);
        ASSERT_EQ(page->year(), 2024);
        clickTab(page.get(), 1);
        auto* table = page->clubList()->table();
        table->horizontalHeader()->resizeSection(0, 260);  // as a drag of the divider does
        // The splitter between the clubs and the members dragged down by 60 pixels.
        QSplitter* splitter = page->clubList()->splitter();
        QWidget* handle = splitter->handle(1);
        const int before = splitter->sizes().at(0);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + QPoint(0, 60));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, 60));
        ASSERT_GT(splitter->sizes().at(0), before + 30);
    }
    const auto saved = ctx->settings().value(QStringLiteral("activitiesPage/clubsSplitter")).toByteArray();
    {
        auto page = makePage();
        EXPECT_EQ(page->year(), 2024);
        EXPECT_EQ(page->tabs()->currentWidget(), page->clubList());
        EXPECT_EQ(page->clubList()->table()->horizontalHeader()->sectionSize(0), 260);
        EXPECT_EQ(page->clubList()->splitter()->saveState(), saved);
        // Back to the register date's year: the page follows the register date again.
        QTest::keyClick(page->findChild<QSpinBox*>(QStringLiteral("activitiesYear")), Qt::Key_Up);
    }
    {
        auto page = makePage();
        EXPECT_EQ(page->year(), 2025);
        ctx->setDate(QDate(2026, 2, 1));
        EXPECT_EQ(page->year(), 2026);
    }

    // The list pages (trainings, awards): the year and the widths of the columns.
    ctx->setDate(QDate(2025, 6, 1));
    {
        TrainingsPage trainings(*ctx, actions);
        trainings.show();
        trainings.refresh();
        trainings.setYear(2023);
        trainings.table()->horizontalHeader()->resizeSection(2, 300);
    }
    TrainingsPage trainings(*ctx, actions);
    trainings.show();
    trainings.refresh();
    EXPECT_EQ(trainings.year(), 2023);
    EXPECT_EQ(trainings.table()->horizontalHeader()->sectionSize(2), 300);
}
