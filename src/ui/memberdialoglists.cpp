// The member dialog's lists: the choices of its combo boxes and the read-only history tables.
#include "ui/memberdialog.h"

#include "ui_memberdialog.h"

#include "core/referencedata.h"
#include "ui/appcontext.h"
#include "ui/chapterpicker.h"

#include <QHeaderView>

namespace hv {

// Items of a choice whose stored value is Vietnamese data (as in imported registers) and whose shown
// text is translated.
void MemberDialog::addChoices(QComboBox* combo, const std::vector<std::pair<QString, QString>>& valueAndText)
{
    combo->addItem(QString(), QString());
    for (const auto& [value, text] : valueAndText) combo->addItem(text, value);
}

// Shows a stored value: its item when it is one, otherwise the text itself (editable combos).
void MemberDialog::showValue(QComboBox* combo, const QString& value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(value);
    else
        combo->setCurrentIndex(0);
}

// The value to store: the item's value when the text is an item's, otherwise what was typed.
QString MemberDialog::valueOf(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    const int i = combo->findText(text);
    if (i >= 0) return combo->itemData(i).toString();
    return combo->isEditable() ? text : combo->currentData().toString();
}

void MemberDialog::setUpChoices()
{
    mUi->sex->addItem(tr("Female"), int(Sex::Female));
    mUi->sex->addItem(tr("Male"), int(Sex::Male));
    mUi->memberType->addItem(displayName(MemberType::Ordinary), int(MemberType::Ordinary));
    mUi->memberType->addItem(displayName(MemberType::Honorary), int(MemberType::Honorary));
    mUi->joinKind->addItem(tr("Newly admitted"), int(JoinKind::Admitted));
    mUi->joinKind->addItem(tr("Transferred in from elsewhere"), int(JoinKind::TransferredIn));

    mUi->ethnicity->addItem(tr("(not recorded)"), QString());
    for (const CodeName& c : mCtx.ref().ethnicGroups()) mUi->ethnicity->addItem(c.name, c.code);
    mUi->religion->addItem(tr("(not recorded)"), QString());
    for (const CodeName& c : mCtx.ref().religions()) mUi->religion->addItem(c.name, c.code);
    mUi->ethnicity->setMaxVisibleItems(20);
    mUi->religion->setMaxVisibleItems(20);

    // The stored values are the Vietnamese words of the registers; the shown text is translated.
    addChoices(mUi->education, {{QStringLiteral("12/12"), QStringLiteral("12/12")},
                                {QStringLiteral("9/12"), QStringLiteral("9/12")},
                                {QStringLiteral("5/12"), QStringLiteral("5/12")}});
    addChoices(mUi->professional, {{QStringLiteral("Sơ cấp"), tr("Elementary vocational")},
                                   {QStringLiteral("Trung cấp"), tr("Intermediate vocational")},
                                   {QStringLiteral("Cao đẳng"), tr("College")},
                                   {QStringLiteral("Đại học"), tr("University")},
                                   {QStringLiteral("Sau đại học"), tr("Postgraduate")}});
    addChoices(mUi->politicalTheory, {{QStringLiteral("Sơ cấp"), tr("Elementary")},
                                      {QStringLiteral("Trung cấp"), tr("Intermediate")},
                                      {QStringLiteral("Cao cấp"), tr("Advanced")},
                                      {QStringLiteral("Cử nhân"), tr("Bachelor of political science")}});
    addChoices(mUi->household, {{QStringLiteral("Hộ nghèo"), tr("Poor household")},
                                {QStringLiteral("Hộ cận nghèo"), tr("Near-poor household")}});
}

void MemberDialog::showHistory(const std::vector<MembershipEvent>& history,
                               const std::vector<PositionHolding>& positions)
{
    showHistoryTables(true);
    QTableWidget* t = mUi->historyTable;
    t->clear();
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels(
        {tr("Date"), tr("Movement"), tr("Chapter"), tr("Decision no."), tr("Notes")});
    t->setRowCount(int(history.size()));
    for (int r = 0; r < int(history.size()); ++r) {
        const MembershipEvent& e = history[std::size_t(r)];
        const Id unit = endsMembership(e.kind) ? e.fromUnitId : e.unitId;
        t->setItem(r, 0, new QTableWidgetItem(formatDate(e.date)));
        t->setItem(r, 1, new QTableWidgetItem(displayName(e.kind)));
        t->setItem(r, 2, new QTableWidgetItem(unitLabel(mTree, unit)));
        t->setItem(r, 3, new QTableWidgetItem(e.decisionNo));
        t->setItem(r, 4, new QTableWidgetItem(e.notes));
    }
    // The chapter takes the room left; the other columns are as wide as their contents.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    t->verticalHeader()->hide();

    QTableWidget* p = mUi->positionsTable;
    p->clear();
    p->setColumnCount(4);
    p->setHorizontalHeaderLabels({tr("Position"), tr("Unit"), tr("From"), tr("To")});
    p->setRowCount(int(positions.size()));
    for (int r = 0; r < int(positions.size()); ++r) {
        const PositionHolding& h = positions[std::size_t(r)];
        p->setItem(r, 0,
                   new QTableWidgetItem(h.position == Position::Other && !h.title.isEmpty()
                                            ? h.title
                                            : displayName(h.position)));
        p->setItem(r, 1, new QTableWidgetItem(unitLabel(mTree, h.unitId)));
        p->setItem(r, 2, new QTableWidgetItem(formatDate(h.from)));
        p->setItem(r, 3, new QTableWidgetItem(h.to.isValid() ? formatDate(h.to) : tr("now")));
    }
    p->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    p->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    p->verticalHeader()->hide();
}

}  // namespace hv
