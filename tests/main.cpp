// The one test runner: a Qt application on the offscreen platform with a fixed locale, so widget,
// report and sort tests see the same environment everywhere.
#include <gtest/gtest.h>

#include "testutil.h"

#include <QLocale>
#ifdef HOIVIEN_WITH_GUI
#include <QApplication>
using TestApp = QApplication;
#else
#include <QGuiApplication>
using TestApp = QGuiApplication;  // the PDF writer needs fonts
#endif

namespace {

// The server suites (tests/CMakeLists.txt) skip when no test server was started.
class ServerEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        if (qgetenv("HOIVIEN_TEST_BACKEND") == "postgresql" && !hvtest::onServer())
            GTEST_SKIP() << "HOIVIEN_TEST_PG is not set: no PostgreSQL test server";
    }
};

}  // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("HoiVienTests"));
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new ServerEnvironment);
    const int result = RUN_ALL_TESTS();
    hvtest::dropServerDatabases();
    return result;
}
