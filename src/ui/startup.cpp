#include "ui/startup.h"

#include "core/referencedata.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/unitrepository.h"
#include "ui/activitiespage.h"
#include "ui/appcontext.h"
#include "ui/auditdialog.h"
#include "ui/backgroundtask.h"
#include "ui/clubdialog.h"
#include "ui/clublist.h"
#include "ui/errorpresenter.h"
#include "ui/firstrunwizard.h"
#include "ui/importwizard.h"
#include "ui/languagemanager.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/usersdialog.h"

#if __has_include("importing/demogenerator.h")
#include "importing/demogenerator.h"
#define HV_HAS_DEMO 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <atomic>
#include <cstdio>

namespace hv {
namespace {

const QString kLastDatabase = QStringLiteral("lastDatabase");

void printError(const QString& text) { std::fprintf(stderr, "%s\n", qPrintable(text)); }

bool isUrl(const QString& location) { return location.contains(QLatin1String("://")); }

void removeDatabaseFile(const QString& path)
{
    if (isUrl(path)) return;
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QLatin1String(suffix));
}

// Lets queued results and layouts arrive until done() or the timeout.
void processEventsUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

}  // namespace

QString startupUsage()
{
    return QCoreApplication::translate(
        "hv::Startup",
        "Usage: hoivien [--db FILE] [--lang vi|en] [--demo] [--date YYYY-MM-DD] [--screenshot "
        "FILE [--page "
        "overview|members|units|trainings|awards|activities|clubs|club|rating|reports|wizard|login|users|"
        "audit|import-mapping|import-preview]]");
}

