#pragma once
// The language of the interface, switched live (no restart): installs the translators of the program
// (hoivien_<lang>.qm) and of the Qt strings it shows (qt_extra_<lang>.qm: standard buttons, wizard,
// context menus — Debian ships no qtbase_vi.qm) from the :/i18n resource, sets the default locale for
// numbers and dates, and remembers the choice in the settings.

#include <QObject>
#include <QSettings>
#include <QTranslator>

namespace hv {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    // Reads nothing yet: call setLanguage(preferred()) or setLanguage(the --lang value).
    explicit LanguageManager(QSettings& settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    // "vi" (the default) and "en".
    static QStringList available();
    static bool isAvailable(const QString& lang) { return available().contains(lang); }
    // The language remembered in the settings, or "vi".
    QString preferred() const;
    QString language() const { return mLanguage; }

    // Installs the translators of lang and, unless remember is false (a one-off --lang), remembers it;
    // unknown codes fall back to "vi". Emits languageChanged after the translators are in place, so that
    // slots can re-set their texts.
    void setLanguage(const QString& lang, bool remember = true);

signals:
    void languageChanged(const QString& lang);

private:
    QSettings& mSettings;
    QString mLanguage;
    QTranslator mApp;
    QTranslator mQt;
    bool mInstalled = false;
};

}  // namespace hv
