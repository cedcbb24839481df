#include "ui/registerfilterbar.h"

#include "core/referencedata.h"
#include "ui/flowlayout.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace hv {
namespace {

// The Union was founded in 1930: nobody joined before, so the year below stands for "any year".
constexpr int kAnyYear = 1929;

QComboBox* combo(QWidget* parent, const char* name)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

// Refills a combo box, keeping the chosen value when it is still offered.
void refill(QComboBox* c, const QList<std::pair<QString, QVariant>>& items)
{
    const QSignalBlocker block(c);
    const QVariant current = c->currentData();
    c->clear();
    for (const auto& [text, value] : items) c->addItem(text, value);
    const int i = c->findData(current);
    c->setCurrentIndex(i >= 0 ? i : 0);
}

}  // namespace

RegisterFilterBar::RegisterFilterBar(const ReferenceData& ref, QWidget* parent) : QWidget(parent), mRef(ref)
{
    mStatus = combo(this, "filterStatus");
    mType = combo(this, "filterType");
    mEthnicity = combo(this, "filterEthnicity");
    mReligion = combo(this, "filterReligion");
    mParty = combo(this, "filterParty");
    mPosition = combo(this, "filterPosition");
    mAgeLabel = new QLabel(this);
    mAgeFrom = new QSpinBox(this);
    mAgeFrom->setObjectName(QStringLiteral("filterAgeFrom"));
    mAgeTo = new QSpinBox(this);
    mAgeTo->setObjectName(QStringLiteral("filterAgeTo"));
    for (QSpinBox* s : {mAgeFrom, mAgeTo}) {
        s->setRange(-1, 120);  // -1: no bound
        s->setValue(-1);
    }
    mJoinedLabel = new QLabel(this);
    mJoinedYear = new QSpinBox(this);
    mJoinedYear->setObjectName(QStringLiteral("filterJoinedYear"));
    mJoinedYear->setRange(kAnyYear, QDate::currentDate().year());
    mJoinedYear->setValue(kAnyYear);
    mClear = new QToolButton(this);
    mClear->setObjectName(QStringLiteral("clearFilters"));

    // The lists of ethnic groups and religions hold long names ("Tịnh độ cư sĩ Phật hội Việt Nam"): those
    // two boxes keep a fixed width and show the full names in their pop-up lists.
    for (QComboBox* c : {mEthnicity, mReligion}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(16);
    }
    // Groups that stay together when the bar wraps onto a second line in a narrow window.
    const auto group = [this](std::initializer_list<QWidget*> widgets) {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget* w : widgets) row->addWidget(w);
        return box;
    };
    auto* layout = new FlowLayout(this);
    for (QWidget* w : std::initializer_list<QWidget*>{mStatus, mType, mEthnicity, mReligion, mParty, mPosition,
                                                      group({mAgeLabel, mAgeFrom, mAgeTo}),
                                                      group({mJoinedLabel, mJoinedYear}), mClear})
        layout->addWidget(w);

    for (QComboBox* c : {mStatus, mType, mEthnicity, mReligion, mParty, mPosition})
        connect(c, &QComboBox::currentIndexChanged, this, &RegisterFilterBar::changed);
    for (QSpinBox* s : {mAgeFrom, mAgeTo, mJoinedYear})
        connect(s, &QSpinBox::valueChanged, this, &RegisterFilterBar::changed);
    connect(mClear, &QToolButton::clicked, this, [this] {
        clear();
        emit changed();
    });
    retranslate();
}

void RegisterFilterBar::retranslate()
{
    fill();
    mAgeLabel->setText(tr("Age"));
    mAgeFrom->setSpecialValueText(tr("from"));
    mAgeTo->setSpecialValueText(tr("to"));
    mAgeFrom->setToolTip(tr("Youngest age (completed years at the register's date)"));
    mAgeTo->setToolTip(tr("Oldest age (completed years at the register's date)"));
    mJoinedLabel->setText(tr("Joined in"));
    mJoinedYear->setSpecialValueText(tr("any year"));
    mClear->setText(tr("Clear filters"));
}

void RegisterFilterBar::fill()
{
    refill(mStatus, {{tr("Active members"), int(RegisterStatus::Active)},
                     {tr("Members who left"), int(RegisterStatus::Left)},
                     {tr("Active and left"), int(RegisterStatus::All)}});
    refill(mType, {{tr("Any member type"), -1},
                   {displayName(MemberType::Ordinary), int(MemberType::Ordinary)},
                   {displayName(MemberType::Honorary), int(MemberType::Honorary)}});
    QList<std::pair<QString, QVariant>> ethnic{
        {tr("Any ethnicity"), QString()},
        {tr("Ethnic minorities"), QString::fromLatin1(RegisterQuery::kMinority)}};
    for (const CodeName& e : mRef.ethnicGroups()) ethnic.push_back({e.name, e.code});
    refill(mEthnicity, ethnic);
    QList<std::pair<QString, QVariant>> religions{
        {tr("Any religion or none"), QString()},
        {tr("Has a religion"), QString::fromLatin1(RegisterQuery::kAnyReligion)}};
    for (const CodeName& r : mRef.religions()) religions.push_back({r.name, r.code});
    refill(mReligion, religions);
    refill(mParty, {{tr("Party: any"), -1}, {tr("Party members"), 1}, {tr("Not party members"), 0}});
    QList<std::pair<QString, QVariant>> positions{{tr("Any position"), -1}};
    for (Position p : {Position::Chair, Position::ViceChair, Position::ChapterHead, Position::ChapterDeputy,
                       Position::GroupHead, Position::GroupDeputy, Position::Other})
        positions.push_back({displayName(p), int(p)});
    refill(mPosition, positions);
}

void RegisterFilterBar::clear()
{
    const QSignalBlocker b1(mStatus), b2(mType), b3(mEthnicity), b4(mReligion), b5(mParty), b6(mPosition),
        b7(mAgeFrom), b8(mAgeTo), b9(mJoinedYear);
    for (QComboBox* c : {mStatus, mType, mEthnicity, mReligion, mParty, mPosition}) c->setCurrentIndex(0);
    mAgeFrom->setValue(-1);
    mAgeTo->setValue(-1);
    mJoinedYear->setValue(kAnyYear);
}

void RegisterFilterBar::applyTo(RegisterQuery& q) const
{
    q.status = RegisterStatus(mStatus->currentData().toInt());
    const int type = mType->currentData().toInt();
    q.memberType = type < 0 ? std::nullopt : std::optional<MemberType>(MemberType(type));
    q.ethnicity = mEthnicity->currentData().toString();
    q.religion = mReligion->currentData().toString();
    const int party = mParty->currentData().toInt();
    q.party = party < 0 ? std::nullopt : std::optional<bool>(party == 1);
    q.ageFrom = mAgeFrom->value();
    q.ageTo = mAgeTo->value();
    const int position = mPosition->currentData().toInt();
    q.position = position < 0 ? std::nullopt : std::optional<Position>(Position(position));
    q.joinedYear = mJoinedYear->value() == kAnyYear ? 0 : mJoinedYear->value();
}

}  // namespace hv
