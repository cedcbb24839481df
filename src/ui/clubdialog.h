#pragma once
// The form of a club or model (câu lạc bộ, mô hình, tổ hợp tác, hợp tác xã): name, kind, unit, the day
// it is recorded on (whose year is the record's), founding date and notes, and its members picked from
// the register by typing (MemberPicker: tone marks not needed, several at once). The member count is the
// list's, or entered when only the number is known. OK first checks what the form can tell — a name, a
// founding date neither in the future nor after the record's day, members active in the club's unit or a
// unit below it on that day — and lists every problem under the form, which stays open; then it hands the
// record to the caller's saver, whose refusals (hv::Error) are shown the same way.

#include "core/unittree.h"
#include "storage/activityrepository.h"

#include <QDialog>
#include <functional>
#include <memory>

class QTableWidget;

namespace Ui {
class ClubDialog;
}

namespace hv {

class AppContext;
struct PickedMember;

// The kind's name in the interface language (club, model, cooperative group, cooperative).
QString clubKindName(const QString& code);
// Fills table with the members: name and birth from the register, and the unit each is active in on day,
// in the order of Vietnamese names (given name first); members is put in that order, so that row i shows
// members[i]. Throws hv::Error.
void fillClubMembers(QTableWidget* table, AppContext& ctx, const UnitTree& tree, std::vector<Id>& members,
                     const QDate& day);

class ClubDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClubDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~ClubDialog() override;

    // The record to edit; a new one has id 0 and its kind, unit and date set.
    void setClub(const Activity& club);
    Activity club() const;
    // Called by OK once the form's own checks pass; an hv::Error it throws is shown in the form.
    void setSaver(std::function<void(Activity&)> saver) { mSaver = std::move(saver); }
    // What is wrong with the club as the form holds it, a sentence each; empty when nothing is.
    QStringList problems() const;
    QString errorText() const;

private:
    int addMembers(const std::vector<PickedMember>& picked);
    void removeMembers();
    void showMembers();
    void updateCount();
    void trySave();
    // Why the member cannot be listed in the club's unit on its day; empty when she can.
    QString memberProblem(Id memberId, const QString& name) const;

    AppContext& mCtx;
    std::unique_ptr<Ui::ClubDialog> mUi;
    UnitTree mTree;
    Activity mClub;
    std::vector<Id> mMembers;
    QHash<Id, QString> mNames;  // of the members listed, for the messages
    std::function<void(Activity&)> mSaver;
};

}  // namespace hv
