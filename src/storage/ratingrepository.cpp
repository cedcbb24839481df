#include "storage/ratingrepository.h"

#include "storage/accessscope.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::RatingRepository", s); }
QString nn(const QString& s) { return s.isEmpty() ? QStringLiteral("") : s; }

void checkLevel(UnitLevel level)
{
    if (level != UnitLevel::Commune && level != UnitLevel::Chapter)
        throw Error(Error::Kind::Input, tr("Scorecards are kept for communes and chapters."));
}

std::vector<Scorecard> readCards(Query& q)
{
    std::vector<Scorecard> out;
    while (q.next()) {
        Scorecard s = Scorecard::fromJson(q.value(3).toByteArray());
        s.id = q.integer(0);
        s.year = int(q.integer(1));
        s.version = int(q.integer(2));
        out.push_back(std::move(s));
    }
    return out;
}

const QString kCardColumns = QStringLiteral("SELECT id, year, version, definition FROM scorecards ");

}  // namespace

Scorecard ScorecardRepository::addVersion(int year, UnitLevel level, Scorecard card, const QString& note)
{
    // The scorecard is the office's rule for every unit of a level: its administrator sets it.
    access::requireAdmin(mDb);
    checkLevel(level);
    card.level = level;
    card.validate();
    Transaction tx(mDb);
    Query v(mDb, QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM scorecards WHERE year = :y AND level = :l"));
    v.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":l"), toCode(level)).exec();
    v.next();
    card.version = int(v.integer(0));
    card.year = year;
    Query q(mDb, QStringLiteral("INSERT INTO scorecards(year, level, version, definition, created_at, note) "
                                "VALUES(:y, :l, :v, :d, :t, :n)"));
    q.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":l"), toCode(level)).bind(QStringLiteral(":v"), card.version)
        .bind(QStringLiteral(":d"), QString::fromUtf8(card.toJson()))
        .bind(QStringLiteral(":t"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(QStringLiteral(":n"), nn(note))
        .exec();
    card.id = q.lastInsertId();
    tx.commit();
    return card;
}

std::optional<Scorecard> ScorecardRepository::latest(int year, UnitLevel level)
{
    Query q(mDb, kCardColumns + QStringLiteral("WHERE year = :y AND level = :l ORDER BY version DESC LIMIT 1"));
    q.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":l"), toCode(level)).exec();
    auto v = readCards(q);
    if (v.empty())
        return std::nullopt;
    return v.front();
}

std::optional<Scorecard> ScorecardRepository::byId(Id id)
{
    Query q(mDb, kCardColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    auto v = readCards(q);
    if (v.empty())
        return std::nullopt;
    return v.front();
}

std::vector<Scorecard> ScorecardRepository::versions(int year, UnitLevel level)
{
    Query q(mDb, kCardColumns + QStringLiteral("WHERE year = :y AND level = :l ORDER BY version"));
    q.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":l"), toCode(level)).exec();
    return readCards(q);
}

void RatingRepository::storeComputed(const Rating& r)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, r.unitId);
    Query q(mDb, QStringLiteral("INSERT INTO ratings(unit_id, year, scorecard_id, details, score, grade, computed_at) "
                                "VALUES(:u, :y, :s, :d, :sc, :g, :t) ON CONFLICT(unit_id, year) DO UPDATE SET "
                                "scorecard_id = excluded.scorecard_id, details = excluded.details, score = excluded.score, "
                                "grade = excluded.grade, computed_at = excluded.computed_at"));
    q.bind(QStringLiteral(":u"), r.unitId).bind(QStringLiteral(":y"), r.year).bindId(QStringLiteral(":s"), r.scorecardId)
        .bind(QStringLiteral(":d"), nn(r.details))
        .bind(QStringLiteral(":sc"), r.score ? QVariant(*r.score) : QVariant(QMetaType::fromType<double>()))
        .bind(QStringLiteral(":g"), nn(r.grade))
        .bind(QStringLiteral(":t"), (r.computedAt.isValid() ? r.computedAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate))
        .exec();
}

