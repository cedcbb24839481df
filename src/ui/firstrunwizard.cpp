#include "ui/firstrunwizard.h"

#include "ui_firstrunwizard.h"

#include "core/vietnamese.h"
#include "storage/database.h"
#include "ui/errorpresenter.h"
#include "ui/languagemanager.h"

#include <QEvent>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>

namespace hv {
namespace {

constexpr int kCodeRole = Qt::UserRole;
constexpr int kFoldRole = Qt::UserRole + 1;

QListWidgetItem* addItem(QListWidget* list, const OfficialUnit& u, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(kCodeRole, u.code);
    item->setData(kFoldRole, vn::fold(u.name) + QLatin1Char(' ') + u.code);
    return item;
}

}  // namespace

FirstRunWizard::FirstRunWizard(Database& db, LanguageManager* languages, QWidget* parent,
                               const QString& officialList)
    : QWizard(parent),
      mUi(std::make_unique<Ui::FirstRunWizard>()),
      mDb(db),
      mLanguages(languages),
      mListFile(officialList)
{
    mUi->setupUi(this);
    setOption(QWizard::NoBackButtonOnStartPage);
    mList = UnitRepository::readOfficialList(officialList);

    mUi->unitPage->setCondition([this] { return !mSelectedCode.isEmpty(); });

    if (mLanguages) {
        const bool english = mLanguages->language() == QLatin1String("en");
        mUi->languageEn->setChecked(english);
        mUi->languageVi->setChecked(!english);
        connect(mUi->languageVi, &QRadioButton::toggled, this, [this](bool on) {
            if (on) mLanguages->setLanguage(QStringLiteral("vi"));
        });
        connect(mUi->languageEn, &QRadioButton::toggled, this, [this](bool on) {
            if (on) mLanguages->setLanguage(QStringLiteral("en"));
        });
    } else {
        removePage(pageIds().constFirst());
    }

    fillProvinces();
    connect(mUi->provinceFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        filterList(mUi->provinceList, text);
        // One province left: take it, so that typing its name is enough.
        QListWidgetItem* only = nullptr;
        int visible = 0;
        for (int i = 0; i < mUi->provinceList->count(); ++i) {
            if (!mUi->provinceList->item(i)->isHidden()) {
                only = mUi->provinceList->item(i);
                ++visible;
            }
        }
        if (visible == 1) mUi->provinceList->setCurrentItem(only);
    });
    connect(mUi->provinceList, &QListWidget::currentItemChanged, this, &FirstRunWizard::selectProvince);
    connect(mUi->unitFilter, &QLineEdit::textChanged, this,
            [this](const QString& text) { filterList(mUi->unitList, text); });
    connect(mUi->unitList, &QListWidget::currentItemChanged, this, &FirstRunWizard::selectUnit);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::unitCode() const { return mSelectedCode; }

const OfficialUnit* FirstRunWizard::official(const QString& code) const
{
    for (const OfficialUnit& u : mList)
        if (u.code == code) return &u;
    return nullptr;
}

void FirstRunWizard::fillProvinces()
{
    mUi->provinceList->clear();
    for (const OfficialUnit& u : mList)
        if (u.level == UnitLevel::Province) addItem(mUi->provinceList, u, u.name);
}

// The province itself (for a provincial office), then each district followed by its communes.
void FirstRunWizard::fillUnits()
{
    mUi->unitList->clear();
    mSelectedCode.clear();
    mUi->unitPage->conditionChanged();
    const QListWidgetItem* province = mUi->provinceList->currentItem();
    if (!province) return;
    const QString provinceCode = province->data(kCodeRole).toString();
    QHash<QString, std::vector<const OfficialUnit*>> children;
    for (const OfficialUnit& u : mList) children[u.parentCode].push_back(&u);
    if (const OfficialUnit* p = official(provinceCode))
        addItem(mUi->unitList, *p, tr("%1 (the whole province)").arg(p->name));
    for (const OfficialUnit* district : children.value(provinceCode)) {
        auto* item = addItem(mUi->unitList, *district, district->name);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        for (const OfficialUnit* commune : children.value(district->code))
            addItem(mUi->unitList, *commune, QStringLiteral("    ") + commune->name);
    }
    filterList(mUi->unitList, mUi->unitFilter->text());
}

void FirstRunWizard::selectProvince() { fillUnits(); }

void FirstRunWizard::selectUnit()
{
    const QListWidgetItem* item = mUi->unitList->currentItem();
    mSelectedCode = item ? item->data(kCodeRole).toString() : QString();
    mUi->unitPage->conditionChanged();
}

void FirstRunWizard::filterList(QListWidget* list, const QString& text)
{
    const QString needle = vn::fold(text);
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setHidden(!needle.isEmpty() && !item->data(kFoldRole).toString().contains(needle));
    }
}

QString FirstRunWizard::summary() const
{
    const OfficialUnit* unit = official(unitCode());
    if (!unit) return {};
    // Count what Finish creates below the unit.
    QHash<QString, std::vector<const OfficialUnit*>> children;
    for (const OfficialUnit& u : mList) children[u.parentCode].push_back(&u);
    int districts = 0, communes = 0;
    std::vector<const OfficialUnit*> queue{unit};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        for (const OfficialUnit* c : children.value(queue[i]->code)) {
            (c->level == UnitLevel::District ? districts : communes) += 1;
            queue.push_back(c);
        }
    }
    QString where;
    for (const OfficialUnit* p = official(unit->parentCode); p; p = official(p->parentCode))
        where += QStringLiteral(", ") + p->name;
    QString text = tr("<p>Your office: <b>%1</b>%2 (code %3).</p>")
                       .arg(unit->name.toHtmlEscaped(), where.toHtmlEscaped(), unit->code);
    if (districts > 0)
        text +=
            tr("<p>%1 districts and %2 communes will be created below it.</p>").arg(districts).arg(communes);
    else if (communes > 0)
        text += tr("<p>%1 communes will be created below it.</p>").arg(communes);
    return text;
}

void FirstRunWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (page(id) == mUi->confirmPage) {
        mUi->summaryLabel->setText(summary());
        mUi->locationLabel->setText(tr("The register is kept in %1.").arg(Database::displayLocation(mDb.location())));
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentPage() != mUi->confirmPage) return QWizard::validateCurrentPage();
    return ErrorPresenter::guard(
        this, [this] { mCreated = UnitRepository(mDb).createFromOfficialList(unitCode(), mListFile); });
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) retranslate();
}

void FirstRunWizard::retranslate()
{
    mUi->retranslateUi(this);
    // QWizard sets its button texts when the style changes, not on a language change: switch the style
    // back and forth so that "Next", "Back" and "Cancel" follow the new language.
    const WizardStyle style = wizardStyle();
    setWizardStyle(style == ClassicStyle ? ModernStyle : ClassicStyle);
    setWizardStyle(style);
    if (currentPage() == mUi->confirmPage) initializePage(currentId());
    // The unit list carries one translated entry (the whole province).
    if (mUi->unitList->count() > 0 && mUi->unitList->item(0)) {
        if (const OfficialUnit* p = official(mUi->unitList->item(0)->data(kCodeRole).toString());
            p && p->level == UnitLevel::Province)
            mUi->unitList->item(0)->setText(tr("%1 (the whole province)").arg(p->name));
    }
}

}  // namespace hv
