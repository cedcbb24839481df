#include "core/unittree.h"

#include "core/vietnamese.h"

#include <algorithm>

namespace hv {

UnitTree::UnitTree(std::vector<OrgUnit> units) : mUnits(std::move(units))
{
    std::sort(mUnits.begin(), mUnits.end(), [](const OrgUnit& a, const OrgUnit& b) {
        return a.code.size() != b.code.size() ? a.code.size() < b.code.size() : a.code < b.code;
    });
    for (int i = 0; i < int(mUnits.size()); ++i) {
        mIndexById.insert(mUnits[i].id, i);
        mIndexByCode.insert(mUnits[i].code, i);
        mChildren[mUnits[i].parentId].push_back(i);
    }
}

const OrgUnit* UnitTree::byId(Id id) const
{
    const auto it = mIndexById.constFind(id);
    return it == mIndexById.cend() ? nullptr : &mUnits[*it];
}

const OrgUnit* UnitTree::byCode(const QString& code) const
{
    const auto it = mIndexByCode.constFind(code);
    return it == mIndexByCode.cend() ? nullptr : &mUnits[*it];
}

std::vector<const OrgUnit*> UnitTree::children(Id id) const
{
    std::vector<const OrgUnit*> out;
    const auto it = mChildren.constFind(id);
    if (it != mChildren.cend())
        for (int i : *it)
            out.push_back(&mUnits[i]);
    return out;
}

std::vector<const OrgUnit*> UnitTree::children(Id id, const QDate& d) const
{
    std::vector<const OrgUnit*> out = children(id);
    out.erase(std::remove_if(out.begin(), out.end(), [&](const OrgUnit* u) { return !u->activeAt(d); }), out.end());
    return out;
}

std::vector<Id> UnitTree::subtree(Id id) const
{
    std::vector<Id> out{id};
    for (std::size_t i = 0; i < out.size(); ++i)
        for (const OrgUnit* c : children(out[i]))
            out.push_back(c->id);
    return out;
}

bool UnitTree::isWithin(Id unit, Id ancestor) const
{
    for (const OrgUnit* u = byId(unit); u; u = byId(u->parentId))
        if (u->id == ancestor)
            return true;
    return false;
}

Id UnitTree::childOfTowards(Id top, Id unit) const
{
    for (const OrgUnit* u = byId(unit); u; u = byId(u->parentId))
        if (u->parentId == top)
            return u->id;
    return 0;
}

std::vector<const OrgUnit*> UnitTree::roots() const
{
    std::vector<const OrgUnit*> out;
    for (const OrgUnit& u : mUnits)
        if (u.parentId == 0 || !byId(u.parentId))
            out.push_back(&u);
    return out;
}

QString UnitTree::matchKey(QStringView name)
{
    QString f = vn::fold(name);
    static const char* const prefixes[] = {"chi hoi ", "to phu nu ", "to hoi ", "to ", "xa ", "phuong ",
                                           "thi tran ", "huyen ", "quan ", "thi xa ", "thanh pho ",
                                           "tinh ", "hoi lhpn ", "hoi phu nu "};
    bool changed = true;
    while (changed) {
        changed = false;
        for (const char* p : prefixes) {
            const QLatin1String pre(p);
            if (f.startsWith(pre) && f.size() > pre.size()) {
                f.remove(0, pre.size());
                changed = true;
            }
        }
    }
    return f;
}

const OrgUnit* UnitTree::find(QStringView nameOrCode, Id parent, bool deep, bool* ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    const QString text = nameOrCode.trimmed().toString();
    if (text.isEmpty())
        return nullptr;
    if (const OrgUnit* u = byCode(text); u && (parent == 0 || isWithin(u->id, parent)))
        return u;
    const QString key = matchKey(text);
    const OrgUnit* found = nullptr;
    const std::vector<Id> scope = deep ? subtree(parent) : std::vector<Id>{parent};
    for (Id p : scope) {
        for (const OrgUnit* c : children(p)) {
            if (matchKey(c->name) != key)
                continue;
            if (found && found != c) {
                if (ambiguous)
                    *ambiguous = true;
                return nullptr;
            }
            found = c;
        }
    }
    return found;
}

}  // namespace hv
