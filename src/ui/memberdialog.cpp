#include "ui/memberdialog.h"

#include "ui_memberdialog.h"

#include "core/citizenid.h"
#include "core/flexparse.h"
#include "core/referencedata.h"
#include "storage/unitrepository.h"
#include "ui/appcontext.h"
#include "ui/chapterpicker.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>

namespace hv {
namespace {

// Fields the form checks itself, besides those of validateMember.
constexpr const char* kPartyOfficialOn = "party_official_on";
constexpr const char* kPhone = "phone";
constexpr const char* kChapter = "chapter";

const QString kErrorStyle = QStringLiteral("color: #b00020;");
const QString kWarningStyle = QStringLiteral("color: #9a5b00;");

bool isEmptyInput(const QWidget* w)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(w)) return line->text().trimmed().isEmpty();
    if (const auto* combo = qobject_cast<const QComboBox*>(w))
        return combo->currentIndex() <= 0;  // the first item is "choose" or "not recorded"
    return false;
}

}  // namespace

MemberDialog::MemberDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent), mCtx(ctx), mUi(std::make_unique<Ui::MemberDialog>())
{
    mUi->setupUi(this);
    setWindowTitle(tr("New member"));
    UnitRepository units(ctx.db());
    mTree = units.tree();
    const auto office = units.officeUnit();
    fillChapterPicker(mUi->chapter, mTree, office ? office->id : 0, QDate::currentDate());
    mUi->currentChapter->hide();
    mUi->joinedOn->setText(formatDate(QDate::currentDate()));
    mUi->historyHint->setText(
        tr("Her history starts when she is saved, with the joining entered on the "
           "\"Union membership\" tab."));
    showHistoryTables(false);
    setUpChoices();
    setUpFields();
    connect(mUi->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (mAcceptable) accept();
    });
    connect(mUi->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    mUi->fullName->setFocus();
    validate();
}

MemberDialog::~MemberDialog() = default;

QString MemberDialog::formatDate(const QDate& d)
{
    if (!d.isValid()) return {};
    return d == unknownDate() ? tr("unknown") : d.toString(QStringLiteral("dd/MM/yyyy"));
}

void MemberDialog::setUpFields()
{
    mFields = {
        {kChapter, mUi->chapter, mUi->error_chapter, tr("chapter")},
        {field::kFullName, mUi->fullName, mUi->error_full_name, tr("full name")},
        {field::kBirthDate, mUi->birthDate, mUi->error_birth_date, tr("date of birth")},
        {field::kSex, mUi->sex, mUi->error_sex, tr("sex")},
        {field::kCitizenId, mUi->citizenId, mUi->error_citizen_id, tr("citizen ID")},
        {field::kEthnicity, mUi->ethnicity, mUi->error_ethnicity, tr("ethnicity")},
        {field::kReligion, mUi->religion, mUi->error_religion, tr("religion")},
        {field::kPartyJoinedOn, mUi->partyJoinedOn, mUi->error_party_joined_on, tr("party admission date")},
        {kPartyOfficialOn, mUi->partyOfficialOn, mUi->error_party_official_on,
         tr("full party membership date")},
        {kPhone, mUi->phone, mUi->error_phone, tr("phone")},
        {field::kJoinedOn, mUi->joinedOn, mUi->error_joined_on, tr("join date")},
        {field::kCardIssuedOn, mUi->cardIssuedOn, mUi->error_card_issued_on, tr("card issue date")},
    };
    for (const FieldUi& f : mFields) {
        f.error->hide();
        const char* name = f.field;
        if (auto* line = qobject_cast<QLineEdit*>(f.input)) {
            connect(line, &QLineEdit::textEdited, this, [this, name] { markTouched(name); });
            connect(line, &QLineEdit::textChanged, this, &MemberDialog::validate);
        } else if (auto* combo = qobject_cast<QComboBox*>(f.input)) {
            connect(combo, &QComboBox::activated, this, [this, name] { markTouched(name); });
            connect(combo, &QComboBox::currentIndexChanged, this, &MemberDialog::validate);
        }
    }
    // A bare year means only the year is known; a full date means the day is known too.
    connect(mUi->birthDate, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const auto parsed = parseFlexDate(text)) mUi->birthYearOnly->setChecked(parsed->yearOnly());
    });
    connect(mUi->birthYearOnly, &QCheckBox::toggled, this, [this](bool yearOnly) {
        const auto parsed = parseFlexDate(mUi->birthDate->text());
        if (yearOnly && parsed && !parsed->yearOnly()) mUi->birthDate->setText(QString::number(parsed->year));
        mUi->birthDate->setPlaceholderText(yearOnly ? tr("yyyy") : tr("dd/mm/yyyy or the year"));
        validate();
    });
    connect(mUi->partyMember, &QCheckBox::toggled, this, [this](bool party) {
        mUi->partyJoinedOn->setEnabled(party);
        mUi->partyOfficialOn->setEnabled(party);
        validate();
    });
    mUi->partyJoinedOn->setEnabled(false);
    mUi->partyOfficialOn->setEnabled(false);
    connect(mUi->memberType, &QComboBox::currentIndexChanged, this, &MemberDialog::updateTypeDependentFields);
    updateTypeDependentFields();
    connect(mUi->confirmCitizenId, &QCheckBox::toggled, this, [this](bool confirmed) {
        mConfirmedWarnings = confirmed ? citizenIdWarnings(readFields(nullptr)) : QStringList();
        if (!confirmed) mKeptOverride.clear();
        validate();
    });
}