std::optional<StartupOptions> parseStartupArguments(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("PAGE"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption importFile(QStringLiteral("import"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({db, lang, demo, screenshot, page, date, importFile, help});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("hv::Startup", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    StartupOptions o;
    o.db = parser.value(db);
    o.lang = parser.value(lang);
    o.demo = parser.isSet(demo);
    o.screenshot = parser.value(screenshot);
    o.showHelp = parser.isSet(help);
    if (parser.isSet(page)) o.page = parser.value(page);
    if (parser.isSet(date)) {
        o.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!o.date.isValid()) {
            *error = QCoreApplication::translate("hv::Startup", "--date must be a date written YYYY-MM-DD.");
            return std::nullopt;
        }
    }
    o.importFile = parser.value(importFile);
    if (!o.lang.isEmpty() && !LanguageManager::isAvailable(o.lang)) {
        *error = QCoreApplication::translate("hv::Startup", "--lang must be vi or en.");
        return std::nullopt;
    }
    if (parser.isSet(page) && o.screenshot.isEmpty()) {
        *error = QCoreApplication::translate("hv::Startup", "--page goes with --screenshot.");
        return std::nullopt;
    }
    if (o.demo && !o.db.isEmpty()) {
        *error = QCoreApplication::translate("hv::Startup", "--demo and --db cannot be used together.");
        return std::nullopt;
    }
    return o;
}

void prepareStartupPlatform(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
}

QString demoDatabaseLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/demo.sqlite");
}

Startup::Startup(QSettings& settings, LanguageManager& languages, QObject* parent)
    : QObject(parent), mSettings(settings), mLanguages(languages)
{
}

Startup::~Startup()
{
    mWindow.reset();  // before the context it uses
    mCtx.reset();
}

std::optional<int> Startup::start(const QStringList& arguments)
{
    mLanguages.setLanguage(mLanguages.preferred(), false);  // messages about the arguments too
    QString error;
    const auto options = parseStartupArguments(arguments, &error);
    if (!options) {
        printError(error);
        printError(startupUsage());
        return 2;
    }
    mOptions = *options;
    // A --lang on the command line is for this run only; the menu's choice is remembered.
    if (!mOptions.lang.isEmpty()) mLanguages.setLanguage(mOptions.lang, false);
    if (mOptions.showHelp) {
        std::printf("%s\n", qPrintable(startupUsage()));
        return 0;
    }
    if (!mOptions.screenshot.isEmpty() && mOptions.page == QLatin1String("wizard"))
        return saveWizardScreenshot(mOptions.screenshot);

    QString path = mOptions.db;
    if (path.isEmpty() && mOptions.demo) path = demoDatabaseLocation();
    if (path.isEmpty()) {
        const QString last = mSettings.value(kLastDatabase).toString();
        path =
            !last.isEmpty() && (isUrl(last) || QFileInfo::exists(last)) ? last : Database::defaultLocation();
    }
    switch (open(path, true, mOptions.demo)) {
        case Outcome::Done:
            break;
        case Outcome::Cancelled:
            return 0;
        case Outcome::Failed:
            // A remembered file that cannot be opened must not lock the officer out: next time, the default.
            if (mOptions.db.isEmpty() && !mOptions.demo && mOptions.screenshot.isEmpty() &&
                mSettings.value(kLastDatabase).toString() == path)
                mSettings.remove(kLastDatabase);
            return 3;
    }
    if (!mOptions.screenshot.isEmpty()) return saveScreenshot(mOptions.screenshot, mOptions.page);
    return std::nullopt;
}

template <typename F>
Startup::Outcome Startup::attempt(QWidget* parent, F&& fn)
{
    try {
        fn();
        return Outcome::Done;
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Cancelled) return Outcome::Cancelled;
        if (mOptions.screenshot.isEmpty())
            ErrorPresenter::show(parent, e);
        else
            printError(e.message());
    } catch (const std::exception& e) {
        if (mOptions.screenshot.isEmpty())
            ErrorPresenter::showUnexpected(parent, e);
        else
            printError(QString::fromLocal8Bit(e.what()));
    }
    return Outcome::Failed;
}

Startup::Outcome Startup::open(const QString& path, bool create, bool demo)
{
    QWidget* parent = mWindow.get();
    const bool existed = isUrl(path) || QFileInfo::exists(path);
    if (!create && !existed)
        return attempt(parent,
                       [&] { throw Error(Error::Kind::Database, tr("%1 does not exist.").arg(path)); });
    std::unique_ptr<Database> db;
    Outcome outcome = attempt(parent, [&] { db = std::make_unique<Database>(path); });
    if (outcome == Outcome::Done) outcome = signIn(*db, parent);
    if (outcome == Outcome::Done) outcome = setUp(*db, demo, parent);
    if (outcome != Outcome::Done) {
        db.reset();
        if (!existed) removeDatabaseFile(path);
        return outcome;
    }
    // A server's address is remembered without its password (libpq finds it in ~/.pgpass).
    if (!demo && mOptions.screenshot.isEmpty()) mSettings.setValue(kLastDatabase, Database::displayLocation(path));
    showWindow(std::move(db));
    return Outcome::Done;
}

// A database with accounts opens locked (docs/security.md): the officer signs in first.
Startup::Outcome Startup::signIn(Database& db, QWidget* parent)
{
    bool required = false;
    if (const Outcome o = attempt(parent, [&] { required = Session(db).loginRequired(); }); o != Outcome::Done)
        return o;
    if (!required) return Outcome::Done;
    if (!mOptions.screenshot.isEmpty()) {
        // Screenshots are taken without a person at the keyboard: HOIVIEN_USER and HOIVIEN_PASSWORD.
        return attempt(parent, [&] {
            Session(db).login(qEnvironmentVariable("HOIVIEN_USER"), qEnvironmentVariable("HOIVIEN_PASSWORD"));
        });
    }
    LoginDialog dialog(db, LoginDialog::Mode::SignIn, parent);
    dialog.setObjectName(QStringLiteral("loginDialog"));
    return dialog.exec() == QDialog::Accepted ? Outcome::Done : Outcome::Cancelled;
}

// A database without an office unit is new: the wizard (or the demo generator) fills it.
Startup::Outcome Startup::setUp(Database& db, bool demo, QWidget* parent)
{
    bool hasOffice = false;
    if (const Outcome o = attempt(parent, [&] { hasOffice = UnitRepository(db).officeUnit().has_value(); });
        o != Outcome::Done)
        return o;
    if (hasOffice) return Outcome::Done;
    if (demo) return generateDemo(db.location(), parent);
    if (!mOptions.screenshot.isEmpty()) {
        printError(tr("%1 has no office unit yet: nothing to show.").arg(db.location()));
        return Outcome::Failed;
    }
    std::unique_ptr<FirstRunWizard> wizard;
    if (const Outcome o =
            attempt(parent, [&] { wizard = std::make_unique<FirstRunWizard>(db, &mLanguages, parent); });
        o != Outcome::Done)
        return o;
    return wizard->exec() == QDialog::Accepted ? Outcome::Done : Outcome::Cancelled;
}

// The demo district (Huyện Thọ Xuân), generated on a thread with its own connection while a progress
// dialog offers Cancel; a cancelled run writes nothing (one transaction).
Startup::Outcome Startup::generateDemo(const QString& path, QWidget* parent)
{
#ifdef HV_HAS_DEMO
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    const bool quiet = !mOptions.screenshot.isEmpty();
    std::unique_ptr<QProgressDialog> dialog;
    if (!quiet) {
        dialog = std::make_unique<QProgressDialog>(tr("Creating the demo district (Huyện Thọ Xuân)…"),
                                                   tr("Cancel"), 0, 1000, parent);
        dialog->setObjectName(QStringLiteral("demoProgress"));
        dialog->setWindowTitle(tr("HoiVien demo"));
        dialog->setMinimumDuration(0);
        dialog->setWindowModality(Qt::ApplicationModal);
        connect(dialog.get(), &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
        dialog->show();
    }
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (dialog && !cancelled) dialog->setValue(permille);
    });
    poll.start(100);
    std::optional<TaskResult<DemoSummary>> outcome;
    BackgroundRunner runner;
    runner.run(
        [path, &permille, &cancelled] {
            Database db(path);
            const ReferenceData ref;
            DemoOptions options;
            // The full demo: 3,000 members per commune, about 90,000 (some seconds, with Cancel at hand).
            options.progress = [&](double done) {
                permille = int(done * 999);
                return !cancelled.load();
            };
            return hv::generateDemo(db, ref, options);
        },
        [&](TaskResult<DemoSummary> result) {
            outcome = std::move(result);
            loop.quit();
        });
    loop.exec();
    return attempt(parent, [&] { outcome->rethrowIfFailed(); });
#else
    Q_UNUSED(path);
    return attempt(parent, [] { throw Error(Error::Kind::Usage, tr("This build has no demo generator.")); });
#endif
}

