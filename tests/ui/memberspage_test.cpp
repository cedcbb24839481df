// The members page as an officer uses it: typing a name without tone marks finds her once typing pauses,
// filters and the unit tree narrow the register, the chosen columns are remembered, and a register of
// 20,000 members is read a few pages at a time, not whole.
#include "memberfixture.h"  // an office (district 395) with chapters A and B in commune 15499, typeText

#include "core/membership.h"
#include "storage/memberbulkloader.h"
#include "ui/actionregistry.h"
#include "ui/memberdialog.h"
#include "ui/memberspage.h"
#include "ui/registermodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>

using namespace hv;

namespace {

class MembersPageTest : public hvtest::MemberFixture {
protected:
    void open()
    {
        page = std::make_unique<MembersPage>(*ctx, actions);
        page->resize(1100, 700);
        page->show();
        page->refresh();
        table = page->findChild<QTableView*>("memberTable");
        search = page->findChild<QLineEdit*>("memberSearch");
        ASSERT_NE(table, nullptr);
        ASSERT_NE(search, nullptr);
        ASSERT_TRUE(settled());
    }
    // Waits until the register's first page is shown and its count is known.
    bool settled()
    {
        return QTest::qWaitFor(
            [this] { return !page->model()->isLoading() && page->model()->count().has_value(); }, 20000);
    }
    QStringList names()
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, RegisterModel::NameColumn).data().toString();
        return out;
    }
    // Stores n members in chapters A and B in one transaction (the import's fast path).
    void bulk(int n)
    {
        const QStringList given = QString::fromUtf8("An Bình Cúc Dung Hoa Lan Mai Nga Oanh Yến").split(' ');
        Transaction t(ctx->db());
        MemberBulkLoader loader(ctx->db(), 0, n);
        for (int i = 0; i < n; ++i) {
            Member m;
            m.fullName = QString::fromUtf8("Phạm Thị ") + given[i % given.size()];
            m.birth = {QDate(1970 + i % 30, 1 + i % 12, 1 + i % 28), 1970 + i % 30};
            m.joinedOn = QDate(2012, 1, 1);
            std::vector<MembershipEvent> events{
                {0, 0, EventKind::Admitted, m.joinedOn, i % 2 ? chapterA : chapterB}};
            std::vector<PositionHolding> positions;
            normalizeChain(events);
            loader.add(m, events, positions);
        }
        loader.finish();
        t.commit();
    }

    ActionRegistry actions;
    std::unique_ptr<MembersPage> page;
    QTableView* table = nullptr;
    QLineEdit* search = nullptr;
};

TEST_F(MembersPageTest, TypingANameWithoutToneMarksFindsHer)
{
    storeMember(QString::fromUtf8("Nguyễn Thị Hằng"), "038185000001", chapterA);
    storeMember(QString::fromUtf8("Nguyễn Thị Hồng"), "038185000002", chapterA);
    storeMember(QString::fromUtf8("Trần Thị Hằng"), "038185000003", chapterB);
    storeMember(QString::fromUtf8("Lê Thị Lan"), "038185000004", chapterB);
    open();
    // Given name first: Hằng, Hằng, Hồng, Lan.
    EXPECT_EQ(names(), QStringList({QString::fromUtf8("Nguyễn Thị Hằng"), QString::fromUtf8("Trần Thị Hằng"),
                                    QString::fromUtf8("Nguyễn Thị Hồng"), QString::fromUtf8("Lê Thị Lan")}));
    EXPECT_EQ(page->findChild<QLabel*>("memberCount")->text(), page->tr("%Ln member(s), ordinary and honorary", nullptr, 4));

    search->setFocus();
    hvtest::typeText(search, "nguyen thi hang");
    EXPECT_EQ(table->model()->rowCount(), 4) << "the register is searched when typing pauses, not per key";
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return names() == QStringList{QString::fromUtf8("Nguyễn Thị Hằng")}; }, 10000))
        << names().join(", ").toStdString();

    // Selecting her gives her id to the member actions; the CCCD finds her as well.
    table->selectRow(0);
    ASSERT_EQ(page->selectedMemberIds().size(), 1);
    EXPECT_EQ(page->selectedMemberIds().front(), *repo->idByCitizenId("038185000001"));
    EXPECT_TRUE(actions.action("member.edit")->isEnabled());
    page->setSearchText("038185000003");
    ASSERT_TRUE(QTest::qWaitFor([this] { return names() == QStringList{QString::fromUtf8("Trần Thị Hằng")}; },
                                10000));
    EXPECT_FALSE(actions.action("member.edit")->isEnabled()) << "nothing selected after a new search";
}

TEST_F(MembersPageTest, FiltersUnitAndDateNarrowTheRegister)
{
    storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA);
    storeMember(QString::fromUtf8("Lê Thị Bình"), "038185000002", chapterB, QDate(2020, 5, 1));
    const Id gone = storeMember(QString::fromUtf8("Hoàng Thị Em"), "038185000005", chapterB);
    MembershipEvent left;
    left.kind = EventKind::Withdrew;
    left.date = QDate(2021, 1, 1);
    repo->addEvent(gone, left);
    open();
    EXPECT_EQ(names(), QStringList({QString::fromUtf8("Nguyễn Thị An"), QString::fromUtf8("Lê Thị Bình")}));

    auto* status = page->findChild<QComboBox*>("filterStatus");
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(status->findData(int(RegisterStatus::Left)));
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return names() == QStringList{QString::fromUtf8("Hoàng Thị Em")}; }, 10000));
    status->setCurrentIndex(status->findData(int(RegisterStatus::Active)));

    ctx->setUnitId(chapterA);
    ASSERT_TRUE(QTest::qWaitFor([this] { return names() == QStringList{QString::fromUtf8("Nguyễn Thị An")}; },
                                10000));
    ctx->setUnitId(commune);

    // The register of 31/12/2019: Bình had not joined, Em had not left.
    ctx->setDate(QDate(2019, 12, 31));
    EXPECT_EQ(page->findChild<QDateEdit*>("registerDate")->date(), QDate(2019, 12, 31));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return names() ==
                   QStringList({QString::fromUtf8("Nguyễn Thị An"), QString::fromUtf8("Hoàng Thị Em")});
        },
        10000))
        << names().join(", ").toStdString();
}

