#pragma once
// The scorecard editor: the year's card for a level (criteria with their points, scoring method and
// parameters; grades with thresholds and the conditions of the top grade). OK checks the card with
// Scorecard::validate and stores it as a new version (ScorecardRepository::addVersion); a card whose
// points do not add up to the maximum, or that is otherwise invalid, is refused with the library's
// message in the form and nothing is stored. Ratings already stored keep the version they used.

#include "core/scorecard.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ScorecardDialog;
}

namespace hv {

class AppContext;

class ScorecardDialog : public QDialog {
    Q_OBJECT
public:
    ScorecardDialog(AppContext& ctx, int year, UnitLevel level, QWidget* parent = nullptr);
    ~ScorecardDialog() override;

    void setScorecard(const Scorecard& card);
    // The card as typed (not checked). Throws Error(Kind::Input) for a cell that is not a number or a
    // condition that cannot be read, naming it.
    Scorecard scorecard() const;
    QString errorText() const;

private:
    void trySave();
    void updateSum();

    AppContext& mCtx;
    std::unique_ptr<Ui::ScorecardDialog> mUi;
    int mYear;
    UnitLevel mLevel;
    Scorecard mCard;
};

}  // namespace hv
