#include "cli/commands.h"

#include "cli/args.h"
#include "cli/cli.h"
#include "core/error.h"
#include "core/referencedata.h"
#include "importing/csvreader.h"
#include "importing/rowsourcefactory.h"
#if __has_include("importing/demogenerator.h")
#include "importing/demogenerator.h"
#define HV_HAS_DEMO 1
#endif
#include "importing/memberimporter.h"
#include "importing/tableimports.h"
#include "importing/yearworkimports.h"
#include "reports/ranking.h"
#include "importing/xlsxtemplate.h"
#include "reports/indicators.h"
#include "reports/rankingdocument.h"
#include "reports/reportcharts.h"
#include "cli/output.h"
#include "cli/signin.h"
#include "reports/annualdocument.h"
#include "reports/annualreport.h"
#include "reports/htmlwriter.h"
#include "reports/pdfwriter.h"
#include "reports/reportwriters.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/ratingrepository.h"
#include "storage/securebackup.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hv::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::cli", s); }

const QString kDb = QStringLiteral("--db");
const QString kOut = QStringLiteral("--out");

QStringList withDb(QStringList options)
{
    options << kDb << QStringLiteral("--lang") << QStringLiteral("--user");
    return options;
}

QString dbLocation(const Args& a) { return a.has(kDb) ? a.value(kDb) : Database::defaultLocation(); }

void printProblems(const ImportResult& r, QTextStream& err)
{
    for (const InputProblem& p : r.problems)
        err << p.toString() << "\n";
}

int requiredYear(const Args& a)
{
    const int year = a.integer(QStringLiteral("--year"), 0, 1900, 2100);
    if (year == 0)
        throw UsageError(tr("--year is required."));
    return year;
}

UnitLevel ratedLevel(const Args& a)
{
    const QString level = a.choice(QStringLiteral("--level"), {QStringLiteral("commune"), QStringLiteral("chapter")});
    if (level.isEmpty())
        throw UsageError(tr("--level is required (commune or chapter)."));
    return level == QLatin1String("commune") ? UnitLevel::Commune : UnitLevel::Chapter;
}

int reportRanking(const Args& a, QTextStream& out)
{
    const int year = requiredYear(a);
    const UnitLevel level = ratedLevel(a);
    const QString format = a.choice(QStringLiteral("--format"), {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                                                                 QStringLiteral("pdf")});
    if (format.isEmpty())
        throw UsageError(tr("--format is required (json, csv, xlsx or pdf)."));
    const QDate printed = printedOn(a);
    Database db(dbLocation(a));
    signIn(db, a);
    const Ranking ranking = buildRanking(db, year, level);
    if (format == QLatin1String("xlsx")) {
        writeOutput(a, rankingXlsx(ranking), out, DataKind::Binary);
    } else if (format == QLatin1String("pdf")) {
        const auto office = UnitRepository(db).officeUnit();
        if (!office)
            throw Error(Error::Kind::Input, tr("The office's unit is not set: run init first."));
        writeOutput(a, reportPdf(rankingDocument(ranking, letterheadFor(db, office->code), printed)), out, DataKind::Binary);
    } else {
        writeOutput(a, format == QLatin1String("json") ? rankingJson(ranking) : rankingCsv(ranking), out);
    }
    return kOk;
}

TemplateSource annualTemplateSource(const AnnualReport& report)
{
    return {[&report](const QString& unit) { return findReportRow(report, unit) != nullptr; },
            [&report](const QString& unit, const QString& key) -> std::optional<double> {
                const AnnualRow* row = findReportRow(report, unit);
                return row ? annualIndicator(*row, key) : std::nullopt;
            }};
}

// The Excel form of the level above filled with the year's figures (importing/xlsxtemplate.h).
int reportTemplate(const Args& a, const AnnualReportOptions& o, QTextStream& err)
{
    if (!a.has(kOut))
        throw UsageError(tr("--template needs --out FILE.xlsx: the filled copy of the form."));
    const TemplateMapping mapping = TemplateMapping::load(a.value(QStringLiteral("--template")));
    Database db(dbLocation(a));
    const AnnualReport report = buildAnnualReport(db, o);
    const TemplateFillResult r = fillXlsxTemplate(mapping, annualTemplateSource(report), a.value(kOut));
    err << tr("%1 cell(s) filled in %2.").arg(r.cellsFilled).arg(a.value(kOut)) << "\n";
    for (const QString& row : r.unmatchedRows)
        err << tr("Not a unit of the report, left as it was: %1").arg(row) << "\n";
    return kOk;
}

}  // namespace

