#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLocale>

namespace hv {
namespace {
const QString kKey = QStringLiteral("language");
}

LanguageManager::LanguageManager(QSettings& settings, QObject* parent) : QObject(parent), mSettings(settings)
{
}

LanguageManager::~LanguageManager()
{
    if (mInstalled) {
        QCoreApplication::removeTranslator(&mApp);
        QCoreApplication::removeTranslator(&mQt);
    }
}

QStringList LanguageManager::available() { return {QStringLiteral("vi"), QStringLiteral("en")}; }

QString LanguageManager::preferred() const
{
    const QString lang = mSettings.value(kKey).toString();
    return isAvailable(lang) ? lang : QStringLiteral("vi");
}

void LanguageManager::setLanguage(const QString& requested, bool remember)
{
    const QString lang = isAvailable(requested) ? requested : QStringLiteral("vi");
    if (mInstalled) {
        QCoreApplication::removeTranslator(&mApp);
        QCoreApplication::removeTranslator(&mQt);
        mInstalled = false;
    }
    // The source texts are English: hoivien_en.qm holds only the plural forms of the "%Ln member(s)"
    // messages, and Qt's own strings need no file in English.
    const bool app = mApp.load(QStringLiteral(":/i18n/hoivien_%1.qm").arg(lang));
    const bool english = lang == QLatin1String("en");
    const bool qt = !english && mQt.load(QStringLiteral(":/i18n/qt_extra_%1.qm").arg(lang));
    if (app) QCoreApplication::installTranslator(&mApp);
    if (qt) QCoreApplication::installTranslator(&mQt);
    mInstalled = app || qt;
    if (!app || (!english && !qt))
        qWarning("LanguageManager: translation files of '%s' are missing", qPrintable(lang));
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    mLanguage = lang;
    if (remember) mSettings.setValue(kKey, lang);
    emit languageChanged(lang);
}

}  // namespace hv
