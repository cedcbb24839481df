#pragma once
// The wizard's second page: the header row the library found under the title rows, and per file column
// the field it goes to (a combo, "— ignore" to leave it out). The mapping a list was imported with is
// remembered in the settings for files with the same header texts and applied to the next one.

#include "importing/headermap.h"

#include <QWizardPage>
#include <optional>
#include <vector>

class QComboBox;
class QSettings;
class QLabel;
class QTableWidget;

namespace hv {

class ImportWizard;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The combo of file column i (objectName "mapping_<i>").
    QComboBox* combo(int column) const;
    // The fields chosen now, per file column.
    std::vector<std::optional<MemberColumn>> columns() const;
    // The mapping remembered for files with these headers; empty when none.
    static std::vector<std::optional<MemberColumn>> remembered(QSettings& settings,
                                                               const QStringList& headers);

private:
    void check();

    ImportWizard& mWizard;
    QLabel* mHeaderLabel = nullptr;
    QLabel* mRemembered = nullptr;
    QTableWidget* mTable = nullptr;
    QLabel* mProblem = nullptr;
};

}  // namespace hv
