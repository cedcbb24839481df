#include "ui/awardspage.h"

#include "storage/awardrepository.h"
#include "storage/memberrepository.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/awarddialog.h"
#include "ui/chapterpicker.h"
#include "ui/errorpresenter.h"
#include "ui/yearworkwidgets.h"

#include <QColor>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QTableWidget>

namespace hv {

AwardsPage::AwardsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent)
    : YearListPage(ctx, actions, QStringLiteral("awards"), parent)
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    addPageAction(
        "award.add", [] { return tr("&New award…"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        icon(QStyle::SP_FileIcon), [this] { addAward(); });
    addPageAction(
        "award.edit", [] { return tr("&Edit award…"); }, {}, icon(QStyle::SP_FileDialogDetailedView),
        [this] { editAward(currentId()); });
    addPageAction(
        "award.approve", [] { return tr("&Approve proposal…"); }, {}, icon(QStyle::SP_DialogApplyButton),
        [this] { editAward(currentId(), true); });
    addPageAction(
        "award.remove", [] { return tr("&Delete award…"); }, {}, icon(QStyle::SP_TrashIcon),
        [this] { removeAward(); });
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { editAward(currentId()); });
    retranslate();
}

QString AwardsPage::title() const { return tr("Awards"); }

QStringList AwardsPage::headers() const
{
    return {tr("Status"),    tr("Form"),         tr("Title"),         tr("Awarded to"), tr("Unit"),
            tr("Issued by"), tr("Decision no."), tr("Decision date"), tr("Reason")};
}

void AwardsPage::load()
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const Id unit = unitId();
    const OrgUnit* u = tree.byId(unit);
    mHeading->setText(
        u ? tr("<b>Awards of the emulation year %2</b> to %1, the units below it and their members")
                .arg(u->name.toHtmlEscaped())
                .arg(year())
          : tr("Choose a unit in the tree."));
    if (!u) return;
    MemberRepository members(mCtx.db(), mCtx.ref());
    int approved = 0, proposed = 0;
    for (const Award& a : AwardRepository(mCtx.db()).forYear(year())) {
        if (!tree.isWithin(a.unitId, unit)) continue;
        QString to;
        if (a.individual()) {
            if (const auto m = members.byId(a.memberId)) to = m->fullName;
        } else if (const OrgUnit* recipient = tree.byId(a.unitId)) {
            to = recipient->name;
        }
        const OrgUnit* where = tree.byId(a.unitId);  // an individual award: her unit on the decision date
        addRow(a.id, {awardStatusName(a.status), awardFormName(a.form), a.title, to,
                      a.individual() && where ? unitLabel(tree, a.unitId) : QString(), issuerLevelName(a.issuerLevel),
                      a.decisionNo, dmy(a.decisionDate), a.reason});
        if (a.status == QLatin1String("proposed")) {
            for (int c = 0; c < mTable->columnCount(); ++c)
                mTable->item(mTable->rowCount() - 1, c)->setForeground(QColor(0x80, 0x60, 0x00));
            ++proposed;
        } else if (a.status == QLatin1String("approved")) {
            ++approved;
        }
    }
    mStatus->setText(tr("%n approved, ", nullptr, approved) + tr("%n proposed", nullptr, proposed));
}

Id AwardsPage::openForm(const Award& award, bool approve)
{
    AwardDialog dialog(mCtx, this);
    dialog.setObjectName(QStringLiteral("awardDialog"));
    QString name;
    if (award.individual())
        ErrorPresenter::guard(this, [&] {
            if (const auto m = MemberRepository(mCtx.db(), mCtx.ref()).byId(award.memberId))
                name = m->fullName;
        });
    Award shown = award;
    if (approve) shown.status = QStringLiteral("approved");
    dialog.setAward(shown, name);
    Id saved = 0;
    dialog.setSaver([this, &saved](Award& a) { saved = AwardRepository(mCtx.db()).save(a); });
    if (dialog.exec() != QDialog::Accepted) return 0;
    if (dialog.award().year != year()) setYear(dialog.award().year);
    mCtx.notifyDataChanged();
    refresh();
    selectId(saved);
    return saved;
}

Id AwardsPage::addAward()
{
    Award a;
    a.year = year();
    a.unitId = unitId();
    a.form = QStringLiteral("certificate");
    a.issuerLevel = QStringLiteral("district");
    a.status = QStringLiteral("proposed");
    return openForm(a, false);
}

Id AwardsPage::editAward(Id id, bool approve)
{
    if (id == 0) return 0;
    std::optional<Award> a;
    if (!ErrorPresenter::guard(this, [&] { a = AwardRepository(mCtx.db()).byId(id); }) || !a) return 0;
    return openForm(*a, approve);
}

void AwardsPage::removeAward()
{
    const Id id = currentId();
    if (id == 0) return;
    if (QMessageBox::question(
            this, tr("Delete award"),
            tr("Delete the award \"%1\"?").arg(mTable->item(mTable->currentRow(), 2)->text())) !=
        QMessageBox::Yes)
        return;
    if (ErrorPresenter::guard(this, [&] { AwardRepository(mCtx.db()).remove(id); })) mCtx.notifyDataChanged();
}

}  // namespace hv
