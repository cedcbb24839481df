#include "ui/targetsgrid.h"

#include "reports/annualreport.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"
#include "ui/appcontext.h"

#include <QLocale>

namespace hv {
namespace {

QString indicatorName(const QString& key)
{
    if (key == QLatin1String("admitted")) return TargetsGrid::tr("New members");
    if (key == QLatin1String("trainings")) return TargetsGrid::tr("Trainings");
    if (key == QLatin1String("trainees")) return TargetsGrid::tr("Members trained");
    if (key == QLatin1String("awards")) return TargetsGrid::tr("Awards");
    if (key == QLatin1String("activities")) return TargetsGrid::tr("Activities");
    if (key == QLatin1String("households")) return TargetsGrid::tr("Households 5K3S/5C3S");
    return key;
}

qint64 achieved(const AnnualRow& row, const QString& key)
{
    if (key == QLatin1String("admitted")) return row.admitted;
    if (key == QLatin1String("trainings")) return row.trainings;
    if (key == QLatin1String("trainees")) return row.memberTrainees;  // as the rating counts them
    if (key == QLatin1String("awards")) return row.awardsTotal();
    if (key == QLatin1String("activities")) return row.activities;
    return row.households;
}

}  // namespace

TargetsGrid::TargetsGrid(AppContext& ctx, QWidget* parent)
    : NumberGrid(ctx, QStringLiteral("targets"), parent)
{
    retranslate();
}

const QStringList& TargetsGrid::indicators()
{
    static const QStringList k{QStringLiteral("admitted"),   QStringLiteral("trainings"),
                               QStringLiteral("trainees"),   QStringLiteral("awards"),
                               QStringLiteral("activities"), QStringLiteral("households")};
    return k;
}

QString TargetsGrid::heading() const
{
    return tr(
        "<b>Targets of the year</b> per unit, with what was achieved beside each (from the data "
        "entered, as the annual report counts it). Type or paste the targets; the green columns "
        "are computed.");
}

void TargetsGrid::read(Id unitId, int year)
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* unit = tree.byId(unitId);
    mRowUnits.clear();
    QStringList rows;
    const QDate end(year, 12, 31);
    QHash<QString, AnnualRow> figures;
    if (unit) {
        for (const OrgUnit* c : tree.children(unitId, end)) {
            mRowUnits.push_back(c->id);
            rows << c->name;
        }
        mRowUnits.push_back(unit->id);
        rows << tr("Whole %1").arg(unit->name);
        if (unit->activeAt(end)) {
            AnnualReportOptions o;
            o.year = year;
            o.unitCode = unit->code;
            const AnnualReport report = buildAnnualReport(mCtx.db(), o);
            figures.insert(unit->code, report.totals);
            for (const AnnualRow& r : report.rows) figures.insert(r.code, r);
        }
    }
    std::vector<NumberGridModel::Column> columns;
    for (const QString& key : indicators()) {
        columns.push_back(
            {tr("%1\ntarget").arg(indicatorName(key)), tr("Target: %1").arg(indicatorName(key))});
        columns.push_back({tr("%1\nachieved").arg(indicatorName(key)),
                           tr("Achieved in the year, computed: %1").arg(indicatorName(key)), false});
    }
    UnitYearRepository repo(mCtx.db());
    QHash<QString, QHash<Id, double>> targets;
    for (const QString& key : indicators()) targets.insert(key, repo.targets(year, key));
    std::vector<std::vector<NumberGridModel::Cell>> cells;
    for (Id u : mRowUnits) {
        std::vector<NumberGridModel::Cell> row(columns.size());
        const OrgUnit* ou = tree.byId(u);
        const auto fig = figures.constFind(ou->code);
        for (int i = 0; i < indicators().size(); ++i) {
            const QString& key = indicators()[i];
            NumberGridModel::Cell& target = row[std::size_t(i * 2)];
            NumberGridModel::Cell& done = row[std::size_t(i * 2 + 1)];
            if (const auto t = targets[key].constFind(u); t != targets[key].cend())
                target.value = qRound64(*t);
            if (fig == figures.cend()) continue;
            done.value = achieved(*fig, key);
            done.text = QLocale().toString(*done.value);
            if (target.value && *target.value > 0)
                done.text += QStringLiteral(" (%1 %)").arg(
                    QLocale().toString(double(*done.value) * 100.0 / double(*target.value), 'f', 1));
        }
        cells.push_back(std::move(row));
    }
    mModel->load(rows, columns, std::move(cells));
}

void TargetsGrid::write(Id, int year)
{
    UnitYearRepository repo(mCtx.db());
    Transaction tx(mCtx.db());
    for (const auto& e : mModel->edits()) {
        const QString& key = indicators()[e.column / 2];
        if (e.value)
            repo.setTarget(mRowUnits[e.row], year, key, double(*e.value));
        else
            repo.removeTarget(mRowUnits[e.row], year, key);
    }
    tx.commit();
}

}  // namespace hv
