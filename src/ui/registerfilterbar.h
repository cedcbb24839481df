#pragma once
// The filters of the member register (status at the date, member type, ethnicity, religion, party, age
// band, position, year joined) as a row of widgets, each with an objectName ("filterStatus",
// "filterType", "filterEthnicity", "filterReligion", "filterParty", "filterAgeFrom", "filterAgeTo",
// "filterPosition", "filterJoinedYear", "clearFilters") for tests and style sheets.

#include "storage/registerrepository.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace hv {

class ReferenceData;

class RegisterFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit RegisterFilterBar(const ReferenceData& ref, QWidget* parent = nullptr);

    // Sets the filter fields of query from the widgets (unit, date, search and order are left as they are).
    void applyTo(RegisterQuery& query) const;
    // Back to the register of active members, nothing else filtered.
    void clear();
    void retranslate();

signals:
    void changed();

private:
    void fill();

    const ReferenceData& mRef;
    QComboBox* mStatus = nullptr;
    QComboBox* mType = nullptr;
    QComboBox* mEthnicity = nullptr;
    QComboBox* mReligion = nullptr;
    QComboBox* mParty = nullptr;
    QLabel* mAgeLabel = nullptr;
    QSpinBox* mAgeFrom = nullptr;
    QSpinBox* mAgeTo = nullptr;
    QComboBox* mPosition = nullptr;
    QLabel* mJoinedLabel = nullptr;
    QSpinBox* mJoinedYear = nullptr;
    QToolButton* mClear = nullptr;
};

}  // namespace hv
