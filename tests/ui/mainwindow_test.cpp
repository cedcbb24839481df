// The main window over a small register: the unit tree with rolled-up member counts, selection
// following the tree, Ctrl+F, page shortcuts, the overview's figures, the language switched live
// (menus and Qt's own dialog buttons), and the window state remembered.
#include "memberfixture.h"  // an office (district 395) with two chapters in commune 15499

#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/startup.h"
#include "ui/unittreemodel.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>

using namespace hv;

namespace {

class MainWindowTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA);
        storeMember(QString::fromUtf8("Lê Thị Bình"), "038185000002", chapterA);
        storeMember(QString::fromUtf8("Trần Thị Cúc"), "038185000003", chapterA);
        storeMember(QString::fromUtf8("Phạm Thị Dung"), "038185000004", chapterB);
        // She left before the register's date: not counted.
        const Id gone = storeMember(QString::fromUtf8("Hoàng Thị Em"), "038185000005", chapterB);
        MembershipEvent left;
        left.kind = EventKind::TransferredOut;
        left.date = QDate(2015, 5, 1);
        repo->addEvent(gone, left);
        languages = std::make_unique<LanguageManager>(settings);
        languages->setLanguage("vi");
    }
    void TearDown() override
    {
        languages.reset();  // removes the translators
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(*ctx, *languages);
        w->show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !w->isBusy(); }, 20000));
        return w;
    }

    QString countOf(MainWindow& w, Id unit)
    {
        const UnitTreeModel& m = w.unitModel();
        return m.index(m.indexOf(unit).row(), UnitTreeModel::MembersColumn, m.indexOf(unit).parent())
            .data()
            .toString();
    }

    std::unique_ptr<LanguageManager> languages;
};

TEST_F(MainWindowTest, TreeShowsMemberCountsRolledUp)
{
    auto w = openWindow();
    auto* tree = w->findChild<QTreeView*>("unitTree");
    ASSERT_NE(tree, nullptr);
    const QModelIndex root = tree->model()->index(0, 0);
    EXPECT_EQ(root.data().toString(), QString::fromUtf8("Huyện Thọ Xuân"));
    EXPECT_EQ(tree->model()->rowCount(root), 30);
    EXPECT_EQ(tree->model()->index(0, UnitTreeModel::MembersColumn).data().toString(), "4");
    EXPECT_EQ(countOf(*w, commune), "4");
    EXPECT_EQ(countOf(*w, chapterA), "3");
    EXPECT_EQ(countOf(*w, chapterB), "1");
    const Id otherCommune = UnitRepository(ctx->db()).byCode("15502")->id;
    EXPECT_EQ(countOf(*w, otherCommune), "0");

    // A new member shows up after the data changed.
    storeMember(QString::fromUtf8("Vũ Thị Gấm"), "038185000006", chapterB);
    ctx->notifyDataChanged();
    EXPECT_TRUE(QTest::qWaitFor([&] { return countOf(*w, commune) == "5"; }, 20000));
    EXPECT_EQ(countOf(*w, chapterB), "2");
}

TEST_F(MainWindowTest, ClickingAUnitSelectsIt)
{
    auto w = openWindow();
    auto* tree = w->findChild<QTreeView*>("unitTree");
    const QModelIndex index = w->unitModel().indexOf(commune);
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    EXPECT_EQ(ctx->unitId(), commune);
    // And the other way round: a unit chosen elsewhere is selected in the tree.
    ctx->setUnitId(chapterA);
    EXPECT_EQ(w->unitModel().idAt(tree->currentIndex()), chapterA);
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchBoxAndCtrl1ShowsTheOverview)
{
    auto w = openWindow();
    QApplication::setActiveWindow(w.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(w.get()));
    auto* search = w->findChild<QLineEdit*>("searchBox");
    ASSERT_NE(search, nullptr);
    w->findChild<QTreeView*>("unitTree")->setFocus();
    EXPECT_FALSE(search->hasFocus());
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());

    if (w->pageIds().size() > 1) {
        w->showPage(w->pageIds().at(1));
        EXPECT_NE(w->currentPageId(), "overview");
    }
    QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(w->currentPageId(), "overview");
    EXPECT_EQ(w->pageIds().first(), "overview");
}

