#pragma once
// The first start (shown while the database has no office unit): the language, then the office's unit
// picked from the official list of provinces, districts and communes (searchable without tone marks),
// then Finish creates that unit and everything below it (UnitRepository::createFromOfficialList).

#include "storage/unitrepository.h"

#include <QWizard>
#include <functional>
#include <memory>
#include <vector>

class QLineEdit;
class QListWidget;

namespace Ui {
class FirstRunWizard;
}

namespace hv {

class Database;
class LanguageManager;

// A wizard page that is complete when the wizard says so (the unit page: once a unit is picked).
class ConditionalPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    void setCondition(std::function<bool()> condition) { mCondition = std::move(condition); }
    bool isComplete() const override { return mCondition ? mCondition() : QWizardPage::isComplete(); }
    void conditionChanged() { emit completeChanged(); }

private:
    std::function<bool()> mCondition;
};

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    // languages: the language page is shown only when given. officialList: a units.csv to read instead
    // of the bundled one (tests). Throws Error(Kind::Input) when the list cannot be read.
    FirstRunWizard(Database& db, LanguageManager* languages, QWidget* parent = nullptr,
                   const QString& officialList = {});
    ~FirstRunWizard() override;

    // The GSO code picked (empty before), and how many units Finish created.
    QString unitCode() const;
    int createdUnits() const { return mCreated; }

    bool validateCurrentPage() override;

protected:
    void changeEvent(QEvent* event) override;
    void initializePage(int id) override;

private:
    void retranslate();
    void fillProvinces();
    void fillUnits();
    void selectProvince();
    void selectUnit();
    static void filterList(QListWidget* list, const QString& text);
    const OfficialUnit* official(const QString& code) const;
    QString summary() const;

    std::unique_ptr<Ui::FirstRunWizard> mUi;
    Database& mDb;
    LanguageManager* mLanguages;
    QString mListFile;
    std::vector<OfficialUnit> mList;
    QString mSelectedCode;
    int mCreated = 0;
};

}  // namespace hv
