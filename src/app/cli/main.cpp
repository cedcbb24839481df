// hoivien-cli: the libraries without a window, for automation and scheduled reports (CONTRACT.md).
#include "cli/cli.h"
#include "cli/output.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>
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
        // Qt wants a private runtime folder and warns on stderr when the session has none (cron, ssh).
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/hoivien-runtime-" + QByteArray::number(getuid());
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
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
