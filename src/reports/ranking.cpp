#include "reports/ranking.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace hv {
namespace {

// The sort key: grade order, then score and rate compared in tenths (both are one-decimal figures),
// a unit without a rate after every unit with one.
std::tuple<int, qint64, qint64> key(const UnitRating& r, const Scorecard& card)
{
    return {card.gradeRank(r.finalGrade()), -std::llround(r.score * 10.0),
            r.attractionRate ? -std::llround(*r.attractionRate * 10.0) : std::numeric_limits<qint64>::max()};
}

QJsonValue opt(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QString csvCell(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

}  // namespace

std::vector<RankingRow> rankRatings(std::vector<UnitRating> ratings, const Scorecard& card)
{
    std::stable_sort(ratings.begin(), ratings.end(), [&](const UnitRating& a, const UnitRating& b) {
        const auto ka = key(a, card), kb = key(b, card);
        return ka != kb ? ka < kb : a.code < b.code;
    });
    std::vector<RankingRow> rows;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const int rank = (i > 0 && key(ratings[i], card) == key(rows.back().rating, card)) ? rows.back().rank : int(i) + 1;
        rows.push_back({rank, std::move(ratings[i])});
    }
    return rows;
}

Ranking buildRanking(Database& db, int year, UnitLevel level)
{
    Ranking r;
    r.year = year;
    r.level = level;
    std::vector<UnitRating> ratings = currentRatings(db, year, level);
    r.card = scorecardFor(db, year, level);
    r.rows = rankRatings(std::move(ratings), r.card);
    return r;
}

QByteArray rankingJson(const Ranking& ranking)
{
    QJsonArray rows;
    for (const RankingRow& row : ranking.rows) {
        const UnitRating& u = row.rating;
        QJsonObject criteria, figures;
        for (const CriterionResult& c : u.criteria) {
            criteria[c.id] = c.points();
            // The achievement behind the points: the unit's figure and its target.
            figures[c.id] = QJsonObject{{QStringLiteral("value"), opt(c.value)}, {QStringLiteral("target"), opt(c.target)}};
        }
        QJsonObject overrides;
        for (const CriterionResult& c : u.criteria)
            if (c.overridden)
                overrides[c.id] = QJsonObject{{QStringLiteral("points"), *c.overridden}, {QStringLiteral("reason"), c.reason}};
        auto text = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        rows.append(QJsonObject{
            {QStringLiteral("rank"), row.rank}, {QStringLiteral("code"), u.code}, {QStringLiteral("name"), u.name},
            {QStringLiteral("score"), u.score}, {QStringLiteral("grade"), u.finalGrade()},
            {QStringLiteral("grade_name"), ranking.card.gradeName(u.finalGrade())},
            {QStringLiteral("attraction_rate"), opt(u.attractionRate)}, {QStringLiteral("computed_grade"), u.grade},
            {QStringLiteral("self_grade"), text(u.selfGrade)}, {QStringLiteral("proposed_grade"), text(u.proposedGrade)},
            {QStringLiteral("approved_grade"), text(u.approvedGrade)}, {QStringLiteral("decision_no"), text(u.decisionNo)},
            {QStringLiteral("failed_conditions"), QJsonArray::fromStringList(u.failedGates)},
            {QStringLiteral("scorecard_version"), u.scorecardVersion}, {QStringLiteral("stored"), u.stored},
            {QStringLiteral("criteria"), criteria}, {QStringLiteral("figures"), figures},
            {QStringLiteral("overrides"), overrides}});
    }
    const QJsonObject o{{QStringLiteral("year"), ranking.year}, {QStringLiteral("level"), toCode(ranking.level)},
                        {QStringLiteral("scorecard"), QJsonObject{{QStringLiteral("name"), ranking.card.name},
                                                                  {QStringLiteral("version"), ranking.card.version}}},
                        {QStringLiteral("rows"), rows}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray rankingCsv(const Ranking& ranking)
{
    // Vietnamese headers in every interface language, as the annual report's CSV.
    QStringList header{QString::fromUtf8("Hạng"), QString::fromUtf8("Mã đơn vị"), QString::fromUtf8("Đơn vị"),
                       QString::fromUtf8("Tổng điểm"), QString::fromUtf8("Xếp loại"), QString::fromUtf8("Tên xếp loại"),
                       QString::fromUtf8("Tỷ lệ thu hút (%)")};
    for (const Criterion& c : ranking.card.criteria)
        header << QStringLiteral("%1 (%2)").arg(c.name).arg(c.points);
    header << QString::fromUtf8("Xếp loại theo điểm") << QString::fromUtf8("Tự đánh giá") << QString::fromUtf8("Đề nghị")
           << QString::fromUtf8("Công nhận") << QString::fromUtf8("Số quyết định");
    QString out = QChar(0xFEFF);
    QStringList cells;
    for (const QString& h : header)
        cells << csvCell(h);
    out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const RankingRow& row : ranking.rows) {
        const UnitRating& u = row.rating;
        cells = {QString::number(row.rank), csvCell(u.code), csvCell(u.name), QString::number(u.score, 'f', 1), u.finalGrade(),
                 csvCell(ranking.card.gradeName(u.finalGrade())),
                 u.attractionRate ? QString::number(*u.attractionRate, 'f', 1) : QString()};
        for (const Criterion& c : ranking.card.criteria) {
            QString cell;
            for (const CriterionResult& cr : u.criteria)
                if (cr.id == c.id)
                    cell = QString::number(cr.points(), 'f', 1);
            cells << cell;
        }
        cells << u.grade << u.selfGrade << u.proposedGrade << u.approvedGrade << csvCell(u.decisionNo);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

}  // namespace hv
