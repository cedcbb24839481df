#include "reports/annualdocument.h"

#include "reports/tablewriters.h"

#include <QHash>
#include <functional>

namespace hv {
namespace {

using Cell = ReportCell;
using Getter = std::function<Cell(const AnnualRow&)>;

Cell opt(const std::optional<double>& v) { return Cell::decimal(v); }

Cell award(const AnnualRow& r, const char* form)
{
    const auto it = r.awards.find(QString::fromLatin1(form));
    return Cell::integer(it == r.awards.end() ? 0 : it->second);
}

struct Indicator {
    const char* csvHeader;    // as the CSV writes it (reportwriters.cpp)
    const char* printHeader;  // short, for the landscape table
    double width;
    Getter value;
    // The district's figure is the sum of its children's whenever no member sits in the district itself
    // and no child closed during the year. Transfers are not: moves between two children cancel out at
    // the level that holds both (docs/domain-decisions.md "Totals in spreadsheets").
    bool additive;
    // Shown in the printed table of units too (landscape A4 holds about 27 columns: the awards by form
    // are in the spreadsheet and in part I, the printed table has their total).
    bool printDetail = true;
};

const std::vector<Indicator>& indicators()
{
    static const std::vector<Indicator> list{
        {"Hội viên đầu năm", "HV đầu năm", 10, [](const AnnualRow& r) { return Cell::integer(r.membersStart); }, true},
        {"Kết nạp mới", "Kết nạp mới", 9, [](const AnnualRow& r) { return Cell::integer(r.admitted); }, true},
        {"Chuyển đến", "Chuyển đến", 9, [](const AnnualRow& r) { return Cell::integer(r.transferredIn); }, false},
        {"Khôi phục", "Khôi phục", 9, [](const AnnualRow& r) { return Cell::integer(r.restored); }, true},
        {"Giảm: chuyển đi", "Giảm: chuyển đi", 9, [](const AnnualRow& r) { return Cell::integer(r.leftTransferredOut); }, false},
        {"Giảm: xin ra", "Giảm: xin ra", 9, [](const AnnualRow& r) { return Cell::integer(r.leftWithdrew); }, true},
        {"Giảm: đưa ra khỏi danh sách", "Giảm: đưa ra", 9, [](const AnnualRow& r) { return Cell::integer(r.leftRemoved); }, true},
        {"Giảm: từ trần", "Giảm: từ trần", 9, [](const AnnualRow& r) { return Cell::integer(r.leftDied); }, true},
        {"Giảm: tổng", "Giảm: tổng", 9, [](const AnnualRow& r) { return Cell::integer(r.leftTotal()); }, false},
        {"Tổng số hội viên", "Tổng số HV", 9, [](const AnnualRow& r) { return Cell::integer(r.membersEnd); }, true},
        {"Hội viên danh dự", "HV danh dự", 9, [](const AnnualRow& r) { return Cell::integer(r.honoraryEnd); }, true},
        {"Phụ nữ từ 18 tuổi", "PN từ 18 tuổi", 9, [](const AnnualRow& r) { return Cell::integer(r.women18Plus); }, true},
        {"Tỷ lệ thu hút (%)", "Tỷ lệ thu hút (%)", 9, [](const AnnualRow& r) { return opt(r.attractionRate); }, false},
        {"Số chi hội", "Số chi hội", 8, [](const AnnualRow& r) { return Cell::integer(r.chapters); }, true},
        {"Số tổ", "Số tổ", 8, [](const AnnualRow& r) { return Cell::integer(r.groups); }, true},
        {"Chi hội trưởng", "Chi hội trưởng", 9, [](const AnnualRow& r) { return Cell::integer(r.chapterHeads); }, true},
        {"Chi hội trưởng là đảng viên", "CHT là đảng viên", 9, [](const AnnualRow& r) { return Cell::integer(r.chapterHeadsParty); }, true},
        {"Dân tộc thiểu số", "Dân tộc thiểu số", 9, [](const AnnualRow& r) { return Cell::integer(r.ethnicMinority); }, true},
        {"Tôn giáo", "Tôn giáo", 9, [](const AnnualRow& r) { return Cell::integer(r.religious); }, true},
        {"Đảng viên", "Đảng viên", 9, [](const AnnualRow& r) { return Cell::integer(r.party); }, true},
        // The year's work: a unit's own classes and awards count with those below it, so a district's figure
        // is not the sum of its communes'.
        {"Lớp tập huấn", "Lớp tập huấn", 8, [](const AnnualRow& r) { return Cell::integer(r.trainings); }, false},
        {"Lượt học viên", "Lượt học viên", 9, [](const AnnualRow& r) { return Cell::integer(r.trainees); }, false},
        {"Khen thưởng: cờ thi đua", "KT: cờ thi đua", 8, [](const AnnualRow& r) { return award(r, "flag"); }, false, false},
        {"Khen thưởng: bằng khen", "KT: bằng khen", 8, [](const AnnualRow& r) { return award(r, "merit"); }, false, false},
        {"Khen thưởng: giấy khen", "KT: giấy khen", 8, [](const AnnualRow& r) { return award(r, "certificate"); }, false, false},
        {"Khen thưởng: kỷ niệm chương", "KT: kỷ niệm chương", 8, [](const AnnualRow& r) { return award(r, "medal"); }, false, false},
        {"Khen thưởng: danh hiệu", "KT: danh hiệu", 8, [](const AnnualRow& r) { return award(r, "title"); }, false, false},
        {"Khen thưởng: tổng", "KT: tổng", 8, [](const AnnualRow& r) { return Cell::integer(r.awardsTotal()); }, false},
        {"Chỉ tiêu kết nạp", "Chỉ tiêu kết nạp", 9, [](const AnnualRow& r) { return opt(r.targetAdmitted).kind == Cell::Kind::Empty ? Cell{} : Cell::integer(qint64(*r.targetAdmitted)); }, false},
        {"Kết nạp so với chỉ tiêu (%)", "KN so với chỉ tiêu (%)", 9, [](const AnnualRow& r) { return opt(r.admittedVsTarget); }, false},
    };
    return list;
}

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

QString basisText(const QString& basis)
{
    if (basis == QLatin1String("present"))
        return s("phụ nữ từ 18 tuổi trở lên có mặt tại địa phương");
    if (basis == QLatin1String("eligible"))
        return s("phụ nữ từ 18 tuổi trở lên đủ điều kiện vào Hội");
    if (basis == QLatin1String("mixed"))
        return s("phụ nữ từ 18 tuổi trở lên, các đơn vị tính theo cơ sở khác nhau (có mặt / đủ điều kiện)");
    return s("chưa có số liệu phụ nữ từ 18 tuổi trở lên");
}

QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

Cell change(const Cell& before, const Cell& now)
{
    if (before.kind == Cell::Kind::Empty || now.kind == Cell::Kind::Empty)
        return {};
    if (before.kind == Cell::Kind::Integer && now.kind == Cell::Kind::Integer)
        return Cell::integer(qint64(now.number) - qint64(before.number));
    return Cell::decimal(roundOneDecimal(now.number - before.number));
}

}  // namespace

AnnualComparison buildAnnualComparison(Database& db, const AnnualReportOptions& options)
{
    AnnualReportBuilder builder(db);
    return buildAnnualComparison(builder, options);
}

AnnualComparison buildAnnualComparison(AnnualReportBuilder& builder, const AnnualReportOptions& options)
{
    AnnualComparison c;
    c.current = builder.build(options);
    AnnualReportOptions prev = options;
    prev.year = options.year - 1;
    prev.unitCode = c.current.unitCode;
    prev.cutoff = c.current.previousCutoff;
    c.previous = builder.build(prev);
    return c;
}

ReportTable annualDetailTable(const AnnualReport& report, bool forPrint)
{
    ReportTable t;
    t.sheetName = s("Chi tiết");
    t.landscape = true;
    t.fontSize = 7;
    if (forPrint) {
        t.caption = s("II. SỐ LIỆU THEO ĐƠN VỊ NĂM %1").arg(report.year);
        t.columns = {{s("STT"), 6}, {s("Đơn vị"), 20}};
    } else {
        t.columns = {{s("Mã đơn vị"), 10}, {s("Đơn vị"), 28}, {s("Cấp"), 9}};
    }
    std::vector<const Indicator*> shown;
    for (const Indicator& i : indicators())
        if (!forPrint || i.printDetail) shown.push_back(&i);
    for (const Indicator* i : shown)
        t.columns.push_back({s(forPrint ? i->printHeader : i->csvHeader), forPrint ? i->width : 12});
    int stt = 0;
    for (const AnnualRow& r : report.rows) {
        ReportRow row;
        row.style = r.depth > 1 ? ReportRow::Style::Detail : ReportRow::Style::Normal;
        row.inSum = r.depth == 1;
        if (forPrint)
            row.cells = {r.depth == 1 ? Cell::integer(++stt) : Cell{}, Cell::textCell(r.name)};
        else
            row.cells = {Cell::textCell(r.code), Cell::textCell(r.depth > 1 ? QStringLiteral("  ") + r.name : r.name),
                         Cell::textCell(toCode(r.level))};
        for (const Indicator* i : shown)
            row.cells.push_back(i->value(r));
        t.rows.push_back(std::move(row));
    }
    ReportRow total;
    total.style = ReportRow::Style::Total;
    if (forPrint)
        total.cells = {Cell{}, Cell::textCell(s("Tổng cộng"))};
    else
        total.cells = {Cell::textCell(report.unitCode), Cell::textCell(s("Tổng cộng ") + report.unitName),
                       Cell::textCell(toCode(report.totals.level))};
    const int first = int(total.cells.size());
    for (const Indicator* i : shown)
        total.cells.push_back(i->value(report.totals));
    // A formula only where the figure is the sum of the rows shown: additive indicators, when it adds up.
    for (int k = 0; k < int(shown.size()); ++k) {
        Cell& cell = total.cells[first + k];
        if (!shown[k]->additive || cell.kind != Cell::Kind::Integer)
            continue;
        double sum = 0;
        bool complete = true;
        for (const ReportRow& r : t.rows)
            if (r.inSum) {
                complete = complete && r.cells[first + k].kind == Cell::Kind::Integer;
                sum += r.cells[first + k].number;
            }
        cell.sumOfRows = complete && sum == cell.number;
    }
    t.rows.push_back(std::move(total));
    return t;
}

ReportTable annualSummaryTable(const AnnualComparison& c)
{
    ReportTable t;
    t.sheetName = s("Tổng hợp");
    t.caption = s("I. TỔNG HỢP CHUNG");
    t.fontSize = 9.5;
    t.columns = {{s("STT"), 5}, {s("Chỉ tiêu"), 40}, {s("Năm %1").arg(c.previous.year), 12},
                 {s("Năm %1").arg(c.current.year), 12}, {s("Tăng (+), giảm (-)"), 12}};
    int stt = 0;
    for (const Indicator& i : indicators()) {
        const QString name = s(i.csvHeader);
        const bool sub = name.startsWith(s("Giảm: ")) && name != s("Giảm: tổng");
        ReportRow row;
        row.style = sub ? ReportRow::Style::Detail : ReportRow::Style::Normal;
        const Cell before = i.value(c.previous.totals), now = i.value(c.current.totals);
        row.cells = {sub ? Cell{} : Cell::integer(++stt), Cell::textCell(sub ? s("trong đó ") + name.mid(6) : name),
                     before, now, change(before, now)};
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable annualUnitComparisonTable(const AnnualComparison& c)
{
    ReportTable t;
    t.sheetName = s("So sánh");
    t.caption = s("III. SO SÁNH VỚI NĂM %1 THEO ĐƠN VỊ").arg(c.previous.year);
    t.fontSize = 8.5;
    const QString y0 = QString::number(c.previous.year), y1 = QString::number(c.current.year);
    t.columns = {{s("STT"), 4},
                 {s("Đơn vị"), 22},
                 {s("Tổng số HV năm ") + y0, 9},
                 {s("Tổng số HV năm ") + y1, 9},
                 {s("Tăng (+), giảm (-)"), 9},
                 {s("Kết nạp năm ") + y0, 9},
                 {s("Kết nạp năm ") + y1, 9},
                 {s("Tỷ lệ thu hút năm ") + y0 + s(" (%)"), 9},
                 {s("Tỷ lệ thu hút năm ") + y1 + s(" (%)"), 9},
                 {s("Tăng (+), giảm (-) tỷ lệ"), 9}};
    QHash<QString, const AnnualRow*> before;
    for (const AnnualRow& r : c.previous.rows)
        before.insert(r.code, &r);
    auto line = [](const AnnualRow* b, const AnnualRow& r, Cell stt, const QString& name, ReportRow::Style style) {
        const Cell m0 = b ? Cell::integer(b->membersEnd) : Cell{}, m1 = Cell::integer(r.membersEnd);
        const Cell a0 = b ? Cell::integer(b->admitted) : Cell{}, a1 = Cell::integer(r.admitted);
        const Cell r0 = b ? opt(b->attractionRate) : Cell{}, r1 = opt(r.attractionRate);
        ReportRow row;
        row.style = style;
        row.cells = {stt, Cell::textCell(name), m0, m1, change(m0, m1), a0, a1, r0, r1, change(r0, r1)};
        return row;
    };
    int stt = 0;
    for (const AnnualRow& r : c.current.rows) {
        const bool top = r.depth == 1;
        t.rows.push_back(line(before.value(r.code), r, top ? Cell::integer(++stt) : Cell{}, r.name,
                              top ? ReportRow::Style::Normal : ReportRow::Style::Detail));
    }
    t.rows.push_back(line(&c.previous.totals, c.current.totals, Cell{}, s("Tổng cộng"), ReportRow::Style::Total));
    return t;
}

ReportDocument annualReportDocument(const AnnualComparison& c, const Letterhead& letterhead, const QDate& printedOn)
{
    ReportDocument d;
    d.letterhead = letterhead;
    d.printedOn = printedOn;
    d.title = s("BÁO CÁO TỔNG KẾT SỐ LIỆU HỘI VIÊN NĂM %1").arg(c.current.year);
    d.subtitles << s("Đơn vị: %1 — số liệu tính đến ngày %2").arg(c.current.unitName, dmy(c.current.cutoff));
    d.tables.push_back(annualSummaryTable(c));
    d.tables.push_back(annualDetailTable(c.current, true));
    d.tables.push_back(annualUnitComparisonTable(c));
    d.notes << s("Số liệu năm %1 tính đến ngày %2; số liệu năm %3 tính đến ngày %4.")
                   .arg(c.current.year).arg(dmy(c.current.cutoff)).arg(c.previous.year).arg(dmy(c.previous.cutoff))
            << s("Tỷ lệ thu hút = tổng số hội viên ÷ số %1 × 100.").arg(basisText(c.current.rateBasis))
            << s("Hội viên danh dự không tính vào tổng số hội viên và tỷ lệ thu hút. Chuyển đến, chuyển đi của dòng "
                 "tổng cộng không tính các trường hợp chuyển sinh hoạt giữa các đơn vị trực thuộc.");
    return d;
}

QByteArray annualReportXlsx(const AnnualComparison& c)
{
    return tablesXlsx({annualDetailTable(c.current, false), annualSummaryTable(c), annualUnitComparisonTable(c)});
}

}  // namespace hv
