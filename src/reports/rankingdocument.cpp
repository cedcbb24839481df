#include "reports/rankingdocument.h"

#include "reports/tablewriters.h"

namespace hv {
namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QString levelWords(UnitLevel level) { return level == UnitLevel::Chapter ? s("CHI HỘI") : s("CƠ SỞ HỘI"); }

QString methodText(const Criterion& c)
{
    static const std::pair<const char*, const char*> kMethods[] = {
        {"attraction_rate", "Tỷ lệ thu hút hội viên (%)"}, {"admitted", "Số hội viên kết nạp mới"},
        {"trainings", "Số lớp tập huấn"}, {"trainees", "Số lượt người được tập huấn"}, {"awards", "Số khen thưởng"},
        {"activities", "Số hoạt động"}, {"households", "Số hộ được giúp đỡ"}, {"manual", "Chấm thủ công"}};
    for (const auto& [code, text] : kMethods)
        if (c.method == QLatin1String(code))
            return s(text);
    return c.method;
}

}  // namespace

ReportTable rankingTable(const Ranking& ranking)
{
    ReportTable t;
    t.caption = s("I. KẾT QUẢ CHẤM ĐIỂM VÀ XẾP HẠNG");
    t.sheetName = s("Xếp hạng");
    t.columns = {{s("Hạng"), 5}, {s("Đơn vị"), 18}};
    for (std::size_t i = 0; i < ranking.card.criteria.size(); ++i)
        t.columns.push_back({s("TC%1 (%2 đ)").arg(i + 1).arg(ranking.card.criteria[i].points), 8});
    t.columns.push_back({s("Tổng điểm"), 7});
    t.columns.push_back({s("Xếp loại"), 14});
    t.columns.push_back({s("Tỷ lệ thu hút (%)"), 8});
    t.columns.push_back({s("Điều kiện chưa đạt"), 20});
    t.landscape = true;
    t.fontSize = ranking.card.criteria.size() > 6 ? 9 : 10;
    for (const RankingRow& row : ranking.rows) {
        const UnitRating& u = row.rating;
        ReportRow r;
        r.cells.push_back(ReportCell::integer(qint64(row.rank)));
        r.cells.push_back(ReportCell::textCell(u.name));
        for (const Criterion& c : ranking.card.criteria) {
            ReportCell cell;
            for (const CriterionResult& cr : u.criteria)
                if (cr.id == c.id)
                    cell = ReportCell::decimal(cr.points());
            r.cells.push_back(cell);
        }
        r.cells.push_back(ReportCell::decimal(u.score));
        const QString grade = u.finalGrade();
        const QString name = ranking.card.gradeName(grade);
        r.cells.push_back(ReportCell::textCell(name.isEmpty() || name == grade ? grade : name));
        r.cells.push_back(ReportCell::decimal(u.attractionRate));
        r.cells.push_back(ReportCell::textCell(u.failedGates.join(QStringLiteral("; "))));
        t.rows.push_back(std::move(r));
    }
    return t;
}

ReportTable rankingCriteriaTable(const Ranking& ranking)
{
    ReportTable t;
    t.caption = s("II. TIÊU CHÍ CHẤM ĐIỂM");
    t.sheetName = s("Tiêu chí");
    t.columns = {{s("Cột"), 6}, {s("Tiêu chí"), 40}, {s("Cách tính"), 24}, {s("Điểm tối đa"), 9}};
    t.fontSize = 10;
    for (std::size_t i = 0; i < ranking.card.criteria.size(); ++i) {
        const Criterion& c = ranking.card.criteria[i];
        t.rows.push_back({{ReportCell::textCell(s("TC%1").arg(i + 1)), ReportCell::textCell(c.name),
                           ReportCell::textCell(methodText(c)), ReportCell::decimal(c.points)},
                          ReportRow::Style::Normal, false});
    }
    t.rows.push_back({{ReportCell{}, ReportCell::textCell(s("Cộng")), ReportCell{}, ReportCell::decimal(ranking.card.maxPoints)},
                      ReportRow::Style::Total, false});
    return t;
}

ReportDocument rankingDocument(const Ranking& ranking, const Letterhead& letterhead, const QDate& printedOn)
{
    ReportDocument d;
    d.letterhead = letterhead;
    d.printedOn = printedOn;
    d.title = s("KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI %1 NĂM %2").arg(levelWords(ranking.level)).arg(ranking.year);
    d.subtitles << s("Theo %1 (phiên bản %2)").arg(ranking.card.name).arg(ranking.card.version);
    d.tables.push_back(rankingTable(ranking));
    d.tables.push_back(rankingCriteriaTable(ranking));
    d.notes << s("Xếp hạng theo xếp loại, rồi tổng điểm, rồi tỷ lệ thu hút; các đơn vị bằng nhau cả ba tiêu chí cùng hạng.")
            << s("Xếp loại là xếp loại được công nhận khi đã có quyết định, nếu chưa có là xếp loại theo điểm.");
    return d;
}

QByteArray rankingXlsx(const Ranking& ranking) { return tablesXlsx({rankingTable(ranking), rankingCriteriaTable(ranking)}); }

}  // namespace hv
