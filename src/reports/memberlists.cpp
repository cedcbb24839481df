#include "reports/memberlists.h"

#include "core/error.h"
#include "core/referencedata.h"
#include "storage/accessscope.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/movementrepository.h"
#include "storage/registerrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace hv {
namespace {

using Cell = ReportCell;

QString s(const char* utf8) { return QString::fromUtf8(utf8); }
QString tr(const char* text) { return QCoreApplication::translate("hv::Reports", text); }
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

// The printed words are Vietnamese in every interface language: the lists go to the level above.
QString vi(EventKind k)
{
    switch (k) {
    case EventKind::Admitted: return s("Kết nạp");
    case EventKind::TransferredIn: return s("Chuyển đến");
    case EventKind::Moved: return s("Chuyển chi hội");
    case EventKind::TransferredOut: return s("Chuyển đi");
    case EventKind::Withdrew: return s("Xin ra khỏi Hội");
    case EventKind::Removed: return s("Đưa ra khỏi danh sách");
    case EventKind::Died: return s("Từ trần");
    case EventKind::Restored: return s("Khôi phục");
    }
    return {};
}

QString vi(Position p)
{
    switch (p) {
    case Position::None: return {};
    case Position::Chair: return s("Chủ tịch");
    case Position::ViceChair: return s("Phó Chủ tịch");
    case Position::ChapterHead: return s("Chi hội trưởng");
    case Position::ChapterDeputy: return s("Chi hội phó");
    case Position::GroupHead: return s("Tổ trưởng");
    case Position::GroupDeputy: return s("Tổ phó");
    case Position::Other: return s("Khác");
    }
    return {};
}

QString vi(Status st)
{
    switch (st) {
    case Status::Active: return s("Đang sinh hoạt");
    case Status::TransferredOut: return s("Chuyển đi");
    case Status::Withdrew: return s("Xin ra");
    case Status::Removed: return s("Đưa ra khỏi danh sách");
    case Status::Died: return s("Từ trần");
    }
    return {};
}

QString vi(MemberType t) { return t == MemberType::Honorary ? s("Danh dự") : s("Chính thức"); }

Cell birthCell(const FlexDate& b)
{
    if (b.date.isValid())
        return Cell::dateCell(b.date);
    return b.year ? Cell::year(b.year) : Cell{};
}

const OrgUnit* unitOrOffice(Database& db, UnitRepository& units, const UnitTree& tree, const QString& code)
{
    if (!code.isEmpty()) {
        const OrgUnit* u = tree.byCode(code);
        if (!u)
            throw Error(Error::Kind::Input, tr("Unknown unit code %1.").arg(code));
        access::requireUnit(db, u->id);
        return u;
    }
    // A restricted account lists its own units (accessscope.h).
    if (db.scope().restricted())
        if (const OrgUnit* u = tree.byId(db.scope().rootUnitId))
            return u;
    if (const auto office = units.officeUnit())
        return tree.byId(office->id);
    if (tree.roots().size() == 1)
        return tree.roots().front();
    throw Error(Error::Kind::Input, tr("The database has no office unit yet: run init first."));
}

// The unit of a level that a member's unit is, or is inside (her commune, chapter or group).
QString ancestorName(const UnitTree& tree, Id unit, UnitLevel level)
{
    for (const OrgUnit* u = tree.byId(unit); u; u = tree.byId(u->parentId))
        if (u->level == level)
            return u->name;
    return {};
}

QString unitName(const UnitTree& tree, Id id)
{
    const OrgUnit* u = tree.byId(id);
    return u ? u->name : QString();
}

}  // namespace