void RatingRepository::setGrades(Id unitId, int year, const QString& selfGrade, const QString& proposedGrade,
                                 const QString& approvedGrade, const QString& decisionNo, const QDate& decisionDate)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    if (!approvedGrade.isEmpty() && decisionNo.trimmed().isEmpty())
        throw Error(Error::Kind::Input, tr("An approved grade needs the number of the decision."));
    Query q(mDb, QStringLiteral("INSERT INTO ratings(unit_id, year, self_grade, proposed_grade, approved_grade, decision_no, "
                                "decision_date) VALUES(:u, :y, :s, :p, :a, :n, :d) ON CONFLICT(unit_id, year) DO UPDATE SET "
                                "self_grade = excluded.self_grade, proposed_grade = excluded.proposed_grade, "
                                "approved_grade = excluded.approved_grade, decision_no = excluded.decision_no, "
                                "decision_date = excluded.decision_date"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":s"), nn(selfGrade))
        .bind(QStringLiteral(":p"), nn(proposedGrade)).bind(QStringLiteral(":a"), nn(approvedGrade))
        .bind(QStringLiteral(":n"), nn(decisionNo)).bind(QStringLiteral(":d"), decisionDate).exec();
}

QHash<Id, Rating> RatingRepository::ratings(int year)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT unit_id, year, coalesce(scorecard_id, 0), details, score, grade, self_grade, proposed_grade, "
                                "approved_grade, decision_no, decision_date, computed_at FROM ratings WHERE year = :y%1")
                     .arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<Id, Rating> out;
    while (q.next()) {
        Rating r;
        r.unitId = q.integer(0);
        r.year = int(q.integer(1));
        r.scorecardId = q.integer(2);
        r.details = q.text(3);
        if (!q.value(4).isNull())
            r.score = q.value(4).toDouble();
        r.grade = q.text(5);
        r.selfGrade = q.text(6);
        r.proposedGrade = q.text(7);
        r.approvedGrade = q.text(8);
        r.decisionNo = q.text(9);
        r.decisionDate = q.date(10);
        r.computedAt = QDateTime::fromString(q.text(11), Qt::ISODate);
        out.insert(r.unitId, r);
    }
    return out;
}

std::optional<Rating> RatingRepository::rating(Id unitId, int year)
{
    const auto all = ratings(year);
    const auto it = all.constFind(unitId);
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

void RatingRepository::setOverride(Id unitId, int year, const RatingOverride& o)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    if (o.points < 0)
        throw Error(Error::Kind::Input, tr("Points set by hand cannot be negative."));
    if (o.reason.trimmed().isEmpty())
        throw Error(Error::Kind::Input, tr("Points set by hand need a reason."));
    Query q(mDb, QStringLiteral("INSERT INTO rating_overrides(unit_id, year, criterion, points, reason) VALUES(:u, :y, :c, :p, :r) "
                                "ON CONFLICT(unit_id, year, criterion) DO UPDATE SET points = excluded.points, reason = excluded.reason"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":c"), o.criterion)
        .bind(QStringLiteral(":p"), QVariant(o.points)).bind(QStringLiteral(":r"), o.reason.trimmed()).exec();
}

void RatingRepository::removeOverride(Id unitId, int year, const QString& criterion)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    Query q(mDb, QStringLiteral("DELETE FROM rating_overrides WHERE unit_id = :u AND year = :y AND criterion = :c"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":c"), criterion).exec();
}

QHash<Id, std::vector<RatingOverride>> RatingRepository::overrides(int year)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT unit_id, criterion, points, reason FROM rating_overrides WHERE year = :y%1 ORDER BY criterion")
                     .arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<Id, std::vector<RatingOverride>> out;
    while (q.next())
        out[q.integer(0)].push_back({q.text(1), q.value(2).toDouble(), q.text(3)});
    return out;
}

}  // namespace hv
