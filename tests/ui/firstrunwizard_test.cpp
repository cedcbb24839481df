// The first start: the province list filtered without tone marks, a district picked, its communes
// created; Next stays off until a unit is picked; the language page switches the language live.
#include "ui/firstrunwizard.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "testutil.h"
#include "ui/languagemanager.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

using namespace hv;

namespace {

QStringList visibleTexts(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (!list->item(i)->isHidden()) out << list->item(i)->text().trimmed();
    return out;
}

void clickItem(QListWidget* list, const QString& code)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(Qt::UserRole).toString() == code) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return;
        }
    }
    ADD_FAILURE() << "no item with code " << code.toStdString();
}

class FirstRunWizardTest : public ::testing::Test {
protected:
    hvtest::TempDir dir;
    Database db{dir.path("first.sqlite")};
};

TEST_F(FirstRunWizardTest, PicksThoXuanFromTheOfficialListAndCreatesItsCommunes)
{
    FirstRunWizard wizard(db, nullptr);
    wizard.show();
    auto* provinceFilter = wizard.findChild<QLineEdit*>("provinceFilter");
    auto* provinces = wizard.findChild<QListWidget*>("provinceList");
    auto* unitFilter = wizard.findChild<QLineEdit*>("unitFilter");
    auto* units = wizard.findChild<QListWidget*>("unitList");
    ASSERT_TRUE(provinceFilter && provinces && unitFilter && units);
    EXPECT_EQ(visibleTexts(provinces).size(), 63);

    QTest::keyClicks(provinceFilter, "thanh hoa");  // no tone marks
    EXPECT_EQ(visibleTexts(provinces), QStringList{QString::fromUtf8("Tỉnh Thanh Hóa")});
    ASSERT_NE(provinces->currentItem(), nullptr);  // the only match is taken
    EXPECT_EQ(provinces->currentItem()->data(Qt::UserRole).toString(), "38");

    QTest::keyClicks(unitFilter, "THO XUAN");
    EXPECT_TRUE(visibleTexts(units).contains(QString::fromUtf8("Huyện Thọ Xuân")));
    EXPECT_TRUE(visibleTexts(units).contains(QString::fromUtf8("Thị trấn Thọ Xuân")));
    EXPECT_FALSE(visibleTexts(units).contains(QString::fromUtf8("Xã Xuân Lai")));
    clickItem(units, "395");
    EXPECT_EQ(wizard.unitCode(), "395");

    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    const QString summary = wizard.findChild<QLabel*>("summaryLabel")->text();
    EXPECT_TRUE(summary.contains(QString::fromUtf8("Huyện Thọ Xuân"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains("30")) << summary.toStdString();

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(wizard.createdUnits(), 31);
    UnitRepository repo(db);
    EXPECT_EQ(repo.all().size(), 31u);
    ASSERT_TRUE(repo.officeUnit().has_value());
    EXPECT_EQ(repo.officeUnit()->code, "395");
}

TEST_F(FirstRunWizardTest, NextStaysOffUntilAUnitIsPicked)
{
    FirstRunWizard wizard(db, nullptr);
    wizard.show();
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    EXPECT_FALSE(next->isEnabled());
    clickItem(wizard.findChild<QListWidget*>("provinceList"), "49");  // Tỉnh Quảng Nam
    EXPECT_FALSE(next->isEnabled());
    auto* units = wizard.findChild<QListWidget*>("unitList");
    EXPECT_TRUE(
        units->item(0)->text().startsWith(QString::fromUtf8("Tỉnh Quảng Nam")));  // the whole province
    clickItem(units, "49");
    EXPECT_TRUE(next->isEnabled());
    // Another province clears the pick.
    clickItem(wizard.findChild<QListWidget*>("provinceList"), "38");
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(UnitRepository(db).all().empty());
}

TEST_F(FirstRunWizardTest, LanguagePageSwitchesTheLanguageLive)
{
    QSettings settings(dir.path("settings.ini"), QSettings::IniFormat);
    {
        LanguageManager languages(settings);
        languages.setLanguage("vi");
        FirstRunWizard wizard(db, &languages);
        wizard.show();
        auto* english = wizard.findChild<QRadioButton*>("languageEn");
        ASSERT_NE(english, nullptr);
        EXPECT_EQ(wizard.button(QWizard::NextButton)->text(), QString::fromUtf8("&Tiếp >"));
        EXPECT_EQ(wizard.button(QWizard::CancelButton)->text(), QString::fromUtf8("Hủy"));
        const QString viTitle = wizard.currentPage()->title();
        // On its indicator: a radio button takes clicks on its indicator and label only, not its whole width.
        QTest::mouseClick(english, Qt::LeftButton, {}, QPoint(8, english->height() / 2));
        EXPECT_EQ(languages.language(), "en");
        EXPECT_EQ(settings.value("language").toString(), "en");
        // Qt posts the language change to the widgets: let it arrive.
        EXPECT_TRUE(
            QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->text() == "&Next >"; }, 2000))
            << wizard.button(QWizard::NextButton)->text().toStdString();
        EXPECT_EQ(wizard.currentPage()->title(), "Welcome to HoiVien");
        EXPECT_NE(viTitle, "Welcome to HoiVien");
    }
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));  // as the test runner set it
}

}  // namespace
