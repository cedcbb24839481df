// The activities grid typed like Excel: counts typed with Enter going down, a block pasted from Excel
// with amounts written the Vietnamese way, a cell cleared with Delete deleting its record, a record with
// several entries kept as it is; and a target typed in the targets grid with its achievement beside it.
#include "memberfixture.h"

#include "storage/activityrepository.h"
#include "storage/unityearrepository.h"
#include "ui/actionregistry.h"
#include "ui/activitiesgrid.h"
#include "ui/activitiespage.h"
#include "ui/targetsgrid.h"

#include <QClipboard>
#include <QPushButton>
#include <QTableView>

using namespace hv;

namespace {

class YearWorkActivitiesTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        ctx->setDate(QDate(2025, 6, 1));
        ctx->setUnitId(commune);
        // Two mediations of chapter B with their own dates: the grid shows their total and keeps them.
        std::vector<Activity> two{{0, chapterB, 2025, QDate(2025, 3, 1), QStringLiteral("mediation"), {}, 1},
                                  {0, chapterB, 2025, QDate(2025, 4, 1), QStringLiteral("mediation"), {}, 2}};
        ActivityRepository(ctx->db()).upsert(two);
        page = std::make_unique<ActivitiesPage>(*ctx, actions);
        page->resize(1200, 700);
        page->show();
        page->refresh();
        grid = page->activitiesGrid();
        view = grid->view();
    }
    QModelIndex cell(int row, const QString& kind, bool amount = false)
    {
        return view->model()->index(row, grid->columnOf(kind, amount));
    }
    void typeInto(const QModelIndex& index, const QString& text)
    {
        view->setCurrentIndex(index);
        QTest::keyClick(view, text.at(0).toLatin1());
        QWidget* editor = view->indexWidget(index);
        ASSERT_NE(editor, nullptr) << "no editor opened";
        hvtest::typeText(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    const Activity* find(const std::vector<Activity>& rows, const QString& kind)
    {
        for (const Activity& a : rows)
            if (a.kind == kind) return &a;
        return nullptr;
    }

    ActionRegistry actions;
    std::unique_ptr<ActivitiesPage> page;
    ActivitiesGrid* grid = nullptr;
    QTableView* view = nullptr;
};

}  // namespace

TEST_F(YearWorkActivitiesTest, KeysAndPasteAreSavedAndClearingDeletes)
{
    // Rows: chapter A, chapter B, the commune's own records.
    ASSERT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(cell(1, QStringLiteral("mediation")).data(Qt::EditRole).toString(), QStringLiteral("3"));
    EXPECT_FALSE(cell(1, QStringLiteral("mediation")).flags() & Qt::ItemIsEditable);

    typeInto(cell(0, QStringLiteral("supervision")), QStringLiteral("3"));
    EXPECT_EQ(view->currentIndex(), cell(1, QStringLiteral("supervision")));  // Enter went down
    typeInto(cell(1, QStringLiteral("supervision")), QStringLiteral("5"));

    // Gifts of both chapters, count and amount, as Excel copies them (CRLF, Vietnamese thousands).
    QApplication::clipboard()->setText(QStringLiteral("2\t1.500.000\r\n4\t2.000.000\r\n"));
    view->setCurrentIndex(cell(0, QStringLiteral("gift")));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    EXPECT_TRUE(grid->message().isEmpty()) << grid->message().toStdString();
    EXPECT_TRUE(ActivityRepository(ctx->db()).forUnitYear(chapterA, 2025).empty());  // nothing before Save

    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("activitiesSaveButton")), Qt::LeftButton);
    EXPECT_FALSE(grid->hasChanges());
    ActivityRepository repo(ctx->db());
    const auto a = repo.forUnitYear(chapterA, 2025);
    ASSERT_NE(find(a, QStringLiteral("supervision")), nullptr);
    EXPECT_EQ(find(a, QStringLiteral("supervision"))->count, 3);
    EXPECT_EQ(find(a, QStringLiteral("supervision"))->date, QDate(2025, 12, 31));
    ASSERT_NE(find(a, QStringLiteral("gift")), nullptr);
    EXPECT_EQ(find(a, QStringLiteral("gift"))->count, 2);
    EXPECT_EQ(find(a, QStringLiteral("gift"))->amount, 1500000);
    const auto b = repo.forUnitYear(chapterB, 2025);
    EXPECT_EQ(find(b, QStringLiteral("supervision"))->count, 5);
    EXPECT_EQ(find(b, QStringLiteral("gift"))->amount, 2000000);
    EXPECT_EQ(std::count_if(b.begin(), b.end(),
                            [](const Activity& x) { return x.kind == QLatin1String("mediation"); }),
              2);  // kept as entered

    // Delete on the supervision cell of chapter A deletes that record only.
    view->setCurrentIndex(cell(0, QStringLiteral("supervision")));
    QTest::keyClick(view, Qt::Key_Delete);
    ASSERT_TRUE(grid->save());
    const auto after = repo.forUnitYear(chapterA, 2025);
    EXPECT_EQ(find(after, QStringLiteral("supervision")), nullptr);
    EXPECT_NE(find(after, QStringLiteral("gift")), nullptr);
}

TEST_F(YearWorkActivitiesTest, LettersAreRefusedNamingTheCell)
{
    typeInto(cell(0, QStringLiteral("dialogue")), QStringLiteral("2x"));
    EXPECT_FALSE(grid->message().isEmpty());
    EXPECT_TRUE(grid->message().contains(QString::fromUtf8("Chi hội Khu phố 1")));
    EXPECT_FALSE(grid->hasChanges());
}

TEST_F(YearWorkActivitiesTest, TargetsTypedWithTheAchievementBeside)
{
    TargetsGrid* targets = page->targetsGrid();
    QTableView* tv = targets->view();
    // Chapter A admitted one member in 2025.
    storeMember(QString::fromUtf8("Đỗ Thị Mai"), QString(), chapterA, QDate(2025, 2, 1));
    targets->reload();
    const int admitted = TargetsGrid::columnOf(QStringLiteral("admitted"));
    EXPECT_EQ(tv->model()->index(0, admitted + 1).data(Qt::EditRole).toString(), QStringLiteral("1"));
    tv->setCurrentIndex(tv->model()->index(0, admitted));
    QApplication::clipboard()->setText(QStringLiteral("4\n"));
    QTest::keyClick(tv, Qt::Key_V, Qt::ControlModifier);
    ASSERT_TRUE(targets->save());
    EXPECT_EQ(UnitYearRepository(ctx->db()).target(chapterA, 2025, QStringLiteral("admitted")),
              std::optional<double>(4));
    EXPECT_TRUE(tv->model()->index(0, admitted + 1).data().toString().contains(QStringLiteral("25")));
}
