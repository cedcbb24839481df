// The desktop's sign-in, lock screen, accounts dialog, audit viewer and passphrase dialog, driven by
// objectName with QTest events, the database checked after.
#include "memberfixture.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/session.h"
#include "ui/auditdialog.h"
#include "ui/inactivitylock.h"
#include "ui/logindialog.h"
#include "ui/passphrasedialog.h"
#include "ui/usersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <sqlite3.h>

using namespace hv;
using hvtest::typeText;

namespace {

class SecurityUiTest : public hvtest::MemberFixture {
protected:
    void SetUp() override
    {
        MemberFixture::SetUp();
        AccountRepository(ctx->db()).add(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"), Role::Admin, 0);
    }
    // A second connection, as the desktop opens it: locked until signed in.
    std::unique_ptr<Database> reopen() { return std::make_unique<Database>(ctx->db().location()); }
    static void clickOk(QDialog* d)
    {
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

TEST_F(SecurityUiTest, SignInStaysOpenOnAWrongPassword)
{
    auto db = reopen();
    EXPECT_TRUE(db->scope().locked);
    LoginDialog dialog(*db, LoginDialog::Mode::SignIn);
    dialog.show();
    auto* user = dialog.findChild<QLineEdit*>(QStringLiteral("userEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    typeText(user, QStringLiteral("admin"));
    typeText(password, QStringLiteral("sai-mat-khau"));
    clickOk(&dialog);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_TRUE(db->scope().locked);
    typeText(password, QStringLiteral("mat-khau-admin"));
    clickOk(&dialog);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(db->scope().locked);
    EXPECT_EQ(db->scope().userName, QStringLiteral("admin"));
}

TEST_F(SecurityUiTest, InactivityLocksUntilThePasswordIsTypedAgain)
{
    Session(ctx->db()).login(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"));
    QWidget window;
    window.show();
    InactivityLock lock(*ctx, &window);
    bool lockedDuringDialog = false;
    hvtest::onModal<LoginDialog>([&](LoginDialog* d) {
        lockedDuringDialog = ctx->db().scope().locked;
        EXPECT_EQ(d->objectName(), QStringLiteral("lockDialog"));
        typeText(d->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("mat-khau-admin"));
        clickOk(d);
    });
    QSignalSpy unlocked(&lock, &InactivityLock::unlocked);
    lock.setIdleInterval(50);
    EXPECT_TRUE(unlocked.wait(5000));
    EXPECT_TRUE(lockedDuringDialog);
    EXPECT_FALSE(ctx->db().scope().locked);
    EXPECT_TRUE(window.isVisible());
}

TEST_F(SecurityUiTest, ClosingTheLockScreenClosesTheWindow)
{
    Session(ctx->db()).login(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"));
    QWidget window;
    window.show();
    InactivityLock lock(*ctx, &window);
    hvtest::onModal<LoginDialog>([](LoginDialog* d) { d->reject(); });
    lock.lockNow();
    EXPECT_FALSE(window.isVisible());
    EXPECT_TRUE(ctx->db().scope().locked);
    EXPECT_THROW(repo->byId(1), Error);
}

TEST_F(SecurityUiTest, AdministratorAddsAnOfficerOfOneCommune)
{
    Session(ctx->db()).login(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"));
    UsersDialog dialog(ctx->db());
    dialog.show();
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("lan"));
    auto* role = dialog.findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(QStringLiteral("officer")));
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("unitEdit")), QStringLiteral("15499"));
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("mat-khau-lan"));
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("mat-khau-lax"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    EXPECT_FALSE(AccountRepository(ctx->db()).byName(QStringLiteral("lan")));  // the entries differ
    QLineEdit* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    confirm->clear();
    typeText(confirm, QStringLiteral("mat-khau-lan"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addButton")), Qt::LeftButton);
    const auto lan = AccountRepository(ctx->db()).byName(QStringLiteral("lan"));
    ASSERT_TRUE(lan);
    EXPECT_EQ(lan->role, Role::Officer);
    EXPECT_EQ(lan->unitId, commune);
    EXPECT_EQ(dialog.findChild<QTableWidget*>(QStringLiteral("accountsTable"))->rowCount(), 2);
}

TEST_F(SecurityUiTest, AuditViewerShowsAndVerifiesTheChain)
{
    Session(ctx->db()).login(QStringLiteral("admin"), QStringLiteral("mat-khau-admin"));
    storeMember(QString::fromUtf8("Nguyễn Thị An"), "038185000001", chapterA);
    AuditDialog dialog(ctx->db());
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("entriesTable"));
    ASSERT_GE(table->rowCount(), 3);  // account-add, login, create
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("create"));  // newest first
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("resultLabel"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
    EXPECT_TRUE(result->text().contains(QStringLiteral("%1").arg(table->rowCount()))) << result->text().toStdString();
    sqlite3* h = nullptr;
    sqlite3_open(ctx->db().location().toUtf8().constData(), &h);
    sqlite3_exec(h, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'x' WHERE id = 2", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    EXPECT_FALSE(dialog.verify());
    EXPECT_TRUE(result->text().contains(QLatin1String(" 2 "))) << result->text().toStdString();
}

TEST_F(SecurityUiTest, PassphraseMustBeTypedTwiceAlike)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Backup);
    dialog.show();
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit")), QStringLiteral("cum tu bi mat"));
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("cum tu bi mat!"));
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit")), Qt::Key_Backspace);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.passphrase(), QStringLiteral("cum tu bi mat"));
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("encryptCheck")), Qt::LeftButton, {}, QPoint(5, 5));
    EXPECT_TRUE(dialog.passphrase().isEmpty());
}

}  // namespace
