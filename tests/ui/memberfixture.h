#pragma once
// What the member form and member action tests share: an office (district 395 from the official list)
// with two chapters in commune 15499 on a real SQLite file, an AppContext over it, and helpers that
// type into widgets and drive modal dialogs while their exec() runs.

#include "core/referencedata.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "testutil.h"
#include "ui/appcontext.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace hvtest {

class MemberFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = std::make_unique<hv::Database>(dir.path("members.sqlite"));
        hv::UnitRepository units(*db);
        units.createFromOfficialList(QStringLiteral("395"));
        commune = units.byCode(QStringLiteral("15499"))->id;
        chapterA = units.insert({0, QStringLiteral("15499-01"), QStringLiteral("Chi hội Khu phố 1"),
                                 hv::UnitLevel::Chapter, commune});
        chapterB = units.insert({0, QStringLiteral("15499-02"), QStringLiteral("Chi hội Khu phố 2"),
                                 hv::UnitLevel::Chapter, commune});
        ctx = std::make_unique<hv::AppContext>(std::move(db), settings);
        repo = std::make_unique<hv::MemberRepository>(ctx->db(), ctx->ref());
    }

    // A valid ordinary member born on 15/03/1985 whose CCCD agrees with her record.
    hv::Id storeMember(const QString& name, const QString& cccd, hv::Id chapter,
                       const QDate& joined = QDate(2010, 3, 8))
    {
        hv::Member m;
        m.fullName = name;
        m.birth.date = QDate(1985, 3, 15);
        m.birth.year = 1985;
        m.citizenId = cccd;
        m.joinedOn = joined;
        hv::MembershipEvent e;
        e.kind = hv::EventKind::Admitted;
        e.date = joined;
        e.unitId = chapter;
        return repo->create(m, {e});
    }

    TempDir dir;
    QSettings settings{dir.path("settings.ini"), QSettings::IniFormat};
    std::unique_ptr<hv::AppContext> ctx;
    std::unique_ptr<hv::MemberRepository> repo;
    hv::Id commune = 0, chapterA = 0, chapterB = 0;
};

// Types text as key events, one character at a time. QTest::keyClicks sends Latin-1 only, and
// Vietnamese names are not Latin-1.
inline void typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Replaces the text of a line edit the way an officer does: select all, type.
inline void retype(QWidget* w, const QString& text)
{
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    typeText(w, text);
}

// The widget of that type and objectName below parent; a failure of the test when there is none.
template <typename W>
W* child(QWidget* parent, const char* name)
{
    auto* w = parent->findChild<W*>(QLatin1String(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// Clicks OK of a form whose buttons are its "buttonBox".
inline void clickOk(QDialog* d)
{
    QTest::mouseClick(child<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Runs fn on the modal dialog of type D once its exec() shows it. When none comes, whatever modal
// widget is open is closed so that the test fails instead of hanging.
template <typename D>
void onModal(std::function<void(D*)> fn, int attempts = 1000)
{
    QTimer::singleShot(10, [fn, attempts] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* d = qobject_cast<D*>(modal); d && d->isVisible()) {
            fn(d);
        } else if (attempts > 0) {
            onModal<D>(fn, attempts - 1);
        } else {
            ADD_FAILURE() << "the expected dialog " << D::staticMetaObject.className() << " did not open";
            if (modal) modal->close();
        }
    });
}

}  // namespace hvtest