int cmdRate(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--year"), QStringLiteral("--level")}), {});
    if (!a.positional().isEmpty())
        throw UsageError(tr("Usage: rate --year Y --level commune|chapter"));
    const int year = requiredYear(a);
    const UnitLevel level = ratedLevel(a);
    Database db(dbLocation(a));
    signIn(db, a);
    const auto rated = rateUnits(db, year, level);
    for (const UnitRating& r : rated)
        out << r.code << '\t' << r.name << '\t' << QString::number(r.score, 'f', 1) << '\t' << r.grade << '\n';
    out.flush();
    err << tr("%1 unit(s) rated for %2 on scorecard version %3.").arg(rated.size()).arg(year)
               .arg(rated.empty() ? 0 : rated.front().scorecardVersion) << "\n";
    return kOk;
}

int cmdScorecard(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--year"), QStringLiteral("--level"), QStringLiteral("--note"), kOut}), {});
    const QStringList pos = a.positional();
    if (pos.isEmpty() || (pos.first() == QLatin1String("show") && pos.size() != 1)
        || (pos.first() == QLatin1String("set") && pos.size() != 2)
        || (pos.first() != QLatin1String("show") && pos.first() != QLatin1String("set")))
        throw UsageError(tr("Usage: scorecard show --year Y --level commune|chapter [--out FILE] | "
                            "scorecard set FILE.json --year Y --level commune|chapter [--note TEXT]"));
    const int year = requiredYear(a);
    const UnitLevel level = ratedLevel(a);
    if (pos.first() == QLatin1String("show")) {
        Database db(dbLocation(a));
        signIn(db, a);
        writeOutput(a, scorecardFor(db, year, level).toJson(), out);
        return kOk;
    }
    QFile f(pos.at(1));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input, tr("Cannot read %1: %2").arg(pos.at(1), f.errorString()));
    Scorecard card;
    try {
        card = Scorecard::fromJson(f.readAll());
    } catch (const Error& e) {
        throw Error(Error::Kind::Input, pos.at(1) + QStringLiteral(": ") + e.message());
    }
    Database db(dbLocation(a));
    signIn(db, a);
    const Scorecard stored = ScorecardRepository(db).addVersion(year, level, card, a.value(QStringLiteral("--note")));
    err << tr("Scorecard %1 %2: version %3 stored; rate again to apply it.").arg(toCode(level)).arg(year).arg(stored.version) << "\n";
    return kOk;
}

int cmdInit(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--unit"), QStringLiteral("--units-file")}), {});
    const QString code = a.required(QStringLiteral("--unit"));
    Database db(dbLocation(a));
    signIn(db, a);
    UnitRepository units(db);
    if (const auto office = units.officeUnit(); office && office->code != code)
        throw Error(Error::Kind::Input, tr("This database already belongs to %1 (%2).").arg(office->name, office->code));
    const int created = units.createFromOfficialList(code, a.value(QStringLiteral("--units-file")));
    const auto office = units.officeUnit();
    err << tr("%1 (%2): %3 units created.").arg(office->name, office->code).arg(created) << "\n";
    Q_UNUSED(out);
    return kOk;
}

int cmdImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--on-duplicate"), QStringLiteral("--sheet")}),
                 {QStringLiteral("--dry-run"), QStringLiteral("--create-units"), QStringLiteral("--strict")});
    if (a.positional().size() != 2)
        throw UsageError(tr("Usage: import units|members|population|targets|trainings|awards|activities FILE"));
    const QString what = a.positional().at(0);
    const QString file = a.positional().at(1);
    if (!QStringList{QStringLiteral("units"), QStringLiteral("members"), QStringLiteral("population"), QStringLiteral("targets"),
                     QStringLiteral("trainings"), QStringLiteral("awards"), QStringLiteral("activities")}.contains(what))
        throw UsageError(tr("Unknown import %1: use units, members, population, targets, trainings, awards or activities.").arg(what));
    const QString onDuplicate = a.choice(QStringLiteral("--on-duplicate"),
                                         {QStringLiteral("skip"), QStringLiteral("update"), QStringLiteral("fail")}, QStringLiteral("fail"));
    std::unique_ptr<RowSource> source = openRowSource(file, a.value(QStringLiteral("--sheet")));
    Database db(dbLocation(a));
    signIn(db, a);
    ImportResult result;
    QElapsedTimer timer;
    timer.start();
    if (what == QLatin1String("units")) {
        result = importUnits(db, *source);
    } else if (what == QLatin1String("population")) {
        result = importPopulation(db, *source);
    } else if (what == QLatin1String("targets")) {
        result = importTargets(db, *source);
    } else if (what == QLatin1String("trainings")) {
        result = importTrainings(db, *source);
    } else if (what == QLatin1String("awards")) {
        result = importAwards(db, *source);
    } else if (what == QLatin1String("activities")) {
        result = importActivities(db, *source);
    } else {
        const ReferenceData ref;
        MemberImportOptions o;
        o.dryRun = a.has(QStringLiteral("--dry-run"));
        o.createUnits = a.has(QStringLiteral("--create-units"));
        o.acceptWarnings = !a.has(QStringLiteral("--strict"));
        o.onDuplicate = onDuplicate == QLatin1String("skip")     ? MemberImportOptions::OnDuplicate::Skip
                        : onDuplicate == QLatin1String("update") ? MemberImportOptions::OnDuplicate::Update
                                                                 : MemberImportOptions::OnDuplicate::Fail;
        result = MemberImporter(db, ref).run(*source, o);
    }
    printProblems(result, err);
    if (!result.accepted()) {
        err << tr("%1: refused, %2 error(s) in %3 row(s); nothing was written.")
                   .arg(file).arg(result.errorCount()).arg(result.rowsRead) << "\n";
        return kRefused;
    }
    const bool dry = a.has(QStringLiteral("--dry-run"));
    err << (dry ? tr("%1: dry run, nothing written: %2 row(s) read, %3 would be added, %4 updated, %5 skipped (%6 ms).")
                : tr("%1: %2 row(s) read, %3 added, %4 updated, %5 skipped (%6 ms)."))
               .arg(file).arg(result.rowsRead).arg(result.added).arg(result.updated).arg(result.skipped).arg(timer.elapsed())
        << "\n";
    Q_UNUSED(out);
    return kOk;
}

