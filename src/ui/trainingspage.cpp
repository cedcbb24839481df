#include "ui/trainingspage.h"

#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/trainingdialog.h"
#include "ui/yearworkwidgets.h"

#include <QLabel>
#include <QMessageBox>
#include <QStyle>
#include <QTableWidget>

namespace hv {

TrainingsPage::TrainingsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent)
    : YearListPage(ctx, actions, QStringLiteral("trainings"), parent)
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    addPageAction(
        "training.add", [] { return tr("&New training…"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
        icon(QStyle::SP_FileIcon), [this] { addTraining(); });
    addPageAction(
        "training.edit", [] { return tr("&Edit training…"); }, {}, icon(QStyle::SP_FileDialogDetailedView),
        [this] { editTraining(currentId()); });
    addPageAction(
        "training.remove", [] { return tr("&Delete training…"); }, {}, icon(QStyle::SP_TrashIcon),
        [this] { removeTraining(); });
    connect(mTable, &QTableWidget::cellDoubleClicked, this, [this] { editTraining(currentId()); });
    retranslate();
}

QString TrainingsPage::title() const { return tr("Trainings"); }

void TrainingsPage::retranslate()
{
    mTable->setToolTip(tr("Double-click a class to open it."));
    YearListPage::retranslate();
}

QStringList TrainingsPage::headers() const
{
    return {tr("From"),  tr("To"),    tr("Title"), tr("Organised by"),
            tr("Level"), tr("Place"), tr("Topic"), tr("Attendees")};
}

void TrainingsPage::load()
{
    const UnitTree tree = UnitRepository(mCtx.db()).tree();
    const Id unit = unitId();
    const OrgUnit* u = tree.byId(unit);
    mHeading->setText(u ? tr("<b>Training classes of %1</b> and the units below it, %2")
                              .arg(u->name.toHtmlEscaped())
                              .arg(year())
                        : tr("Choose a unit in the tree."));
    if (!u) return;
    qint64 classes = 0, attendees = 0;
    for (const Training& t : TrainingRepository(mCtx.db()).forYear(year())) {
        if (!tree.isWithin(t.unitId, unit)) continue;
        const OrgUnit* organiser = tree.byId(t.unitId);
        const auto level = unitLevelFromText(t.level);
        addRow(t.id, {dmy(t.from), t.to != t.from ? dmy(t.to) : QString(), t.title,
                      organiser ? organiser->name : QString(), level ? displayName(*level) : t.level, t.place,
                      t.topic, QLocale().toString(t.attendeeCount())});
        ++classes;
        attendees += t.attendeeCount();
    }
    mStatus->setText(tr("%n class(es), ", nullptr, int(classes)) +
                     tr("%n attendee(s)", nullptr, int(attendees)));
}

Id TrainingsPage::openForm(Training training)
{
    TrainingDialog dialog(mCtx, this);
    dialog.setObjectName(QStringLiteral("trainingDialog"));
    dialog.setTraining(training);
    Id saved = 0;
    dialog.setSaver([this, &saved](Training& t) { saved = TrainingRepository(mCtx.db()).save(t); });
    if (dialog.exec() != QDialog::Accepted) return 0;
    if (dialog.training().year != year()) setYear(dialog.training().year);
    mCtx.notifyDataChanged();
    refresh();
    selectId(saved);
    return saved;
}

Id TrainingsPage::addTraining()
{
    Training t;
    t.year = year();
    t.unitId = unitId();
    return openForm(t);
}

Id TrainingsPage::editTraining(Id id)
{
    if (id == 0) return 0;
    std::optional<Training> t;
    if (!ErrorPresenter::guard(this, [&] { t = TrainingRepository(mCtx.db()).byId(id); }) || !t) return 0;
    return openForm(*t);
}

void TrainingsPage::removeTraining()
{
    const Id id = currentId();
    if (id == 0) return;
    const QString name = mTable->item(mTable->currentRow(), 2)->text();
    if (QMessageBox::question(this, tr("Delete training"),
                              tr("Delete the training \"%1\" with its list of participants?").arg(name)) !=
        QMessageBox::Yes)
        return;
    if (ErrorPresenter::guard(this, [&] { TrainingRepository(mCtx.db()).remove(id); })) {
        mCtx.notifyDataChanged();
        refresh();
    }
}

}  // namespace hv
