#include "reports/indicators.h"

#include "reports/reportdocument.h"

#include <functional>

namespace hv {
namespace {

using Getter = std::function<std::optional<double>(const AnnualRow&)>;

struct Entry {
    const char* key;
    const char* name;
    Getter get;
};

std::optional<double> n(qint64 v) { return double(v); }

const std::vector<Entry>& entries()
{
    static const std::vector<Entry> list{
        {"members_start", "Hội viên đầu năm", [](const AnnualRow& r) { return n(r.membersStart); }},
        {"admitted", "Kết nạp mới", [](const AnnualRow& r) { return n(r.admitted); }},
        {"transferred_in", "Chuyển đến", [](const AnnualRow& r) { return n(r.transferredIn); }},
        {"restored", "Khôi phục", [](const AnnualRow& r) { return n(r.restored); }},
        {"left_transferred_out", "Giảm: chuyển đi", [](const AnnualRow& r) { return n(r.leftTransferredOut); }},
        {"left_withdrew", "Giảm: xin ra", [](const AnnualRow& r) { return n(r.leftWithdrew); }},
        {"left_removed", "Giảm: đưa ra khỏi danh sách", [](const AnnualRow& r) { return n(r.leftRemoved); }},
        {"left_died", "Giảm: từ trần", [](const AnnualRow& r) { return n(r.leftDied); }},
        {"left_total", "Giảm: tổng", [](const AnnualRow& r) { return n(r.leftTotal()); }},
        {"members_end", "Tổng số hội viên", [](const AnnualRow& r) { return n(r.membersEnd); }},
        {"honorary_end", "Hội viên danh dự", [](const AnnualRow& r) { return n(r.honoraryEnd); }},
        {"women_18_plus", "Phụ nữ từ 18 tuổi",
         [](const AnnualRow& r) { return r.women18Plus ? std::optional<double>(double(*r.women18Plus)) : std::nullopt; }},
        {"attraction_rate", "Tỷ lệ thu hút (%)", [](const AnnualRow& r) { return r.attractionRate; }},
        {"chapters", "Số chi hội", [](const AnnualRow& r) { return n(r.chapters); }},
        {"groups", "Số tổ", [](const AnnualRow& r) { return n(r.groups); }},
        {"chapter_heads", "Chi hội trưởng", [](const AnnualRow& r) { return n(r.chapterHeads); }},
        {"chapter_heads_party", "Chi hội trưởng là đảng viên", [](const AnnualRow& r) { return n(r.chapterHeadsParty); }},
        {"ethnic_minority", "Dân tộc thiểu số", [](const AnnualRow& r) { return n(r.ethnicMinority); }},
        {"religious", "Tôn giáo", [](const AnnualRow& r) { return n(r.religious); }},
        {"party", "Đảng viên", [](const AnnualRow& r) { return n(r.party); }},
        {"trainings", "Số lớp tập huấn", [](const AnnualRow& r) { return n(r.trainings); }},
        {"trainees", "Số lượt người được tập huấn", [](const AnnualRow& r) { return n(r.trainees); }},
        {"awards_total", "Khen thưởng: tổng", [](const AnnualRow& r) { return n(r.awardsTotal()); }},
        {"target_admitted", "Chỉ tiêu kết nạp", [](const AnnualRow& r) { return r.targetAdmitted; }},
        {"admitted_vs_target", "Kết nạp so với chỉ tiêu (%)", [](const AnnualRow& r) { return r.admittedVsTarget; }},
    };
    return list;
}

QString folded(const QString& s) { return s.simplified().toCaseFolded(); }

}  // namespace

const std::vector<IndicatorInfo>& annualIndicators()
{
    static const std::vector<IndicatorInfo> list = [] {
        std::vector<IndicatorInfo> v;
        for (const Entry& e : entries())
            v.push_back({QLatin1String(e.key), QString::fromUtf8(e.name)});
        return v;
    }();
    return list;
}

std::optional<double> annualIndicator(const AnnualRow& row, const QString& key)
{
    for (const Entry& e : entries())
        if (key == QLatin1String(e.key))
            return e.get(row);
    return std::nullopt;
}

const AnnualRow* findReportRow(const AnnualReport& report, const QString& name)
{
    const QString want = folded(name);
    if (want.isEmpty())
        return &report.totals;
    const auto matches = [&](const AnnualRow& r) {
        return folded(r.name) == want || folded(placeName(r.name)) == want || folded(r.code) == want;
    };
    for (const AnnualRow& r : report.rows)
        if (matches(r))
            return &r;
    return matches(report.totals) ? &report.totals : nullptr;
}

}  // namespace hv