int cmdReport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--year"), QStringLiteral("--unit"), QStringLiteral("--date"), QStringLiteral("--depth"),
                               QStringLiteral("--format"), kOut, QStringLiteral("--level"),
                               QStringLiteral("--printed-on"), QStringLiteral("--template")}),
                 {});
    if (a.positional() == QStringList{QStringLiteral("ranking")})
        return reportRanking(a, out);
    if (a.positional() != QStringList{QStringLiteral("annual")})
        throw UsageError(tr("Usage: report annual|ranking ... (report annual --year Y --format json|csv|xlsx|pdf|html [--unit CODE] [--date YYYY-MM-DD] [--depth N] [--out FILE])"));
    AnnualReportOptions o;
    o.year = a.integer(QStringLiteral("--year"), 0, 1900, 2100);
    if (o.year == 0)
        throw UsageError(tr("--year is required."));
    o.unitCode = a.value(QStringLiteral("--unit"));
    o.depth = a.integer(QStringLiteral("--depth"), 1, 1, 3);
    if (a.has(QStringLiteral("--date"))) {
        o.cutoff = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
        if (!o.cutoff.isValid())
            throw UsageError(tr("--date must be a date written YYYY-MM-DD."));
        if (o.cutoff.year() != o.year)
            throw UsageError(tr("--date must be a day of the year given by --year."));
    }
    if (a.has(QStringLiteral("--template")))
        return reportTemplate(a, o, err);
    const QString format = a.choice(QStringLiteral("--format"), {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                                                                 QStringLiteral("pdf"), QStringLiteral("html")});
    if (format.isEmpty())
        throw UsageError(tr("--format is required (json, csv, xlsx, pdf or html)."));
    const QDate printed = printedOn(a);
    Database db(dbLocation(a));
    signIn(db, a);
    if (format == QLatin1String("json") || format == QLatin1String("csv")) {
        const AnnualReport report = buildAnnualReport(db, o);
        writeOutput(a, format == QLatin1String("json") ? annualReportJson(report) : annualReportCsv(report), out);
        return kOk;
    }
    // The formats people read carry the previous year beside this one.
    const AnnualComparison c = buildAnnualComparison(db, o);
    if (format == QLatin1String("xlsx")) {
        writeOutput(a, annualReportXlsx(c), out, DataKind::Binary);
    } else {
        ReportDocument doc = annualReportDocument(c, letterheadFor(db, c.current.unitCode), printed);
        doc.charts = buildReportCharts(db, o).all();  // a page of charts at the end (PDF), inline SVG (HTML)
        if (format == QLatin1String("pdf")) {
            writeOutput(a, reportPdf(doc), out, DataKind::Binary);
        } else {
            writeOutput(a, reportHtml(doc), out);
        }
    }
    Q_UNUSED(err);
    return kOk;
}

int cmdSearch(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({QStringLiteral("--limit")}), {});
    if (a.positional().isEmpty())
        throw UsageError(tr("Usage: search TEXT [--limit N]"));
    const int limit = a.integer(QStringLiteral("--limit"), 50, 1, 100000);
    Database db(dbLocation(a));
    signIn(db, a);
    const ReferenceData ref;
    MemberRepository members(db, ref);
    const UnitTree tree = UnitRepository(db).tree();
    const auto hits = members.search(a.positional().join(QLatin1Char(' ')), limit);
    for (const SearchHit& h : hits) {
        const OrgUnit* u = tree.byId(h.unitId);
        out << h.id << '\t' << h.fullName << '\t' << h.birth.toIso() << '\t' << h.citizenId << '\t'
            << (u ? u->name : QString()) << '\t' << toCode(h.status) << '\n';
    }
    out.flush();
    if (hits.empty())
        err << tr("No member matches.") << "\n";
    return kOk;
}

