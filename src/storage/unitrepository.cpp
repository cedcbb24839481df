#include "storage/unitrepository.h"

#include "core/csvline.h"
#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::UnitRepository", s); }

const QString kColumns = QStringLiteral(
    "id, code, name, level, parent_id, valid_from, valid_to, decision_no, merged_into_id");

OrgUnit readUnit(const Query& q)
{
    OrgUnit u;
    u.id = q.integer(0);
    u.code = q.text(1);
    u.name = q.text(2);
    u.level = unitLevelFromText(q.text(3)).value_or(UnitLevel::Commune);
    u.parentId = q.integer(4);
    u.validFrom = q.date(5);
    u.validTo = q.date(6);
    u.decisionNo = q.text(7);
    u.mergedIntoId = q.integer(8);
    return u;
}

void bindUnit(Query& q, const OrgUnit& u)
{
    q.bind(QStringLiteral(":code"), u.code)
        .bind(QStringLiteral(":name"), u.name)
        .bind(QStringLiteral(":name_fold"), vn::fold(u.name))
        .bind(QStringLiteral(":level"), toCode(u.level))
        .bindId(QStringLiteral(":parent_id"), u.parentId)
        .bind(QStringLiteral(":valid_from"), u.validFrom)
        .bind(QStringLiteral(":valid_to"), u.validTo)
        .bind(QStringLiteral(":decision_no"), u.decisionNo.isNull() ? QString(QLatin1String("")) : u.decisionNo)
        .bindId(QStringLiteral(":merged_into_id"), u.mergedIntoId)
        .bind(QStringLiteral(":sort_key"), QVariant(vn::collationKey(u.name)));
}

}  // namespace

Id UnitRepository::insert(const OrgUnit& unit)
{
    // A restricted account adds units inside its own subtree only (accessscope.h).
    access::requireWrite(mDb);
    if (unit.parentId != 0)
        access::requireUnit(mDb, unit.parentId);
    else if (mDb.scope().restricted())
        throw Error(Error::Kind::Denied, tr("Only the office's administrator may add a unit at the top of the tree."));
    if (byCode(unit.code))
        throw Error(Error::Kind::Input, tr("A unit with code %1 exists already.").arg(unit.code));
    Query q(mDb, QStringLiteral(
                     "INSERT INTO units(code, name, name_fold, level, parent_id, valid_from, valid_to, "
                     "decision_no, merged_into_id, sort_key) VALUES(:code, :name, :name_fold, :level, "
                     ":parent_id, :valid_from, :valid_to, :decision_no, :merged_into_id, :sort_key)"));
    bindUnit(q, unit);
    q.exec();
    return q.lastInsertId();
}

void UnitRepository::update(const OrgUnit& unit)
{
    access::requireWrite(mDb);
    access::requireUnit(mDb, unit.id);
    if (unit.parentId != 0)
        access::requireUnit(mDb, unit.parentId);
    Query q(mDb, QStringLiteral(
                     "UPDATE units SET code = :code, name = :name, name_fold = :name_fold, level = :level, "
                     "parent_id = :parent_id, valid_from = :valid_from, valid_to = :valid_to, "
                     "decision_no = :decision_no, merged_into_id = :merged_into_id, sort_key = :sort_key "
                     "WHERE id = :id"));
    bindUnit(q, unit);
    q.bind(QStringLiteral(":id"), unit.id).exec();
}

std::optional<OrgUnit> UnitRepository::byId(Id id)
{
    Query q(mDb, QStringLiteral("SELECT %1 FROM units WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next())
        return readUnit(q);
    return std::nullopt;
}

std::optional<OrgUnit> UnitRepository::byCode(const QString& code)
{
    Query q(mDb, QStringLiteral("SELECT %1 FROM units WHERE code = :code").arg(kColumns));
    q.bind(QStringLiteral(":code"), code).exec();
    if (q.next())
        return readUnit(q);
    return std::nullopt;
}

std::vector<OrgUnit> UnitRepository::all()
{
    Query q(mDb, QStringLiteral("SELECT %1 FROM units ORDER BY sort_key").arg(kColumns));
    q.setForwardOnly();
    q.exec();
    std::vector<OrgUnit> out;
    while (q.next())
        out.push_back(readUnit(q));
    return out;
}

std::optional<OrgUnit> UnitRepository::officeUnit()
{
    const auto code = mDb.setting(QStringLiteral("office_unit"));
    return code ? byCode(*code) : std::nullopt;
}

void UnitRepository::setOfficeUnit(Id id)
{
    const auto u = byId(id);
    if (!u)
        throw Error(Error::Kind::Input, tr("Unknown unit."));
    mDb.setSetting(QStringLiteral("office_unit"), u->code);
}

std::vector<OfficialUnit> UnitRepository::readOfficialList(const QString& file)
{
    const QString path = file.isEmpty() ? QStringLiteral(":/data/units.csv") : file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(Error::Kind::Input, tr("Cannot read the unit list %1.").arg(path));
    std::vector<OfficialUnit> out;
    const QStringList header = splitCsvLine(QString::fromUtf8(f.readLine()).trimmed());
    const int cCode = header.indexOf(QStringLiteral("code")), cName = header.indexOf(QStringLiteral("name")),
              cLevel = header.indexOf(QStringLiteral("level")),
              cParent = header.indexOf(QStringLiteral("parent_code")), cType = header.indexOf(QStringLiteral("type"));
    if (cCode < 0 || cName < 0 || cLevel < 0 || cParent < 0)
        throw Error(Error::Kind::Input, tr("%1: the first line must be the header code,name,level,parent_code.").arg(path));
    int line = 1;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = splitCsvLine(text);
        const auto cell = [&](int c) { return c >= 0 && c < cells.size() ? cells[c].trimmed() : QString(); };
        const auto level = unitLevelFromText(cell(cLevel));
        if (cell(cCode).isEmpty() || cell(cName).isEmpty() || !level)
            throw Error(Error::Kind::Input, tr("%1:%2: a unit needs a code, a name and a level.").arg(path).arg(line));
        out.push_back({cell(cCode), cell(cName), cell(cParent), cell(cType), *level});
    }
    return out;
}

int UnitRepository::createFromOfficialList(const QString& code, const QString& file)
{
    const std::vector<OfficialUnit> list = readOfficialList(file);
    QHash<QString, std::vector<int>> childrenOf;
    int rootIndex = -1;
    for (int i = 0; i < int(list.size()); ++i) {
        childrenOf[list[i].parentCode].push_back(i);
        if (list[i].code == code)
            rootIndex = i;
    }
    if (rootIndex < 0)
        throw Error(Error::Kind::Input, tr("Code %1 is not in the official list of units.").arg(code));

    Transaction t(mDb);
    int created = 0;
    QHash<QString, Id> ids;
    std::vector<int> queue{rootIndex};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const OfficialUnit& o = list[queue[i]];
        Id id;
        if (const auto existing = byCode(o.code)) {
            id = existing->id;
        } else {
            OrgUnit u;
            u.code = o.code;
            u.name = o.name;
            u.level = o.level;
            u.parentId = i == 0 ? 0 : ids.value(o.parentCode);
            id = insert(u);
            ++created;
        }
        ids.insert(o.code, id);
        for (int c : childrenOf.value(o.code))
            queue.push_back(c);
    }
    setOfficeUnit(ids.value(code));
    t.commit();
    return created;
}

}  // namespace hv
