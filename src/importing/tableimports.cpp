#include "importing/tableimports.h"

#include "core/flexparse.h"
#include "core/vietnamese.h"
#include "importing/rowsource.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::TableImports", s); }

// A file whose first non-blank row is a header of known column names.
class FixedTable {
public:
    FixedTable(RowSource& src, ImportResult& result, const QStringList& required, const QStringList& optional)
        : mSrc(src), mResult(result)
    {
        while (mSrc.next()) {
            bool blank = true;
            for (int i = 0; i < mSrc.cellCount() && blank; ++i)
                blank = mSrc.cell(i).isEmpty();
            if (blank)
                continue;
            for (int i = 0; i < mSrc.cellCount(); ++i) {
                const QString name = vn::fold(mSrc.cell(i)).replace(QLatin1Char(' '), QLatin1Char('_'));
                if (required.contains(name) || optional.contains(name))
                    mColumns.insert(name, i);
            }
            break;
        }
        for (const QString& r : required)
            if (!mColumns.contains(r))
                problem(0, r, {}, tr("The required column %1 is missing (the first row must be the header %2).")
                                      .arg(r, required.join(QLatin1Char(','))));
    }
    bool ok() const { return mResult.accepted(); }
    bool next()
    {
        while (mSrc.next()) {
            bool blank = true;
            for (int i = 0; i < mSrc.cellCount() && blank; ++i)
                blank = mSrc.cell(i).isEmpty();
            if (!blank) {
                ++mResult.rowsRead;
                return true;
            }
        }
        return false;
    }
    QString cell(const QString& column) const
    {
        const int c = mColumns.value(column, -1);
        return c < 0 ? QString() : mSrc.cell(c).toString();
    }
    void problem(int row, const QString& column, const QString& value, const QString& reason)
    {
        mResult.problems.push_back({InputProblem::Severity::Error, mSrc.sourceName(), row, column, value, reason});
    }
    void error(const QString& column, const QString& reason) { problem(mSrc.rowNumber(), column, cell(column), reason); }
    int row() const { return mSrc.rowNumber(); }

    std::optional<int> year(const QString& column)
    {
        bool ok = false;
        const int y = cell(column).toInt(&ok);
        if (!ok || y < 1900 || y > 2100) {
            error(column, tr("A year between 1900 and 2100 is expected."));
            return std::nullopt;
        }
        return y;
    }

private:
    RowSource& mSrc;
    ImportResult& mResult;
    QHash<QString, int> mColumns;
};

// Parses, then writes in one transaction only when every row passed.
ImportResult runTable(Database& db, RowSource& source, const QStringList& required, const QStringList& optional,
                      const std::function<std::function<void()>(FixedTable&)>& parseRow)
{
    ImportResult result;
    FixedTable table(source, result, required, optional);
    if (!table.ok())
        return result;
    std::vector<std::function<void()>> writes;
    while (table.next())
        if (auto w = parseRow(table))
            writes.push_back(std::move(w));
    if (!result.accepted())
        return result;
    Transaction t(db);
    for (const auto& w : writes)
        w();
    t.commit();
    result.added = int(writes.size());
    return result;
}

}  // namespace

ImportResult importUnits(Database& db, RowSource& source)
{
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    QHash<QString, UnitLevel> inFile;  // codes defined earlier in the file
    return runTable(db, source, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("parent_code")},
                    {QStringLiteral("valid_from"), QStringLiteral("valid_to"), QStringLiteral("decision_no")},
                    [&](FixedTable& t) -> std::function<void()> {
        OrgUnit u;
        u.code = t.cell(QStringLiteral("code"));
        u.name = t.cell(QStringLiteral("name")).simplified();
        if (u.code.isEmpty())
            t.error(QStringLiteral("code"), tr("The code is required."));
        if (u.name.isEmpty())
            t.error(QStringLiteral("name"), tr("The name is required."));
        const auto level = unitLevelFromText(t.cell(QStringLiteral("level")));
        if (!level)
            t.error(QStringLiteral("level"), tr("Unknown level: use province, district, commune, chapter or group."));
        const QString parentCode = t.cell(QStringLiteral("parent_code"));
        const OrgUnit* parent = parentCode.isEmpty() ? nullptr : tree.byCode(parentCode);
        if (!parentCode.isEmpty() && !parent && !inFile.contains(parentCode))
            t.error(QStringLiteral("parent_code"), tr("No unit has this code, in the database or above in the file."));
        if (level && (parent || inFile.contains(parentCode))) {
            const UnitLevel pl = parent ? parent->level : inFile.value(parentCode);
            if (int(pl) >= int(*level))
                t.error(QStringLiteral("level"), tr("A %1 cannot be under a %2.").arg(displayName(*level), displayName(pl)));
        }
        for (const char* c : {"valid_from", "valid_to"}) {
            const QString col = QString::fromLatin1(c);
            if (!t.cell(col).isEmpty()) {
                const auto d = parseFlexDate(t.cell(col));
                if (!d || d->yearOnly())
                    t.error(col, tr("A date like 31/12/2024 or 2024-12-31 is expected."));
                else
                    (col == QLatin1String("valid_from") ? u.validFrom : u.validTo) = d->date;
            }
        }
        if (u.validFrom.isValid() && u.validTo.isValid() && u.validTo <= u.validFrom)
            t.error(QStringLiteral("valid_to"), tr("The end date must be after the start date."));
        u.decisionNo = t.cell(QStringLiteral("decision_no"));
        if (!level || u.code.isEmpty() || u.name.isEmpty())
            return {};
        u.level = *level;
        inFile.insert(u.code, *level);
        return [&db, u, parentCode]() mutable {
            UnitRepository repo(db);
            u.parentId = parentCode.isEmpty() ? 0 : repo.byCode(parentCode)->id;
            if (const auto existing = repo.byCode(u.code)) {
                u.id = existing->id;
                u.mergedIntoId = existing->mergedIntoId;
                repo.update(u);
            } else {
                repo.insert(u);
            }
        };
    });
}

