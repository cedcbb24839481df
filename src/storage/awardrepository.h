#pragma once
// Awards (khen thưởng, DOMAIN.md "The year's work"): to a member or to a unit, proposed then approved.

#include "core/types.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct Award {
    Id id = 0;
    int year = 0;          // the emulation year (năm thi đua)
    QString form;          // flag, merit, certificate, medal, title (awardForms())
    QString title;         // e.g. "Phụ nữ tiêu biểu"
    QString issuerLevel;   // central, province, district, commune, committee (UBND), other
    QString decisionNo;
    QDate decisionDate;    // null while proposed
    QString reason;
    Id memberId = 0;       // an individual award; 0 for a collective one
    Id unitId = 0;         // the unit; for an individual award filled with her unit on the decision date
    QString status = QStringLiteral("approved");  // proposed, approved, refused
    bool individual() const { return memberId != 0; }
};

// Codes in file order (cờ thi đua, bằng khen, giấy khen, kỷ niệm chương, danh hiệu) and their
// Vietnamese names; parsing accepts the code or the Vietnamese (tone marks and case ignored).
const QStringList& awardForms();
QString awardFormName(const QString& code);
std::optional<QString> awardFormFromText(QStringView);
const QStringList& issuerLevels();
std::optional<QString> issuerLevelFromText(QStringView);

class AwardRepository {
public:
    explicit AwardRepository(Database& db) : mDb(db) {}

    // Inserts (id 0) or updates. Throws Error(Kind::Input) for an unknown form, issuer level or status,
    // a decision dated outside the emulation year and the year after, a member who was not active on
    // the decision date (31/12 of the year while proposed), a unit that did not exist on that date, or
    // an approved award without a decision number.
    Id save(Award& award, Id batchId = 0);
    // Approves a proposal with its decision (the same checks as save).
    void approve(Id id, const QString& decisionNo, const QDate& decisionDate);
    void remove(Id id);
    std::optional<Award> byId(Id id);
    std::vector<Award> forYear(int year);
    std::vector<Award> ofUnit(Id unitId);    // collective awards of the unit, by year
    std::vector<Award> ofMember(Id memberId);
    // Approved awards of an emulation year per unit, by form.
    QHash<Id, QHash<QString, qint64>> approvedByUnit(int year);

private:
    void requireVisible(Id id);
    std::vector<Award> read(const QString& where, const QString& bindName, const QVariant& bindValue);
    Database& mDb;
};

}  // namespace hv
