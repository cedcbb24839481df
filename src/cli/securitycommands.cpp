// user, audit, restore, erase, copy (docs/cli.md "Accounts", "Audit log", "Backups", "A member's rights",
// "Moving to a server").
#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "core/error.h"
#include "reports/audittable.h"
#include "reports/tablewriters.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/erasure.h"
#include "storage/securebackup.h"
#include "storage/session.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

const QString kDb = QStringLiteral("--db");
const QString kUser = QStringLiteral("--user");

QString location(const Args& a) { return a.has(kDb) ? a.value(kDb) : Database::defaultLocation(); }

QStringList common(QStringList options)
{
    options << kDb << QStringLiteral("--lang") << kUser;
    return options;
}

QString unitText(Database& db, Id unitId)
{
    if (unitId == 0) return tr("(whole tree)");
    const auto u = UnitRepository(db).byId(unitId);
    return u ? u->code : QString::number(unitId);
}

}  // namespace

int cmdUser(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, common({QStringLiteral("--role"), QStringLiteral("--unit")}), {});
    const QString what = a.positional().value(0);
    const QString name = a.positional().value(1);
    const bool needsName =
        what == QLatin1String("add") || what == QLatin1String("remove") || what == QLatin1String("passwd");
    if (!(needsName && a.positional().size() == 2) &&
        !(what == QLatin1String("list") && a.positional().size() == 1))
        throw UsageError(
            tr("Usage: user add NAME --role admin|officer|viewer [--unit CODE] | user list | user remove "
               "NAME | user passwd NAME"));
    Database db(location(a));
    signIn(db, a);
    AccountRepository accounts(db);
    if (what == QLatin1String("list")) {
        for (const Account& acc : accounts.all())
            out << acc.name << '\t' << toCode(acc.role) << '\t' << unitText(db, acc.unitId) << '\t'
                << acc.createdAt.toString(Qt::ISODate) << '\t' << acc.failedCount << '\n';
        return kOk;
    }
    if (what == QLatin1String("remove")) {
        accounts.remove(name);
        err << tr("Account %1 removed.").arg(name) << "\n";
        return kOk;
    }
    // The new password: HOIVIEN_NEW_PASSWORD or typed twice (HOIVIEN_PASSWORD is the signer's).
    if (what == QLatin1String("passwd")) {
        accounts.setPassword(name,
                             secret("HOIVIEN_NEW_PASSWORD", tr("New password of %1: ").arg(name), true));
        err << tr("Password of %1 changed.").arg(name) << "\n";
        return kOk;
    }
    const QString roleText =
        a.choice(QStringLiteral("--role"),
                 {QStringLiteral("admin"), QStringLiteral("officer"), QStringLiteral("viewer")});
    if (roleText.isEmpty()) throw UsageError(tr("--role is required (admin, officer or viewer)."));
    Id unitId = 0;
    if (a.has(QStringLiteral("--unit"))) {
        const auto u = UnitRepository(db).byCode(a.value(QStringLiteral("--unit")));
        if (!u)
            throw Error(Error::Kind::Input,
                        tr("Unknown unit code %1.").arg(a.value(QStringLiteral("--unit"))));
        unitId = u->id;
    }
    accounts.add(name, secret("HOIVIEN_NEW_PASSWORD", tr("Password of the new account %1: ").arg(name), true),
                 *roleFromCode(roleText), unitId);
    err << tr("Account %1 added (%2, %3).").arg(name, roleText, unitText(db, unitId)) << "\n";
    return kOk;
}

