#pragma once
// What hoivien does between main() and the event loop (CONTRACT.md "Binaries"):
//   hoivien [--db FILE] [--lang vi|en] [--demo] [--screenshot FILE [--page overview|members|units|wizard]]
//   (--page import-mapping|import-preview --import LIST.xlsx: the import wizard's pages on that list;
//   --page clubs|club: the Activities page's clubs and models, and the form of the club with most members)
// It picks the database (--db, else the demo with --demo, else the last one opened, else the default
// in the user's data folder), runs the first-run wizard while the database has no office unit (or
// generates the demo district), then shows the main window; "Open database…" and "New database…" come
// back here to replace the window. --screenshot renders the window (1280×800) after its figures are
// loaded, saves a PNG and ends.

#include <QDate>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSettings;
class QTemporaryDir;
class QWidget;

namespace hv {

class AppContext;
class Database;
class LanguageManager;
class MainWindow;

struct StartupOptions {
    QString db;                                 // --db FILE or URL; empty: see above
    QString lang;                               // --lang vi|en; empty: the remembered language
    bool demo = false;                          // --demo
    QString screenshot;                         // --screenshot FILE
    QString page = QStringLiteral("overview");  // --page
    QDate date;          // --date YYYY-MM-DD: the register date (screenshots of past years)
    QString importFile;  // --import FILE, for the import wizard's screenshots
    bool showHelp = false;
};

// Parses the arguments (the program name first). Returns nullopt with *error set on a usage error.
std::optional<StartupOptions> parseStartupArguments(const QStringList& arguments, QString* error);
QString startupUsage();

// --screenshot draws on the offscreen platform: call before the QApplication exists.
void prepareStartupPlatform(int argc, char** argv);

// The demo database's file in the user's data folder.
QString demoDatabaseLocation();

class Startup : public QObject {
    Q_OBJECT
public:
    Startup(QSettings& settings, LanguageManager& languages, QObject* parent = nullptr);
    ~Startup() override;

    // Does everything before the event loop. Returns the exit status when the program should end now
    // (usage error 2, database not opened 3, wizard cancelled 0, screenshot written 0 or failed 1), or
    // nullopt when the window is shown and the event loop should run.
    std::optional<int> start(const QStringList& arguments);

    MainWindow* window() const { return mWindow.get(); }

private:
    enum class Outcome { Done, Cancelled, Failed };
    // Opens path (creating it when create is true), sets it up when it has no office unit, and replaces
    // the window. A new file is removed again when the set-up fails or is cancelled.
    Outcome open(const QString& path, bool create, bool demo);
    // With accounts, the sign-in dialog (screenshots: HOIVIEN_USER and HOIVIEN_PASSWORD).
    Outcome signIn(Database& db, QWidget* parent);
    Outcome setUp(Database& db, bool demo, QWidget* parent);
    Outcome generateDemo(const QString& path, QWidget* parent);
    // Runs fn; an hv::Error is shown (a message box, or stderr when making a screenshot).
    template <typename F>
    Outcome attempt(QWidget* parent, F&& fn);
    void showWindow(std::unique_ptr<Database> db);
    int saveScreenshot(const QString& file, const QString& page);
    int saveWizardScreenshot(const QString& file);
    int saveImportScreenshot(const QString& file, const QString& page);
    int saveDialogScreenshot(const QString& file, const QString& page);
    int saveClubScreenshot(const QString& file, const QString& page);
    // The settings of the window and its pages: for a screenshot, fresh ones of its own.
    QSettings& windowSettings();

    QSettings& mSettings;
    LanguageManager& mLanguages;
    StartupOptions mOptions;
    std::unique_ptr<QTemporaryDir> mScratchDir;  // before the window, which uses what is in it
    std::unique_ptr<QSettings> mScratchSettings;
    std::unique_ptr<AppContext> mCtx;
    std::unique_ptr<MainWindow> mWindow;
};

}  // namespace hv