void MemberDialog::updateTypeDependentFields()
{
    // Ordinary members are women (DOMAIN.md); only an honorary member may be a man.
    const bool honorary = MemberType(mUi->memberType->currentData().toInt()) == MemberType::Honorary;
    if (!honorary) mUi->sex->setCurrentIndex(mUi->sex->findData(int(Sex::Female)));
    mUi->sex->setEnabled(honorary);
    validate();
}

void MemberDialog::setMember(const Member& m, const std::vector<MembershipEvent>& history,
                             const std::vector<PositionHolding>& positions)
{
    mNew = false;
    mOriginal = m;
    mTouched.clear();
    setWindowTitle(tr("Member: %1").arg(m.fullName));
    mUi->fullName->setText(m.fullName);
    mUi->birthYearOnly->setChecked(!m.birth.isNull() && m.birth.yearOnly());
    mUi->birthDate->setText(m.birth.isNull()     ? QString()
                            : m.birth.yearOnly() ? QString::number(m.birth.year)
                                                 : formatDate(m.birth.date));
    mUi->memberType->setCurrentIndex(mUi->memberType->findData(int(m.type)));
    mUi->sex->setCurrentIndex(mUi->sex->findData(int(m.sex)));
    mUi->citizenId->setText(m.citizenId);
    showValue(mUi->ethnicity, m.ethnicityCode);
    showValue(mUi->religion, m.religionCode);
    showValue(mUi->education, m.education);
    showValue(mUi->professional, m.professional);
    showValue(mUi->politicalTheory, m.politicalTheory);
    mUi->occupation->setText(m.occupation);
    mUi->partyMember->setChecked(m.partyMember);
    mUi->partyJoinedOn->setText(formatDate(m.partyJoinedOn));
    mUi->partyOfficialOn->setText(formatDate(m.partyOfficialOn));
    mUi->address->setText(m.address);
    mUi->phone->setText(m.phone);
    mUi->joinedOn->setText(formatDate(m.joinedOn));
    mUi->admissionDecision->setText(m.admissionDecision);
    mUi->joinKind->setCurrentIndex(mUi->joinKind->findData(int(m.joinKind)));
    mUi->cardNo->setText(m.cardNo);
    mUi->cardIssuedOn->setText(formatDate(m.cardIssuedOn));
    mUi->coreMember->setChecked(m.coreMember);
    showValue(mUi->household, m.household);
    mUi->notes->setPlainText(m.notes);

    // An override recorded earlier still holds while the number and its warnings stay the same.
    const QStringList warnings = citizenIdWarnings(readFields(nullptr));
    {
        const QSignalBlocker block(mUi->confirmCitizenId);
        mUi->confirmCitizenId->setChecked(!m.citizenIdOverride.isEmpty() && !warnings.isEmpty());
    }
    mConfirmedWarnings = mUi->confirmCitizenId->isChecked() ? warnings : QStringList();
    mKeptOverride = mUi->confirmCitizenId->isChecked() ? m.citizenIdOverride : QString();

    // Her chapter changes only through movements: shown, not edited.
    mUi->chapter->hide();
    mUi->currentChapter->show();
    mCurrentUnit = 0;
    if (history.empty()) {
        mUi->currentChapter->setText(tr("No movement recorded."));
    } else if (const MembershipEvent& last = history.back(); last.status == Status::Active) {
        mCurrentUnit = last.unitId;
        mUi->currentChapter->setText(unitLabel(mTree, last.unitId));
    } else {
        mUi->currentChapter->setText(
            tr("%1 on %2 (last chapter: %3)")
                .arg(displayName(last.status), formatDate(last.date), unitLabel(mTree, last.fromUnitId)));
    }
    showHistory(history, positions);
    showYearWork(m.id);
    validate();
}

