#pragma once
// Official reference lists shipped in resources/data: ethnic groups (GSO QĐ 121-TCTK, codes 01-55),
// religions (GSO QĐ 1019/QĐ-TCTK codes 01-14, plus 15 = Cơ đốc Phục lâm Việt Nam and 16 = Phật giáo
// Hiếu Nghĩa Tà Lơn which have no GSO code, and 00 = Không tôn giáo), and CCCD province codes.
// Loaded once from Qt resources; immutable afterwards, so one instance can be shared read-only.

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

struct CodeName {
    QString code;
    QString name;
};

class ReferenceData {
public:
    // Loads the lists from the :/data resources. Throws std::runtime_error if a resource is missing
    // (a build defect, not a user error).
    ReferenceData();

    const std::vector<CodeName>& ethnicGroups() const { return mEthnic; }
    const std::vector<CodeName>& religions() const { return mReligions; }  // includes 00 = Không

    // Lookup by name as people write it: case, tone marks, hyphens/spaces and the "other_spelling"
    // column ignored or accepted ("Khmer", "Khơ me", "H'Mông", "Mông", "kinh", "Thái"; for religion
    // "Không", "không tôn giáo", "Phật", "Thiên chúa giáo"/"Công giáo", "Tin lành", "Cao đài"...).
    // A two-digit code is accepted too. nullopt when unknown.
    std::optional<QString> ethnicityCode(QStringView name) const;
    std::optional<QString> religionCode(QStringView name) const;
    QString ethnicityName(const QString& code) const;  // empty if unknown
    QString religionName(const QString& code) const;   // empty if unknown

    // CCCD province code ("001".."096") -> province name; empty when not a valid code.
    QString cccdProvince(const QString& code3) const;

    static constexpr const char* kKinh = "01";
    static constexpr const char* kNoReligion = "00";

private:
    std::vector<CodeName> mEthnic, mReligions;
    QHash<QString, QString> mEthnicByFold, mReligionByFold, mCccdProvince;
};

}  // namespace hv
