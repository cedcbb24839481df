#include "ui/clubdialog.h"

#include "ui_clubdialog.h"

#include "core/error.h"
#include "core/vietnamese.h"
#include "storage/memberrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/chapterpicker.h"
#include "ui/errorpresenter.h"
#include "ui/memberpicker.h"
#include "ui/yearworkwidgets.h"

#include <QHeaderView>
#include <QPushButton>

namespace hv {

QString clubKindName(const QString& code)
{
    if (code == QLatin1String("club")) return ClubDialog::tr("Club");
    if (code == QLatin1String("model")) return ClubDialog::tr("Model");
    if (code == QLatin1String("cooperative_group")) return ClubDialog::tr("Cooperative group");
    if (code == QLatin1String("cooperative")) return ClubDialog::tr("Cooperative");
    return activityKindName(code);
}

void fillClubMembers(QTableWidget* table, AppContext& ctx, const UnitTree& tree, std::vector<Id>& members,
                     const QDate& day)
{
    struct Row {
        QByteArray key;
        Id id;
        QString name, birth;
    };
    std::vector<Row> rows;
    MemberRepository repo(ctx.db(), ctx.ref());
    for (Id id : members) {
        const auto m = repo.byId(id);
        const QString name = m ? m->fullName : ClubDialog::tr("member %1").arg(id);
        rows.push_back({vn::nameSortKey(name), id, name, m ? birthText(m->birth) : QString()});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {ClubDialog::tr("Name"), ClubDialog::tr("Born"), ClubDialog::tr("Unit on the day")});
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row& row = rows[std::size_t(r)];
        members[std::size_t(r)] = row.id;
        const auto unit = activeUnitOf(ctx.db(), row.id, day);
        table->setItem(r, 0, new QTableWidgetItem(row.name));
        table->setItem(r, 1, new QTableWidgetItem(row.birth));
        table->setItem(r, 2,
                       new QTableWidgetItem(unit ? unitLabel(tree, *unit) : ClubDialog::tr("(not active)")));
    }
}

ClubDialog::ClubDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mUi(std::make_unique<Ui::ClubDialog>())
{
    mUi->setupUi(this);
    ErrorPresenter::guard(this, [this] { mTree = UnitRepository(mCtx.db()).tree(); });
    for (const QString& k : clubKinds()) mUi->kindCombo->addItem(clubKindName(k), k);
    mUi->membersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mUi->membersTable->horizontalHeader()->setStretchLastSection(true);
    mUi->errorLabel->hide();

    auto* picker =
        new MemberPicker(mCtx, mTree, mUi->memberSearch, mUi->memberResults, mUi->addMembersButton,
                         [this](const std::vector<PickedMember>& picked) { return addMembers(picked); });
    picker->setPreferredUnit([this] { return mUi->unitCombo->currentData().toLongLong(); });
    connect(mUi->removeMemberButton, &QPushButton::clicked, this, &ClubDialog::removeMembers);
    connect(mUi->countCheck, &QCheckBox::toggled, this, &ClubDialog::updateCount);
    connect(mUi->foundedCheck, &QCheckBox::toggled, mUi->foundedEdit, &QWidget::setEnabled);
    // Members are listed with their unit on the record's day.
    connect(mUi->dateEdit, &QDateEdit::dateChanged, this, &ClubDialog::showMembers);
    for (QPushButton* b : mUi->buttonBox->findChildren<QPushButton*>()) b->setAutoDefault(false);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &ClubDialog::trySave);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ClubDialog::~ClubDialog() = default;

void ClubDialog::setClub(const Activity& c)
{
    mClub = c;
    setWindowTitle(c.id == 0 ? tr("New club or model of %1").arg(c.year)
                             : tr("Club or model: %1").arg(c.name));
    Id root = c.unitId;
    if (const auto office = UnitRepository(mCtx.db()).officeUnit()) root = office->id;
    fillUnitCombo(mUi->unitCombo, mTree, root, c.year);
    mUi->unitCombo->setCurrentIndex(std::max(0, mUi->unitCombo->findData(c.unitId)));
    mUi->kindCombo->setCurrentIndex(std::max(0, mUi->kindCombo->findData(c.kind)));
    mUi->nameEdit->setText(c.name);
    mUi->notesEdit->setText(c.notes);
    mUi->foundedCheck->setChecked(c.foundedOn.isValid());
    mUi->foundedEdit->setEnabled(c.foundedOn.isValid());
    mUi->foundedEdit->setDate(c.foundedOn.isValid() ? c.foundedOn : c.date);
    mMembers = c.members;
    mNames.clear();
    ErrorPresenter::guard(this, [&] {
        MemberRepository members(mCtx.db(), mCtx.ref());
        for (Id id : c.members)
            if (const auto m = members.byId(id)) mNames.insert(id, m->fullName);
    });
    // A count other than the list's was entered (or imported) as a number: it stays one.
    mUi->countCheck->setChecked(c.id != 0 && c.count != qint64(c.members.size()));
    mUi->countSpin->setValue(int(c.count));
    {
        const QSignalBlocker block(mUi->dateEdit);
        mUi->dateEdit->setDate(c.date);
    }
    showMembers();
    mUi->nameEdit->setFocus();
}

