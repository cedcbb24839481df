#include "reports/reportwriters.h"

#include "storage/awardrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hv {
namespace {

QJsonValue opt(const std::optional<qint64>& v) { return v ? QJsonValue(double(*v)) : QJsonValue(); }
QJsonValue opt(const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); }

QJsonObject rowJson(const AnnualRow& r)
{
    QJsonObject o;
    o[QStringLiteral("members_start")] = double(r.membersStart);
    o[QStringLiteral("admitted")] = double(r.admitted);
    o[QStringLiteral("transferred_in")] = double(r.transferredIn);
    o[QStringLiteral("restored")] = double(r.restored);
    o[QStringLiteral("left")] = QJsonObject{{QStringLiteral("transferred_out"), double(r.leftTransferredOut)},
                                            {QStringLiteral("withdrew"), double(r.leftWithdrew)},
                                            {QStringLiteral("removed"), double(r.leftRemoved)},
                                            {QStringLiteral("died"), double(r.leftDied)},
                                            {QStringLiteral("total"), double(r.leftTotal())}};
    o[QStringLiteral("members_end")] = double(r.membersEnd);
    o[QStringLiteral("honorary_end")] = double(r.honoraryEnd);
    o[QStringLiteral("women_18_plus")] = opt(r.women18Plus);
    o[QStringLiteral("attraction_rate")] = opt(r.attractionRate);
    o[QStringLiteral("chapters")] = double(r.chapters);
    o[QStringLiteral("groups")] = double(r.groups);
    o[QStringLiteral("chapter_heads")] = double(r.chapterHeads);
    o[QStringLiteral("chapter_heads_party")] = double(r.chapterHeadsParty);
    o[QStringLiteral("ethnic_minority")] = double(r.ethnicMinority);
    o[QStringLiteral("religious")] = double(r.religious);
    o[QStringLiteral("party")] = double(r.party);
    o[QStringLiteral("trainings")] = double(r.trainings);
    o[QStringLiteral("trainees")] = double(r.trainees);
    QJsonObject awards;
    for (const auto& [form, count] : r.awards)
        awards[form] = double(count);
    awards[QStringLiteral("total")] = double(r.awardsTotal());
    o[QStringLiteral("awards")] = awards;
    o[QStringLiteral("target_admitted")] = opt(r.targetAdmitted);
    o[QStringLiteral("admitted_vs_target")] = opt(r.admittedVsTarget);
    return o;
}

QString csvCell(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return s;
}

QString num(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 1) : QString(); }
QString num(const std::optional<qint64>& v) { return v ? QString::number(*v) : QString(); }

}  // namespace

QByteArray annualReportJson(const AnnualReport& report)
{
    QJsonObject o;
    o[QStringLiteral("year")] = report.year;
    o[QStringLiteral("cutoff")] = report.cutoff.toString(Qt::ISODate);
    o[QStringLiteral("previous_cutoff")] = report.previousCutoff.toString(Qt::ISODate);
    o[QStringLiteral("unit")] = QJsonObject{{QStringLiteral("code"), report.unitCode}, {QStringLiteral("name"), report.unitName}};
    o[QStringLiteral("rate_basis")] = report.rateBasis.isEmpty() ? QJsonValue() : QJsonValue(report.rateBasis);
    o[QStringLiteral("totals")] = rowJson(report.totals);
    QJsonArray rows;
    for (const AnnualRow& r : report.rows) {
        QJsonObject row = rowJson(r);
        row[QStringLiteral("code")] = r.code;
        row[QStringLiteral("name")] = r.name;
        row[QStringLiteral("level")] = toCode(r.level);
        row[QStringLiteral("depth")] = r.depth;
        rows.append(row);
    }
    o[QStringLiteral("rows")] = rows;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray annualReportCsv(const AnnualReport& report)
{
    // The level above reads these headers: they are Vietnamese in every interface language (CONTRACT.md).
    auto tr = [](const char* s) { return QString::fromUtf8(s); };
    QStringList header{
        tr("Mã đơn vị"), tr("Đơn vị"), tr("Cấp"), tr("Hội viên đầu năm"), tr("Kết nạp mới"), tr("Chuyển đến"),
        tr("Khôi phục"), tr("Giảm: chuyển đi"), tr("Giảm: xin ra"), tr("Giảm: đưa ra khỏi danh sách"),
        tr("Giảm: từ trần"), tr("Giảm: tổng"), tr("Tổng số hội viên"), tr("Hội viên danh dự"),
        tr("Phụ nữ từ 18 tuổi"), tr("Tỷ lệ thu hút (%)"), tr("Số chi hội"), tr("Số tổ"), tr("Chi hội trưởng"),
        tr("Chi hội trưởng là đảng viên"), tr("Dân tộc thiểu số"), tr("Tôn giáo"), tr("Đảng viên"),
        tr("Lớp tập huấn"), tr("Lượt học viên")};
    for (const QString& form : awardForms())
        header << tr("Khen thưởng: ") + awardFormName(form).toLower();
    header << tr("Khen thưởng: tổng") << tr("Chỉ tiêu kết nạp") << tr("Kết nạp so với chỉ tiêu (%)");
    QString out = QChar(0xFEFF) + header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    auto line = [&](const AnnualRow& r, const QString& code, const QString& name, const QString& level) {
        QStringList cells{
            csvCell(code), csvCell(name), level, QString::number(r.membersStart), QString::number(r.admitted),
            QString::number(r.transferredIn), QString::number(r.restored), QString::number(r.leftTransferredOut),
            QString::number(r.leftWithdrew), QString::number(r.leftRemoved), QString::number(r.leftDied),
            QString::number(r.leftTotal()), QString::number(r.membersEnd), QString::number(r.honoraryEnd),
            num(r.women18Plus), num(r.attractionRate), QString::number(r.chapters), QString::number(r.groups),
            QString::number(r.chapterHeads), QString::number(r.chapterHeadsParty), QString::number(r.ethnicMinority),
            QString::number(r.religious), QString::number(r.party), QString::number(r.trainings),
            QString::number(r.trainees)};
        for (const QString& form : awardForms()) {
            const auto it = r.awards.find(form);
            cells << QString::number(it == r.awards.end() ? 0 : it->second);
        }
        cells << QString::number(r.awardsTotal())
              << (r.targetAdmitted ? QString::number(*r.targetAdmitted) : QString()) << num(r.admittedVsTarget);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const AnnualRow& r : report.rows)
        line(r, r.code, QString(r.depth > 1 ? QStringLiteral("  ") : QString()) + r.name, toCode(r.level));
    line(report.totals, report.unitCode, tr("Tổng cộng") + QStringLiteral(" ") + report.unitName, toCode(report.totals.level));
    return out.toUtf8();
}

}  // namespace hv
