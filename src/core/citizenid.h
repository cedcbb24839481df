#pragma once
// Citizen ID (số CCCD / số định danh cá nhân) rules of Thông tư 07/2016/TT-BCA, Điều 7:
// PPP (province of birth registration) + G (century/sex: 0/1 = 1900s male/female, 2/3 = 2000s,
// 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s as in resources/data/cccd_gender_century_codes.csv) + YY (birth
// year) + 6 digits.

#include "core/types.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hv {

class ReferenceData;

struct CitizenIdCheck {
    // Hard error (wrong length, non-digits): the value cannot be stored. Empty when none.
    QString error;
    // Disagreements with the record that an officer may override (unknown province code, sex, birth
    // year). Each is a full sentence naming what disagrees, e.g. "Số CCCD ghi năm sinh 1985 nhưng hồ
    // sơ ghi 1986" (translated through tr()).
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

class CitizenId {
public:
    // Normalises what people type: removes spaces, dots and dashes, and the leading apostrophe that
    // Excel users type to keep the leading zeros ('038185000123). Does not validate.
    static QString normalize(QStringView text);

    // Exactly 12 ASCII digits: the structure every stored id must have.
    static bool isWellFormed(QStringView id);

    // Checks the structure against the record. sex and birthYear are optional (unknown: not checked).
    // Warnings are only looked for when there is no error. An empty id is an error: callers that allow
    // a missing id skip the check.
    static CitizenIdCheck check(const QString& normalizedId, const ReferenceData& ref,
                                std::optional<Sex> sex, std::optional<int> birthYear);

    // Parts of a structurally valid (12-digit) id. For a malformed id sex() gives Female and
    // birthYear() 0; check it with isWellFormed() first.
    static QString provinceCode(const QString& id) { return id.left(3); }
    static Sex sex(const QString& id);           // from the 4th digit
    static int birthYear(const QString& id);     // century from the 4th digit + digits 5-6
};

}  // namespace hv