const std::vector<MemberListColumn>& memberListColumns()
{
    static const std::vector<MemberListColumn> list{
        {QStringLiteral("stt"), s("STT"), true},
        {QStringLiteral("full_name"), s("Họ và tên"), true},
        {QStringLiteral("birth_date"), s("Ngày sinh"), true},
        {QStringLiteral("citizen_id"), s("Số CCCD"), true},
        {QStringLiteral("ethnicity"), s("Dân tộc"), true},
        {QStringLiteral("religion"), s("Tôn giáo"), true},
        {QStringLiteral("party_member"), s("Đảng viên"), true},
        {QStringLiteral("phone"), s("Điện thoại"), false},
        {QStringLiteral("address"), s("Địa chỉ"), true},
        {QStringLiteral("commune"), s("Cơ sở Hội"), false},
        {QStringLiteral("chapter"), s("Chi hội"), true},
        {QStringLiteral("group"), s("Tổ"), false},
        {QStringLiteral("joined_on"), s("Ngày vào Hội"), true},
        {QStringLiteral("card_no"), s("Số thẻ hội viên"), false},
        {QStringLiteral("position"), s("Chức vụ"), true},
        {QStringLiteral("member_type"), s("Loại hội viên"), false},
        {QStringLiteral("status"), s("Tình trạng"), false},
    };
    return list;
}

QString maskedDigits(const QString& text)
{
    if (text.size() <= 6)
        return QString(text.size(), QLatin1Char('*'));
    return text.left(4) + QString(text.size() - 6, QLatin1Char('*')) + text.right(2);
}

MemberList buildMemberList(Database& db, const ReferenceData& ref, const MemberListOptions& options)
{
    QStringList keys = options.columns;
    if (keys.isEmpty())
        for (const MemberListColumn& c : memberListColumns())
            if (c.byDefault)
                keys << c.key;
    std::vector<const MemberListColumn*> columns;
    for (const QString& k : keys) {
        const auto it = std::find_if(memberListColumns().begin(), memberListColumns().end(),
                                     [&](const MemberListColumn& c) { return c.key == k.trimmed(); });
        if (it == memberListColumns().end()) {
            QStringList all;
            for (const MemberListColumn& c : memberListColumns())
                all << c.key;
            throw Error(Error::Kind::Input, tr("Unknown column %1; the columns are: %2.").arg(k, all.join(QStringLiteral(","))));
        }
        columns.push_back(&*it);
    }
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    const OrgUnit* unit = unitOrOffice(db, units, tree, options.unitCode);
    // A viewer never takes CCCD and phone numbers out unmasked.
    const bool mask = options.mask || db.scope().mustMask();
    MemberList list;
    list.unitCode = unit->code;
    list.unitName = unit->name;
    list.date = options.date.isValid() ? options.date : QDate::currentDate();
    ReportTable& t = list.table;
    t.sheetName = s("Danh sách hội viên");
    t.fontSize = 9;
    static const QHash<QString, double> widths{{QStringLiteral("stt"), 6}, {QStringLiteral("full_name"), 24},
                                               {QStringLiteral("address"), 22}, {QStringLiteral("chapter"), 18},
                                               {QStringLiteral("commune"), 18}, {QStringLiteral("citizen_id"), 14}};
    double total = 0;
    for (const MemberListColumn* c : columns) {
        t.columns.push_back({c->header, widths.value(c->key, 12)});
        total += t.columns.back().width;
    }
    t.landscape = total > 150;

    RegisterRepository reg(db);
    reg.setCancelCheck(options.cancelled);
    RegisterQuery q;
    q.unitId = unit->id;
    q.date = list.date;
    q.status = RegisterStatus::Active;
    std::optional<RegisterKey> after;
    qint64 stt = 0;
    for (;;) {
        const std::vector<RegisterRow> page = reg.page(q, after, 2000);
        for (const RegisterRow& m : page) {
            throwIfCancelled(options.cancelled);
            ReportRow row;
            row.cells.reserve(columns.size());
            for (const MemberListColumn* c : columns) {
                const QString& k = c->key;
                Cell cell;
                if (k == QLatin1String("stt")) cell = Cell::integer(++stt);
                else if (k == QLatin1String("full_name")) cell = Cell::textCell(m.fullName);
                else if (k == QLatin1String("birth_date")) cell = birthCell(m.birth);
                else if (k == QLatin1String("citizen_id")) cell = Cell::textCell(mask ? maskedDigits(m.citizenId) : m.citizenId);
                else if (k == QLatin1String("ethnicity")) cell = Cell::textCell(ref.ethnicityName(m.ethnicityCode));
                else if (k == QLatin1String("religion")) cell = Cell::textCell(m.religionCode == QLatin1String("00") ? s("Không") : ref.religionName(m.religionCode));
                else if (k == QLatin1String("party_member")) cell = Cell::textCell(m.partyMember ? QStringLiteral("x") : QString());
                else if (k == QLatin1String("phone")) cell = Cell::textCell(mask ? maskedDigits(m.phone) : m.phone);
                else if (k == QLatin1String("address")) cell = Cell::textCell(m.address);
                else if (k == QLatin1String("commune")) cell = Cell::textCell(ancestorName(tree, m.unitId, UnitLevel::Commune));
                else if (k == QLatin1String("chapter")) cell = Cell::textCell(ancestorName(tree, m.unitId, UnitLevel::Chapter));
                else if (k == QLatin1String("group")) cell = Cell::textCell(ancestorName(tree, m.unitId, UnitLevel::Group));
                else if (k == QLatin1String("joined_on")) cell = Cell::dateCell(m.joinedOn);
                else if (k == QLatin1String("card_no")) cell = Cell::textCell(m.cardNo);
                else if (k == QLatin1String("position")) cell = Cell::textCell(vi(m.position));
                else if (k == QLatin1String("member_type")) cell = Cell::textCell(vi(m.type));
                else if (k == QLatin1String("status")) cell = Cell::textCell(vi(m.status));
                if (cell.kind == Cell::Kind::Text && cell.text.isEmpty())
                    cell = Cell{};
                row.cells.push_back(std::move(cell));
            }
            t.rows.push_back(std::move(row));
        }
        if (page.size() < 2000)
            break;
        after = page.back().key;
    }
    QJsonArray exported;
    for (const MemberListColumn* c : columns)
        exported.append(c->key);
    AuditLog(db).append(QStringLiteral("export"), QStringLiteral("members %1 %2").arg(list.unitCode, list.date.toString(Qt::ISODate)),
                        {{QStringLiteral("columns"), exported}, {QStringLiteral("masked"), mask},
                         {QStringLiteral("rows"), qint64(t.rows.size())}});
    return list;
}