TEST_F(MembersPageTest, ChosenColumnsAreRemembered)
{
    storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA);
    open();
    EXPECT_FALSE(table->isColumnHidden(RegisterModel::PhoneColumn));
    QHeaderView* header = table->horizontalHeader();
    // Untick "Phone" in the header's context menu.
    QTimer::singleShot(50, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        menu->actions().at(RegisterModel::PhoneColumn)->trigger();
        menu->close();
    });
    emit header->customContextMenuRequested(QPoint(10, 5));
    EXPECT_TRUE(table->isColumnHidden(RegisterModel::PhoneColumn));

    page.reset();
    open();
    EXPECT_TRUE(table->isColumnHidden(RegisterModel::PhoneColumn));
    EXPECT_FALSE(table->isColumnHidden(RegisterModel::NameColumn));
    EXPECT_EQ(actions.action("member.new")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_EQ(actions.action("member.edit")->shortcut(), QKeySequence(Qt::Key_Return));
    for (const char* id : {"member.move", "member.transferOut", "member.withdraw", "member.remove",
                           "member.died", "member.restore"})
        EXPECT_NE(actions.action(id), nullptr) << id;
}

TEST_F(MembersPageTest, EnterAndDoubleClickOpenHerFormCtrlNANewOne)
{
    storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA);
    storeMember(QString::fromUtf8("Lê Thị Bình"), "038185000002", chapterB);
    open();
    ASSERT_EQ(table->model()->rowCount(), 2);
    QString opened;
    const auto read = [&opened](MemberDialog* d) {
        opened = d->member().fullName.isEmpty() ? QStringLiteral("(new)") : d->member().fullName;
        d->reject();
    };
    table->setFocus();
    table->selectRow(1);
    hvtest::onModal<MemberDialog>(read);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(opened, QString::fromUtf8("Lê Thị Bình"));

    opened.clear();
    const QRect cell = table->visualRect(table->model()->index(0, RegisterModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    hvtest::onModal<MemberDialog>(read);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(opened, QString::fromUtf8("Nguyễn Thị An"));

    opened.clear();
    hvtest::onModal<MemberDialog>(read);
    actions.action("member.new")->trigger();
    EXPECT_EQ(opened, "(new)");
}

TEST_F(MembersPageTest, ALargeRegisterIsReadAPageAtATime)
{
    bulk(20000);
    open();
    RegisterModel* model = page->model();
    EXPECT_EQ(*model->count(), 20000);
    EXPECT_EQ(table->model()->rowCount(), 20000);
    QTest::qWait(200);  // let the view ask for whatever it shows
    EXPECT_EQ(table->model()->index(0, RegisterModel::NameColumn).data().toString(),
              QString::fromUtf8("Phạm Thị An"));
    EXPECT_LE(model->rowsFetched(), 2 * RegisterModel::kPageSize) << "only the top of the register is shown";

    // Jumping to the end reads the last page from the end, not the 19,800 rows before it.
    const qint64 before = model->rowsFetched();
    table->scrollToBottom();
    const QModelIndex last = table->model()->index(19999, RegisterModel::NameColumn);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return last.data().toString() == QString::fromUtf8("Phạm Thị Yến"); }, 20000))
        << last.data().toString().toStdString();
    EXPECT_LE(model->rowsFetched() - before, 2 * RegisterModel::kPageSize);

    // Wherever the officer goes, the model holds a bounded number of rows.
    for (int row : {5000, 12000, 800, 17000, 3000, 9000, 15000, 100, 19000, 7000}) {
        table->scrollTo(table->model()->index(row, 0));
        const QModelIndex shown = table->model()->index(row, RegisterModel::NameColumn);
        ASSERT_TRUE(QTest::qWaitFor([&] { return shown.data().toString() != QStringLiteral("…"); }, 20000))
            << row;
        EXPECT_LE(model->rowsHeld(), RegisterModel::kMaxPages * RegisterModel::kPageSize);
    }
    EXPECT_LT(model->rowsFetched(), 20000 / 2);
}

}  // namespace

TEST_F(MembersPageTest, FilterBarWrapsInANarrowWindowInsteadOfWideningIt)
{
    open();
    auto* bar = page->findChild<QWidget*>("registerFilters");
    ASSERT_TRUE(bar);
    // A laptop screen of 1366 pixels, less the unit tree, must hold the page.
    EXPECT_LT(page->minimumSizeHint().width(), 800);
    ASSERT_TRUE(bar->hasHeightForWidth());
    const int oneLine = bar->heightForWidth(3000);
    EXPECT_GT(bar->heightForWidth(600), oneLine) << "the filters take a second line when narrow";
    page->resize(600, 700);
    page->show();
    QApplication::processEvents();
    // Every filter stays inside the bar, none cut off at the right.
    for (auto* w : bar->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (w->isVisible()) EXPECT_LE(w->geometry().right(), bar->width()) << w->objectName().toStdString();
}
