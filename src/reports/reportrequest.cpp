#include "reports/reportrequest.h"

#include "core/error.h"
#include "reports/annualdocument.h"
#include "reports/htmlwriter.h"
#include "reports/memberlists.h"
#include "reports/pdfwriter.h"
#include "reports/rankingdocument.h"
#include "reports/reportwriters.h"
#include "reports/tablewriters.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Reports", s); }

QString officeCode(Database& db)
{
    const auto office = UnitRepository(db).officeUnit();
    if (!office)
        throw Error(Error::Kind::Input, tr("The office's unit is not set yet."));
    return office->code;
}

QString unitOf(Database& db, const ReportRequest& r) { return r.unitCode.isEmpty() ? officeCode(db) : r.unitCode; }

AnnualReportOptions annualOptions(Database& db, const ReportRequest& r)
{
    AnnualReportOptions o;
    o.year = r.year;
    o.unitCode = unitOf(db, r);
    if (r.date.isValid() && r.date.year() == r.year)
        o.cutoff = r.date;
    o.depth = r.depth;
    o.cancelled = r.cancelled;
    return o;
}

MemberListOptions memberOptions(Database& db, const ReportRequest& r)
{
    MemberListOptions o;
    o.unitCode = unitOf(db, r);
    o.date = r.date;
    o.columns = r.columns;
    o.mask = r.mask;
    o.cancelled = r.cancelled;
    return o;
}

}  // namespace

QStringList reportFormats(ReportKind kind)
{
    if (kind == ReportKind::MemberSheet)
        return {QStringLiteral("pdf"), QStringLiteral("html")};
    return {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("html")};
}

ReportDocument buildReportDocument(Database& db, const ReferenceData& ref, const ReportRequest& r)
{
    throwIfCancelled(r.cancelled);
    switch (r.kind) {
    case ReportKind::Annual: {
        // One builder for the two years and the charts' ten: each cut-off is counted once.
        AnnualReportBuilder builder(db);
        const AnnualComparison c = buildAnnualComparison(builder, annualOptions(db, r));
        ReportDocument d = annualReportDocument(c, letterheadFor(db, c.current.unitCode), r.printedOn);
        if (r.charts) d.charts = buildReportCharts(builder, c.current, r.cancelled).all();
        return d;
    }
    case ReportKind::Ranking:
        return rankingDocument(buildRanking(db, r.year, r.level), letterheadFor(db, officeCode(db)), r.printedOn);
    case ReportKind::Members: {
        const MemberList list = buildMemberList(db, ref, memberOptions(db, r));
        return memberListDocument(list, letterheadFor(db, list.unitCode), r.printedOn);
    }
    case ReportKind::Movements: {
        const MovementList list = buildMovementList(db, r.year, unitOf(db, r), r.cancelled);
        return movementListDocument(list, letterheadFor(db, list.unitCode), r.printedOn);
    }
    case ReportKind::MemberSheet:
        return memberSheetDocument(db, ref, r.memberId, r.printedOn);
    }
    throw Error(Error::Kind::Input, tr("Unknown report."));
}

QByteArray renderReport(Database& db, const ReferenceData& ref, const ReportRequest& r, const QString& format)
{
    if (!reportFormats(r.kind).contains(format))
        throw Error(Error::Kind::Input, tr("This report cannot be saved as %1.").arg(format.toUpper()));
    if (format == QLatin1String("pdf")) return reportPdf(buildReportDocument(db, ref, r), r.cancelled);
    if (format == QLatin1String("html")) return reportHtml(buildReportDocument(db, ref, r), r.cancelled);
    throwIfCancelled(r.cancelled);
    const bool xlsx = format == QLatin1String("xlsx");
    switch (r.kind) {
    case ReportKind::Annual: {
        const AnnualReportOptions o = annualOptions(db, r);
        return xlsx ? annualReportXlsx(buildAnnualComparison(db, o)) : annualReportCsv(buildAnnualReport(db, o));
    }
    case ReportKind::Ranking: {
        const Ranking ranking = buildRanking(db, r.year, r.level);
        return xlsx ? rankingXlsx(ranking) : rankingCsv(ranking);
    }
    case ReportKind::Members: {
        const ReportTable t = buildMemberList(db, ref, memberOptions(db, r)).table;
        return xlsx ? tablesXlsx({t}) : tableCsv(t);
    }
    case ReportKind::Movements: {
        const ReportTable t = buildMovementList(db, r.year, unitOf(db, r), r.cancelled).table;
        return xlsx ? tablesXlsx({t}) : tableCsv(t);
    }
    case ReportKind::MemberSheet: break;
    }
    throw Error(Error::Kind::Input, tr("This report cannot be saved as %1.").arg(format.toUpper()));
}

void saveReport(Database& db, const ReferenceData& ref, const ReportRequest& r, const QString& format,
                const QString& file)
{
    QSaveFile out(file);  // discarded unless committed
    const auto failed = [&] {
        return Error(Error::Kind::Input,
                     tr("Cannot write %1: %2. Choose another folder.").arg(file, out.errorString()));
    };
    if (!out.open(QIODevice::WriteOnly)) throw failed();
    if (format == QLatin1String("pdf") && reportFormats(r.kind).contains(format)) {
        writeReportPdf(out, buildReportDocument(db, ref, r), r.cancelled);
    } else {
        const QByteArray bytes = renderReport(db, ref, r, format);
        if (out.write(bytes) != bytes.size()) throw failed();
    }
    throwIfCancelled(r.cancelled);
    if (!out.commit()) throw failed();
}

}  // namespace hv
