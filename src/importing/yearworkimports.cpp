#include "importing/yearworkimports.h"

#include "core/flexparse.h"
#include "core/referencedata.h"
#include "core/vietnamese.h"
#include "importing/rowsource.h"
#include "storage/activityrepository.h"
#include "storage/awardrepository.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/memberrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::YearWorkImports", s); }

struct Column {
    const char* code;
    std::vector<const char*> headers;  // Vietnamese headers accepted besides the code
    bool required = false;
};

QString headerKey(QStringView text)
{
    QString f = vn::fold(text.toString());
    const int paren = f.indexOf(QLatin1Char('('));
    if (paren > 0)
        f.truncate(paren);  // "Ngày (dd/mm/yyyy)"
    f.replace(QLatin1Char('_'), QLatin1Char(' '));
    return f.simplified();
}

// A file of named columns: the header is the first row in which two cells name a column (title rows
// above it are skipped); cells are read by column code.
class Table {
public:
    Table(RowSource& src, ImportResult& result, const std::vector<Column>& columns) : mSrc(src), mResult(result)
    {
        QHash<QString, QString> codeOf;
        for (const Column& c : columns) {
            codeOf.insert(headerKey(QString::fromLatin1(c.code)), QString::fromLatin1(c.code));
            for (const char* h : c.headers)
                codeOf.insert(headerKey(QString::fromUtf8(h)), QString::fromLatin1(c.code));
        }
        while (mSrc.next()) {
            QHash<QString, int> found;
            for (int i = 0; i < mSrc.cellCount(); ++i)
                if (const auto it = codeOf.constFind(headerKey(mSrc.cell(i))); it != codeOf.cend() && !found.contains(*it))
                    found.insert(*it, i);
            if (found.size() >= 2) {
                mColumns = found;
                break;
            }
        }
        for (const Column& c : columns)
            if (c.required && !mColumns.contains(QString::fromLatin1(c.code)))
                mResult.problems.push_back({InputProblem::Severity::Error, mSrc.sourceName(), 0, QString::fromLatin1(c.code), {},
                                            tr("The required column %1 is missing (see docs/import-formats.md).")
                                                .arg(QString::fromLatin1(c.code))});
    }
    bool next()
    {
        while (mSrc.next()) {
            for (int i = 0; i < mSrc.cellCount(); ++i)
                if (!mSrc.cell(i).isEmpty()) {
                    ++mResult.rowsRead;
                    return true;
                }
        }
        return false;
    }
    QString cell(const char* column) const
    {
        const int c = mColumns.value(QString::fromLatin1(column), -1);
        return c < 0 ? QString() : mSrc.cell(c).toString();
    }
    void error(const char* column, const QString& reason)
    {
        mResult.problems.push_back({InputProblem::Severity::Error, mSrc.sourceName(), mSrc.rowNumber(),
                                    QString::fromLatin1(column), cell(column), reason});
    }
    // A full date, or an invalid QDate (with an error when the cell is not empty or required).
    QDate date(const char* column, bool required)
    {
        const QString text = cell(column);
        if (text.isEmpty()) {
            if (required)
                error(column, tr("A date is required."));
            return {};
        }
        const auto d = parseFlexDate(text);
        if (!d || d->yearOnly()) {
            error(column, tr("A date like 31/12/2025 or 2025-12-31 is expected."));
            return {};
        }
        return d->date;
    }
    std::optional<qint64> number(const char* column, qint64 fallback)
    {
        QString text = cell(column);
        if (text.isEmpty())
            return fallback;
        text.remove(QLatin1Char('.')).remove(QLatin1Char(',')).remove(QLatin1Char(' '));
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok || v < 0) {
            error(column, tr("A whole number, 0 or more, is expected."));
            return std::nullopt;
        }
        return v;
    }
    bool ok() const { return mResult.accepted(); }
    int errorsSoFar() const { return mResult.errorCount(); }

private:
    RowSource& mSrc;
    ImportResult& mResult;
    QHash<QString, int> mColumns;
};

