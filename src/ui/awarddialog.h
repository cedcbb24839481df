#pragma once
// The form of an award (khen thưởng): to a member (found by typing her name, tone marks not needed) or to
// a unit; form, title, issuing level, emulation year, status (proposed, approved, refused), decision
// number and date, reason. OK hands the award to the caller's saver; what AwardRepository refuses (a
// decision outside the emulation year and the next, a member not active on the decision date, a unit
// that did not exist then) is shown in the form, which stays open.

#include "core/unittree.h"
#include "storage/awardrepository.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class AwardDialog;
}

namespace hv {

class AppContext;

// Names of the issuing levels and statuses, translated.
QString issuerLevelName(const QString& code);
QString awardStatusName(const QString& code);

class AwardDialog : public QDialog {
    Q_OBJECT
public:
    explicit AwardDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~AwardDialog() override;

    // memberName: the recipient's name when the award is to a member.
    void setAward(const Award& award, const QString& memberName = {});
    Award award() const;
    void setSaver(std::function<void(Award&)> saver) { mSaver = std::move(saver); }
    QString errorText() const;

private:
    void updateRecipient();
    void trySave();

    AppContext& mCtx;
    std::unique_ptr<Ui::AwardDialog> mUi;
    UnitTree mTree;
    Award mAward;
    Id mMemberId = 0;
    std::function<void(Award&)> mSaver;
};

}  // namespace hv
