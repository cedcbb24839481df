#include "storage/awardrepository.h"

#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QCoreApplication>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::AwardRepository", s); }
QString nn(const QString& s) { return s.isEmpty() ? QStringLiteral("") : s; }
QString dmy(const QDate& d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

const QStringList kFormNames{QString::fromUtf8("Cờ thi đua"), QString::fromUtf8("Bằng khen"), QString::fromUtf8("Giấy khen"),
                             QString::fromUtf8("Kỷ niệm chương"), QString::fromUtf8("Danh hiệu")};

}  // namespace

const QStringList& awardForms()
{
    static const QStringList f{QStringLiteral("flag"), QStringLiteral("merit"), QStringLiteral("certificate"),
                               QStringLiteral("medal"), QStringLiteral("title")};
    return f;
}

QString awardFormName(const QString& code)
{
    const int i = awardForms().indexOf(code);
    return i < 0 ? code : kFormNames.at(i);
}

std::optional<QString> awardFormFromText(QStringView text)
{
    const QString f = vn::fold(text.toString());
    for (int i = 0; i < awardForms().size(); ++i)
        if (f == awardForms().at(i) || f == vn::fold(kFormNames.at(i)))
            return awardForms().at(i);
    return std::nullopt;
}

const QStringList& issuerLevels()
{
    static const QStringList l{QStringLiteral("central"), QStringLiteral("province"), QStringLiteral("district"),
                               QStringLiteral("commune"), QStringLiteral("committee"), QStringLiteral("other")};
    return l;
}

std::optional<QString> issuerLevelFromText(QStringView text)
{
    const QString f = vn::fold(text.toString());
    if (issuerLevels().contains(f))
        return f;
    static const QList<QPair<const char*, const char*>> words{
        {"trung uong hoi", "central"}, {"trung uong", "central"}, {"tinh hoi", "province"}, {"tinh", "province"},
        {"huyen hoi", "district"}, {"huyen", "district"}, {"co so hoi", "commune"}, {"xa", "commune"},
        {"hoi xa", "commune"}, {"ubnd", "committee"}, {"uy ban nhan dan", "committee"}, {"khac", "other"}};
    for (const auto& [w, code] : words)
        if (f == QLatin1String(w))
            return QString::fromLatin1(code);
    if (f.startsWith(QLatin1String("ubnd")) || f.startsWith(QLatin1String("uy ban")))
        return QStringLiteral("committee");
    return std::nullopt;
}

Id AwardRepository::save(Award& a, Id batchId)
{
    auto fail = [&](const QString& m) { throw Error(Error::Kind::Input, tr("Award \"%1\" of %2: %3").arg(a.title).arg(a.year).arg(m)); };
    access::requireWrite(mDb);
    if (a.id != 0)
        requireVisible(a.id);
    if (!awardForms().contains(a.form))
        fail(tr("unknown form %1; use one of %2.").arg(a.form, awardForms().join(QStringLiteral(", "))));
    if (!issuerLevels().contains(a.issuerLevel))
        fail(tr("unknown issuing level %1; use one of %2.").arg(a.issuerLevel, issuerLevels().join(QStringLiteral(", "))));
    if (a.status != QLatin1String("proposed") && a.status != QLatin1String("approved") && a.status != QLatin1String("refused"))
        fail(tr("unknown status %1.").arg(a.status));
    if (a.year < 1900 || a.year > 2100)
        fail(tr("the emulation year must be between 1900 and 2100."));
    if (a.status == QLatin1String("approved") && a.decisionNo.trimmed().isEmpty())
        fail(tr("an approved award needs its decision number."));
    // Awards for a year are decided during it or early the next year.
    if (a.decisionDate.isValid() && a.decisionDate.year() != a.year && a.decisionDate.year() != a.year + 1)
        fail(tr("the decision date %1 is outside the emulation year %2 and the year after.").arg(dmy(a.decisionDate)).arg(a.year));
    const QDate on = a.decisionDate.isValid() ? a.decisionDate : QDate(a.year, 12, 31);
    if (a.memberId) {
        const auto unit = activeUnitOf(mDb, a.memberId, on);
        if (!unit)
            fail(tr("member %1 was not an active member on %2.").arg(a.memberId).arg(dmy(on)));
        a.unitId = *unit;
    } else {
        const auto unit = UnitRepository(mDb).byId(a.unitId);
        if (!unit)
            fail(tr("the unit is unknown."));
        if (!unit->activeAt(on))
            fail(tr("%1 did not exist on %2.").arg(unit->name, dmy(on)));
    }
    // A member's award belongs to the unit she was in on the decision date.
    access::requireUnit(mDb, a.unitId);
    Query q(mDb, a.id == 0 ? QStringLiteral("INSERT INTO awards(year, form, title, issuer_level, decision_no, decision_date, reason, "
                                            "member_id, unit_id, status, batch_id) VALUES(:y, :f, :t, :i, :n, :d, :r, :m, :u, :s, :b)")
                           : QStringLiteral("UPDATE awards SET year = :y, form = :f, title = :t, issuer_level = :i, decision_no = :n, "
                                            "decision_date = :d, reason = :r, member_id = :m, unit_id = :u, status = :s WHERE id = :id"));
    q.bind(QStringLiteral(":y"), a.year).bind(QStringLiteral(":f"), a.form).bind(QStringLiteral(":t"), nn(a.title))
        .bind(QStringLiteral(":i"), a.issuerLevel).bind(QStringLiteral(":n"), nn(a.decisionNo)).bind(QStringLiteral(":d"), a.decisionDate)
        .bind(QStringLiteral(":r"), nn(a.reason)).bindId(QStringLiteral(":m"), a.memberId).bind(QStringLiteral(":u"), a.unitId)
        .bind(QStringLiteral(":s"), a.status);
    if (a.id == 0)
        q.bindId(QStringLiteral(":b"), batchId);
    else
        q.bind(QStringLiteral(":id"), a.id);
    q.exec();
    if (a.id == 0)
        a.id = q.lastInsertId();
    return a.id;
}