// Shared lookups: units by code, members by CCCD or register id.
class Lookups {
public:
    explicit Lookups(Database& db) : mDb(db), mTree(UnitRepository(db).tree()), mMembers(db, mRef) {}
    const OrgUnit* unit(Table& t, const char* column, const QDate& on)
    {
        const OrgUnit* u = mTree.byCode(t.cell(column));
        if (!u)
            t.error(column, tr("No unit has this code."));
        else if (on.isValid() && !u->activeAt(on))
            t.error(column, tr("%1 did not exist on %2.").arg(u->name, on.toString(QStringLiteral("dd/MM/yyyy"))));
        return u;
    }
    // Each of a ";"-separated list of members (CCCD, or the register's id), active on the date.
    std::vector<Id> members(Table& t, const char* column, const QDate& on)
    {
        std::vector<Id> out;
        for (const QString& raw : t.cell(column).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString key = raw.trimmed();
            const auto id = member(key);
            if (!id) {
                t.error(column, tr("No member has the CCCD or id %1.").arg(key));
                continue;
            }
            if (on.isValid() && !activeUnitOf(mDb, *id, on)) {
                t.error(column, tr("The member %1 was not an active member on %2.").arg(key, on.toString(QStringLiteral("dd/MM/yyyy"))));
                continue;
            }
            out.push_back(*id);
        }
        return out;
    }
    std::optional<Id> member(const QString& key)
    {
        if (key.size() == 12)
            return mMembers.idByCitizenId(key);
        bool ok = false;
        const Id id = QString(key).remove(QLatin1Char('#')).toLongLong(&ok);
        if (ok && mMembers.byId(id))
            return id;
        return std::nullopt;
    }

private:
    Database& mDb;
    UnitTree mTree;
    ReferenceData mRef;
    MemberRepository mMembers;
};

// Writes the parsed rows in one transaction when the file was accepted; a refusal by a repository
// (its own checks) is reported against the row and rolls everything back.
ImportResult writeAll(Database& db, ImportResult result, const QString& kind, const QString& file,
                      std::vector<std::pair<int, std::function<void(Id)>>>& writes)
{
    if (!result.accepted())
        return result;
    Transaction tx(db);
    const Id batch = BatchRepository(db).create(kind, file);
    for (auto& [row, write] : writes) {
        try {
            write(batch);
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::Input)
                throw;
            result.problems.push_back({InputProblem::Severity::Error, file, row, {}, {}, e.message()});
        }
    }
    if (!result.accepted())
        return result;
    BatchRepository(db).setRowCount(batch, int(writes.size()));
    tx.commit();
    result.batchId = batch;
    result.added = int(writes.size());
    return result;
}

}  // namespace

