// The units page as an officer uses it: figures typed and pasted into the population grid like Excel,
// saved and read back; letters refused; a merge through the page's action and dialog.
#include "memberfixture.h"  // onModal, typeText

#include "storage/unityearrepository.h"
#include "ui/actionregistry.h"
#include "ui/mergedialog.h"
#include "ui/populationgrid.h"
#include "ui/unitspage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

using namespace hv;

namespace {

// District D1 with communes C1, C2 and C3 (C3 created in 2023); the register's date is 01/06/2024, so the
// grid shows 2020 to 2025.
class UnitsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = std::make_unique<Database>(dir.path("units.sqlite"));
        UnitRepository units(*db);
        d1 = units.insert({0, "D1", QString::fromUtf8("Huyện Mẫu"), UnitLevel::District, 0});
        c1 = units.insert({0, "C1", QString::fromUtf8("Xã Một"), UnitLevel::Commune, d1});
        c2 = units.insert({0, "C2", QString::fromUtf8("Xã Hai"), UnitLevel::Commune, d1});
        c3 = units.insert({0, "C3", QString::fromUtf8("Xã Ba"), UnitLevel::Commune, d1, QDate(2023, 3, 1)});
        units.setOfficeUnit(d1);
        UnitYearRepository(*db).setPopulation(c2, 2021, {777, "present"});
        ctx = std::make_unique<AppContext>(std::move(db), settings);
        ctx->setDate(QDate(2024, 6, 1));
        MemberRepository repo(ctx->db(), ctx->ref());
        Member m;
        m.fullName = QString::fromUtf8("Lê Thị Hoa");
        m.birth.date = QDate(1980, 2, 2);
        m.birth.year = 1980;
        repo.create(m, {{0, 0, EventKind::Admitted, QDate(2015, 1, 1), c1}});

        page = std::make_unique<UnitsPage>(*ctx, actions);
        page->resize(1000, 700);
        page->show();
        page->refresh();
        view = page->findChild<QTableView*>(QStringLiteral("populationView"));
        ASSERT_NE(view, nullptr);
        grid = page->populationGrid();
    }

    // Grid rows: 0 basis, then the communes in code order, then the whole district.
    QModelIndex cell(int row, int year) { return view->model()->index(row, year - 2020); }
    // Selects a cell and types into it like an officer: the first key opens the editor, Enter commits.
    void typeInto(const QModelIndex& index, const QString& text)
    {
        view->setCurrentIndex(index);
        QTest::keyClick(view, text.at(0).toLatin1());
        QWidget* editor = view->indexWidget(index);
        ASSERT_NE(editor, nullptr) << "no editor opened";
        hvtest::typeText(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();  // the delegate commits on a queued call
    }
    std::optional<Population> stored(Id unit, int year)
    {
        return UnitYearRepository(ctx->db()).population(unit, year);
    }

    hvtest::TempDir dir;
    QSettings settings{dir.path("settings.ini"), QSettings::IniFormat};
    std::unique_ptr<AppContext> ctx;
    ActionRegistry actions;
    std::unique_ptr<UnitsPage> page;
    QTableView* view = nullptr;
    PopulationGrid* grid = nullptr;
    Id d1 = 0, c1 = 0, c2 = 0, c3 = 0;
};

}  // namespace

