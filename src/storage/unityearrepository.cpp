#include "storage/unityearrepository.h"

#include "storage/accessscope.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace hv {

void UnitYearRepository::setPopulation(Id unitId, int year, const Population& p)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    if (p.women18Plus < 0)
        throw Error(Error::Kind::Input, QCoreApplication::translate("hv::UnitYearRepository", "The number of women cannot be negative."));
    if (p.basis != QLatin1String("present") && p.basis != QLatin1String("eligible"))
        throw Error(Error::Kind::Input, QCoreApplication::translate("hv::UnitYearRepository", "The basis must be present or eligible, not %1.").arg(p.basis));
    Query q(mDb, QStringLiteral("INSERT INTO population(unit_id, year, women_18_plus, basis) VALUES(:u, :y, :w, :b) "
                                "ON CONFLICT(unit_id, year) DO UPDATE SET women_18_plus = excluded.women_18_plus, "
                                "basis = excluded.basis"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":w"), p.women18Plus)
        .bind(QStringLiteral(":b"), p.basis).exec();
}

std::optional<Population> UnitYearRepository::population(Id unitId, int year)
{
    access::requireRead(mDb);
    if (!access::unitVisible(mDb, unitId))
        return std::nullopt;
    Query q(mDb, QStringLiteral("SELECT women_18_plus, basis FROM population WHERE unit_id = :u AND year = :y"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).exec();
    if (q.next())
        return Population{q.integer(0), q.text(1)};
    return std::nullopt;
}

QHash<Id, Population> UnitYearRepository::populations(int year)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT unit_id, women_18_plus, basis FROM population WHERE year = :y%1")
                     .arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).exec();
    QHash<Id, Population> out;
    while (q.next())
        out.insert(q.integer(0), Population{q.integer(1), q.text(2)});
    return out;
}

void UnitYearRepository::setTarget(Id unitId, int year, const QString& indicator, double target)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    if (target < 0)
        throw Error(Error::Kind::Input, QCoreApplication::translate("hv::UnitYearRepository", "A target cannot be negative."));
    Query q(mDb, QStringLiteral("INSERT INTO targets(unit_id, year, indicator, target) VALUES(:u, :y, :i, :t) "
                                "ON CONFLICT(unit_id, year, indicator) DO UPDATE SET target = excluded.target"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":i"), indicator)
        .bind(QStringLiteral(":t"), QVariant(target)).exec();
}

void UnitYearRepository::removeTarget(Id unitId, int year, const QString& indicator)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unitId);
    Query q(mDb, QStringLiteral("DELETE FROM targets WHERE unit_id = :u AND year = :y AND indicator = :i"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":i"), indicator).exec();
}

std::optional<double> UnitYearRepository::target(Id unitId, int year, const QString& indicator)
{
    access::requireRead(mDb);
    if (!access::unitVisible(mDb, unitId))
        return std::nullopt;
    Query q(mDb, QStringLiteral("SELECT target FROM targets WHERE unit_id = :u AND year = :y AND indicator = :i"));
    q.bind(QStringLiteral(":u"), unitId).bind(QStringLiteral(":y"), year).bind(QStringLiteral(":i"), indicator).exec();
    if (q.next())
        return q.value(0).toDouble();
    return std::nullopt;
}

QHash<Id, double> UnitYearRepository::targets(int year, const QString& indicator)
{
    access::requireRead(mDb);
    Query q(mDb, QStringLiteral("SELECT unit_id, target FROM targets WHERE year = :y AND indicator = :i%1")
                     .arg(access::unitCondition(mDb, QStringLiteral("unit_id"))));
    q.bind(QStringLiteral(":y"), year).bind(QStringLiteral(":i"), indicator).exec();
    QHash<Id, double> out;
    while (q.next())
        out.insert(q.integer(0), q.value(1).toDouble());
    return out;
}

}  // namespace hv