// The search box of the window fills the Members page's search (tone marks are the page's business).
TEST_F(MainWindowTest, SearchBoxOpensTheMembersPageFiltered)
{
    auto w = openWindow();
    if (!w->page("members")) GTEST_SKIP() << "no Members page in this build";
    auto* search = w->findChild<QLineEdit*>("searchBox");
    QTest::keyClicks(search, "tran thi");
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(w->currentPageId(), "members");
    auto* pageSearch = w->page("members")->findChild<QLineEdit*>("memberSearch");
    ASSERT_NE(pageSearch, nullptr);
    EXPECT_EQ(pageSearch->text(), "tran thi");
}

TEST_F(MainWindowTest, OverviewShowsTheKeyFiguresOfTheSelectedUnit)
{
    ctx->setDate(QDate(2024, 6, 30));
    auto w = openWindow();
    auto* overview = qobject_cast<OverviewPage*>(w->page("overview"));
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->year(), 2024);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return overview->report().has_value() && !overview->isLoading(); }, 20000));
    EXPECT_EQ(w->findChild<QLabel*>("value_members")->text(), "4");
    EXPECT_EQ(w->findChild<QLabel*>("value_chapters")->text(), "2");
    EXPECT_EQ(w->findChild<QTableWidget*>("childUnitsTable")->rowCount(), 30);

    ctx->setUnitId(chapterA);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return overview->report() && overview->report()->unitCode == "15499-01"; }, 20000));
    EXPECT_EQ(w->findChild<QLabel*>("value_members")->text(), "3");
    // In 2009 nobody had joined yet.
    overview->setYear(2009);
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return overview->report() && overview->report()->year == 2009; }, 20000));
    EXPECT_EQ(w->findChild<QLabel*>("value_members")->text(), "0");
}

TEST_F(MainWindowTest, LanguageSwitchesLiveIncludingQtButtons)
{
    auto w = openWindow();
    QMenu* file = w->findChild<QMenu*>("menu_file");
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->title(), QString::fromUtf8("&Tệp"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Ok)->text(), QString::fromUtf8("Đồng ý"));
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QString::fromUtf8("Hủy"));
    EXPECT_EQ(w->page("overview")->title(), QString::fromUtf8("Tổng quan"));

    w->actions().action("language.en")->trigger();
    EXPECT_EQ(languages->language(), "en");
    EXPECT_EQ(file->title(), "&File");
    // Qt posts the language change to its widgets: let it arrive.
    EXPECT_TRUE(QTest::qWaitFor([&] { return box.button(QDialogButtonBox::Ok)->text() == "OK"; }, 2000));
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), "Cancel");
    EXPECT_EQ(w->actions().action("page.overview")->text(), "Overview");
    EXPECT_TRUE(w->actions().action("language.en")->isChecked());

    w->actions().action("language.vi")->trigger();
    EXPECT_EQ(file->title(), QString::fromUtf8("&Tệp"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return box.button(QDialogButtonBox::Ok)->text() == QString::fromUtf8("Đồng ý"); }, 2000));
    EXPECT_EQ(settings.value("language").toString(), "vi");
}

// Pages register their actions in the same registry: a shortcut given twice would fire neither.
TEST_F(MainWindowTest, NoTwoActionsShareAShortcut)
{
    auto w = openWindow();
    QHash<QKeySequence, QString> owner;
    for (const QString& id : w->actions().ids()) {
        for (const QKeySequence& key : w->actions().action(id)->shortcuts()) {
            EXPECT_FALSE(owner.contains(key)) << key.toString().toStdString() << ": " << id.toStdString()
                                              << " and " << owner.value(key).toStdString();
            owner.insert(key, id);
        }
    }
    EXPECT_EQ(owner.value(QKeySequence(QKeySequence::Find)), "find");
    EXPECT_EQ(owner.value(QKeySequence(Qt::CTRL | Qt::Key_1)), "page.overview");
}

