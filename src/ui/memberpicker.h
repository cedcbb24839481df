#pragma once
// The member picker of the year's-work forms (training participants, club members): a search box in
// which a name is typed without tone marks (or a CCCD is typed), the hits with their birth and unit, and
// an Add button, all three from the form's .ui. The first hit is preselected so that Enter in the box
// adds it; Ctrl/Shift-click selects several and Add takes them all at once; a double-click adds one.

#include "core/types.h"

#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QAbstractButton;
class QLineEdit;
class QListWidget;

namespace hv {

class AppContext;
class UnitTree;

struct PickedMember {
    Id id = 0;
    QString name;  // her full name in the register
};

class MemberPicker : public QObject {
    Q_OBJECT
public:
    // add receives the members picked and returns how many it took; when it took any, the box is
    // emptied for the next name. The picker lives as long as the search box; tree must outlive it.
    using Add = std::function<int(const std::vector<PickedMember>&)>;
    MemberPicker(AppContext& ctx, const UnitTree& tree, QLineEdit* search, QListWidget* results,
                 QAbstractButton* addButton, Add add);
    // The unit whose members are listed first (read at each search); none by default.
    void setPreferredUnit(std::function<Id()> unit) { mPreferred = std::move(unit); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void addSelected();

    AppContext& mCtx;
    const UnitTree& mTree;
    QLineEdit* mSearch;
    QListWidget* mResults;
    Add mAdd;
    std::function<Id()> mPreferred;
};

}  // namespace hv