QSettings& Startup::windowSettings()
{
    // A screenshot shows the pages as a new installation does (the year of --date, the first tab, the
    // columns fitted) and leaves the window state the officer's pages remember as it was.
    if (mOptions.screenshot.isEmpty()) return mSettings;
    if (!mScratchSettings) {
        mScratchDir = std::make_unique<QTemporaryDir>();
        mScratchSettings = std::make_unique<QSettings>(mScratchDir->filePath(QStringLiteral("settings.ini")),
                                                       QSettings::IniFormat);
    }
    return *mScratchSettings;
}

void Startup::showWindow(std::unique_ptr<Database> db)
{
    auto ctx = std::make_unique<AppContext>(std::move(db), windowSettings());
    if (mOptions.date.isValid()) ctx->setDate(mOptions.date);
    auto window = std::make_unique<MainWindow>(*ctx, mLanguages);
    connect(
        window.get(), &MainWindow::openDatabaseRequested, this,
        [this](const QString& path, bool create) { open(path, create, false); }, Qt::QueuedConnection);
    // The old window goes after the new one is up, so the application never has no window at all.
    std::unique_ptr<MainWindow> oldWindow = std::move(mWindow);
    std::unique_ptr<AppContext> oldCtx = std::move(mCtx);
    if (oldWindow) oldWindow->rememberWindow();
    mCtx = std::move(ctx);
    mWindow = std::move(window);
    if (mOptions.screenshot.isEmpty()) mWindow->show();
    oldWindow.reset();
    oldCtx.reset();
}

