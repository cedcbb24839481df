#pragma once
// Khen thưởng: the awards of an emulation year to the selected unit, the units below it and their
// members — proposals, approvals and refusals — with actions to add, edit, approve and delete them
// (award.add, award.edit, award.approve, award.remove). The form is AwardDialog; AwardRepository checks.

#include "ui/yearlistpage.h"

namespace hv {

struct Award;

class AwardsPage : public YearListPage {
    Q_OBJECT
public:
    AwardsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    QString title() const override;

    Id addAward();
    Id editAward(Id id, bool approve = false);
    void removeAward();

protected:
    void load() override;
    QStringList headers() const override;

private:
    Id openForm(const Award& award, bool approve);
};

}  // namespace hv