TEST_F(UnitsPageTest, ListsTheChildUnitsWithMembersAtTheDate)
{
    auto* units = page->findChild<QTableView*>(QStringLiteral("unitsView"));
    ASSERT_NE(units, nullptr);
    ASSERT_EQ(units->model()->rowCount(), 3);
    EXPECT_EQ(units->model()->index(0, 1).data().toString(), QString::fromUtf8("Xã Một"));
    EXPECT_EQ(units->model()->index(0, 6).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(units->model()->index(2, 3).data().toString(), QStringLiteral("01/03/2023"));
    ASSERT_EQ(view->model()->rowCount(), 5);
    EXPECT_EQ(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("2020"));
    EXPECT_EQ(view->model()->columnCount(), 6);
    EXPECT_EQ(cell(2, 2021).data().toString(), QStringLiteral("777"));
    EXPECT_FALSE(cell(3, 2022).flags() & Qt::ItemIsEditable);  // Xã Ba did not exist yet
    EXPECT_TRUE(cell(3, 2023).flags() & Qt::ItemIsEditable);
}

TEST_F(UnitsPageTest, TypedFiguresAreSavedAndEnterMovesDown)
{
    typeInto(cell(1, 2024), QStringLiteral("1234"));
    EXPECT_EQ(view->currentIndex(), cell(2, 2024));    // Enter went down, as in Excel
    typeInto(cell(2, 2024), QStringLiteral("2.500"));  // thousands as Vietnamese write them
    EXPECT_TRUE(grid->hasChanges());
    EXPECT_EQ(cell(1, 2024).data().toString(), QLocale().toString(1234));
    EXPECT_FALSE(stored(c1, 2024).has_value());  // nothing stored before Save

    auto* save = page->findChild<QPushButton*>(QStringLiteral("savePopulationButton"));
    ASSERT_NE(save, nullptr);
    EXPECT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(stored(c1, 2024).has_value());
    EXPECT_EQ(stored(c1, 2024)->women18Plus, 1234);
    EXPECT_EQ(stored(c1, 2024)->basis, QStringLiteral("present"));
    EXPECT_EQ(stored(c2, 2024)->women18Plus, 2500);
    EXPECT_FALSE(grid->hasChanges());
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(stored(c2, 2021)->women18Plus, 777);  // untouched cells stay
}

TEST_F(UnitsPageTest, PastedBlockFromExcelFillsTheGrid)
{
    // Two communes x three years, as Excel puts it on the clipboard (CRLF, trailing line end).
    QApplication::clipboard()->setText(QStringLiteral("100\t110\t120\r\n200\t\t1,250\r\n"));
    view->setCurrentIndex(cell(1, 2022));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(cell(1, 2023).data(Qt::EditRole).toString(), QStringLiteral("110"));
    // The basis of 2024 changed to "eligible" for the whole year.
    ASSERT_TRUE(view->model()->setData(cell(0, 2024), QStringLiteral("eligible")));
    ASSERT_TRUE(grid->save());

    UnitYearRepository years(ctx->db());
    EXPECT_EQ(years.population(c1, 2022)->women18Plus, 100);
    EXPECT_EQ(years.population(c1, 2023)->women18Plus, 110);
    EXPECT_EQ(years.population(c1, 2024)->women18Plus, 120);
    EXPECT_EQ(years.population(c1, 2024)->basis, QStringLiteral("eligible"));
    EXPECT_EQ(years.population(c2, 2022)->women18Plus, 200);
    EXPECT_FALSE(years.population(c2, 2023).has_value());  // empty pasted cell
    EXPECT_EQ(years.population(c2, 2024)->women18Plus, 1250);
    EXPECT_EQ(years.population(c2, 2024)->basis, QStringLiteral("eligible"));

    // Delete empties a figure, and Save removes it.
    view->setCurrentIndex(cell(1, 2022));
    QTest::keyClick(view, Qt::Key_Delete);
    ASSERT_TRUE(grid->save());
    EXPECT_FALSE(years.population(c1, 2022).has_value());
    EXPECT_TRUE(years.population(c1, 2023).has_value());
}

TEST_F(UnitsPageTest, LettersAndBadBlocksAreRefusedNamingTheCell)
{
    typeInto(cell(1, 2024), QStringLiteral("12a"));
    EXPECT_EQ(cell(1, 2024).data(Qt::EditRole).toString(), QString());
    EXPECT_EQ(view->currentIndex(), cell(1, 2024));  // stays on the refused cell
    auto* message = page->findChild<QLabel*>(QStringLiteral("populationMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(QString::fromUtf8("Xã Một, 2024"))) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("12a")));
    EXPECT_FALSE(grid->hasChanges());

    typeInto(cell(2, 2024), QStringLiteral("-5"));
    EXPECT_TRUE(message->text().contains(QString::fromUtf8("Xã Hai, 2024"))) << message->text().toStdString();

    // A block with one bad cell pastes nothing.
    view->setCurrentIndex(cell(1, 2020));
    grid->pasteText(QStringLiteral("1\t2\n3\tx\n"));
    EXPECT_TRUE(message->text().contains(QString::fromUtf8("Xã Hai, 2021"))) << message->text().toStdString();
    EXPECT_EQ(cell(1, 2020).data(Qt::EditRole).toString(), QString());
    // A figure for a commune that did not exist that year is refused too.
    view->setCurrentIndex(cell(3, 2021));
    grid->pasteText(QStringLiteral("50\n"));
    EXPECT_TRUE(message->text().contains(QString::fromUtf8("Xã Ba"))) << message->text().toStdString();
    EXPECT_FALSE(grid->hasChanges());
}

TEST_F(UnitsPageTest, WholeUnitRowShowsTheSumUntilItsOwnFigureIsTyped)
{
    grid->pasteText(QString());  // nothing happens with an empty clipboard
    view->setCurrentIndex(cell(1, 2024));
    grid->pasteText(QStringLiteral("10\n20\n30\n"));
    EXPECT_EQ(cell(4, 2024).data().toString(), QStringLiteral("60"));
    EXPECT_EQ(cell(4, 2024).data(Qt::EditRole).toString(), QString());
    typeInto(cell(4, 2024), QStringLiteral("65"));
    ASSERT_TRUE(grid->save());
    EXPECT_EQ(stored(d1, 2024)->women18Plus, 65);
}

TEST_F(UnitsPageTest, MergeThroughTheActionClosesTheUnit)
{
    page->selectUnit(c1);
    QAction* merge = actions.action(QStringLiteral("unit.merge"));
    ASSERT_NE(merge, nullptr);
    ASSERT_TRUE(merge->isEnabled());
    hvtest::onModal<MergeDialog>([&](MergeDialog* d) {
        auto* target = d->findChild<QComboBox*>(QStringLiteral("targetCombo"));
        target->setCurrentIndex(target->findText(QString::fromUtf8("Xã Hai (C2)")));
        d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    merge->trigger();
    const auto closed = UnitRepository(ctx->db()).byId(c1);
    EXPECT_EQ(closed->validTo, QDate(2024, 6, 1));
    EXPECT_EQ(closed->mergedIntoId, c2);
    const QString status = page->findChild<QLabel*>(QStringLiteral("unitsStatus"))->text();
    EXPECT_TRUE(status.contains(QRegularExpression(QStringLiteral("\\b1\\b"))))
        << status.toStdString();  // moved
    auto* units = page->findChild<QTableView*>(QStringLiteral("unitsView"));
    EXPECT_EQ(units->model()->rowCount(), 2);  // closed units are hidden by default
    EXPECT_EQ(units->model()->index(0, 6).data().toString(), QStringLiteral("1"));  // Xã Hai has her now
}