int Startup::saveScreenshot(const QString& file, const QString& page)
{
    if (page.startsWith(QLatin1String("import-"))) return saveImportScreenshot(file, page);
    if (page == QLatin1String("login") || page == QLatin1String("users") || page == QLatin1String("audit"))
        return saveDialogScreenshot(file, page);
    if (page == QLatin1String("clubs") || page == QLatin1String("club"))
        return saveClubScreenshot(file, page);
    if (!mWindow->showPage(page)) {
        printError(tr("Unknown page %1; the pages are: %2")
                       .arg(page, mWindow->pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    mWindow->setWindowState(Qt::WindowNoState);
    mWindow->resize(1280, 800);
    mWindow->show();
    // Figures are computed off the GUI thread: wait for them, then let pages lay out what arrived.
    processEventsUntil([this] { return !mWindow->isBusy(); }, 120000);
    processEventsUntil([] { return false; }, 600);
    processEventsUntil([this] { return !mWindow->isBusy(); }, 120000);
    if (!mWindow->grab().save(file, "PNG")) {
        printError(tr("Cannot write %1.").arg(file));
        return 1;
    }
    return 0;
}

// The Activities page on its Clubs and models tab for the unit of the year's club with the most members,
// or (club) that club's form with a name typed in its member search.
int Startup::saveClubScreenshot(const QString& file, const QString& page)
{
    std::optional<Activity> shown;
    const Outcome o = attempt(nullptr, [&] {
        for (const Activity& a : ActivityRepository(mCtx->db()).ofKinds(mCtx->date().year(), clubKinds()))
            if (!shown || a.members.size() > shown->members.size()) shown = a;
    });
    if (o != Outcome::Done) return 1;
    if (!shown) {
        printError(tr("No club or model in %1.").arg(mCtx->date().year()));
        return 2;
    }
    mCtx->setUnitId(shown->unitId);
    mWindow->showPage(QStringLiteral("activities"));
    auto* activities = mWindow->findChild<ActivitiesPage*>();
    activities->tabs()->setCurrentWidget(activities->clubList());
    mWindow->setWindowState(Qt::WindowNoState);
    mWindow->resize(1280, 800);
    mWindow->show();
    processEventsUntil([this] { return !mWindow->isBusy(); }, 120000);
    processEventsUntil([] { return false; }, 300);
    QWidget* grabbed = mWindow.get();
    ClubDialog dialog(*mCtx, mWindow.get());
    if (page == QLatin1String("club")) {
        dialog.setClub(*shown);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("memberSearch"))->setText(QStringLiteral("thi hoa"));
        processEventsUntil([] { return false; }, 300);
        grabbed = &dialog;
    } else {
        activities->clubList()->table()->selectRow(0);
        processEventsUntil([] { return false; }, 300);
    }
    if (!grabbed->grab().save(file, "PNG")) {
        printError(tr("Cannot write %1.").arg(file));
        return 1;
    }
    return 0;
}

// The import wizard's mapping or preview page on the list given with --import, over the window.
int Startup::saveImportScreenshot(const QString& file, const QString& page)
{
    mWindow->resize(1280, 800);
    mWindow->show();
    ImportWizard wizard(*mCtx, mWindow.get());
    wizard.resize(1100, 680);
    wizard.setFile(mOptions.importFile);
    wizard.show();
    processEventsUntil([] { return false; }, 200);
    wizard.next();
    if (page == QLatin1String("import-preview")) wizard.next();
    const int expected = page == QLatin1String("import-preview") ? ImportWizard::PreviewPage : ImportWizard::MappingPage;
    if (wizard.currentId() != expected) {
        const auto* status = wizard.findChild<QLabel*>(QStringLiteral("fileStatus"));
        printError(status && !status->text().isEmpty() ? status->text()
                                                       : tr("Unknown page %1, or no list given with --import.").arg(page));
        return 2;
    }
    processEventsUntil([] { return false; }, 300);
    if (!wizard.grab().save(file, "PNG")) {
        printError(tr("Cannot write %1.").arg(file));
        return 1;
    }
    return 0;
}

// The dialogs of docs/security.md on the open database (users and audit need its administrator).
int Startup::saveDialogScreenshot(const QString& file, const QString& page)
{
    std::unique_ptr<QDialog> dialog;
    const Outcome o = attempt(nullptr, [&] {
        Database& db = mCtx->db();
        if (page == QLatin1String("login"))
            dialog = std::make_unique<LoginDialog>(db, LoginDialog::Mode::SignIn);
        else if (page == QLatin1String("users"))
            dialog = std::make_unique<UsersDialog>(db);
        else
            dialog = std::make_unique<AuditDialog>(db);
    });
    if (o != Outcome::Done) return 1;
    dialog->show();
    processEventsUntil([] { return false; }, 300);
    if (!dialog->grab().save(file, "PNG")) {
        printError(tr("Cannot write %1.").arg(file));
        return 1;
    }
    return 0;
}

// The first-run wizard as an officer of Huyện Thọ Xuân sees it, on a throw-away database.
int Startup::saveWizardScreenshot(const QString& file)
{
    QTemporaryDir dir;
    try {
        Database db(dir.filePath(QStringLiteral("wizard.sqlite")));
        FirstRunWizard wizard(db, &mLanguages);
        wizard.resize(800, 560);
        wizard.show();
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("provinceFilter"))->setText(QStringLiteral("thanh hoa"));
        auto* units = wizard.findChild<QListWidget*>(QStringLiteral("unitList"));
        wizard.findChild<QLineEdit*>(QStringLiteral("unitFilter"))->setText(QStringLiteral("tho xuan"));
        for (int i = 0; i < units->count(); ++i)
            if (units->item(i)->data(Qt::UserRole).toString() == QLatin1String("395"))
                units->setCurrentRow(i);
        processEventsUntil([] { return false; }, 300);
        if (!wizard.grab().save(file, "PNG")) {
            printError(tr("Cannot write %1.").arg(file));
            return 1;
        }
    } catch (const Error& e) {
        printError(e.message());
        return 3;
    }
    return 0;
}

}  // namespace hv
