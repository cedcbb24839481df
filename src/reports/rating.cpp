#include "reports/rating.h"

#include "reports/annualreport.h"
#include "storage/database.h"
#include "storage/ratingrepository.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Rating", s); }

void checkLevel(UnitLevel level)
{
    if (level != UnitLevel::Commune && level != UnitLevel::Chapter)
        throw Error(Error::Kind::Input, tr("Communes and chapters are rated; choose --level commune or chapter."));
}

QJsonValue opt(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }
std::optional<double> opt(const QJsonValue& v) { return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt; }

// The figure a scoring method reads from the unit's report row.
std::optional<double> figure(const QString& method, const AnnualRow& row)
{
    if (method == QLatin1String("attraction_rate"))
        return row.attractionRate;
    if (method == QLatin1String("admitted"))
        return double(row.admitted);
    if (method == QLatin1String("trainings"))
        return double(row.trainings);
    if (method == QLatin1String("trainees"))
        return double(row.memberTrainees);
    if (method == QLatin1String("awards"))
        return double(row.awardsTotal());
    if (method == QLatin1String("activities"))
        return double(row.activities);
    if (method == QLatin1String("households"))
        return double(row.households);
    return std::nullopt;
}

UnitRating fromStored(const Rating& r, UnitRating base)
{
    const QJsonObject o = QJsonDocument::fromJson(r.details.toUtf8()).object();
    base.stored = true;
    base.scorecardId = r.scorecardId;
    base.scorecardVersion = o.value(QStringLiteral("scorecard_version")).toInt();
    base.attractionRate = opt(o.value(QStringLiteral("attraction_rate")));
    base.score = r.score.value_or(0);
    base.grade = r.grade;
    base.failedGates.clear();
    for (const QJsonValue& g : o.value(QStringLiteral("failed_gates")).toArray())
        base.failedGates << g.toString();
    base.criteria.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject c = v.toObject();
        base.criteria.push_back({c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString(),
                                 c.value(QStringLiteral("max")).toDouble(), opt(c.value(QStringLiteral("value"))),
                                 opt(c.value(QStringLiteral("target"))), c.value(QStringLiteral("computed")).toDouble(),
                                 opt(c.value(QStringLiteral("override"))), c.value(QStringLiteral("reason")).toString()});
    }
    return base;
}

}  // namespace

