#pragma once
// Asks what splitting a unit needs: the effective date, the decision number, the names (and codes) of
// the new units, and where each unit right below it and each member directly in it goes. Rows are given
// to a new unit in the "New unit" column or many at once with "Give the selected rows to". The dialog
// changes nothing: the caller passes parts() to UnitChanges::split.

#include "core/types.h"
#include "storage/unitchanges.h"

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class SplitDialog;
}

namespace hv {

// One row to give to a new unit: a unit below the split one (with everything in it) or a member.
struct SplitItem {
    Id childUnitId = 0;
    Id memberId = 0;
    QString label;   // unit or member name
    QString detail;  // "12 members" or the year of birth
};

class SplitDialog : public QDialog {
    Q_OBJECT
public:
    explicit SplitDialog(QWidget* parent = nullptr);
    ~SplitDialog() override;

    // The unit split (new units get its level) and what must be given to a new unit.
    void setSource(const OrgUnit& unit, const std::vector<SplitItem>& items);
    QDate date() const;
    void setDate(const QDate& date);
    QString decisionNo() const;
    // The new units with what goes to each (parent 0: the split unit's parent).
    std::vector<SplitPart> parts() const;
    // Gives row `row` of the items to part `part` (-1: none); for tests and scripted use.
    void assign(int row, int part);
    void setPartName(int part, const QString& name);

private:
    void addPart();
    void removePart();
    void assignSelected();
    void partsEdited();
    void updateStatus();

    std::unique_ptr<Ui::SplitDialog> mUi;
    std::vector<SplitItem> mItems;
    OrgUnit mSource;
};

}  // namespace hv
