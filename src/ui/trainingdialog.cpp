#include "ui/trainingdialog.h"

#include "ui_trainingdialog.h"

#include "core/error.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/memberpicker.h"
#include "ui/yearworkwidgets.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>

namespace hv {
namespace {

QString kindName(TrainingParticipant::Kind k)
{
    switch (k) {
        case TrainingParticipant::Kind::Member:
            return TrainingDialog::tr("Member");
        case TrainingParticipant::Kind::Officer:
            return TrainingDialog::tr("Officer");
        case TrainingParticipant::Kind::Outside:
            return TrainingDialog::tr("Outside person");
    }
    return {};
}

}  // namespace

TrainingDialog::TrainingDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mUi(std::make_unique<Ui::TrainingDialog>())
{
    mUi->setupUi(this);
    ErrorPresenter::guard(this, [this] { mTree = UnitRepository(mCtx.db()).tree(); });
    for (UnitLevel l : {UnitLevel::Central, UnitLevel::Province, UnitLevel::District, UnitLevel::Commune,
                        UnitLevel::Chapter})
        mUi->levelCombo->addItem(displayName(l), toCode(l));
    mUi->personKindCombo->addItem(kindName(TrainingParticipant::Kind::Officer),
                                  int(TrainingParticipant::Kind::Officer));
    mUi->personKindCombo->addItem(kindName(TrainingParticipant::Kind::Outside),
                                  int(TrainingParticipant::Kind::Outside));
    mUi->participantsTable->setColumnCount(2);
    mUi->participantsTable->setHorizontalHeaderLabels({tr("Taking part as"), tr("Name")});
    mUi->participantsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mUi->participantsTable->horizontalHeader()->setStretchLastSection(true);
    mUi->participantsTable->verticalHeader()->hide();
    mUi->errorLabel->hide();
    mUi->attendeesSpin->setEnabled(false);

    new MemberPicker(mCtx, mTree, mUi->memberSearch, mUi->memberResults, mUi->addMembersButton,
                     [this](const std::vector<PickedMember>& picked) { return addMembers(picked); });
    connect(mUi->addPersonButton, &QPushButton::clicked, this, &TrainingDialog::addPerson);
    connect(mUi->removeParticipantButton, &QPushButton::clicked, this, &TrainingDialog::removeParticipants);
    connect(mUi->attendeesCheck, &QCheckBox::toggled, this, &TrainingDialog::updateCount);
    connect(mUi->dateFromEdit, &QDateEdit::dateChanged, this, [this](const QDate& d) {
        if (mUi->dateToEdit->date() < d) mUi->dateToEdit->setDate(d);
    });
    connect(mUi->unitCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const OrgUnit* u = mTree.byId(mUi->unitCombo->currentData().toLongLong()))
            mUi->levelCombo->setCurrentIndex(std::max(0, mUi->levelCombo->findData(toCode(u->level))));
    });
    // Enter in the name box adds to the list; it must not press OK (eventFilter).
    mUi->personNameEdit->installEventFilter(this);
    for (QPushButton* b : mUi->buttonBox->findChildren<QPushButton*>()) b->setAutoDefault(false);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &TrainingDialog::trySave);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TrainingDialog::~TrainingDialog() = default;

bool TrainingDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == mUi->personNameEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addPerson();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TrainingDialog::setTraining(const Training& t)
{
    mTraining = t;
    setWindowTitle(t.id == 0 ? tr("New training of %1").arg(t.year) : tr("Training: %1").arg(t.title));
    Id root = t.unitId;
    if (const auto office = UnitRepository(mCtx.db()).officeUnit()) root = office->id;
    fillUnitCombo(mUi->unitCombo, mTree, root, t.year);
    mUi->unitCombo->setCurrentIndex(std::max(0, mUi->unitCombo->findData(t.unitId)));
    if (!t.level.isEmpty()) mUi->levelCombo->setCurrentIndex(std::max(0, mUi->levelCombo->findData(t.level)));
    mUi->titleEdit->setText(t.title);
    const QDate from = t.from.isValid() ? t.from : std::min(QDate::currentDate(), QDate(t.year, 12, 31));
    mUi->dateFromEdit->setDate(from);
    mUi->dateToEdit->setDate(t.to.isValid() ? t.to : from);
    mUi->placeEdit->setText(t.place);
    mUi->topicEdit->setText(t.topic);
    mUi->notesEdit->setText(t.notes);
    mParticipants = t.participants;
    mUi->attendeesCheck->setChecked(t.attendees.has_value());
    if (t.attendees) mUi->attendeesSpin->setValue(*t.attendees);
    showParticipants();
    mUi->titleEdit->setFocus();
}

Training TrainingDialog::training() const
{
    Training t = mTraining;
    t.title = mUi->titleEdit->text().simplified();
    t.unitId = mUi->unitCombo->currentData().toLongLong();
    t.level = mUi->levelCombo->currentData().toString();
    t.from = mUi->dateFromEdit->date();
    t.to = mUi->dateToEdit->date();
    // The training's year is that of its first day; the library refuses a last day in another year.
    t.year = t.from.year();
    t.place = mUi->placeEdit->text().trimmed();
    t.topic = mUi->topicEdit->text().trimmed();
    t.notes = mUi->notesEdit->text().trimmed();
    t.participants = mParticipants;
    t.attendees =
        mUi->attendeesCheck->isChecked() ? std::optional(mUi->attendeesSpin->value()) : std::nullopt;
    return t;
}

QString TrainingDialog::errorText() const
{
    return mUi->errorLabel->isVisible() ? mUi->errorLabel->text() : QString();
}

int TrainingDialog::addMembers(const std::vector<PickedMember>& picked)
{
    int added = 0;
    for (const PickedMember& m : picked) {
        const bool listed = std::any_of(mParticipants.begin(), mParticipants.end(), [&m](const auto& p) {
            return p.kind == TrainingParticipant::Kind::Member && p.memberId == m.id;
        });
        if (listed) continue;
        mParticipants.push_back({TrainingParticipant::Kind::Member, m.id, m.name});
        ++added;
    }
    if (added > 0) showParticipants();
    return added;
}

void TrainingDialog::addPerson()
{
    const QString name = mUi->personNameEdit->text().simplified();
    if (name.isEmpty()) return;
    mParticipants.push_back(
        {TrainingParticipant::Kind(mUi->personKindCombo->currentData().toInt()), 0, name});
    mUi->personNameEdit->clear();
    showParticipants();
}

void TrainingDialog::removeParticipants()
{
    eraseSelectedRows(mUi->participantsTable, mParticipants);
    showParticipants();
}

void TrainingDialog::showParticipants()
{
    QTableWidget* t = mUi->participantsTable;
    t->setRowCount(int(mParticipants.size()));
    for (int r = 0; r < int(mParticipants.size()); ++r) {
        t->setItem(r, 0, new QTableWidgetItem(kindName(mParticipants[std::size_t(r)].kind)));
        t->setItem(r, 1, new QTableWidgetItem(mParticipants[std::size_t(r)].name));
    }
    updateCount();
}

void TrainingDialog::updateCount()
{
    const int listed = int(mParticipants.size());
    showListCount(mUi->attendeesCheck, mUi->attendeesSpin, mUi->attendeesInfo, listed,
                  tr("%n participant(s) listed", nullptr, listed));
}

void TrainingDialog::trySave()
{
    Training t = training();
    if (saveInForm(this, mUi->errorLabel, [&] {
            if (mSaver) mSaver(t);
        })) {
        mTraining = t;
        accept();
    }
}

}  // namespace hv