QByteArray UnitRating::detailsJson() const
{
    QJsonArray cs;
    for (const CriterionResult& c : criteria)
        cs.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("max"), c.max},
                              {QStringLiteral("value"), opt(c.value)}, {QStringLiteral("target"), opt(c.target)},
                              {QStringLiteral("computed"), c.computed}, {QStringLiteral("override"), opt(c.overridden)},
                              {QStringLiteral("reason"), c.reason}, {QStringLiteral("points"), c.points()}});
    const QJsonObject o{{QStringLiteral("scorecard_version"), scorecardVersion},
                        {QStringLiteral("attraction_rate"), opt(attractionRate)},
                        {QStringLiteral("criteria"), cs},
                        {QStringLiteral("failed_gates"), QJsonArray::fromStringList(failedGates)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Scorecard defaultScorecard(int year, UnitLevel level)
{
    checkLevel(level);
    const QString file = QStringLiteral(":/scorecards/%1_%2.json")
                             .arg(toCode(level), year >= 2025 ? QStringLiteral("2025") : QStringLiteral("legacy"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Database, tr("The shipped scorecard %1 is missing from the program.").arg(file));
    Scorecard s = Scorecard::fromJson(f.readAll());
    s.year = year;
    return s;
}

Scorecard scorecardFor(Database& db, int year, UnitLevel level)
{
    checkLevel(level);
    ScorecardRepository cards(db);
    if (auto card = cards.latest(year, level))
        return *card;
    if (!db.scope().isAdmin())
        return defaultScorecard(year, level);  // used as shipped; stored as a version by the administrator only
    return cards.addVersion(year, level, defaultScorecard(year, level), tr("shipped default"));
}

std::vector<UnitRating> computeRatings(Database& db, int year, UnitLevel level)
{
    checkLevel(level);
    UnitRepository units(db);
    const auto office = units.officeUnit();
    if (!office)
        throw Error(Error::Kind::Input, tr("The database has no office unit yet: run init first."));
    // A commune officer rates the units of her own subtree (accessscope.h), the office the whole tree.
    const auto base = db.scope().restricted() ? units.byId(db.scope().rootUnitId) : office;
    if (!base)
        throw Error(Error::Kind::Input, tr("The database has no office unit yet: run init first."));
    const Scorecard card = scorecardFor(db, year, level);
    AnnualReportOptions o;
    o.year = year;
    o.unitCode = base->code;
    o.depth = std::clamp(int(level) - int(base->level), 1, 3);
    const AnnualReport report = buildAnnualReport(db, o);
    std::vector<AnnualRow> rows;
    if (base->level == level)
        rows.push_back(report.totals);
    for (const AnnualRow& r : report.rows)
        if (r.level == level)
            rows.push_back(r);

    UnitYearRepository yearData(db);
    QHash<QString, QHash<Id, double>> targets;  // indicator -> unit -> target
    for (const Criterion& c : card.criteria)
        if (!c.target.isEmpty() && !targets.contains(c.target))
            targets.insert(c.target, yearData.targets(year, c.target));
    const auto overrides = RatingRepository(db).overrides(year);
    const UnitTree tree = units.tree();
    const QDate firstDay(year, 1, 1);

    std::vector<UnitRating> out;
    for (const AnnualRow& row : rows) {
        const OrgUnit* u = tree.byCode(row.code);
        UnitRating r;
        r.unitId = u->id;
        r.code = row.code;
        r.name = row.name;
        r.level = level;
        r.attractionRate = row.attractionRate;
        r.scorecardId = card.id;
        r.scorecardVersion = card.version;
        const auto& mine = overrides.value(u->id);
        QHash<QString, double> points;
        double sum = 0;
        for (const Criterion& c : card.criteria) {
            CriterionResult cr{c.id, c.name, c.points, figure(c.method, row), std::nullopt, 0, std::nullopt, {}};
            if (!c.target.isEmpty())
                if (const auto t = targets.value(c.target).constFind(u->id); t != targets.value(c.target).cend())
                    cr.target = *t;
            cr.computed = scoreCriterion(c, cr.value, cr.target);
            for (const RatingOverride& ov : mine)
                if (ov.criterion == c.id) {
                    cr.overridden = ov.points;
                    cr.reason = ov.reason;
                }
            points.insert(c.id, cr.points());
            sum += cr.points();
            r.criteria.push_back(cr);
        }
        r.score = roundOneDecimal(sum);
        // A unit that did not exist on 1 January is not rated for that year (DOMAIN.md "chưa xếp loại").
        if (u->validFrom.isValid() && u->validFrom > firstDay)
            r.grade = unratedGradeCode();
        else
            r.grade = card.grade(r.score, points, &r.failedGates).code;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<UnitRating> rateUnits(Database& db, int year, UnitLevel level)
{
    Transaction tx(db);
    std::vector<UnitRating> rated = computeRatings(db, year, level);
    RatingRepository repo(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (UnitRating& r : rated) {
        Rating s;
        s.unitId = r.unitId;
        s.year = year;
        s.scorecardId = r.scorecardId;
        s.details = QString::fromUtf8(r.detailsJson());
        s.score = r.score;
        s.grade = r.grade;
        s.computedAt = now;
        repo.storeComputed(s);
        r.stored = true;
    }
    tx.commit();
    return rated;
}

std::vector<UnitRating> currentRatings(Database& db, int year, UnitLevel level)
{
    std::vector<UnitRating> rows = computeRatings(db, year, level);
    const auto stored = RatingRepository(db).ratings(year);
    for (UnitRating& r : rows) {
        const auto it = stored.constFind(r.unitId);
        if (it == stored.cend())
            continue;
        if (it->scorecardId != 0)
            r = fromStored(*it, r);
        r.selfGrade = it->selfGrade;
        r.proposedGrade = it->proposedGrade;
        r.approvedGrade = it->approvedGrade;
        r.decisionNo = it->decisionNo;
    }
    return rows;
}

void overrideCriterion(Database& db, const QString& unitCode, int year, const QString& criterion, double points,
                       const QString& reason)
{
    const auto unit = UnitRepository(db).byCode(unitCode);
    if (!unit)
        throw Error(Error::Kind::Input, tr("Unknown unit code %1.").arg(unitCode));
    const Scorecard card = scorecardFor(db, year, unit->level);
    const Criterion* c = card.criterion(criterion);
    if (!c)
        throw Error(Error::Kind::Input, tr("The %1 scorecard of %2 has no criterion %3.").arg(toCode(unit->level)).arg(year).arg(criterion));
    if (points < 0 || points > c->points)
        throw Error(Error::Kind::Input, tr("Criterion %1 takes 0 to %2 points, not %3.").arg(criterion).arg(c->points).arg(points));
    RatingRepository(db).setOverride(unit->id, year, {criterion, points, reason});
}

}  // namespace hv

namespace hv {

void setUnitGrades(Database& db, const QString& unitCode, int year, const QString& selfGrade, const QString& proposedGrade,
                   const QString& approvedGrade, const QString& decisionNo, const QDate& decisionDate)
{
    const auto unit = UnitRepository(db).byCode(unitCode);
    if (!unit)
        throw Error(Error::Kind::Input, tr("Unknown unit code %1.").arg(unitCode));
    const Scorecard card = scorecardFor(db, year, unit->level);
    for (const QString& g : {selfGrade, proposedGrade, approvedGrade})
        if (!g.isEmpty() && g != unratedGradeCode() && card.gradeRank(g) == int(card.grades.size()))
            throw Error(Error::Kind::Input, tr("%1 is not a grade of the %2 scorecard of %3.").arg(g, toCode(unit->level)).arg(year));
    RatingRepository(db).setGrades(unit->id, year, selfGrade, proposedGrade, approvedGrade, decisionNo, decisionDate);
}

}  // namespace hv