MovementList buildMovementList(Database& db, int year, const QString& unitCode, const CancelCheck& cancelled)
{
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    const OrgUnit* unit = unitOrOffice(db, units, tree, unitCode);
    MovementList list;
    list.year = year;
    list.unitCode = unit->code;
    list.unitName = unit->name;
    std::vector<MovementRow> rows = MovementRepository(db).between(QDate(year - 1, 12, 31), QDate(year, 12, 31));
    auto inside = [&](Id u) { return u && (u == unit->id || tree.isWithin(u, unit->id)); };
    std::erase_if(rows, [&](const MovementRow& r) {
        // A move between two units of the subtree is listed; one that stays outside is not.
        return !inside(r.unitId) && !inside(r.fromUnitId);
    });
    std::stable_sort(rows.begin(), rows.end(), [](const MovementRow& a, const MovementRow& b) { return int(a.kind) < int(b.kind); });
    ReportTable& t = list.table;
    t.sheetName = s("Biến động %1").arg(year);
    t.fontSize = 9;
    t.columns = {{s("STT"), 6},          {s("Họ và tên"), 24},     {s("Ngày sinh"), 11},   {s("Loại hội viên"), 11},
                 {s("Biến động"), 16},   {s("Ngày biến động"), 11}, {s("Từ đơn vị"), 18}, {s("Đến đơn vị"), 18},
                 {s("Số quyết định"), 13}};
    t.landscape = true;
    qint64 stt = 0;
    for (const MovementRow& r : rows) {
        throwIfCancelled(cancelled);
        ReportRow row;
        auto text = [](const QString& x) { return x.isEmpty() ? Cell{} : Cell::textCell(x); };
        row.cells = {Cell::integer(++stt), Cell::textCell(r.fullName), birthCell(r.birth), Cell::textCell(vi(r.type)),
                     Cell::textCell(vi(r.kind)), Cell::dateCell(r.date), text(unitName(tree, r.fromUnitId)),
                     text(unitName(tree, r.unitId)), text(r.decisionNo)};
        t.rows.push_back(std::move(row));
    }
    AuditLog(db).append(QStringLiteral("export"), QStringLiteral("movements %1 %2").arg(list.unitCode).arg(year),
                        {{QStringLiteral("rows"), qint64(t.rows.size())}});
    return list;
}

