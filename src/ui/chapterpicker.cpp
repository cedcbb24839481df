#include "ui/chapterpicker.h"

#include "core/unittree.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>
#include <algorithm>
#include <functional>

namespace hv {
namespace {

bool isChapterLevel(UnitLevel l) { return l == UnitLevel::Chapter || l == UnitLevel::Group; }

}  // namespace

void fillChapterPicker(QComboBox* combo, const UnitTree& tree, Id root, const QDate& date)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("hv::ChapterPicker", "Choose the chapter..."), Id(0));

    std::vector<std::pair<const OrgUnit*, int>> ordered;  // unit, depth below root
    std::function<void(Id, int)> walk = [&](Id parent, int depth) {
        for (const OrgUnit* u : tree.children(parent, date)) {
            ordered.emplace_back(u, depth);
            walk(u->id, depth + 1);
        }
    };
    walk(root, 0);
    const bool haveChapters = std::any_of(ordered.begin(), ordered.end(),
                                          [](const auto& p) { return isChapterLevel(p.first->level); });

    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const auto [unit, depth] = ordered[i];
        const bool pickable = !haveChapters || isChapterLevel(unit->level);
        // A heading is only worth showing when a pickable unit follows below it.
        const bool leadsToPickable = i + 1 < ordered.size() && ordered[i + 1].second > depth;
        if (!pickable && !leadsToPickable) continue;
        // Indented by depth so that the tree shape shows in a flat list.
        combo->addItem(QString(depth * 2, QChar(0x2007)) + unit->name, unit->id);
        if (!pickable && model) {
            QStandardItem* item = model->item(combo->count() - 1);
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    combo->setCurrentIndex(0);
    combo->setMaxVisibleItems(20);
}

bool selectPickedUnit(QComboBox* combo, Id unitId)
{
    const int i = combo->findData(unitId);
    if (i < 0 || unitId == 0) return false;
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (model && !(model->item(i)->flags() & Qt::ItemIsEnabled)) return false;
    combo->setCurrentIndex(i);
    return true;
}

Id pickedUnit(const QComboBox* combo) { return combo->currentData().toLongLong(); }

QString unitLabel(const UnitTree& tree, Id unitId)
{
    const OrgUnit* u = tree.byId(unitId);
    if (!u) return {};
    const OrgUnit* parent = tree.byId(u->parentId);
    return parent ? QStringLiteral("%1, %2").arg(u->name, parent->name) : u->name;
}

}  // namespace hv