TEST_F(MainWindowTest, UndoAndRedoFollowTheUndoStack)
{
    auto w = openWindow();
    QAction* undo = w->actions().action("edit.undo");
    QAction* redo = w->actions().action("edit.redo");
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    int value = 0;
    struct Set : QUndoCommand {
        Set(int& v) : QUndoCommand(QStringLiteral("x")), v(v) {}
        void redo() override { v = 1; }
        void undo() override { v = 0; }
        int& v;
    };
    ctx->undoStack().push(new Set(value));
    EXPECT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 0);
    EXPECT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(value, 1);
}

TEST_F(MainWindowTest, WindowStateIsRemembered)
{
    QSize size;
    {
        auto w = openWindow();
        size = QSize(w->minimumSizeHint().width() + 111, 777);  // the pages' width decides the least
        w->resize(size);
        w->close();
    }
    EXPECT_TRUE(settings.contains("window/geometry"));
    MainWindow again(*ctx, *languages);
    EXPECT_EQ(again.size(), size);
}

TEST(StartupArguments, RefusesWhatTheContractDoesNotAllow)
{
    QString error;
    const auto ok = parseStartupArguments({"hoivien", "--db", "x.sqlite", "--lang", "en"}, &error);
    ASSERT_TRUE(ok.has_value());
    EXPECT_EQ(ok->db, "x.sqlite");
    EXPECT_EQ(ok->lang, "en");
    EXPECT_FALSE(parseStartupArguments({"hoivien", "--lang", "fr"}, &error));
    EXPECT_FALSE(parseStartupArguments({"hoivien", "--page", "units"}, &error));  // without --screenshot
    EXPECT_FALSE(parseStartupArguments({"hoivien", "--bogus"}, &error));
    EXPECT_FALSE(error.isEmpty());
    const auto shot = parseStartupArguments({"hoivien", "--screenshot", "a.png", "--page", "units"}, &error);
    ASSERT_TRUE(shot.has_value());
    EXPECT_EQ(shot->page, "units");
}

// The window's "Open database…" comes back to Startup, which replaces the window and remembers the file.
TEST_F(MainWindowTest, OpeningAnotherDatabaseReplacesTheWindow)
{
    const QString other = dir.path("other.sqlite");
    {
        Database db(other);
        UnitRepository(db).createFromOfficialList("49");  // Tỉnh Quảng Nam
    }
    Startup startup(settings, *languages);
    EXPECT_EQ(startup.start({"hoivien", "--db", ctx->db().location()}), std::nullopt);
    MainWindow* first = startup.window();
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(settings.value("lastDatabase").toString(), ctx->db().location());
    emit first->openDatabaseRequested(other, false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return startup.window() != first; }, 5000));
    ASSERT_NE(startup.window(), nullptr);
    EXPECT_EQ(startup.window()->unitModel().index(0, 0).data().toString(),
              QString::fromUtf8("Tỉnh Quảng Nam"));
    EXPECT_EQ(settings.value("lastDatabase").toString(), other);
}

TEST_F(MainWindowTest, ScreenshotSwitchWritesThePage)
{
    const QString png = dir.path("overview.png");
    Startup startup(settings, *languages);
    EXPECT_EQ(
        startup.start({"hoivien", "--db", ctx->db().location(), "--screenshot", png, "--page", "overview"}),
        0);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // 1280×800: only the page on screen counts for the window's least size.
    EXPECT_EQ(image.size(), QSize(1280, 800));
    EXPECT_FALSE(settings.contains("lastDatabase"));  // a screenshot run leaves the settings alone
    Startup again(settings, *languages);
    EXPECT_EQ(
        again.start({"hoivien", "--db", ctx->db().location(), "--screenshot", png, "--page", "nosuchpage"}),
        2);
}

}  // namespace