Member MemberDialog::readFields(std::vector<FieldProblem>* problems) const
{
    auto problem = [&](const char* field, const QString& message) {
        if (problems) problems->push_back({QString::fromLatin1(field), message, false});
    };
    const QDate today = QDate::currentDate();
    // An optional full date; text that is not one is a problem of that field.
    auto readDate = [&](const QLineEdit* edit, const char* field) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) return QDate();
        const auto parsed = parseFlexDate(text);
        if (!parsed || parsed->yearOnly()) {
            problem(field, tr("Type the date as dd/mm/yyyy."));
            return QDate();
        }
        return parsed->date;
    };

    Member m = mOriginal;  // keeps the id and the version that was read
    m.fullName = mUi->fullName->text().simplified();
    m.birth = {};
    if (const QString text = mUi->birthDate->text().trimmed(); !text.isEmpty()) {
        const auto parsed = parseFlexDate(text);
        if (!parsed) {
            problem(field::kBirthDate, tr("Type the date of birth as dd/mm/yyyy, or the year alone."));
        } else {
            m.birth = *parsed;
            if (mUi->birthYearOnly->isChecked())
                m.birth.date = QDate();
            else if (parsed->yearOnly())
                problem(field::kBirthDate, tr("Type the full date, or tick \"Only the year is known\"."));
        }
    }
    m.sex = Sex(mUi->sex->currentData().toInt());
    m.citizenId = CitizenId::normalize(mUi->citizenId->text());
    m.ethnicityCode = mUi->ethnicity->currentData().toString();
    m.religionCode = mUi->religion->currentData().toString();

    m.education = valueOf(mUi->education);
    m.professional = valueOf(mUi->professional);
    m.politicalTheory = valueOf(mUi->politicalTheory);
    m.occupation = mUi->occupation->text().simplified();
    m.partyMember = mUi->partyMember->isChecked();
    m.partyJoinedOn = m.partyMember ? readDate(mUi->partyJoinedOn, field::kPartyJoinedOn) : QDate();
    m.partyOfficialOn = m.partyMember ? readDate(mUi->partyOfficialOn, kPartyOfficialOn) : QDate();
    if (m.partyOfficialOn.isValid() && m.partyOfficialOn > today)
        problem(kPartyOfficialOn, tr("The date %1 is in the future.").arg(formatDate(m.partyOfficialOn)));
    else if (m.partyOfficialOn.isValid() && m.partyJoinedOn.isValid() && m.partyOfficialOn < m.partyJoinedOn)
        problem(kPartyOfficialOn, tr("Full membership cannot come before admission to the party."));

    m.address = mUi->address->text().simplified();
    m.phone = mUi->phone->text().trimmed();
    static const QRegularExpression phoneChars(QStringLiteral("^[0-9 +.()-]*$"));
    if (!phoneChars.match(m.phone).hasMatch())
        problem(kPhone, tr("A phone number has only digits, spaces and the signs + . - ( )."));

    m.type = MemberType(mUi->memberType->currentData().toInt());
    m.joinedOn = readDate(mUi->joinedOn, field::kJoinedOn);
    if (mNew && mUi->joinedOn->text().trimmed().isEmpty())
        problem(field::kJoinedOn,
                tr("Type the date she joined: her first entry in the register has this date."));
    m.admissionDecision = mUi->admissionDecision->text().simplified();
    m.joinKind = JoinKind(mUi->joinKind->currentData().toInt());
    m.cardNo = mUi->cardNo->text().simplified();
    m.cardIssuedOn = readDate(mUi->cardIssuedOn, field::kCardIssuedOn);
    m.coreMember = mUi->coreMember->isChecked();
    m.household = valueOf(mUi->household);
    m.notes = mUi->notes->toPlainText().trimmed();
    if (mNew && pickedUnit(mUi->chapter) == 0) problem(kChapter, tr("Choose her chapter."));
    return m;
}

QStringList MemberDialog::citizenIdWarnings(const Member& m) const
{
    Member probe = m;
    probe.citizenIdOverride.clear();
    QStringList out;
    for (const FieldProblem& p : validateMember(probe, mCtx.ref(), QDate::currentDate()))
        if (p.warning) out << p.message;
    return out;
}

Member MemberDialog::member() const
{
    Member m = readFields(nullptr);
    const QStringList warnings = citizenIdWarnings(m);
    if (warnings.isEmpty() || !mUi->confirmCitizenId->isChecked())
        m.citizenIdOverride.clear();
    else if (!mKeptOverride.isEmpty())
        m.citizenIdOverride = mKeptOverride;
    else
        m.citizenIdOverride = tr("Confirmed by the officer on %1: %2")
                                  .arg(formatDate(QDate::currentDate()), warnings.join(QStringLiteral("; ")));
    return m;
}

Id MemberDialog::unitId() const { return mNew ? pickedUnit(mUi->chapter) : mCurrentUnit; }

void MemberDialog::setUnitId(Id unitId)
{
    if (mNew) selectPickedUnit(mUi->chapter, unitId);
}