ReportDocument memberListDocument(const MemberList& list, const Letterhead& letterhead, const QDate& printedOn)
{
    ReportDocument d;
    d.letterhead = letterhead;
    d.printedOn = printedOn;
    d.title = s("DANH SÁCH HỘI VIÊN");
    d.subtitles << s("%1 — tính đến ngày %2").arg(list.unitName, dmy(list.date));
    d.tables.push_back(list.table);
    d.notes << s("Tổng số: %1 hội viên.").arg(printedText(Cell::integer(qint64(list.table.rows.size()))));
    return d;
}

ReportDocument movementListDocument(const MovementList& list, const Letterhead& letterhead, const QDate& printedOn)
{
    ReportDocument d;
    d.letterhead = letterhead;
    d.printedOn = printedOn;
    d.title = s("DANH SÁCH BIẾN ĐỘNG HỘI VIÊN NĂM %1").arg(list.year);
    d.subtitles << s("%1 — từ ngày 01/01/%2 đến ngày 31/12/%2").arg(list.unitName).arg(list.year);
    d.tables.push_back(list.table);
    // The count of each kind, in the order of the list (it is sorted by kind).
    QStringList counts;
    QString kind;
    int n = 0;
    for (const ReportRow& r : list.table.rows) {
        if (r.cells[4].text != kind) {
            if (n)
                counts << s("%1: %2").arg(kind).arg(n);
            kind = r.cells[4].text;
            n = 0;
        }
        ++n;
    }
    if (n)
        counts << s("%1: %2").arg(kind).arg(n);
    if (!counts.isEmpty())
        d.notes << counts.join(QStringLiteral("; ")) + QLatin1Char('.');
    d.notes << s("Tổng số: %1 trường hợp.").arg(printedText(Cell::integer(qint64(list.table.rows.size()))));
    return d;
}