Activity ClubDialog::club() const
{
    Activity c = mClub;
    c.name = mUi->nameEdit->text().simplified();
    c.kind = mUi->kindCombo->currentData().toString();
    c.unitId = mUi->unitCombo->currentData().toLongLong();
    c.date = mUi->dateEdit->date();
    c.year = c.date.year();
    c.foundedOn = mUi->foundedCheck->isChecked() ? mUi->foundedEdit->date() : QDate();
    c.notes = mUi->notesEdit->text().trimmed();
    c.members = mMembers;
    c.count = mUi->countCheck->isChecked() ? mUi->countSpin->value() : qint64(mMembers.size());
    c.amount = 0;
    return c;
}

QString ClubDialog::errorText() const
{
    return mUi->errorLabel->isVisible() ? mUi->errorLabel->text() : QString();
}

QString ClubDialog::memberProblem(Id memberId, const QString& name) const
{
    const Id unit = mUi->unitCombo->currentData().toLongLong();
    const QDate day = mUi->dateEdit->date();
    const auto at = activeUnitOf(mCtx.db(), memberId, day);
    if (!at) return tr("%1 was not an active member on %2.").arg(name, dmy(day));
    if (!mTree.isWithin(*at, unit)) {
        const OrgUnit* u = mTree.byId(unit);
        return tr("%1 is a member of %2, not of %3 or a unit below it.")
            .arg(name, unitLabel(mTree, *at), u ? u->name : QString());
    }
    return {};
}

QStringList ClubDialog::problems() const
{
    QStringList out;
    const Activity c = club();
    if (c.name.isEmpty()) out << tr("Type the name of the club or model.");
    const QDate today = QDate::currentDate();
    if (c.foundedOn.isValid() && c.foundedOn > today)
        out << tr("The founding date %1 is in the future.").arg(dmy(c.foundedOn));
    else if (c.foundedOn.isValid() && c.foundedOn > c.date)
        out << tr("The founding date %1 is after the day the club is recorded on (%2).")
                   .arg(dmy(c.foundedOn), dmy(c.date));
    for (Id m : mMembers)
        if (const QString p = memberProblem(m, mNames.value(m, tr("member %1").arg(m))); !p.isEmpty())
            out << p;
    if (c.count < qint64(mMembers.size()))
        out << tr("%1 members entered, but %2 are listed.").arg(c.count).arg(mMembers.size());
    return out;
}

int ClubDialog::addMembers(const std::vector<PickedMember>& picked)
{
    QStringList refused;
    int added = 0;
    for (const PickedMember& p : picked) {
        if (std::find(mMembers.begin(), mMembers.end(), p.id) != mMembers.end()) continue;
        if (const QString problem = memberProblem(p.id, p.name); !problem.isEmpty()) {
            refused << problem;
            continue;
        }
        mMembers.push_back(p.id);
        mNames.insert(p.id, p.name);
        ++added;
    }
    showInlineMessage(mUi->errorLabel, refused.join(QLatin1Char('\n')));
    if (added > 0) showMembers();
    return added;
}

void ClubDialog::removeMembers()
{
    eraseSelectedRows(mUi->membersTable, mMembers);
    showMembers();
}

void ClubDialog::showMembers()
{
    ErrorPresenter::guard(
        this, [this] { fillClubMembers(mUi->membersTable, mCtx, mTree, mMembers, mUi->dateEdit->date()); });
    updateCount();
}

void ClubDialog::updateCount()
{
    const int listed = int(mMembers.size());
    showListCount(mUi->countCheck, mUi->countSpin, mUi->countInfo, listed,
                  tr("%n member(s) listed", nullptr, listed));
}

void ClubDialog::trySave()
{
    QStringList problems;
    if (!ErrorPresenter::guard(this, [&] { problems = this->problems(); })) return;
    if (!problems.isEmpty()) {
        showInlineMessage(mUi->errorLabel, problems.join(QLatin1Char('\n')));
        return;
    }
    Activity c = club();
    if (saveInForm(this, mUi->errorLabel, [&] {
            if (mSaver) mSaver(c);
        })) {
        mClub = c;
        accept();
    }
}

}  // namespace hv
