#include "storage/activityrepository.h"

#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>
#include <QSet>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::ActivityRepository", s); }
QString nn(const QString& s) { return s.isEmpty() ? QStringLiteral("") : s; }

struct Kind {
    const char* code;
    const char* name;
};
const Kind kKinds[] = {
    {"club", "Câu lạc bộ"},
    {"model", "Mô hình"},
    {"cooperative_group", "Tổ hợp tác"},
    {"cooperative", "Hợp tác xã"},
    {"supervision", "Giám sát"},
    {"critique", "Phản biện xã hội"},
    {"dialogue", "Đối thoại"},
    {"mediation", "Hòa giải"},
    {"law_comment", "Góp ý dự thảo luật"},
    {"communication", "Tuyên truyền"},
    {"scholarship", "Học bổng"},
    {"gift", "Quà tặng"},
    {"sponsored_child", "Mẹ đỡ đầu"},
    {"livelihood", "Hỗ trợ sinh kế"},
    {"loan", "Vay vốn"},
    {"work", "Công trình, phần việc"},
    {"project", "Dự án"},
    {"household_5k3s", "Hộ 5 không 3 sạch"},
    {"household_5c3s", "Hộ 5 có 3 sạch"},
};

}  // namespace

const QStringList& activityKinds()
{
    static const QStringList k = [] {
        QStringList l;
        for (const Kind& k : kKinds) l << QString::fromLatin1(k.code);
        return l;
    }();
    return k;
}

QString activityKindName(const QString& code)
{
    for (const Kind& k : kKinds)
        if (code == QLatin1String(k.code)) return QString::fromUtf8(k.name);
    return code;
}

std::optional<QString> activityKindFromText(QStringView text)
{
    const QString f = vn::fold(text.toString());
    for (const Kind& k : kKinds)
        if (f == QLatin1String(k.code) || f == vn::fold(QString::fromUtf8(k.name)))
            return QString::fromLatin1(k.code);
    return std::nullopt;
}

bool isHouseholdKind(const QString& code) { return code.startsWith(QLatin1String("household_")); }

bool isSupportKind(const QString& code)
{
    static const QStringList s{QStringLiteral("scholarship"), QStringLiteral("gift"),
                               QStringLiteral("sponsored_child"), QStringLiteral("livelihood"),
                               QStringLiteral("loan")};
    return s.contains(code);
}

const QStringList& clubKinds()
{
    static const QStringList k{QStringLiteral("club"), QStringLiteral("model"),
                               QStringLiteral("cooperative_group"), QStringLiteral("cooperative")};
    return k;
}

bool isClubKind(const QString& code) { return clubKinds().contains(code); }

