// The one test runner: a Qt application on the offscreen platform with a fixed locale, so widget,
// report and sort tests see the same environment everywhere.
#include <gtest/gtest.h>

#include <QLocale>
#ifdef HOIVIEN_WITH_GUI
#include <QApplication>
using TestApp = QApplication;
#else
#include <QGuiApplication>
using TestApp = QGuiApplication;  // the PDF writer needs fonts
#endif

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("HoiVienTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
