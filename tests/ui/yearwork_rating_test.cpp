// The rating page: a criterion's points set by hand with a reason change the ranking; a missing reason
// is refused in the page; a scorecard whose points do not add up is refused in its editor with the
// library's message and nothing is stored, while a valid edit becomes a new version; the year, level,
// splitter and column widths come back when the page is built again.
#include "memberfixture.h"  // onModal, typeText, TempDir

#include "reports/rating.h"
#include "storage/accountrepository.h"
#include "storage/ratingrepository.h"
#include "storage/session.h"
#include "ui/actionregistry.h"
#include "ui/ratingpage.h"
#include "ui/scorecarddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>

using namespace hv;

namespace {

class YearWorkRatingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = std::make_unique<Database>(dir.path("rating.sqlite"));
        UnitRepository units(*db);
        d1 = units.insert({0, "D1", QString::fromUtf8("Huyện Mẫu"), UnitLevel::District, 0});
        c1 = units.insert({0, "C1", QString::fromUtf8("Xã Một"), UnitLevel::Commune, d1});
        c2 = units.insert({0, "C2", QString::fromUtf8("Xã Hai"), UnitLevel::Commune, d1});
        c3 = units.insert({0, "C3", QString::fromUtf8("Xã Ba"), UnitLevel::Commune, d1});
        units.setOfficeUnit(d1);
        ctx = std::make_unique<AppContext>(std::move(db), settings);
        ctx->setDate(QDate(2025, 6, 1));
        page = std::make_unique<RatingPage>(*ctx, actions);
        page->resize(1200, 800);
        page->show();
        page->refresh();
        waitIdle();
    }
    void waitIdle()
    {
        QElapsedTimer t;
        t.start();
        while (page->isBusy() && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::processEvents();
        ASSERT_FALSE(page->isBusy());
    }
    int rankOf(Id unit)
    {
        for (const RankingRow& r : page->ranking().rows)
            if (r.rating.unitId == unit) return r.rank;
        return -1;
    }
    void selectUnit(Id unit)
    {
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("rankingTable"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == unit)
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualItemRect(table->item(r, 1)).center());
    }

    hvtest::TempDir dir;
    QSettings settings{dir.path("settings.ini"), QSettings::IniFormat};
    std::unique_ptr<AppContext> ctx;
    ActionRegistry actions;
    std::unique_ptr<RatingPage> page;
    Id d1 = 0, c1 = 0, c2 = 0, c3 = 0;
};

}  // namespace