int cmdAudit(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args,
                 common({QStringLiteral("--member"), QStringLiteral("--after"), QStringLiteral("--limit"),
                         QStringLiteral("--format"), QStringLiteral("--out")}),
                 {});
    const QString what = a.positional().value(0);
    if (a.positional().size() != 1 ||
        !QStringList{QStringLiteral("list"), QStringLiteral("verify"), QStringLiteral("export")}.contains(
            what))
        throw UsageError(
            tr("Usage: audit list [--member N] [--after ID] [--limit N] | audit verify | audit export "
               "[--format csv|json] [--out FILE]"));
    Database db(location(a));
    signIn(db, a);
    AuditLog log(db);
    if (what == QLatin1String("verify")) {
        const AuditVerification v = log.verify();
        if (!v.ok()) {
            err << tr("The audit log was altered: entry %1 is the first bad one (%2).")
                       .arg(v.firstBad)
                       .arg(v.reason)
                << "\n";
            return kDatabase;
        }
        out << tr("ok: %1 entries, last hash %2").arg(v.entries).arg(v.lastHash) << "\n";
        return kOk;
    }
    const std::vector<AuditEntry> entries = log.list(a.integer(QStringLiteral("--after"), 0, 0, 2147483647),
                                                     a.integer(QStringLiteral("--limit"), -1, 1, 2147483647),
                                                     a.integer(QStringLiteral("--member"), 0, 1, 2147483647));
    if (what == QLatin1String("list")) {
        for (const AuditEntry& e : entries)
            out << e.id << '\t' << e.at.toString(Qt::ISODate) << '\t' << e.userName << '\t' << e.action
                << '\t' << e.target << '\t' << e.detail << '\n';
        return kOk;
    }
    const QString format = a.choice(QStringLiteral("--format"),
                                    {QStringLiteral("csv"), QStringLiteral("json")}, QStringLiteral("csv"));
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const AuditEntry& e : entries)
            rows.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                            {QStringLiteral("user"), e.userName},
                            {QStringLiteral("action"), e.action},
                            {QStringLiteral("target"), e.target},
                            {QStringLiteral("member_id"), e.memberId},
                            {QStringLiteral("detail"), QJsonDocument::fromJson(e.detail.toUtf8()).object()},
                            {QStringLiteral("hash"), e.hash}});
        writeOutput(a, QJsonDocument(rows).toJson(QJsonDocument::Indented), out);
    } else {
        writeOutput(a, tableCsv(auditLogTable(entries)), out);
    }
    log.append(QStringLiteral("export"), QStringLiteral("audit %1").arg(format),
               {{QStringLiteral("rows"), qint64(entries.size())}});
    err << tr("%1 entries exported.").arg(entries.size()) << "\n";
    return kOk;
}

int cmdRestore(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, common({QStringLiteral("--in")}), {});
    const QString in = a.required(QStringLiteral("--in"));
    if (!a.has(kDb)) throw UsageError(tr("--db TARGET is required: the database the backup replaces."));
    const QString target = a.value(kDb);
    if (QFileInfo::exists(target)) {
        // Replacing a database with accounts is its administrator's decision. A target that cannot be
        // opened (damaged: the usual reason to restore) is replaced without: whoever can damage the
        // file can replace it anyway.
        std::optional<Database> db;
        try {
            db.emplace(target);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Damaged && e.kind() != Error::Kind::Database) throw;
            err << tr("%1 cannot be opened (%2); it is replaced.").arg(target, e.message()) << "\n";
        }
        if (db) {
            signIn(*db, a);
            access::requireAdmin(*db);
        }
    }
    const QString passphrase =
        backup::isEncrypted(in) ? secret("HOIVIEN_BACKUP_PASSPHRASE", tr("Backup passphrase: ")) : QString();
    backup::restore(in, target, passphrase);
    err << tr("%1 restored to %2.").arg(in, target) << "\n";
    Q_UNUSED(out);
    return kOk;
}

int cmdErase(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, common({QStringLiteral("--id")}), {});
    const int id = a.integer(QStringLiteral("--id"), 0, 1, 2147483647);
    if (id == 0) throw UsageError(tr("Usage: erase --id N (the member's number, as search prints it)"));
    Database db(location(a));
    signIn(db, a);
    eraseMemberData(db, id);
    err << tr("The personal data of member %1 was erased; her movements stay in the counts.").arg(id) << "\n";
    Q_UNUSED(out);
    return kOk;
}

int cmdCopy(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, common({QStringLiteral("--to")}), {});
    const QString to = a.value(QStringLiteral("--to"));
    if (to.isEmpty())
        throw UsageError(
            tr("--to is required: a new SQLite file or an empty server database (postgresql://…)."));
    const QString from = location(a);
    if (!Database::isServerLocation(from) && !QFileInfo::exists(from))
        throw Error(Error::Kind::Database, tr("%1 does not exist.").arg(from));
    if (!Database::isServerLocation(to) && QFileInfo::exists(to))
        throw Error(Error::Kind::Input, tr("%1 exists already: the copy goes into a new file.").arg(to));
    Database source(from);
    signIn(source, a);
    CopySummary summary;
    try {
        Database target(to);
        summary = copyDatabase(source, target);
    } catch (const Error&) {
        if (!Database::isServerLocation(to)) QFile::remove(to);  // the new file holds only an empty schema
        throw;
    }
    for (const auto& [table, rows] : std::as_const(summary.tables)) out << table << '\t' << rows << '\n';
    err << tr("%1 rows copied to %2 and compared with the source.")
               .arg(summary.rows)
               .arg(Database::displayLocation(to))
        << "\n";
    return kOk;
}

}  // namespace hv::cli
