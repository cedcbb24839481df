#include "reports/annualreport.h"

#include "storage/accessscope.h"
#include "storage/activityrepository.h"
#include "storage/awardrepository.h"
#include "storage/database.h"
#include "storage/statisticsrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

#include <QCoreApplication>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::AnnualReport", s); }

// The rows of the report that a unit's figures count in: every row whose unit is the unit itself or
// one of its ancestors. A unit's list is its parent's and its own row, worked out once per unit; the
// lists stay where they are (unordered_map nodes do not move), so callers may hold several at once.
class RowIndex {
public:
    RowIndex(const UnitTree& tree, const std::vector<Id>& rowUnits) : mTree(tree)
    {
        for (int i = 0; i < int(rowUnits.size()); ++i)
            mRowOf.insert(rowUnits[i], i);
        mCache.reserve(tree.units().size());  // most units have members: no rehash on the way
    }
    const std::vector<int>& rowsOf(Id unit)
    {
        static const std::vector<int> none;
        if (!unit) return none;
        if (const auto it = mCache.find(unit); it != mCache.end()) return it->second;
        const OrgUnit* u = mTree.byId(unit);
        std::vector<int> rows = u && u->parentId ? rowsOf(u->parentId) : std::vector<int>{};
        if (const auto r = mRowOf.constFind(unit); u && r != mRowOf.cend()) rows.push_back(*r);
        return mCache.emplace(unit, std::move(rows)).first->second;
    }

private:
    const UnitTree& mTree;
    QHash<Id, int> mRowOf;
    std::unordered_map<Id, std::vector<int>> mCache;
};

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// The report's unit: the one asked for, else the signed-in account's own, else the office's.
const OrgUnit* topUnit(Database& db, const UnitTree& tree, const QString& unitCode)
{
    const OrgUnit* top = nullptr;
    if (unitCode.isEmpty() && db.scope().restricted()) {
        // A restricted account's report is that of its own unit (accessscope.h).
        top = tree.byId(db.scope().rootUnitId);
    } else if (unitCode.isEmpty()) {
        const auto office = UnitRepository(db).officeUnit();
        if (office)
            top = tree.byId(office->id);
        else if (tree.roots().size() == 1)
            top = tree.roots().front();
        if (!top) throw Error(Error::Kind::Input, tr("The database has no office unit yet: run init first."));
    } else {
        top = tree.byCode(unitCode);
        if (!top) throw Error(Error::Kind::Input, tr("Unknown unit code %1.").arg(unitCode));
    }
    if (top) access::requireUnit(db, top->id);
    return top;
}

// The movements of a period added to the rows they count in.
void addEvents(std::vector<AnnualRow>& rows, RowIndex& index, const std::vector<EventGroup>& groups)
{
    for (const EventGroup& g : groups) {
        const std::vector<int>& after = index.rowsOf(g.unitId);
        const std::vector<int>& before = index.rowsOf(g.fromUnitId);
        switch (g.kind) {
            case EventKind::Admitted:
                for (int r : after) rows[r].admitted += g.count;
                break;
            case EventKind::TransferredIn:
                for (int r : after) rows[r].transferredIn += g.count;
                break;
            case EventKind::Restored:
                for (int r : after) rows[r].restored += g.count;
                break;
            case EventKind::Moved:
                // A move inside a row's unit changes nothing there; across its border it is a transfer.
                for (int r : after)
                    if (!contains(before, r)) rows[r].transferredIn += g.count;
                for (int r : before)
                    if (!contains(after, r)) rows[r].leftTransferredOut += g.count;
                break;
            case EventKind::TransferredOut:
                for (int r : before) rows[r].leftTransferredOut += g.count;
                break;
            case EventKind::Withdrew:
                for (int r : before) rows[r].leftWithdrew += g.count;
                break;
            case EventKind::Removed:
                for (int r : before) rows[r].leftRemoved += g.count;
                break;
            case EventKind::Died:
                for (int r : before) rows[r].leftDied += g.count;
                break;
        }
    }
}

}  // namespace

