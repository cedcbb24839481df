#pragma once
// Adds or corrects a unit of the tree: name, code, level, the unit it belongs to, the dates it exists
// and the decision number. The dialog saves nothing: the caller passes unit() to UnitChanges, which
// checks levels, codes and dates.

#include "core/types.h"

#include <QDialog>
#include <memory>
#include <vector>

namespace Ui {
class UnitDialog;
}

namespace hv {

class UnitDialog : public QDialog {
    Q_OBJECT
public:
    explicit UnitDialog(QWidget* parent = nullptr);
    ~UnitDialog() override;

    // The units it may belong to, in the order given (call before setUnit).
    void setParents(const std::vector<OrgUnit>& parents);
    // The code UnitChanges will give when the code is left empty, shown as a hint.
    void setProposedCode(const QString& code);

    OrgUnit unit() const;
    void setUnit(const OrgUnit& unit);

private:
    void updateOk();

    std::unique_ptr<Ui::UnitDialog> mUi;
    OrgUnit mUnit;  // keeps what the form does not show (id, merged into)
};

}  // namespace hv
