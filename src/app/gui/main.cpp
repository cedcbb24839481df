// hoivien: the desktop application (CONTRACT.md "Binaries"). Wiring only: the work of starting up is in
// hv::Startup (src/ui/startup.h), so that tests link it.
#include "ui/languagemanager.h"
#include "ui/startup.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char** argv)
{
    hv::prepareStartupPlatform(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HoiVien"));
    QApplication::setOrganizationName(QStringLiteral("HoiVien"));
#ifdef HOIVIEN_VERSION
    QApplication::setApplicationVersion(QStringLiteral(HOIVIEN_VERSION));
#endif
    QSettings settings(QStringLiteral("HoiVien"), QStringLiteral("HoiVien"));
    hv::LanguageManager languages(settings);
    hv::Startup startup(settings, languages);
    if (const auto status = startup.start(QApplication::arguments())) return *status;
    return QApplication::exec();
}