ReportDocument memberSheetDocument(Database& db, const ReferenceData& ref, Id memberId, const QDate& printedOn)
{
    // The sheet is everything held about her, unmasked: not for a viewer.
    access::requireWrite(db);
    MemberRepository members(db, ref);
    const auto m = members.open(memberId);
    if (!m)
        throw Error(Error::Kind::Input, tr("No member has the id %1.").arg(memberId));
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    const auto office = units.officeUnit();
    ReportDocument d;
    if (office)
        d.letterhead = letterheadFor(db, office->code);
    d.printedOn = printedOn;
    d.title = s("PHIẾU THÔNG TIN HỘI VIÊN");
    d.subtitles << m->fullName;
    auto yes = [](bool b) { return b ? s("Có") : s("Không"); };
    const QString birth = m->birth.date.isValid() ? dmy(m->birth.date) : m->birth.year ? QString::number(m->birth.year) : QString();
    const std::vector<MembershipEvent> events = members.events(memberId);
    Id currentUnit = 0;
    Status status = Status::Active;
    for (const MembershipEvent& e : events) {
        currentUnit = e.unitId ? e.unitId : currentUnit;
        status = e.status;
    }
    QString party = yes(m->partyMember);
    if (m->partyMember && m->partyJoinedOn.isValid())
        party += s(" (vào Đảng ngày %1").arg(dmy(m->partyJoinedOn)) +
                 (m->partyOfficialOn.isValid() ? s(", chính thức ngày %1)").arg(dmy(m->partyOfficialOn)) : QStringLiteral(")"));
    d.fields = {
        {s("Họ và tên"), m->fullName},
        {s("Ngày sinh"), birth},
        {s("Giới tính"), m->sex == Sex::Female ? s("Nữ") : s("Nam")},
        {s("Số CCCD"), m->citizenId},
        {s("Dân tộc"), ref.ethnicityName(m->ethnicityCode)},
        {s("Tôn giáo"), m->religionCode == QLatin1String("00") ? s("Không") : ref.religionName(m->religionCode)},
        {s("Trình độ học vấn"), m->education},
        {s("Trình độ chuyên môn"), m->professional},
        {s("Lý luận chính trị"), m->politicalTheory},
        {s("Nghề nghiệp"), m->occupation},
        {s("Đảng viên"), party},
        {s("Địa chỉ"), m->address},
        {s("Điện thoại"), m->phone},
        {s("Loại hội viên"), vi(m->type)},
        {s("Ngày vào Hội"), m->joinedOn.isValid() ? dmy(m->joinedOn) : QString()},
        {s("Quyết định kết nạp"), m->admissionDecision},
        {s("Số thẻ hội viên"), m->cardNo + (m->cardIssuedOn.isValid() ? s(" (cấp ngày %1)").arg(dmy(m->cardIssuedOn)) : QString())},
        {s("Đơn vị sinh hoạt"), unitName(tree, currentUnit)},
        {s("Tình trạng"), vi(status)},
        {s("Nòng cốt"), yes(m->coreMember)},
        {s("Hoàn cảnh gia đình"), m->household},
        {s("Ghi chú"), m->notes},
    };
    ReportTable history;
    history.caption = s("QUÁ TRÌNH SINH HOẠT HỘI");
    history.columns = {{s("STT"), 5}, {s("Ngày"), 12}, {s("Biến động"), 20}, {s("Đơn vị"), 26}, {s("Số quyết định"), 16}};
    qint64 stt = 0;
    for (const MembershipEvent& e : events) {
        const QString where = unitName(tree, e.unitId ? e.unitId : e.fromUnitId);
        history.rows.push_back({{Cell::integer(++stt), e.date == unknownDate() ? Cell::textCell(s("không rõ")) : Cell::dateCell(e.date),
                                 Cell::textCell(vi(e.kind)), where.isEmpty() ? Cell{} : Cell::textCell(where),
                                 e.decisionNo.isEmpty() ? Cell{} : Cell::textCell(e.decisionNo)},
                                ReportRow::Style::Normal, false});
    }
    d.tables.push_back(history);
    const std::vector<PositionHolding> positions = members.positions(memberId);
    if (!positions.empty()) {
        ReportTable pos;
        pos.caption = s("CHỨC VỤ TRONG HỘI");
        pos.columns = {{s("STT"), 5}, {s("Chức vụ"), 20}, {s("Đơn vị"), 26}, {s("Từ ngày"), 12}, {s("Đến ngày"), 12}};
        stt = 0;
        for (const PositionHolding& p : positions)
            pos.rows.push_back({{Cell::integer(++stt), Cell::textCell(p.position == Position::Other && !p.title.isEmpty() ? p.title : vi(p.position)),
                                 Cell::textCell(unitName(tree, p.unitId)), Cell::dateCell(p.from), Cell::dateCell(p.to)},
                                ReportRow::Style::Normal, false});
        d.tables.push_back(pos);
    }
    d.preparedBy = s("NGƯỜI LẬP PHIẾU");
    return d;
}

}  // namespace hv