int cmdBackup(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({kOut}), {QStringLiteral("--encrypt")});
    const QString target = a.required(kOut);
    const QString location = dbLocation(a);
    if (!Database::isServerLocation(location) && !QFileInfo::exists(location))
        throw Error(Error::Kind::Database, tr("%1 does not exist.").arg(location));
    Database db(location);
    signIn(db, a);
    const QString passphrase = a.has(QStringLiteral("--encrypt"))
                                   ? secret("HOIVIEN_BACKUP_PASSPHRASE", tr("Backup passphrase: "), true)
                                   : QString();
    if (a.has(QStringLiteral("--encrypt")) && passphrase.isEmpty())
        throw UsageError(tr("The backup passphrase is empty."));
    backup::write(db, target, passphrase);
    err << tr("Backup written to %1 and verified.").arg(target) << "\n";
    Q_UNUSED(out);
    return kOk;
}

int cmdCheck(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({}), {});
    const QString location = dbLocation(a);
    if (!Database::isServerLocation(location) && !QFileInfo::exists(location))
        throw Error(Error::Kind::Database, tr("%1 does not exist.").arg(location));
    Database db(location);
    const QStringList problems = db.check();
    for (const QString& p : problems)
        err << p << "\n";
    if (!problems.isEmpty()) {
        err << tr("%1 is damaged: %2 problem(s) found. Restore the latest backup.").arg(Database::displayLocation(location)).arg(problems.size()) << "\n";
        return kDatabase;
    }
    out << tr("%1: ok").arg(Database::displayLocation(location)) << "\n";
    return kOk;
}

int cmdDemo(const QStringList& args, QTextStream& out, QTextStream& err)
{
#ifndef HV_HAS_DEMO
    Q_UNUSED(args); Q_UNUSED(out); Q_UNUSED(err);
    return kUsage;
#else
    const Args a(args, withDb({kOut, QStringLiteral("--unit"), QStringLiteral("--members"), QStringLiteral("--seed")}), {});
    const QString target = a.required(kOut);
    if (QFileInfo::exists(target))
        throw Error(Error::Kind::Input, tr("%1 exists already: remove it or choose another name.").arg(target));
    DemoOptions o;
    o.unitCode = a.value(QStringLiteral("--unit"), o.unitCode);
    o.members = a.integer(QStringLiteral("--members"), 0, 1, 5000000);
    o.seed = quint32(a.integer(QStringLiteral("--seed"), 1, 0, 2147483647));
    QElapsedTimer timer;
    timer.start();
    DemoSummary s;
    try {
        Database db(target);
        const ReferenceData ref;
        s = generateDemo(db, ref, o);
    } catch (...) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        throw;
    }
    err << tr("%1: %2 units, %3 members, %4 events (%5 s).").arg(target).arg(s.units).arg(s.members).arg(s.events)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << "\n";
    Q_UNUSED(out);
    return kOk;
#endif
}

int cmdBatches(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({}), {});
    Database db(dbLocation(a));
    signIn(db, a);
    const auto batches = BatchRepository(db).all();
    for (const ImportBatch& b : batches)
        out << b.id << '\t' << b.kind << '\t' << b.source << '\t' << b.importedAt.toString(Qt::ISODate) << '\t' << b.rowCount
            << '\t' << (b.undoneAt.isValid() ? tr("undone %1").arg(b.undoneAt.toString(Qt::ISODate)) : QString()) << '\n';
    out.flush();
    if (batches.empty())
        err << tr("No import recorded.") << "\n";
    return kOk;
}

int cmdUndoImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a(args, withDb({}), {});
    bool ok = false;
    const Id batchId = a.positional().size() == 1 ? a.positional().first().toLongLong(&ok) : 0;
    if (!ok || batchId <= 0)
        throw UsageError(tr("Usage: undo-import BATCH_ID (hoivien-cli batches lists them)"));
    Database db(dbLocation(a));
    signIn(db, a);
    const UndoSummary s = BatchRepository(db).undo(batchId);
    err << tr("Batch %1 undone: %2 member(s) removed, %3 restored as they were, %4 unit(s) removed.")
               .arg(batchId).arg(s.membersRemoved).arg(s.membersRestored).arg(s.unitsRemoved) << "\n";
    Q_UNUSED(out);
    return kOk;
}

}  // namespace hv::cli
