#pragma once
// The organisation tree in memory: a few thousand units at most, loaded once per operation, so that
// roll-ups of reports and name lookups of imports do not go back to the database per row.

#include "core/types.h"

#include <QHash>
#include <QString>
#include <vector>

namespace hv {

class UnitTree {
public:
    UnitTree() = default;
    explicit UnitTree(std::vector<OrgUnit> units);

    const std::vector<OrgUnit>& units() const { return mUnits; }
    const OrgUnit* byId(Id id) const;
    const OrgUnit* byCode(const QString& code) const;
    // Direct children in code order; all of them, or only those active at d.
    std::vector<const OrgUnit*> children(Id id) const;
    std::vector<const OrgUnit*> children(Id id, const QDate& d) const;
    // The unit and everything below it.
    std::vector<Id> subtree(Id id) const;
    // True when unit is id or below it.
    bool isWithin(Id unit, Id ancestor) const;
    // The ancestor of unit that is a direct child of top (or unit itself); 0 when unit is not below top.
    Id childOfTowards(Id top, Id unit) const;
    // Units without a parent (normally one: the office's unit).
    std::vector<const OrgUnit*> roots() const;

    // Finds a unit by code or by name as people write it, among the children of parent (any depth below
    // it when deep is true): case, tone marks and the level word ("Chi hội", "Xã", "Thôn"...) ignored,
    // so "Chi hội Thôn 3", "thon 3" and "Thôn 3" are the same. Returns nullptr when none or when the name
    // is ambiguous (*ambiguous set to true).
    const OrgUnit* find(QStringView nameOrCode, Id parent, bool deep, bool* ambiguous = nullptr) const;

    // Name without the level word, folded: the key used by find().
    static QString matchKey(QStringView name);

private:
    std::vector<OrgUnit> mUnits;
    QHash<Id, int> mIndexById;
    QHash<QString, int> mIndexByCode;
    QHash<Id, std::vector<int>> mChildren;
};

}  // namespace hv