// What the reports of one builder read once.
struct AnnualReportBuilder::Shared {
    explicit Shared(Database& d) : db(d), stats(d) {}
    const UnitTree& tree()
    {
        if (!units) units = UnitRepository(db).tree();
        return *units;
    }
    const QHash<Id, ActiveCounts>& activeAt(const QDate& d)
    {
        auto it = active.find(d);
        if (it == active.end()) it = active.emplace(d, stats.activeAt(d)).first;
        return it->second;
    }
    // The index of a report of the unit's own row only (the charts' earlier years).
    RowIndex& ownRow(Id unit)
    {
        auto it = ownRows.find(unit);
        if (it == ownRows.end()) it = ownRows.try_emplace(unit, tree(), std::vector<Id>{unit}).first;
        return it->second;
    }
    const std::vector<EventGroup>& eventsBetween(const QDate& from, const QDate& to)
    {
        auto it = events.find({from, to});
        if (it == events.end()) it = events.emplace(std::pair{from, to}, stats.eventsBetween(from, to)).first;
        return it->second;
    }

    Database& db;
    StatisticsRepository stats;
    std::optional<UnitTree> units;
    std::map<QDate, QHash<Id, ActiveCounts>> active;
    std::map<std::pair<QDate, QDate>, std::vector<EventGroup>> events;
    std::map<Id, RowIndex> ownRows;
};

qint64 AnnualRow::awardsTotal() const
{
    qint64 n = 0;
    for (const auto& [form, count] : awards)
        n += count;
    return n;
}

double roundOneDecimal(double v) { return std::round(v * 10.0) / 10.0; }

AnnualReport buildAnnualReport(Database& db, const AnnualReportOptions& options)
{
    return AnnualReportBuilder(db).build(options);
}

AnnualReportBuilder::AnnualReportBuilder(Database& db) : mShared(std::make_unique<Shared>(db)) {}

AnnualReportBuilder::~AnnualReportBuilder() = default;

AnnualRow AnnualReportBuilder::movements(const QString& unitCode, const QDate& fromExclusive,
                                         const QDate& toInclusive, const CancelCheck& cancelled)
{
    throwIfCancelled(cancelled);
    const UnitTree& tree = mShared->tree();
    const OrgUnit* top = topUnit(mShared->db, tree, unitCode);
    std::vector<AnnualRow> rows(1);
    rows[0].code = top->code;
    rows[0].name = top->name;
    rows[0].level = top->level;
    addEvents(rows, mShared->ownRow(top->id), mShared->eventsBetween(fromExclusive, toInclusive));
    throwIfCancelled(cancelled);
    return rows[0];
}

