// hoivien-cli: the libraries without a window, for automation and scheduled reports (CONTRACT.md).
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("HoiVien"));
    QCoreApplication::setOrganizationName(QStringLiteral("HoiVien"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return hv::cli::run(app.arguments().mid(1), out, err);
}