ImportResult importTrainings(Database& db, RowSource& source)
{
    ImportResult result;
    Table t(source, result, {{"title", {"Tên lớp", "Tên lớp tập huấn", "Tiêu đề"}, true},
                             {"unit_code", {"Mã đơn vị", "Đơn vị tổ chức"}, true},
                             {"date_from", {"Từ ngày", "Ngày bắt đầu", "Ngày"}, true},
                             {"date_to", {"Đến ngày", "Ngày kết thúc"}},
                             {"year", {"Năm"}},
                             {"level", {"Cấp tổ chức", "Cấp"}},
                             {"place", {"Địa điểm"}},
                             {"topic", {"Chủ đề", "Nội dung"}},
                             {"attendees", {"Số học viên", "Số người tham gia", "Số lượt"}},
                             {"members", {"Hội viên tham gia", "Hội viên"}},
                             {"officers", {"Cán bộ tham gia", "Cán bộ"}},
                             {"outside", {"Người ngoài", "Khách mời", "Người khác"}}});
    std::vector<std::pair<int, std::function<void(Id)>>> writes;
    if (!t.ok())
        return result;
    Lookups look(db);
    while (t.next()) {
        const int before = t.errorsSoFar();
        Training tg;
        tg.title = t.cell("title").simplified();
        if (tg.title.isEmpty())
            t.error("title", tr("The title is required."));
        tg.from = t.date("date_from", true);
        tg.to = t.date("date_to", false);
        tg.year = tg.from.isValid() ? tg.from.year() : 0;
        if (!t.cell("year").isEmpty()) {
            const int y = t.cell("year").toInt();
            if (y != tg.year && tg.from.isValid())
                t.error("date_from", tr("The date is outside the year %1.").arg(t.cell("year")));
        }
        if (tg.to.isValid() && tg.from.isValid() && (tg.to < tg.from || tg.to.year() != tg.year))
            t.error("date_to", tr("The last day must be on or after the first day, in the same year."));
        const OrgUnit* unit = look.unit(t, "unit_code", tg.from);
        tg.level = t.cell("level").isEmpty() || !unitLevelFromText(t.cell("level")) ? QString() : toCode(*unitLevelFromText(t.cell("level")));
        tg.place = t.cell("place");
        tg.topic = t.cell("topic");
        for (Id m : look.members(t, "members", tg.from))
            tg.participants.push_back({TrainingParticipant::Kind::Member, m, {}});
        for (const QString& n : t.cell("officers").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            tg.participants.push_back({TrainingParticipant::Kind::Officer, 0, n.trimmed()});
        for (const QString& n : t.cell("outside").split(QLatin1Char(';'), Qt::SkipEmptyParts))
            tg.participants.push_back({TrainingParticipant::Kind::Outside, 0, n.trimmed()});
        if (!t.cell("attendees").isEmpty()) {
            if (const auto n = t.number("attendees", 0)) {
                tg.attendees = int(*n);
                if (*n < qint64(tg.participants.size()))
                    t.error("attendees", tr("Fewer attendees than the %1 participants listed.").arg(tg.participants.size()));
            }
        }
        if (t.errorsSoFar() > before || !unit)
            continue;
        tg.unitId = unit->id;
        writes.push_back({source.rowNumber(), [&db, tg](Id batch) mutable { TrainingRepository(db).save(tg, batch); }});
    }
    return writeAll(db, result, QStringLiteral("trainings"), source.sourceName(), writes);
}

ImportResult importAwards(Database& db, RowSource& source)
{
    ImportResult result;
    Table t(source, result, {{"year", {"Năm thi đua", "Năm"}, true},
                             {"form", {"Hình thức", "Hình thức khen thưởng"}, true},
                             {"title", {"Danh hiệu", "Tên khen thưởng"}},
                             {"issuer_level", {"Cấp khen", "Cấp khen thưởng", "Cơ quan khen"}, true},
                             {"decision_no", {"Số quyết định", "Quyết định"}},
                             {"decision_date", {"Ngày quyết định"}},
                             {"reason", {"Lý do", "Thành tích"}},
                             {"unit_code", {"Mã đơn vị", "Tập thể"}},
                             {"member", {"Hội viên", "Cá nhân", "CCCD"}},
                             {"status", {"Trạng thái"}}});
    std::vector<std::pair<int, std::function<void(Id)>>> writes;
    if (!t.ok())
        return result;
    Lookups look(db);
    while (t.next()) {
        const int before = t.errorsSoFar();
        Award a;
        a.year = t.cell("year").toInt();
        if (a.year < 1900 || a.year > 2100)
            t.error("year", tr("A year between 1900 and 2100 is expected."));
        if (const auto f = awardFormFromText(t.cell("form")))
            a.form = *f;
        else
            t.error("form", tr("Unknown form: use cờ thi đua, bằng khen, giấy khen, kỷ niệm chương or danh hiệu."));
        if (const auto l = issuerLevelFromText(t.cell("issuer_level")))
            a.issuerLevel = *l;
        else
            t.error("issuer_level", tr("Unknown issuing level: use Trung ương Hội, tỉnh Hội, huyện Hội, cơ sở Hội, UBND or khác."));
        a.title = t.cell("title");
        a.decisionNo = t.cell("decision_no");
        a.decisionDate = t.date("decision_date", false);
        if (a.decisionDate.isValid() && a.year && a.decisionDate.year() != a.year && a.decisionDate.year() != a.year + 1)
            t.error("decision_date", tr("The decision date is outside the emulation year %1 and the year after.").arg(a.year));
        a.reason = t.cell("reason");
        const QString status = vn::fold(t.cell("status"));
        a.status = status.isEmpty() || status == QLatin1String("approved") || status.startsWith(QLatin1String("da duyet"))
                           || status == QLatin1String("cong nhan")
                       ? QStringLiteral("approved")
                   : status == QLatin1String("proposed") || status.startsWith(QLatin1String("de nghi")) ? QStringLiteral("proposed")
                                                                                                      : QString();
        if (a.status.isEmpty())
            t.error("status", tr("The status is đề nghị (proposed) or đã duyệt (approved)."));
        else if (a.status == QLatin1String("approved") && a.decisionNo.isEmpty())
            t.error("decision_no", tr("An approved award needs its decision number."));
        const QDate on = a.decisionDate.isValid() ? a.decisionDate : QDate(a.year, 12, 31);
        if (t.cell("member").isEmpty() == t.cell("unit_code").isEmpty()) {
            t.error("unit_code", tr("Give either the unit (a collective award) or the member (an individual one)."));
        } else if (!t.cell("member").isEmpty()) {
            const auto m = look.members(t, "member", on);
            a.memberId = m.empty() ? 0 : m.front();
        } else if (const OrgUnit* u = look.unit(t, "unit_code", on)) {
            a.unitId = u->id;
        }
        if (t.errorsSoFar() > before)
            continue;
        writes.push_back({source.rowNumber(), [&db, a](Id batch) mutable { AwardRepository(db).save(a, batch); }});
    }
    return writeAll(db, result, QStringLiteral("awards"), source.sourceName(), writes);
}

ImportResult importActivities(Database& db, RowSource& source)
{
    ImportResult result;
    Table t(source, result, {{"unit_code", {"Mã đơn vị", "Đơn vị"}, true},
                             {"date", {"Ngày"}, true},
                             {"kind", {"Loại", "Loại hoạt động"}, true},
                             {"year", {"Năm"}},
                             {"name", {"Tên", "Nội dung"}},
                             {"count", {"Số lượng", "Số lượt", "Số hộ"}},
                             {"amount", {"Số tiền", "Giá trị", "Số tiền (đồng)"}},
                             {"founded_on", {"Ngày thành lập"}},
                             {"notes", {"Ghi chú"}},
                             {"members", {"Thành viên", "Hội viên"}}});
    std::vector<Activity> rows;
    std::vector<int> rowNumbers;
    if (!t.ok())
        return result;
    Lookups look(db);
    while (t.next()) {
        const int before = t.errorsSoFar();
        Activity a;
        a.date = t.date("date", true);
        a.year = a.date.isValid() ? a.date.year() : 0;
        if (!t.cell("year").isEmpty() && a.date.isValid() && t.cell("year").toInt() != a.year)
            t.error("date", tr("The date is outside the year %1.").arg(t.cell("year")));
        const OrgUnit* unit = look.unit(t, "unit_code", a.date);
        if (const auto k = activityKindFromText(t.cell("kind")))
            a.kind = *k;
        else
            t.error("kind", tr("Unknown kind of activity (see docs/import-formats.md for the list)."));
        a.name = t.cell("name");
        a.count = t.number("count", 1).value_or(0);
        a.amount = t.number("amount", 0).value_or(0);
        a.foundedOn = t.date("founded_on", false);
        a.notes = t.cell("notes");
        a.members = look.members(t, "members", a.date);
        if (t.errorsSoFar() > before || !unit)
            continue;
        a.unitId = unit->id;
        rows.push_back(a);
        rowNumbers.push_back(source.rowNumber());
    }
    std::vector<std::pair<int, std::function<void(Id)>>> writes;
    if (!rows.empty())
        writes.push_back({0, [&db, &rows](Id batch) { ActivityRepository(db).upsert(rows, batch); }});
    ImportResult r = writeAll(db, result, QStringLiteral("activities"), source.sourceName(), writes);
    if (r.accepted())
        r.added = int(rows.size());
    return r;
}

}  // namespace hv