QDate MemberDialog::joinDate() const
{
    const auto parsed = parseFlexDate(mUi->joinedOn->text());
    return parsed && !parsed->yearOnly() ? parsed->date : QDate();
}

void MemberDialog::showHistoryTables(bool show)
{
    mUi->historyHint->setVisible(!show);
    mUi->historyLabel->setVisible(show);
    mUi->historyTable->setVisible(show);
    mUi->positionsLabel->setVisible(show);
    mUi->positionsTable->setVisible(show);
}

void MemberDialog::markTouched(const char* field)
{
    mTouched.insert(QString::fromLatin1(field));
    validate();
}

void MemberDialog::validate()
{
    if (mFields.empty()) return;  // still setting up
    std::vector<FieldProblem> problems;
    Member m = readFields(&problems);
    m.citizenIdOverride.clear();
    QStringList warnings;
    for (FieldProblem& p : validateMember(m, mCtx.ref(), QDate::currentDate())) {
        if (p.warning)
            warnings << p.message;
        else
            problems.push_back(std::move(p));
    }
    // The confirmation covers the warnings the officer saw; another number needs another look.
    if (mUi->confirmCitizenId->isChecked() && warnings != mConfirmedWarnings) {
        const QSignalBlocker block(mUi->confirmCitizenId);
        mUi->confirmCitizenId->setChecked(false);
        mConfirmedWarnings.clear();
        mKeptOverride.clear();
    }
    showProblems(problems, warnings);
}

void MemberDialog::showProblems(const std::vector<FieldProblem>& problems, const QStringList& warnings)
{
    QHash<QString, QStringList> errors;
    for (const FieldProblem& p : problems) errors[p.field] << p.message;
    mProblemTexts.clear();
    QStringList stillNeeded;
    QSet<int> tabsWithErrors, tabsWithWarnings;
    auto tabOf = [this](const QWidget* w) {
        for (int i = 0; i < mUi->tabs->count(); ++i)
            if (mUi->tabs->widget(i)->isAncestorOf(w)) return i;
        return -1;  // above the tabs (the chapter)
    };
    bool cccdError = false;
    bool errorShown = false;
    for (const FieldUi& f : mFields) {
        const QString name = QString::fromLatin1(f.field);
        const QStringList messages = errors.value(name);
        for (const QString& msg : messages) mProblemTexts << name + QStringLiteral(": ") + msg;
        const bool isCccd = name == QLatin1String(field::kCitizenId);
        if (!messages.isEmpty()) {
            cccdError = cccdError || isCccd;
            // An empty field of a new member is not a mistake yet, only something still to do.
            if (mNew && !mTouched.contains(name) && isEmptyInput(f.input)) {
                stillNeeded << f.name;
                f.error->hide();
            } else {
                f.error->setText(messages.join(QLatin1Char('\n')));
                f.error->setStyleSheet(kErrorStyle);
                f.error->show();
                tabsWithErrors.insert(tabOf(f.input));
                errorShown = true;
            }
        } else if (isCccd && !warnings.isEmpty()) {
            for (const QString& w : warnings) mProblemTexts << name + QStringLiteral(" (warning): ") + w;
            f.error->setText(warnings.join(QLatin1Char('\n')));
            f.error->setStyleSheet(kWarningStyle);
            f.error->show();
            if (!mUi->confirmCitizenId->isChecked()) tabsWithWarnings.insert(tabOf(f.input));
        } else {
            f.error->hide();
        }
    }
    mUi->confirmCitizenId->setVisible(!warnings.isEmpty() && !cccdError);

    const bool unconfirmed = !warnings.isEmpty() && !mUi->confirmCitizenId->isChecked();
    mAcceptable = errors.isEmpty() && !unconfirmed;
    mUi->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(mAcceptable);

    // Problems on a tab that is not in view are easy to miss: the tab shows an icon.
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QStringList errorTabNames;
    for (int i = 0; i < mUi->tabs->count(); ++i) {
        mUi->tabs->setTabIcon(
            i, tabsWithErrors.contains(i) || tabsWithWarnings.contains(i) ? warningIcon : QIcon());
        if (tabsWithErrors.contains(i)) errorTabNames << mUi->tabs->tabText(i).remove(QLatin1Char('&'));
    }
    QStringList summary;
    if (!stillNeeded.isEmpty())
        summary << tr("Still needed: %1.").arg(stillNeeded.join(QStringLiteral(", ")));
    if (errorShown)
        summary << (errorTabNames.isEmpty() ? tr("Correct what is marked in red.")
                                            : tr("Correct what is marked in red on: %1.")
                                                  .arg(errorTabNames.join(QStringLiteral(", "))));
    if (unconfirmed && !cccdError)
        summary << tr("Check the citizen ID card, then correct the number or confirm it.");
    mUi->problemSummary->setText(summary.join(QLatin1Char(' ')));
}

}  // namespace hv
