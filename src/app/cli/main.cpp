// hoivien-cli: the libraries without a window, for automation and scheduled reports (CONTRACT.md).
#include "cli/cli.h"
#include "cli/output.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char** argv)
{
    // A PDF needs fonts, which come with the graphical libraries: start them on the offscreen platform
    // for that command only, so that every other command runs on a machine without any display.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (hv::cli::wantsPdf(args)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("HoiVien"));
    QCoreApplication::setOrganizationName(QStringLiteral("HoiVien"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return hv::cli::run(app->arguments().mid(1), out, err);
}
