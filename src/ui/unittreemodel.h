#pragma once
// The organisation tree of the main window: one row per unit active at the register's date, with the
// number of members at that date rolled up through the tree (a commune counts the members of all its
// chapters and groups). Counts come separately (setCounts) because on a large register they are
// computed off the GUI thread; until then the column stays empty.

#include "core/unittree.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>
#include <vector>

namespace hv {

class Database;

// Members of a unit and everything below it.
struct UnitMemberCount {
    qint64 ordinary = 0;
    qint64 honorary = 0;
};

class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, CodeRole };

    explicit UnitTreeModel(QObject* parent = nullptr);

    // Replaces the tree by the units active at date (the roots always). Counts are cleared.
    void setTree(UnitTree tree, const QDate& date);
    // Rolled-up counts by unit id (see memberCounts).
    void setCounts(QHash<Id, UnitMemberCount> counts);
    bool hasCounts() const { return mHasCounts; }

    // Members active at d per unit, each unit counting everything below it (StatisticsRepository::activeAt
    // rolled up). Runs its queries on db; call it on the thread that owns db. Throws hv::Error.
    static QHash<Id, UnitMemberCount> memberCounts(Database& db, const QDate& d);

    const UnitTree& tree() const { return mTree; }
    QModelIndex indexOf(Id id) const;
    Id idAt(const QModelIndex& index) const;
    // Re-reads the header texts after a language switch.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        const OrgUnit* unit = nullptr;
        int parent = -1;  // index in mNodes, -1 for a root
        int row = 0;      // position among its siblings
        std::vector<int> children;
    };
    const Node* node(const QModelIndex& index) const;

    UnitTree mTree;
    std::vector<Node> mNodes;
    std::vector<int> mRoots;
    QHash<Id, int> mNodeById;
    QHash<Id, UnitMemberCount> mCounts;
    bool mHasCounts = false;
};

}  // namespace hv
