#include "core/scorecard.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::Scorecard", s); }

const QStringList& methods()
{
    static const QStringList m{QStringLiteral("attraction_rate"), QStringLiteral("admitted"), QStringLiteral("trainings"),
                               QStringLiteral("trainees"), QStringLiteral("awards"), QStringLiteral("activities"),
                               QStringLiteral("households"), QStringLiteral("manual")};
    return m;
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

QString unratedGradeCode() { return QStringLiteral("CXL"); }
QString unratedGradeName() { return QString::fromUtf8("Chưa xếp loại"); }

Scorecard Scorecard::fromJson(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        throw Error(Error::Kind::Input, tr("The scorecard is not valid JSON: %1.").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    Scorecard s;
    s.name = o.value(QStringLiteral("name")).toString();
    const auto level = unitLevelFromText(o.value(QStringLiteral("level")).toString());
    if (!level || (*level != UnitLevel::Commune && *level != UnitLevel::Chapter))
        throw Error(Error::Kind::Input, tr("A scorecard's level is commune or chapter."));
    s.level = *level;
    s.maxPoints = o.value(QStringLiteral("max_points")).toDouble(100);
    for (const QJsonValue& v : o.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject c = v.toObject();
        s.criteria.push_back({c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("name")).toString(),
                              c.value(QStringLiteral("points")).toDouble(), c.value(QStringLiteral("method")).toString(),
                              c.value(QStringLiteral("floor")).toDouble(), c.value(QStringLiteral("full")).toDouble(),
                              c.value(QStringLiteral("target")).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("grades")).toArray()) {
        const QJsonObject g = v.toObject();
        GradeRule rule{g.value(QStringLiteral("code")).toString(), g.value(QStringLiteral("name")).toString(),
                       g.value(QStringLiteral("min")).toDouble(), {}};
        for (const QJsonValue& gv : g.value(QStringLiteral("gates")).toArray()) {
            const QJsonObject gate = gv.toObject();
            rule.gates.push_back({gate.value(QStringLiteral("criterion")).toString(),
                                  gate.value(QStringLiteral("min_points")).toDouble(), gate.value(QStringLiteral("text")).toString()});
        }
        s.grades.push_back(rule);
    }
    s.validate();
    return s;
}

QByteArray Scorecard::toJson() const
{
    QJsonArray cs;
    for (const Criterion& c : criteria) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("points"), c.points},
                      {QStringLiteral("method"), c.method}};
        if (c.floor != 0)
            o[QStringLiteral("floor")] = c.floor;
        if (c.full != 0)
            o[QStringLiteral("full")] = c.full;
        if (!c.target.isEmpty())
            o[QStringLiteral("target")] = c.target;
        cs.append(o);
    }
    QJsonArray gs;
    for (const GradeRule& g : grades) {
        QJsonObject o{{QStringLiteral("code"), g.code}, {QStringLiteral("name"), g.name}, {QStringLiteral("min"), g.min}};
        QJsonArray gates;
        for (const GradeGate& gate : g.gates)
            gates.append(QJsonObject{{QStringLiteral("criterion"), gate.criterion}, {QStringLiteral("min_points"), gate.minPoints},
                                     {QStringLiteral("text"), gate.text}});
        if (!gates.isEmpty())
            o[QStringLiteral("gates")] = gates;
        gs.append(o);
    }
    const QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("level"), toCode(level)},
                        {QStringLiteral("max_points"), maxPoints}, {QStringLiteral("criteria"), cs}, {QStringLiteral("grades"), gs}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void Scorecard::validate() const
{
    auto fail = [](const QString& m) { throw Error(Error::Kind::Input, m); };
    if (criteria.empty())
        fail(tr("The scorecard has no criteria."));
    double sum = 0;
    QSet<QString> ids;
    for (const Criterion& c : criteria) {
        if (c.id.isEmpty())
            fail(tr("Every criterion needs an id."));
        if (ids.contains(c.id))
            fail(tr("The criterion id %1 is used twice.").arg(c.id));
        ids.insert(c.id);
        if (c.points <= 0)
            fail(tr("Criterion %1: its points must be more than 0.").arg(c.id));
        if (!methods().contains(c.method))
            fail(tr("Criterion %1: unknown method %2; use one of %3.").arg(c.id, c.method, methods().join(QStringLiteral(", "))));
        if (c.method == QLatin1String("attraction_rate") && c.full <= c.floor)
            fail(tr("Criterion %1: the rate for full points must be above the floor.").arg(c.id));
        sum += c.points;
    }
    if (std::abs(sum - maxPoints) > 1e-9)
        fail(tr("The criteria add up to %1 points, not the scorecard's maximum of %2.").arg(sum).arg(maxPoints));
    if (grades.empty())
        fail(tr("The scorecard has no grades."));
    QSet<QString> codes;
    for (std::size_t i = 0; i < grades.size(); ++i) {
        const GradeRule& g = grades[i];
        if (g.code.isEmpty() || codes.contains(g.code) || g.code == unratedGradeCode())
            fail(tr("Grade codes must be given, different from each other and from %1.").arg(unratedGradeCode()));
        codes.insert(g.code);
        if (i > 0 && g.min >= grades[i - 1].min)
            fail(tr("Grade %1: thresholds must decrease from the best grade to the lowest.").arg(g.code));
        if (g.min > maxPoints)
            fail(tr("Grade %1: its threshold is above the maximum.").arg(g.code));
        for (const GradeGate& gate : g.gates)
            if (!ids.contains(gate.criterion))
                fail(tr("Grade %1: the condition names no criterion of the card (%2).").arg(g.code, gate.criterion));
    }
    if (grades.back().min != 0)
        fail(tr("The lowest grade must start at 0 points."));
}

const Criterion* Scorecard::criterion(const QString& id) const
{
    for (const Criterion& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

const GradeRule& Scorecard::grade(double score, const QHash<QString, double>& points, QStringList* failed) const
{
    for (const GradeRule& g : grades) {
        if (score + 1e-9 < g.min)
            continue;
        QStringList missing;
        for (const GradeGate& gate : g.gates)
            if (points.value(gate.criterion) + 1e-9 < gate.minPoints)
                missing << gate.text;
        if (missing.isEmpty())
            return g;
        if (failed)
            *failed << missing;
    }
    return grades.back();
}

int Scorecard::gradeRank(const QString& code) const
{
    for (std::size_t i = 0; i < grades.size(); ++i)
        if (grades[i].code == code)
            return int(i);
    return int(grades.size());
}

QString Scorecard::gradeName(const QString& code) const
{
    for (const GradeRule& g : grades)
        if (g.code == code)
            return g.name;
    return code == unratedGradeCode() ? unratedGradeName() : code;
}

double scoreCriterion(const Criterion& c, std::optional<double> value, std::optional<double> target)
{
    if (c.method == QLatin1String("manual") || !value)
        return 0;
    if (c.method == QLatin1String("attraction_rate")) {
        if (*value <= c.floor)
            return 0;
        if (*value >= c.full)
            return c.points;
        return round1(c.points * (*value - c.floor) / (c.full - c.floor));
    }
    const double full = (!c.target.isEmpty() && target && *target > 0) ? *target : c.full;
    if (full <= 0)
        return 0;  // nothing to measure against (e.g. no admission target): set by hand if needed
    return round1(c.points * std::min(1.0, *value / full));
}

}  // namespace hv
