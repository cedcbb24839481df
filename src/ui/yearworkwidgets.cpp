#include "ui/yearworkwidgets.h"

#include "core/unittree.h"
#include "storage/memberrepository.h"
#include "ui/chapterpicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <functional>

namespace hv {

void fillUnitCombo(QComboBox* combo, const UnitTree& tree, Id root, int year)
{
    const Id keep = combo->currentData().toLongLong();
    combo->clear();
    const auto existsIn = [year](const OrgUnit& u) {
        if (year == 0) return true;
        const QDate first(year, 1, 1), last(year, 12, 31);
        return (!u.validFrom.isValid() || u.validFrom <= last) && (!u.validTo.isValid() || u.validTo > first);
    };
    const std::function<void(Id, int)> add = [&](Id id, int depth) {
        const OrgUnit* u = tree.byId(id);
        if (!u || u->level == UnitLevel::Group || !existsIn(*u)) return;
        combo->addItem(QString(depth * 3, QLatin1Char(' ')) + u->name, u->id);
        for (const OrgUnit* c : tree.children(id)) add(c->id, depth + 1);
    };
    add(root, 0);
    const int i = combo->findData(keep);
    if (i >= 0) combo->setCurrentIndex(i);
}

void fillMemberResults(QListWidget* list, Database& db, const ReferenceData& ref, const UnitTree& tree,
                       const QString& text)
{
    list->clear();
    if (text.trimmed().size() < 2) return;
    MemberRepository repo(db, ref);
    for (const SearchHit& h : repo.search(text, 50)) {
        QString birth = h.birth.isNull()     ? QString()
                        : h.birth.yearOnly() ? QString::number(h.birth.year)
                                             : dmy(h.birth.date);
        QString line = h.fullName;
        if (!birth.isEmpty()) line += QStringLiteral(" — ") + birth;
        if (const QString unit = unitLabel(tree, h.unitId); !unit.isEmpty())
            line += QStringLiteral(" — ") + unit;
        if (h.status != Status::Active) line += QStringLiteral(" (%1)").arg(displayName(h.status));
        auto* item = new QListWidgetItem(line, list);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::UserRole + 1, h.fullName);
    }
}

void showInlineMessage(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString dmy(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString money(qint64 amount) { return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amount); }

}  // namespace hv