ImportResult importPopulation(Database& db, RowSource& source)
{
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    return runTable(db, source, {QStringLiteral("unit_code"), QStringLiteral("year"), QStringLiteral("women_18_plus")},
                    {QStringLiteral("basis")}, [&](FixedTable& t) -> std::function<void()> {
        const OrgUnit* u = tree.byCode(t.cell(QStringLiteral("unit_code")));
        if (!u)
            t.error(QStringLiteral("unit_code"), tr("No unit has this code."));
        const auto year = t.year(QStringLiteral("year"));
        bool ok = false;
        const qint64 women = t.cell(QStringLiteral("women_18_plus")).remove(QLatin1Char('.')).remove(QLatin1Char(',')).toLongLong(&ok);
        if (!ok || women < 0)
            t.error(QStringLiteral("women_18_plus"), tr("A whole number of women, 0 or more, is expected."));
        QString basis = vn::fold(t.cell(QStringLiteral("basis")));
        if (basis.isEmpty() || basis == QLatin1String("co mat") || basis == QLatin1String("hien dien"))
            basis = QStringLiteral("present");
        else if (basis == QLatin1String("du dieu kien") || basis == QLatin1String("eligible"))
            basis = QStringLiteral("eligible");
        if (basis != QLatin1String("present") && basis != QLatin1String("eligible"))
            t.error(QStringLiteral("basis"), tr("The basis is present (có mặt) or eligible (đủ điều kiện)."));
        if (!u || !year || !ok || women < 0)
            return {};
        return [&db, id = u->id, y = *year, women, basis] { UnitYearRepository(db).setPopulation(id, y, {women, basis}); };
    });
}

ImportResult importTargets(Database& db, RowSource& source)
{
    UnitRepository units(db);
    const UnitTree tree = units.tree();
    static const QStringList kIndicators{QStringLiteral("admitted"), QStringLiteral("members_end"),
                                         QStringLiteral("transferred_in"), QStringLiteral("attraction_rate"),
                                         QStringLiteral("trainings"), QStringLiteral("trainees"),
                                         QStringLiteral("chapters"), QStringLiteral("party"),
                                         // read by the scorecards (docs/domain-decisions.md "Rating and ranking")
                                         QStringLiteral("awards"), QStringLiteral("activities"), QStringLiteral("households")};
    return runTable(db, source, {QStringLiteral("unit_code"), QStringLiteral("year"), QStringLiteral("indicator"), QStringLiteral("target")},
                    {}, [&](FixedTable& t) -> std::function<void()> {
        const OrgUnit* u = tree.byCode(t.cell(QStringLiteral("unit_code")));
        if (!u)
            t.error(QStringLiteral("unit_code"), tr("No unit has this code."));
        const auto year = t.year(QStringLiteral("year"));
        const QString indicator = t.cell(QStringLiteral("indicator")).trimmed().toLower();
        if (!kIndicators.contains(indicator))
            t.error(QStringLiteral("indicator"), tr("Unknown indicator; use one of %1.").arg(kIndicators.join(QStringLiteral(", "))));
        bool ok = false;
        const double target = t.cell(QStringLiteral("target")).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || target < 0)
            t.error(QStringLiteral("target"), tr("A number, 0 or more, is expected."));
        if (!u || !year || !ok || target < 0 || !kIndicators.contains(indicator))
            return {};
        return [&db, id = u->id, y = *year, indicator, target] { UnitYearRepository(db).setTarget(id, y, indicator, target); };
    });
}

}  // namespace hv