AnnualReport AnnualReportBuilder::build(const AnnualReportOptions& options)
{
    // Asked after every read and at every row: a province's report reads for about a second.
    const auto check = [&] { throwIfCancelled(options.cancelled); };
    check();
    if (options.depth < 1 || options.depth > 3)
        throw Error(Error::Kind::Input, tr("The depth must be 1, 2 or 3."));
    Database& db = mShared->db;
    const UnitTree& tree = mShared->tree();
    const OrgUnit* top = topUnit(db, tree, options.unitCode);
    check();
    AnnualReport report;
    report.year = options.year;
    report.cutoff = options.cutoff.isValid() ? options.cutoff : QDate(options.year, 12, 31);
    if (report.cutoff.year() != options.year)
        throw Error(Error::Kind::Input, tr("The cut-off date %1 is not in %2.").arg(report.cutoff.toString(Qt::ISODate)).arg(options.year));
    report.previousCutoff = report.cutoff.addYears(-1);
    report.unitCode = top->code;
    report.unitName = top->name;

    // The rows: the unit itself (totals), then its children, each followed by its own children.
    std::vector<const OrgUnit*> rowUnits{top};
    std::vector<int> depths{0};
    const std::function<void(const OrgUnit*, int)> addChildren = [&](const OrgUnit* u, int depth) {
        for (const OrgUnit* c : tree.children(u->id, report.cutoff)) {
            rowUnits.push_back(c);
            depths.push_back(depth);
            if (depth < options.depth)
                addChildren(c, depth + 1);
        }
    };
    addChildren(top, 1);
    std::vector<Id> ids;
    for (const OrgUnit* u : rowUnits)
        ids.push_back(u->id);
    RowIndex index(tree, ids);
    std::vector<AnnualRow> rows(rowUnits.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        check();
        rows[i].code = rowUnits[i]->code;
        rows[i].name = rowUnits[i]->name;
        rows[i].level = rowUnits[i]->level;
        rows[i].depth = depths[i];
    }

    const QHash<Id, ActiveCounts>& end = mShared->activeAt(report.cutoff);
    check();
    const QHash<Id, ActiveCounts>& start = mShared->activeAt(report.previousCutoff);
    check();
    for (auto it = end.cbegin(); it != end.cend(); ++it) {
        for (int r : index.rowsOf(it.key())) {
            rows[r].membersEnd += it->ordinary;
            rows[r].honoraryEnd += it->honorary;
            rows[r].ethnicMinority += it->ethnicMinority;
            rows[r].religious += it->religious;
            rows[r].party += it->party;
        }
    }
    for (auto it = start.cbegin(); it != start.cend(); ++it)
        for (int r : index.rowsOf(it.key()))
            rows[r].membersStart += it->ordinary;

    addEvents(rows, index, mShared->eventsBetween(report.previousCutoff, report.cutoff));
    check();

    const auto heads = mShared->stats.positionHoldersAt(Position::ChapterHead, report.cutoff);
    check();
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        for (int r : index.rowsOf(it.key())) {
            rows[r].chapterHeads += it->holders;
            rows[r].chapterHeadsParty += it->party;
        }

    for (const OrgUnit& u : tree.units()) {
        if (!u.activeAt(report.cutoff) || (u.level != UnitLevel::Chapter && u.level != UnitLevel::Group))
            continue;
        for (int r : index.rowsOf(u.id))
            (u.level == UnitLevel::Chapter ? rows[r].chapters : rows[r].groups) += 1;
    }

    // The year's work: trainings by their organising unit, awards by the unit they count in (the
    // member's unit on the decision date for an individual award), activities by their unit.
    TrainingRepository trainings(db);
    const auto trainingCounts = trainings.countsByUnit(report.previousCutoff, report.cutoff);
    check();
    for (auto it = trainingCounts.cbegin(); it != trainingCounts.cend(); ++it)
        for (int r : index.rowsOf(it.key())) {
            rows[r].trainings += it->trainings;
            rows[r].trainees += it->trainees;
        }
    const auto memberTrainees = trainings.memberTraineesByUnit(report.previousCutoff, report.cutoff);
    check();
    for (auto it = memberTrainees.cbegin(); it != memberTrainees.cend(); ++it)
        for (int r : index.rowsOf(it.key()))
            rows[r].memberTrainees += *it;
    const auto awards = AwardRepository(db).approvedByUnit(options.year);
    check();
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (const QString& form : awardForms())
            rows[i].awards[form] = 0;
    for (auto it = awards.cbegin(); it != awards.cend(); ++it)
        for (int r : index.rowsOf(it.key()))
            for (auto f = it->cbegin(); f != it->cend(); ++f)
                rows[r].awards[f.key()] += *f;
    const auto activities = ActivityRepository(db).countsByUnit(options.year);
    check();
    for (auto it = activities.cbegin(); it != activities.cend(); ++it)
        for (int r : index.rowsOf(it.key())) {
            rows[r].activities += it->activities;
            rows[r].households += it->households;
        }

    // Women 18+: a unit's own figure, else the sum of its active children when every one has a figure.
    UnitYearRepository yearData(db);
    const auto populations = yearData.populations(options.year);
    const std::function<std::optional<std::pair<qint64, QString>>(const OrgUnit*)> population =
        [&](const OrgUnit* u) -> std::optional<std::pair<qint64, QString>> {
        if (const auto p = populations.constFind(u->id); p != populations.cend())
            return std::pair{p->women18Plus, p->basis};
        const auto kids = tree.children(u->id, report.cutoff);
        if (kids.empty())
            return std::nullopt;
        qint64 sum = 0;
        QString basis;
        for (const OrgUnit* c : kids) {
            if (c->level == UnitLevel::Chapter || c->level == UnitLevel::Group)
                return std::nullopt;  // chapters are not counted separately from their commune
            const auto cp = population(c);
            if (!cp)
                return std::nullopt;
            sum += cp->first;
            basis = basis.isEmpty() || basis == cp->second ? cp->second : QStringLiteral("mixed");
        }
        return std::pair{sum, basis};
    };
    const auto targets = yearData.targets(options.year, QStringLiteral("admitted"));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        check();
        AnnualRow& row = rows[i];
        if (const auto p = population(rowUnits[i])) {
            row.women18Plus = p->first;
            row.rateBasis = p->second;
            if (p->first > 0)
                row.attractionRate = roundOneDecimal(100.0 * double(row.membersEnd) / double(p->first));
        }
        if (const auto t = targets.constFind(rowUnits[i]->id); t != targets.cend()) {
            row.targetAdmitted = *t;
            if (*t > 0)
                row.admittedVsTarget = roundOneDecimal((double(row.admitted) / *t - 1.0) * 100.0);
        }
    }
    report.totals = rows.front();
    report.rateBasis = report.totals.rateBasis;
    report.rows.assign(rows.begin() + 1, rows.end());
    return report;
}

}  // namespace hv
