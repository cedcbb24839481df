#include "ui/activitiesgrid.h"

#include "storage/database.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"

#include <QLocale>
#include <QSet>

namespace hv {
namespace {

bool hasAmount(const QString& kind)
{
    return isSupportKind(kind) || kind == QLatin1String("work") || kind == QLatin1String("project");
}

}  // namespace

ActivitiesGrid::ActivitiesGrid(AppContext& ctx, QWidget* parent)
    : NumberGrid(ctx, QStringLiteral("activities"), parent)
{
    for (const QString& k : activityKinds()) {
        mColumns.emplace_back(k, false);
        if (hasAmount(k)) mColumns.emplace_back(k, true);
    }
    retranslate();
}

int ActivitiesGrid::columnOf(const QString& kind, bool amount) const
{
    for (int c = 0; c < int(mColumns.size()); ++c)
        if (mColumns[c] == std::pair(kind, amount)) return c;
    return -1;
}

QString ActivitiesGrid::heading() const
{
    return tr(
        "<b>Activities of the year</b>, one row per unit: type the number of sessions, people "
        "supported or households, and the amount in đồng, as in Excel (Enter goes down, a block "
        "copied from Excel can be pasted, Delete empties a cell and deletes the record). Grey cells "
        "hold several records with their own dates: they are kept as entered. Green columns count the "
        "clubs and models, entered with their members in the Clubs and models tab.");
}

void ActivitiesGrid::read(Id unitId, int year)
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const OrgUnit* unit = tree.byId(unitId);
    mRowUnits.clear();
    mRecords.clear();
    QStringList rows;
    const QDate end(year, 12, 31);
    if (unit) {
        for (const OrgUnit* c : tree.children(unitId, end)) {
            mRowUnits.push_back(c->id);
            rows << c->name;
        }
        if (unit->activeAt(end)) {
            mRowUnits.push_back(unit->id);
            rows << tr("%1 (its own)").arg(unit->name);
        }
    }
    std::vector<NumberGridModel::Column> columns;
    for (const auto& [kind, amount] : mColumns) {
        const QString name = activityKindName(kind);
        if (isClubKind(kind))
            columns.push_back({name,
                               tr("%1: how many there are, one record per group with its members; add and "
                                  "edit them in the Clubs and models tab.")
                                   .arg(name),
                               false, false});
        else
            columns.push_back({amount ? tr("%1\n(đồng)").arg(name) : name,
                               amount ? tr("Amount or value in đồng: %1").arg(name)
                                      : tr("Number (sessions, people, households): %1").arg(name),
                               true, amount});
    }
    std::vector<std::vector<NumberGridModel::Cell>> cells;
    ActivityRepository repo(mCtx.db());
    for (Id u : mRowUnits) {
        mRecords.push_back(repo.forUnitYear(u, year));
        std::vector<NumberGridModel::Cell> row(mColumns.size());
        QHash<QString, int> count;
        for (const Activity& a : mRecords.back()) ++count[a.kind];
        for (int c = 0; c < int(mColumns.size()); ++c) {
            const auto& [kind, amount] = mColumns[c];
            const int n = count.value(kind);
            if (n == 0) continue;
            if (isClubKind(kind)) {
                // A club counts once in the figures, whatever its number of members.
                qint64 members = 0;
                for (const Activity& a : mRecords.back())
                    if (a.kind == kind) members += a.count;
                row[c].value = n;
                row[c].toolTip =
                    tr("%n record(s), ", nullptr, n) + tr("%n member(s) in all", nullptr, int(members));
                continue;
            }
            qint64 sum = 0;
            for (const Activity& a : mRecords.back())
                if (a.kind == kind) sum += amount ? a.amount : a.count;
            row[c].value = sum;
            if (n > 1) {
                row[c].locked = true;
                row[c].toolTip =
                    tr("%n record(s) with their own dates or names; the total is shown.", nullptr, n);
            }
        }
        cells.push_back(std::move(row));
    }
    mModel->load(rows, columns, std::move(cells));
}

void ActivitiesGrid::write(Id, int year)
{
    // Each unit that changed is saved whole; one transaction for all of them.
    QSet<int> changedRows;
    for (const auto& e : mModel->edits()) changedRows.insert(e.row);
    const QDate date(year, 12, 31);
    ActivityRepository repo(mCtx.db());
    Transaction tx(mCtx.db());
    for (int r : changedRows) {
        std::vector<Activity> rows;
        // Kinds with several records are not typed over: they are kept as they are.
        for (const Activity& a : mRecords[r])
            if (!mModel->editable(r, columnOf(a.kind))) rows.push_back(a);
        for (const QString& kind : activityKinds()) {
            const int c = columnOf(kind);
            if (!mModel->editable(r, c)) continue;
            const int ca = columnOf(kind, true);
            const auto count = mModel->value(r, c);
            const auto amount = ca >= 0 ? mModel->value(r, ca) : std::nullopt;
            if (!count && !amount) continue;  // emptied: the record goes
            Activity a;
            for (const Activity& existing : mRecords[r])
                if (existing.kind == kind) a = existing;  // keeps its date, name and members
            if (a.id == 0) {
                a.kind = kind;
                a.date = date;
            }
            a.count = count.value_or(1);
            a.amount = amount.value_or(0);
            rows.push_back(a);
        }
        repo.saveUnitYear(mRowUnits[r], year, rows);
    }
    tx.commit();
}

}  // namespace hv
