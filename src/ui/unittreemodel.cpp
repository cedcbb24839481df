#include "ui/unittreemodel.h"

#include "storage/statisticsrepository.h"
#include "storage/unitrepository.h"

#include <QFont>
#include <QLocale>

namespace hv {

UnitTreeModel::UnitTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void UnitTreeModel::setTree(UnitTree tree, const QDate& date)
{
    beginResetModel();
    mTree = std::move(tree);
    mNodes.clear();
    mRoots.clear();
    mNodeById.clear();
    mCounts.clear();
    mHasCounts = false;
    mNodes.reserve(mTree.units().size());
    // Breadth first from the roots, so that a node's parent is always added before it.
    std::vector<int> queue;
    for (const OrgUnit* root : mTree.roots()) {
        mNodes.push_back({root, -1, int(mRoots.size()), {}});
        mRoots.push_back(int(mNodes.size()) - 1);
        queue.push_back(int(mNodes.size()) - 1);
    }
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const int parentIndex = queue[i];
        for (const OrgUnit* child : mTree.children(mNodes[parentIndex].unit->id, date)) {
            const int row = int(mNodes[parentIndex].children.size());
            mNodes.push_back({child, parentIndex, row, {}});
            const int index = int(mNodes.size()) - 1;
            mNodes[parentIndex].children.push_back(index);
            queue.push_back(index);
        }
    }
    for (int i = 0; i < int(mNodes.size()); ++i) mNodeById.insert(mNodes[i].unit->id, i);
    endResetModel();
}

void UnitTreeModel::setCounts(QHash<Id, UnitMemberCount> counts)
{
    mCounts = std::move(counts);
    mHasCounts = true;
    // A dataChanged range must share one parent: one signal for the roots, one per parent below.
    if (!mRoots.empty())
        emit dataChanged(index(0, MembersColumn), index(int(mRoots.size()) - 1, MembersColumn));
    for (int i = 0; i < int(mNodes.size()); ++i) {
        const Node& n = mNodes[i];
        if (n.children.empty()) continue;
        const QModelIndex parentIndex = createIndex(n.row, 0, quintptr(i));
        emit dataChanged(index(0, MembersColumn, parentIndex),
                         index(int(n.children.size()) - 1, MembersColumn, parentIndex));
    }
}

QHash<Id, UnitMemberCount> UnitTreeModel::memberCounts(Database& db, const QDate& d)
{
    const UnitTree tree = UnitRepository(db).tree();
    const QHash<Id, ActiveCounts> active = StatisticsRepository(db).activeAt(d);
    QHash<Id, UnitMemberCount> out;
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        // Add the unit's own members to it and to every unit above it.
        int guard = 0;
        for (const OrgUnit* u = tree.byId(it.key()); u && guard < 64; u = tree.byId(u->parentId), ++guard) {
            UnitMemberCount& c = out[u->id];
            c.ordinary += it.value().ordinary;
            c.honorary += it.value().honorary;
        }
    }
    return out;
}

QModelIndex UnitTreeModel::indexOf(Id id) const
{
    const auto it = mNodeById.constFind(id);
    if (it == mNodeById.cend()) return {};
    return createIndex(mNodes[*it].row, NameColumn, quintptr(*it));
}

Id UnitTreeModel::idAt(const QModelIndex& index) const
{
    const Node* n = node(index);
    return n ? n->unit->id : 0;
}

void UnitTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (mHasCounts) setCounts(std::move(mCounts));  // numbers follow the language's digit grouping
}

const UnitTreeModel::Node* UnitTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= mNodes.size()) return nullptr;
    return &mNodes[index.internalId()];
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) return {};
    const std::vector<int>* siblings = &mRoots;
    if (parent.isValid()) {
        const Node* p = node(parent);
        if (!p) return {};
        siblings = &p->children;
    }
    if (row >= int(siblings->size())) return {};
    return createIndex(row, column, quintptr((*siblings)[row]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0) return {};
    return createIndex(mNodes[n->parent].row, NameColumn, quintptr(n->parent));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) return int(mRoots.size());
    if (parent.column() != NameColumn) return 0;
    const Node* n = node(parent);
    return n ? int(n->children.size()) : 0;
}

int UnitTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n) return {};
    const OrgUnit& u = *n->unit;
    const UnitMemberCount count = mCounts.value(u.id);
    switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn) return u.name;
            return mHasCounts ? QLocale().toString(count.ordinary) : QString();
        case Qt::ToolTipRole: {
            QString tip = tr("%1 — code %2").arg(displayName(u.level), u.code);
            if (mHasCounts) {
                tip += QLatin1Char('\n') + tr("%1 members").arg(QLocale().toString(count.ordinary));
                if (count.honorary > 0)
                    tip +=
                        QLatin1Char('\n') + tr("%1 honorary members").arg(QLocale().toString(count.honorary));
            }
            return tip;
        }
        case Qt::TextAlignmentRole:
            if (index.column() == MembersColumn) return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::FontRole:
            if (n->parent < 0) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case IdRole:
            return u.id;
        case CodeRole:
            return u.code;
        default:
            return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section != NameColumn)
        return tr("Ordinary members active at the chosen date. Honorary members are counted apart: point at a "
                  "unit to see them.");
    if (role != Qt::DisplayRole) return {};
    return section == NameColumn ? tr("Unit") : tr("Members");
}

}  // namespace hv