TEST_F(YearWorkRatingTest, OverrideWithAReasonChangesTheRank)
{
    ASSERT_EQ(page->ranking().rows.size(), 3u);
    // Without any data the three communes are equal.
    EXPECT_EQ(rankOf(c1), 1);
    EXPECT_EQ(rankOf(c3), 1);

    selectUnit(c3);
    auto* criterion = page->findChild<QComboBox*>(QStringLiteral("overrideCriterion"));
    criterion->setCurrentIndex(criterion->findData(QStringLiteral("other")));
    ASSERT_EQ(criterion->currentData().toString(), QStringLiteral("other"));
    auto* points = page->findChild<QDoubleSpinBox*>(QStringLiteral("overridePoints"));
    QTest::keyClick(points, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(points, QStringLiteral("12"));
    auto* reason = page->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    reason->clear();

    // No reason: refused in the page, nothing stored.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("overrideButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_FALSE(page->message().isEmpty());
    EXPECT_TRUE(RatingRepository(ctx->db()).overrides(2025).isEmpty());

    hvtest::typeText(reason, QString::fromUtf8("Biên bản kiểm tra cuối năm"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("overrideButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_EQ(rankOf(c3), 1);
    EXPECT_EQ(rankOf(c1), 2);
    EXPECT_EQ(rankOf(c2), 2);
    const auto overrides = RatingRepository(ctx->db()).overrides(2025).value(c3);
    ASSERT_EQ(overrides.size(), 1u);
    EXPECT_EQ(overrides.front().criterion, QStringLiteral("other"));
    EXPECT_DOUBLE_EQ(overrides.front().points, 12);
    EXPECT_EQ(overrides.front().reason, QString::fromUtf8("Biên bản kiểm tra cuối năm"));
    // The ranking table shows it first.
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("rankingTable"));
    EXPECT_EQ(table->item(0, 1)->text(), QString::fromUtf8("Xã Ba"));
}

TEST_F(YearWorkRatingTest, ComputeAndStoreKeepsTheOverrideAndApprovedGrade)
{
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_EQ(RatingRepository(ctx->db()).ratings(2025).size(), 3);
    selectUnit(c2);
    auto* approved = page->findChild<QComboBox*>(QStringLiteral("approvedGrade"));
    approved->setCurrentIndex(approved->findData(QStringLiteral("HTNV")));
    // An approved grade without a decision number is refused.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveGradesButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_FALSE(page->message().isEmpty());
    EXPECT_TRUE(RatingRepository(ctx->db()).rating(c2, 2025)->approvedGrade.isEmpty());
    selectUnit(c2);
    approved = page->findChild<QComboBox*>(QStringLiteral("approvedGrade"));
    approved->setCurrentIndex(approved->findData(QStringLiteral("HTNV")));
    hvtest::typeText(page->findChild<QLineEdit*>(QStringLiteral("decisionNo")), QStringLiteral("112/QĐ-HPN"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveGradesButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_EQ(RatingRepository(ctx->db()).rating(c2, 2025)->approvedGrade, QStringLiteral("HTNV"));
    EXPECT_EQ(rankOf(c2), 1);  // an approved grade ranks above the computed KHTNV of the others
}

TEST_F(YearWorkRatingTest, ScorecardWhosePointsDoNotAddUpIsRefused)
{
    QString refusal;
    bool stayedOpen = false;
    int versionsWhileOpen = -1;
    hvtest::onModal<ScorecardDialog>([&](ScorecardDialog* d) {
        auto* criteria = d->findChild<QTableWidget*>(QStringLiteral("criteriaTable"));
        ASSERT_GT(criteria->rowCount(), 1);
        const QString before = criteria->item(0, 2)->text();
        criteria->item(0, 2)->setText(QString::number(before.toDouble() + 5));  // 105 in all
        auto* ok = d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        refusal = d->errorText();
        stayedOpen = d->isVisible();
        versionsWhileOpen = int(ScorecardRepository(ctx->db()).versions(2025, UnitLevel::Commune).size());
        // Put the points back and make another change: a valid card becomes version 2.
        criteria->item(0, 2)->setText(before);
        d->findChild<QLineEdit*>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Thang điểm 2025 của huyện"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    page->editScorecard();
    EXPECT_TRUE(stayedOpen);
    EXPECT_FALSE(refusal.isEmpty());
    EXPECT_TRUE(refusal.contains(QStringLiteral("105")) || refusal.contains(QStringLiteral("100")))
        << refusal.toStdString();
    EXPECT_EQ(versionsWhileOpen, 1);  // the shipped card stored as version 1; nothing more
    const auto versions = ScorecardRepository(ctx->db()).versions(2025, UnitLevel::Commune);
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(scorecardFor(ctx->db(), 2025, UnitLevel::Commune).name,
              QStringLiteral("Thang điểm 2025 của huyện"));
}

TEST_F(YearWorkRatingTest, YearLevelSplitterAndColumnsAreBackWhenThePageIsBuiltAgain)
{
    QTest::keyClick(page->findChild<QSpinBox*>(QStringLiteral("ratingYear")), Qt::Key_Down);
    auto* level = page->findChild<QComboBox*>(QStringLiteral("ratingLevel"));
    level->setCurrentIndex(level->findData(int(UnitLevel::Chapter)));
    waitIdle();
    auto* splitter = page->findChild<QSplitter*>(QStringLiteral("ratingSplitter"));
    ASSERT_NE(splitter, nullptr);
    QWidget* handle = splitter->handle(1);
    const QPoint grip = handle->rect().center();
    const QList<int> initial = splitter->sizes();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(0, -80));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, -80));
    const QList<int> sizes = splitter->sizes();
    ASSERT_NE(sizes, initial);
    page->findChild<QTableWidget*>(QStringLiteral("criteriaTable"))
        ->horizontalHeader()
        ->resizeSection(0, 222);

    page.reset();
    page = std::make_unique<RatingPage>(*ctx, actions);
    page->resize(1200, 800);
    page->show();
    page->refresh();
    waitIdle();
    EXPECT_EQ(page->year(), 2024);
    EXPECT_EQ(page->level(), UnitLevel::Chapter);
    EXPECT_EQ(page->findChild<QSplitter*>(QStringLiteral("ratingSplitter"))->sizes(), sizes);
    EXPECT_EQ(
        page->findChild<QTableWidget*>(QStringLiteral("criteriaTable"))->horizontalHeader()->sectionSize(0),
        222);
}

TEST_F(YearWorkRatingTest, TheWorkerComputesAsTheSignedInAccount)
{
    // With accounts a new connection opens locked: the page's worker must be given the window's scope.
    AccountRepository(ctx->db()).add(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"), Role::Admin,
                                     0);
    Session(ctx->db()).login(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
    waitIdle();
    EXPECT_EQ(RatingRepository(ctx->db()).ratings(2025).size(), 3);
}
