#include "cli/cli.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "core/error.h"

#include <QCoreApplication>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

QString usage()
{
    return tr(
        "Usage: hoivien-cli COMMAND [--db FILE] [options]\n"
        "\n"
        "  init --unit CODE [--units-file FILE]   create the office's tree from the official unit list\n"
        "  import units FILE.csv                   add or update units\n"
        "  import members FILE.csv|FILE.xlsx [--sheet NAME|N] [--dry-run] [--on-duplicate skip|update|fail] [--create-units] [--strict]\n"
        "  import population FILE.csv              women aged 18+ per unit and year\n"
        "  import targets FILE.csv                 targets per unit, year and indicator\n"
        "  import trainings|awards|activities FILE.csv   the year's work (docs/import-formats.md)\n"
        "  report annual --year Y [--unit CODE] [--date YYYY-MM-DD] [--depth N] --format json|csv|xlsx|pdf|html [--out FILE]\n"
        "  report ranking --year Y --level commune|chapter --format json|csv|xlsx|pdf [--out FILE]\n"
        "  rate --year Y --level commune|chapter   compute and store the year's ratings\n"
        "  scorecard show|set [FILE.json] --year Y --level commune|chapter   read or edit the year's scorecard\n"
        "  export members [--unit CODE] [--date YYYY-MM-DD] [--columns a,b,c] [--mask] --format csv|xlsx|pdf|html [--out FILE]\n"
        "  export movements --year Y [--unit CODE] --format csv|xlsx|pdf|html [--out FILE]\n"
        "  export member-sheet --id N --format pdf|html [--out FILE]\n"
        "  search TEXT [--limit N]                 accent-insensitive search of members\n"
        "  backup --out FILE [--encrypt]           consistent copy while the database is in use (encrypted: passphrase from HOIVIEN_BACKUP_PASSPHRASE or typed)\n"
        "  restore --in FILE --db TARGET           put a backup back (checked first; TARGET is replaced in one step)\n"
        "  user add NAME --role admin|officer|viewer [--unit CODE] | list | remove NAME | passwd NAME   accounts\n"
        "  audit list [--member N] [--after ID] [--limit N] | verify | export [--format csv|json] [--out FILE]\n"
        "  erase --id N                            erase a member's personal data on her request (counts kept)\n"
        "  copy --to TARGET                        the whole database into a new SQLite file or an empty server database\n"
        "  check                                   integrity and foreign-key check\n"
        "  batches                                 list the imports, with their numbers\n"
        "  undo-import BATCH_ID                    remove what an import added and restore what it updated\n"
        "  demo --out FILE [--unit CODE] [--members N] [--seed S]   realistic demo database\n"
        "\n"
        "--db FILE is an SQLite file (created if missing) or a server, postgresql://user@host:port/database;\n"
        "without it the desktop's default database is used.\n"
        "--user NAME signs in when the database has accounts (password from HOIVIEN_PASSWORD or typed).\n"
        "Exit status: 0 success, 1 input refused, 2 usage error, 3 database cannot be opened or is damaged.\n");
}

}  // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? kUsage : kOk;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    try {
        if (command == QLatin1String("init"))
            return cmdInit(rest, out, err);
        if (command == QLatin1String("import"))
            return cmdImport(rest, out, err);
        if (command == QLatin1String("report"))
            return cmdReport(rest, out, err);
        if (command == QLatin1String("rate"))
            return cmdRate(rest, out, err);
        if (command == QLatin1String("scorecard"))
            return cmdScorecard(rest, out, err);
        if (command == QLatin1String("export"))
            return cmdExport(rest, out, err);
        if (command == QLatin1String("search"))
            return cmdSearch(rest, out, err);
        if (command == QLatin1String("backup"))
            return cmdBackup(rest, out, err);
        if (command == QLatin1String("check"))
            return cmdCheck(rest, out, err);
        if (command == QLatin1String("demo"))
            return cmdDemo(rest, out, err);
        if (command == QLatin1String("batches"))
            return cmdBatches(rest, out, err);
        if (command == QLatin1String("undo-import"))
            return cmdUndoImport(rest, out, err);
        if (command == QLatin1String("user"))
            return cmdUser(rest, out, err);
        if (command == QLatin1String("audit"))
            return cmdAudit(rest, out, err);
        if (command == QLatin1String("restore"))
            return cmdRestore(rest, out, err);
        if (command == QLatin1String("erase"))
            return cmdErase(rest, out, err);
        if (command == QLatin1String("copy"))
            return cmdCopy(rest, out, err);
        err << tr("Unknown command %1.").arg(command) << "\n\n" << usage();
        return kUsage;
    } catch (const UsageError& e) {
        err << e.message << "\n" << tr("Run hoivien-cli --help for the commands and options.") << "\n";
        return kUsage;
    } catch (const Error& e) {
        err << e.message() << "\n";
        switch (e.kind()) {
        case Error::Kind::Input:
        case Error::Kind::Conflict:
        case Error::Kind::Denied:
        case Error::Kind::Cancelled: return kRefused;
        case Error::Kind::Usage: return kUsage;
        case Error::Kind::Database:
        case Error::Kind::Damaged: return kDatabase;
        }
        return kDatabase;
    } catch (const std::exception& e) {
        // A defect (a missing resource, a broken invariant): say so rather than abort.
        err << tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())) << "\n";
        return kDatabase;
    }
}

}  // namespace hv::cli