void AwardRepository::approve(Id id, const QString& decisionNo, const QDate& decisionDate)
{
    auto a = byId(id);
    if (!a)
        throw Error(Error::Kind::Input, tr("Award %1 does not exist.").arg(id));
    a->status = QStringLiteral("approved");
    a->decisionNo = decisionNo;
    a->decisionDate = decisionDate;
    save(*a);
}

void AwardRepository::requireVisible(Id id)
{
    // An award outside the account's units reads as missing.
    if (!byId(id))
        throw Error(Error::Kind::Input, tr("Award %1 does not exist.").arg(id));
}

void AwardRepository::remove(Id id)
{
    access::requireWrite(mDb);
    requireVisible(id);
    Query q(mDb, QStringLiteral("DELETE FROM awards WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
}

std::vector<Award> AwardRepository::read(const QString& where, const QString& bindName, const QVariant& bindValue)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT id, year, form, title, issuer_level, decision_no, decision_date, reason, "
                                "coalesce(member_id, 0), unit_id, status FROM awards WHERE %1%2 ORDER BY year, decision_date, id")
                     .arg(where, access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(bindName, bindValue).exec();
    std::vector<Award> out;
    while (q.next())
        out.push_back({q.integer(0), int(q.integer(1)), q.text(2), q.text(3), q.text(4), q.text(5), q.date(6), q.text(7),
                       q.integer(8), q.integer(9), q.text(10)});
    return out;
}

std::optional<Award> AwardRepository::byId(Id id)
{
    auto v = read(QStringLiteral("id = :v"), QStringLiteral(":v"), id);
    if (v.empty())
        return std::nullopt;
    return v.front();
}

std::vector<Award> AwardRepository::forYear(int year) { return read(QStringLiteral("year = :v"), QStringLiteral(":v"), year); }

std::vector<Award> AwardRepository::ofUnit(Id unitId)
{
    return read(QStringLiteral("unit_id = :v AND member_id IS NULL"), QStringLiteral(":v"), unitId);
}

std::vector<Award> AwardRepository::ofMember(Id memberId)
{
    return read(QStringLiteral("member_id = :v"), QStringLiteral(":v"), memberId);
}

QHash<Id, QHash<QString, qint64>> AwardRepository::approvedByUnit(int year)
{
    Query q(mDb, QStringLiteral("SELECT unit_id, form, count(*) FROM awards WHERE year = :y AND status = 'approved' "
                                "%1 GROUP BY unit_id, form").arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<Id, QHash<QString, qint64>> out;
    while (q.next())
        out[q.integer(0)].insert(q.text(1), q.integer(2));
    return out;
}

}  // namespace hv
