// The member dialog's tab of the year's work: the trainings she took part in and her awards.
#include "ui/memberdialog.h"

#include "ui_memberdialog.h"

#include "storage/awardrepository.h"
#include "storage/trainingrepository.h"
#include "ui/appcontext.h"
#include "ui/awarddialog.h"
#include "ui/errorpresenter.h"
#include "ui/yearworkwidgets.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hv {
namespace {

QTableWidget* readOnlyTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget* t, const std::vector<QStringList>& rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r)
        for (int c = 0; c < rows[std::size_t(r)].size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows[std::size_t(r)][c]));
}

}  // namespace

void MemberDialog::showYearWork(Id memberId)
{
    auto* tab = new QWidget(mUi->tabs);
    tab->setObjectName(QStringLiteral("tabYearWork"));
    auto* trainings = readOnlyTable(tab, "memberTrainingsTable",
                                    {tr("From"), tr("To"), tr("Training"), tr("Place"), tr("Topic")});
    auto* awards =
        readOnlyTable(tab, "memberAwardsTable",
                      {tr("Year"), tr("Form"), tr("Title"), tr("Issued by"), tr("Decision"), tr("Status")});
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Trainings she took part in:"), tab));
    layout->addWidget(trainings, 1);
    layout->addWidget(new QLabel(tr("Her awards:"), tab));
    layout->addWidget(awards, 1);
    mUi->tabs->addTab(tab, tr("Trainings and awards"));
    ErrorPresenter::guard(this, [&] {
        std::vector<QStringList> rows;
        for (const Training& t : TrainingRepository(mCtx.db()).ofMember(memberId))
            rows.push_back({dmy(t.from), t.to != t.from ? dmy(t.to) : QString(), t.title, t.place, t.topic});
        fill(trainings, rows);
        rows.clear();
        for (const Award& a : AwardRepository(mCtx.db()).ofMember(memberId))
            rows.push_back(
                {QString::number(a.year), awardFormName(a.form), a.title, issuerLevelName(a.issuerLevel),
                 a.decisionNo.isEmpty() ? QString() : tr("%1 of %2").arg(a.decisionNo, dmy(a.decisionDate)),
                 awardStatusName(a.status)});
        fill(awards, rows);
    });
}

}  // namespace hv
