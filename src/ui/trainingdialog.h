#pragma once
// The form of a training class (lớp tập huấn, bồi dưỡng): title, organising unit and level, dates, place,
// topic, and its participants — members picked from the register by typing (tone marks not needed,
// several at once), officers and outside people by name — with the attendee count taken from the list or
// entered when only the number is known. OK hands the training to the caller's saver; what the library
// refuses (dates outside the year, a participant who was not a member on the first day) is shown in the
// form, which stays open.

#include "core/unittree.h"
#include "storage/trainingrepository.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class TrainingDialog;
}

namespace hv {

class AppContext;
struct PickedMember;

class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainingDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~TrainingDialog() override;

    // The training to edit; a new one has id 0 and its year and organising unit set.
    void setTraining(const Training& training);
    Training training() const;
    // Called by OK; an hv::Error it throws is shown in the form and the dialog stays open.
    void setSaver(std::function<void(Training&)> saver) { mSaver = std::move(saver); }
    QString errorText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int addMembers(const std::vector<PickedMember>& picked);
    void addPerson();
    void removeParticipants();
    void showParticipants();
    void updateCount();
    void trySave();

    AppContext& mCtx;
    std::unique_ptr<Ui::TrainingDialog> mUi;
    UnitTree mTree;
    Training mTraining;
    std::vector<TrainingParticipant> mParticipants;
    std::function<void(Training&)> mSaver;
};

}  // namespace hv
