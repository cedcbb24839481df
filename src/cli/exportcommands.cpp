// export members | movements | member-sheet (docs/cli.md): the lists an officer prints, as CSV, XLSX,
// PDF or HTML.
#include "cli/args.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "core/error.h"
#include "core/referencedata.h"
#include "reports/htmlwriter.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/tablewriters.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

void writeDocument(const Args& a, const QString& format, const ReportTable* table, const ReportDocument& doc, QTextStream& out)
{
    if (format == QLatin1String("csv"))
        writeOutput(a, tableCsv(*table), out);
    else if (format == QLatin1String("xlsx"))
        writeOutput(a, tablesXlsx({*table}), out, DataKind::Binary);
    else if (format == QLatin1String("pdf"))
        writeOutput(a, reportPdf(doc), out, DataKind::Binary);
    else
        writeOutput(a, reportHtml(doc), out);
}

}  // namespace

int cmdExport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args,
                 {QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--unit"), QStringLiteral("--date"),
                  QStringLiteral("--columns"), QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--year"),
                  QStringLiteral("--id"), QStringLiteral("--printed-on"), QStringLiteral("--user")},
                 {QStringLiteral("--mask")});
    const QString what = a.positional().value(0);
    if (a.positional().size() != 1 || !QStringList{QStringLiteral("members"), QStringLiteral("movements"), QStringLiteral("member-sheet")}.contains(what))
        throw UsageError(tr("Usage: export members|movements|member-sheet --format FORMAT [options]"));
    const bool sheet = what == QLatin1String("member-sheet");
    const QStringList formats = sheet ? QStringList{QStringLiteral("pdf"), QStringLiteral("html")}
                                      : QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf"), QStringLiteral("html")};
    const QString format = a.choice(QStringLiteral("--format"), formats);
    if (format.isEmpty())
        throw UsageError(tr("--format is required (%1).").arg(formats.join(QStringLiteral(", "))));
    const QDate printed = printedOn(a);
    const QString dbFile = a.has(QStringLiteral("--db")) ? a.value(QStringLiteral("--db")) : Database::defaultLocation();

    if (what == QLatin1String("members")) {
        MemberListOptions o;
        o.unitCode = a.value(QStringLiteral("--unit"));
        if (a.has(QStringLiteral("--date"))) {
            o.date = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
            if (!o.date.isValid())
                throw UsageError(tr("--date must be a date written YYYY-MM-DD."));
        }
        if (a.has(QStringLiteral("--columns")))
            o.columns = a.value(QStringLiteral("--columns")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        o.mask = a.has(QStringLiteral("--mask"));
        Database db(dbFile);
        signIn(db, a);
        const ReferenceData ref;
        const MemberList list = buildMemberList(db, ref, o);
        writeDocument(a, format, &list.table, format == QLatin1String("pdf") || format == QLatin1String("html")
                                                  ? memberListDocument(list, letterheadFor(db, list.unitCode), printed)
                                                  : ReportDocument{},
                      out);
        err << tr("%1 member(s) exported.").arg(list.table.rows.size()) << "\n";
        return kOk;
    }
    if (what == QLatin1String("movements")) {
        const int year = a.integer(QStringLiteral("--year"), 0, 1900, 2100);
        if (year == 0)
            throw UsageError(tr("--year is required."));
        Database db(dbFile);
        signIn(db, a);
        const MovementList list = buildMovementList(db, year, a.value(QStringLiteral("--unit")));
        writeDocument(a, format, &list.table, format == QLatin1String("pdf") || format == QLatin1String("html")
                                                  ? movementListDocument(list, letterheadFor(db, list.unitCode), printed)
                                                  : ReportDocument{},
                      out);
        err << tr("%1 movement(s) exported.").arg(list.table.rows.size()) << "\n";
        return kOk;
    }
    const int id = a.integer(QStringLiteral("--id"), 0, 1, 2147483647);
    if (id == 0)
        throw UsageError(tr("--id is required."));
    Database db(dbFile);
    signIn(db, a);
    const ReferenceData ref;
    writeDocument(a, format, nullptr, memberSheetDocument(db, ref, id, printed), out);
    return kOk;
}

}  // namespace hv::cli