void ActivityRepository::upsert(std::vector<Activity>& rows, Id batchId)
{
    access::requireWrite(mDb);
    UnitRepository units(mDb);
    QHash<Id, std::optional<OrgUnit>> unitCache;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Activity& a = rows[i];
        auto fail = [&](const QString& m) {
            throw Error(Error::Kind::Input,
                        tr("Activity %1 (%2): %3").arg(i + 1).arg(activityKindName(a.kind), m));
        };
        if (!activityKinds().contains(a.kind))
            fail(tr("unknown kind; use one of %1.").arg(activityKinds().join(QStringLiteral(", "))));
        if (!a.date.isValid() || a.date.year() != a.year)
            fail(tr("the date %1 is outside the year %2.")
                     .arg(a.date.toString(QStringLiteral("dd/MM/yyyy")))
                     .arg(a.year));
        if (a.count < 0 || a.amount < 0) fail(tr("counts and amounts cannot be negative."));
        if (!unitCache.contains(a.unitId)) {
            access::requireUnit(mDb, a.unitId);
            unitCache.insert(a.unitId, units.byId(a.unitId));
        }
        if (a.id != 0) {
            // The record being changed must be one of the account's units too, not only its new unit.
            Query old(mDb, QStringLiteral("SELECT unit_id FROM activities WHERE id = :id"));
            old.bind(QStringLiteral(":id"), a.id).exec();
            if (!old.next()) fail(tr("the record no longer exists."));
            access::requireUnit(mDb, old.integer(0));
        }
        const auto& unit = unitCache.value(a.unitId);
        if (!unit) fail(tr("the unit is unknown."));
        if (!unit->activeAt(a.date))
            fail(
                tr("%1 did not exist on %2.").arg(unit->name, a.date.toString(QStringLiteral("dd/MM/yyyy"))));
        for (Id m : a.members)
            if (!activeUnitOf(mDb, m, a.date))
                fail(tr("member %1 was not an active member on %2.")
                         .arg(m)
                         .arg(a.date.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    Transaction tx(mDb);
    Query ins(mDb, QStringLiteral("INSERT INTO activities(unit_id, year, date, kind, name, count, amount, "
                                  "founded_on, notes, batch_id) "
                                  "VALUES(:u, :y, :d, :k, :n, :c, :a, :f, :o, :b)"));
    Query upd(
        mDb,
        QStringLiteral(
            "UPDATE activities SET unit_id = :u, year = :y, date = :d, kind = :k, name = :n, count = :c, "
            "amount = :a, founded_on = :f, notes = :o WHERE id = :id"));
    Query delMembers(mDb, QStringLiteral("DELETE FROM activity_members WHERE activity_id = :id"));
    Query addMember(
        mDb,
        QStringLiteral(
            "INSERT INTO activity_members(activity_id, member_id) VALUES(:id, :m) ON CONFLICT DO NOTHING"));
    for (Activity& a : rows) {
        Query& q = a.id == 0 ? ins : upd;
        q.bind(QStringLiteral(":u"), a.unitId)
            .bind(QStringLiteral(":y"), a.year)
            .bind(QStringLiteral(":d"), a.date)
            .bind(QStringLiteral(":k"), a.kind)
            .bind(QStringLiteral(":n"), nn(a.name))
            .bind(QStringLiteral(":c"), a.count)
            .bind(QStringLiteral(":a"), a.amount)
            .bind(QStringLiteral(":f"), a.foundedOn)
            .bind(QStringLiteral(":o"), nn(a.notes));
        if (a.id == 0)
            q.bindId(QStringLiteral(":b"), batchId);
        else
            q.bind(QStringLiteral(":id"), a.id);
        q.exec();
        if (a.id == 0)
            a.id = q.lastInsertId();
        else
            delMembers.bind(QStringLiteral(":id"), a.id).exec();
        for (Id m : a.members)
            addMember.bind(QStringLiteral(":id"), a.id).bind(QStringLiteral(":m"), m).exec();
    }
    tx.commit();
}

void ActivityRepository::saveUnitYear(Id unitId, int year, std::vector<Activity>& rows)
{
    for (Activity& a : rows) {
        a.unitId = unitId;
        a.year = year;
    }
    Transaction tx(mDb);
    upsert(rows);
    QStringList keep;
    for (const Activity& a : rows)
        keep << QString::number(a.id);  // ids from the database: numbers, not user text
    Query del(mDb,
              QStringLiteral("DELETE FROM activities WHERE unit_id = :u AND year = :y AND id NOT IN (%1)")
                  .arg(keep.isEmpty() ? QStringLiteral("0") : keep.join(QLatin1Char(','))));
    del.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).exec();
    tx.commit();
}

std::vector<Activity> ActivityRepository::forUnitYear(Id unitId, int year)
{
    access::requireRead(mDb);
    if (!access::unitVisible(mDb, unitId)) return {};
    return read(QStringLiteral("unit_id = :u AND year = :y"),
                {{QStringLiteral(":u"), unitId}, {QStringLiteral(":y"), year}});
}

std::vector<Activity> ActivityRepository::ofKinds(int year, const QStringList& kinds)
{
    QStringList names;
    QVariantHash binds{{QStringLiteral(":y"), year}};
    for (int i = 0; i < kinds.size(); ++i) {
        names << QStringLiteral(":k%1").arg(i);
        binds.insert(names.back(), kinds[i]);
    }
    if (names.isEmpty()) return {};
    return read(QStringLiteral("year = :y AND kind IN (%1)").arg(names.join(QStringLiteral(", "))), binds);
}

std::vector<Activity> ActivityRepository::read(const QString& condition, const QVariantHash& binds)
{
    access::requireRead(mDb);
    // Only activities has these columns, so the condition reads the same in the join below.
    const QString where = condition + access::unitCondition(mDb, QStringLiteral("unit_id"));
    Query q(
        mDb,
        QStringLiteral(
            "SELECT id, unit_id, year, date, kind, name, count, amount, founded_on, notes FROM activities "
            "WHERE %1 ORDER BY unit_id, date, id")
            .arg(where));
    Query m(mDb, QStringLiteral("SELECT am.activity_id, am.member_id FROM activity_members am JOIN "
                                "activities a ON a.id = am.activity_id "
                                "WHERE %1 ORDER BY am.member_id")
                     .arg(where));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        q.bind(it.key(), it.value());
        m.bind(it.key(), it.value());
    }
    q.exec();
    std::vector<Activity> out;
    QHash<Id, std::size_t> index;
    while (q.next()) {
        index.insert(q.integer(0), out.size());
        out.push_back({q.integer(0),
                       q.integer(1),
                       int(q.integer(2)),
                       q.date(3),
                       q.text(4),
                       q.text(5),
                       q.integer(6),
                       q.integer(7),
                       q.date(8),
                       q.text(9),
                       {}});
    }
    m.exec();
    while (m.next()) out[index.value(m.integer(0))].members.push_back(m.integer(1));
    return out;
}

void ActivityRepository::remove(Id id)
{
    access::requireWrite(mDb);
    Query old(mDb, QStringLiteral("SELECT unit_id FROM activities WHERE id = :id"));
    old.bind(QStringLiteral(":id"), id).exec();
    if (!old.next()) return;
    access::requireUnit(mDb, old.integer(0));
    Query del(
        mDb, QStringLiteral("DELETE FROM activities WHERE id = :id"));  // its members go by ON DELETE CASCADE
    del.bind(QStringLiteral(":id"), id).exec();
}

QHash<Id, ActivityCounts> ActivityRepository::countsByUnit(int year)
{
    Query q(mDb,
            QStringLiteral(
                "SELECT unit_id, kind, count(*), sum(count), sum(amount) FROM activities WHERE year = :y "
                "%1 GROUP BY unit_id, kind")
                .arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<Id, ActivityCounts> out;
    while (q.next()) {
        ActivityCounts& c = out[q.integer(0)];
        const QString kind = q.text(1);
        if (isHouseholdKind(kind)) {
            c.households += q.integer(3);
            continue;
        }
        if (isSupportKind(kind)) {
            // A support record is one activity; its count is the people or households it reached.
            c.activities += q.integer(2);
            c.supportCount += q.integer(3);
            c.supportAmount += q.integer(4);
        } else if (isClubKind(kind)) {
            c.activities += q.integer(2);  // a club once, whatever its members (its count)
        } else {
            // Sessions, works and projects: the count is how many (the grid's "5 supervisions").
            c.activities += q.integer(3);
        }
    }
    return out;
}

}  // namespace hv
