#pragma once
// Tập huấn: the training classes of a year organised by the selected unit or any unit below it (dates,
// title, organiser, level, place, topic, attendees), with actions to add, edit and delete them
// (training.add, training.edit, training.remove). The form is TrainingDialog; TrainingRepository checks.

#include "ui/yearlistpage.h"

namespace hv {

struct Training;

class TrainingsPage : public YearListPage {
    Q_OBJECT
public:
    TrainingsPage(AppContext& ctx, ActionRegistry& actions, QWidget* parent = nullptr);
    QString title() const override;
    void retranslate() override;

    // Opens the form for a new training of the selected unit and year; returns the saved id (0 when
    // cancelled).
    Id addTraining();
    Id editTraining(Id id);
    void removeTraining();

protected:
    void load() override;
    QStringList headers() const override;

private:
    Id openForm(Training training);
};

}  // namespace hv
