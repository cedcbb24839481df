#include "ui/movementdialog.h"

#include "ui_movementdialog.h"

#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/chapterpicker.h"

#include <QPushButton>

namespace hv {
namespace {

// How many names the summary lists before it only counts the rest.
constexpr int kNamesShown = 5;

}  // namespace

MovementDialog::MovementDialog(AppContext& ctx, EventKind kind, const QStringList& memberNames,
                               QWidget* parent)
    : QDialog(parent), mUi(std::make_unique<Ui::MovementDialog>()), mKind(kind)
{
    mUi->setupUi(this);
    setWindowTitle(displayName(kind));

    QString names = memberNames.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (memberNames.size() > kNamesShown)
        names += QLatin1Char(' ') + tr("and %n other(s)", nullptr, int(memberNames.size()) - kNamesShown);
    mUi->summary->setText(tr("<b>%1</b> — applies to %n member(s): %2", nullptr, int(memberNames.size()))
                              .arg(displayName(kind).toHtmlEscaped(), names.toHtmlEscaped()));
    mUi->summary->setTextFormat(Qt::RichText);

    // A movement is recorded after the decision: never for a day that has not come yet.
    const QDate today = QDate::currentDate();
    mUi->date->setMaximumDate(today);
    mUi->date->setMinimumDate(QDate(1930, 10, 20));  // the founding of the Union
    mUi->date->setDate(today);

    const bool chapter = needsChapter(kind);
    mUi->destinationLabel->setVisible(chapter);
    mUi->destination->setVisible(chapter);
    if (chapter) {
        UnitRepository units(ctx.db());
        mTree = units.tree();
        const auto office = units.officeUnit();
        fillChapterPicker(mUi->destination, mTree, office ? office->id : 0, today);
        mUi->destinationLabel->setText(kind == EventKind::Moved ? tr("&Move to chapter:") : tr("&Chapter:"));
    }
    mUi->chapterHint->hide();

    connect(mUi->destination, &QComboBox::currentIndexChanged, this, &MovementDialog::updateOk);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (mUi->buttonBox->button(QDialogButtonBox::Ok)->isEnabled()) accept();
    });
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    mUi->date->setFocus();
}

MovementDialog::~MovementDialog() = default;

bool MovementDialog::needsChapter(EventKind kind)
{
    return startsMembership(kind) || kind == EventKind::Moved;
}

QDate MovementDialog::date() const { return mUi->date->date(); }

void MovementDialog::setDate(const QDate& date) { mUi->date->setDate(date); }

QString MovementDialog::decisionNo() const { return mUi->decisionNo->text().simplified(); }

QString MovementDialog::notes() const { return mUi->notes->text().simplified(); }

Id MovementDialog::unitId() const { return needsChapter(mKind) ? pickedUnit(mUi->destination) : 0; }

void MovementDialog::setUnitId(Id unitId)
{
    if (needsChapter(mKind)) selectPickedUnit(mUi->destination, unitId);
}

MembershipEvent MovementDialog::event() const
{
    MembershipEvent e;
    e.kind = mKind;
    e.date = date();
    e.unitId = unitId();
    e.decisionNo = decisionNo();
    e.notes = notes();
    return e;
}

void MovementDialog::updateOk()
{
    const bool missingChapter = needsChapter(mKind) && unitId() == 0;
    // Said plainly, not in red: nothing is wrong yet, something is still to choose.
    mUi->chapterHint->setText(missingChapter ? tr("Choose the chapter she goes to.") : QString());
    mUi->chapterHint->setVisible(missingChapter);
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!missingChapter);
}

}  // namespace hv
