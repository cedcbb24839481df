#pragma once
// Asks what closing or merging a unit needs: the effective date (never in the future), the decision
// number and, for a merge, the unit it goes into and whether its chapters are kept under that unit.
// The dialog changes nothing: the caller passes the answers to UnitChanges::close or ::merge.

#include "core/types.h"
#include "storage/unitchanges.h"

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class MergeDialog;
}

namespace hv {

class MergeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Merge, Close };

    explicit MergeDialog(Mode mode, QWidget* parent = nullptr);
    ~MergeDialog() override;

    // The unit closed or merged, its active members and the units below it (for the summary).
    void setSource(const OrgUnit& unit, qint64 members, int unitsBelow);
    // The units it may be merged into, in the order given.
    void setTargets(const std::vector<OrgUnit>& targets);

    Id target() const;
    void setTarget(Id unit);
    QDate date() const;
    void setDate(const QDate& date);
    QString decisionNo() const;
    void setDecisionNo(const QString& text);
    UnitChanges::ChildUnits childUnits() const;

private:
    void updateOk();

    std::unique_ptr<Ui::MergeDialog> mUi;
    Mode mMode;
};

}  // namespace hv
