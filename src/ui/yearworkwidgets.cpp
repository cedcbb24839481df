#include "ui/yearworkwidgets.h"

#include "core/error.h"
#include "core/unittree.h"
#include "storage/memberrepository.h"
#include "ui/chapterpicker.h"
#include "ui/errorpresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <algorithm>
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
                       const QString& text, Id within)
{
    constexpr std::size_t kShown = 50;
    list->clear();
    if (text.trimmed().size() < 2) return;
    std::vector<SearchHit> hits = MemberRepository(db, ref).search(text, within != 0 ? 1000 : int(kShown));
    if (within != 0) {
        std::stable_partition(hits.begin(), hits.end(), [&](const SearchHit& h) {
            return h.status == Status::Active && tree.isWithin(h.unitId, within);
        });
        if (hits.size() > kShown) hits.resize(kShown);
    }
    for (const SearchHit& h : hits) {
        const QString birth = birthText(h.birth);
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

bool saveInForm(QWidget* form, QLabel* errorLabel, const std::function<void()>& save)
{
    try {
        save();
        return true;
    } catch (const Error& e) {
        showInlineMessage(errorLabel, e.message());
    } catch (const std::exception& e) {
        ErrorPresenter::showUnexpected(form, e);
    }
    return false;
}

void showListCount(QCheckBox* check, QSpinBox* spin, QLabel* info, int listed, const QString& infoText)
{
    spin->setEnabled(check->isChecked());
    if (!check->isChecked()) spin->setValue(listed);
    info->setText(infoText);
}

QString dmy(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString birthText(const FlexDate& birth)
{
    return birth.isNull() ? QString() : birth.yearOnly() ? QString::number(birth.year) : dmy(birth.date);
}

QString money(qint64 amount) { return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amount); }

}  // namespace hv
