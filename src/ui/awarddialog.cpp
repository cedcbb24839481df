#include "ui/awarddialog.h"

#include "ui_awarddialog.h"

#include "core/error.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/errorpresenter.h"
#include "ui/yearworkwidgets.h"

#include <QPushButton>

namespace hv {

QString issuerLevelName(const QString& code)
{
    if (code == QLatin1String("central")) return AwardDialog::tr("Central Union");
    if (code == QLatin1String("province")) return AwardDialog::tr("Provincial Union");
    if (code == QLatin1String("district")) return AwardDialog::tr("District Union");
    if (code == QLatin1String("commune")) return AwardDialog::tr("Commune Union");
    if (code == QLatin1String("committee")) return AwardDialog::tr("People's Committee");
    if (code == QLatin1String("other")) return AwardDialog::tr("Other");
    return code;
}

QString awardStatusName(const QString& code)
{
    if (code == QLatin1String("proposed")) return AwardDialog::tr("Proposed");
    if (code == QLatin1String("approved")) return AwardDialog::tr("Approved");
    if (code == QLatin1String("refused")) return AwardDialog::tr("Refused");
    return code;
}

AwardDialog::AwardDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mUi(std::make_unique<Ui::AwardDialog>())
{
    mUi->setupUi(this);
    ErrorPresenter::guard(this, [this] { mTree = UnitRepository(mCtx.db()).tree(); });
    for (const QString& f : awardForms()) mUi->formCombo->addItem(awardFormName(f), f);
    for (const QString& l : issuerLevels()) mUi->issuerCombo->addItem(issuerLevelName(l), l);
    for (const char* s : {"proposed", "approved", "refused"})
        mUi->statusCombo->addItem(awardStatusName(QLatin1String(s)), QLatin1String(s));
    mUi->decisionDateCheck->setToolTip(tr("The decision has a date"));
    mUi->errorLabel->hide();

    connect(mUi->memberRadio, &QRadioButton::toggled, this, &AwardDialog::updateRecipient);
    connect(mUi->memberSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        ErrorPresenter::guard(
            this, [&] { fillMemberResults(mUi->memberResults, mCtx.db(), mCtx.ref(), mTree, text); });
    });
    connect(mUi->memberResults, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item) return;
        mMemberId = item->data(Qt::UserRole).toLongLong();
        mUi->memberChosen->setText(tr("Awarded to: <b>%1</b>").arg(item->text().toHtmlEscaped()));
    });
    connect(mUi->decisionDateCheck, &QCheckBox::toggled, mUi->decisionDateEdit, &QWidget::setEnabled);
    connect(mUi->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        // An approval has a decision: the date is asked for with it.
        if (mUi->statusCombo->currentData().toString() == QLatin1String("approved"))
            mUi->decisionDateCheck->setChecked(true);
    });
    for (QPushButton* b : mUi->buttonBox->findChildren<QPushButton*>()) b->setAutoDefault(false);
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, &AwardDialog::trySave);
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AwardDialog::~AwardDialog() = default;

void AwardDialog::setAward(const Award& a, const QString& memberName)
{
    mAward = a;
    setWindowTitle(a.id == 0 ? tr("New award of %1").arg(a.year) : tr("Award: %1").arg(a.title));
    Id root = a.unitId;
    if (const auto office = UnitRepository(mCtx.db()).officeUnit()) root = office->id;
    fillUnitCombo(mUi->unitCombo, mTree, root, a.year);
    mUi->unitCombo->setCurrentIndex(std::max(0, mUi->unitCombo->findData(a.unitId)));
    mMemberId = a.memberId;
    (a.id != 0 && !a.individual() ? mUi->unitRadio : mUi->memberRadio)->setChecked(true);
    mUi->memberChosen->setText(a.individual() ? tr("Awarded to: <b>%1</b>").arg(memberName.toHtmlEscaped())
                                              : QString());
    mUi->formCombo->setCurrentIndex(std::max(0, mUi->formCombo->findData(a.form)));
    mUi->titleEdit->setText(a.title);
    mUi->issuerCombo->setCurrentIndex(std::max(0, mUi->issuerCombo->findData(a.issuerLevel)));
    mUi->yearSpin->setValue(a.year);
    mUi->statusCombo->setCurrentIndex(std::max(0, mUi->statusCombo->findData(a.status)));
    mUi->decisionEdit->setText(a.decisionNo);
    mUi->decisionDateCheck->setChecked(a.decisionDate.isValid());
    mUi->decisionDateEdit->setEnabled(a.decisionDate.isValid());
    mUi->decisionDateEdit->setDate(
        a.decisionDate.isValid() ? a.decisionDate : std::min(QDate::currentDate(), QDate(a.year, 12, 31)));
    mUi->reasonEdit->setPlainText(a.reason);
    updateRecipient();
}

Award AwardDialog::award() const
{
    Award a = mAward;
    const bool toMember = mUi->memberRadio->isChecked();
    a.memberId = toMember ? mMemberId : 0;
    a.unitId = toMember ? 0 : mUi->unitCombo->currentData().toLongLong();
    a.form = mUi->formCombo->currentData().toString();
    a.title = mUi->titleEdit->text().simplified();
    a.issuerLevel = mUi->issuerCombo->currentData().toString();
    a.year = mUi->yearSpin->value();
    a.status = mUi->statusCombo->currentData().toString();
    a.decisionNo = mUi->decisionEdit->text().trimmed();
    a.decisionDate = mUi->decisionDateCheck->isChecked() ? mUi->decisionDateEdit->date() : QDate();
    a.reason = mUi->reasonEdit->toPlainText().trimmed();
    return a;
}

QString AwardDialog::errorText() const
{
    return mUi->errorLabel->isVisible() ? mUi->errorLabel->text() : QString();
}

void AwardDialog::updateRecipient()
{
    const bool toMember = mUi->memberRadio->isChecked();
    mUi->memberSearch->setVisible(toMember);
    mUi->memberResults->setVisible(toMember);
    mUi->memberChosen->setVisible(toMember);
    mUi->unitCombo->setVisible(!toMember);
}

void AwardDialog::trySave()
{
    Award a = award();
    if (mUi->memberRadio->isChecked() && a.memberId == 0) {
        showInlineMessage(mUi->errorLabel,
                          tr("Find the member the award is for: type her name and pick her in the list."));
        return;
    }
    if (saveInForm(this, mUi->errorLabel, [&] {
            if (mSaver) mSaver(a);
        })) {
        mAward = a;
        accept();
    }
}

}  // namespace hv
