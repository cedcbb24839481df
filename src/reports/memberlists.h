#pragma once
// Lists an officer prints from the register: the members of a unit at a date with the columns she
// picks (danh sách hội viên), the movements of a year (admitted, transferred, left, died), and one
// member's full record sheet. Each is a plain table (or document) that the writers turn into files.

#include "reports/cancelcheck.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QStringList>

namespace hv {

class ReferenceData;

struct MemberListOptions {
    QString unitCode;     // empty: the office's unit
    QDate date;           // invalid: today
    QStringList columns;  // keys of memberListColumns(); empty: the default set
    bool mask = false;    // CCCD and phone shown as "0380******12"
    CancelCheck cancelled;  // asked at every member and by the register's statement (cancelcheck.h)
};

struct MemberListColumn {
    QString key;     // full_name, birth_date, ...
    QString header;  // Vietnamese, the member import's canonical header (CONTRACT.md), so a list re-imports
    bool byDefault;
};
const std::vector<MemberListColumn>& memberListColumns();

struct MemberList {
    QString unitCode, unitName;
    QDate date;
    ReportTable table;
};

// Active members of the unit and everything below it at the date, in name order (given name first).
// Throws Error(Kind::Input) for an unknown unit or column key, Error(Kind::Cancelled) when
// options.cancelled says so (nothing is recorded in the audit log then).
MemberList buildMemberList(Database& db, const ReferenceData& ref, const MemberListOptions& options);

struct MovementList {
    int year = 0;
    QString unitCode, unitName;
    ReportTable table;
};

// Every movement of the year touching the unit's subtree (the unit after or before the event is in it),
// grouped by kind in the order of DOMAIN.md, then by date. Throws Error(Kind::Input) for an unknown unit,
// Error(Kind::Cancelled) when cancelled says so (asked at every movement).
MovementList buildMovementList(Database& db, int year, const QString& unitCode,
                               const CancelCheck& cancelled = {});

// Keeps the first four and the last two characters: "038012345678" -> "0380******78".
QString maskedDigits(const QString& s);

ReportDocument memberListDocument(const MemberList& list, const Letterhead& letterhead, const QDate& printedOn);
ReportDocument movementListDocument(const MovementList& list, const Letterhead& letterhead, const QDate& printedOn);

// One member's record: identity, background, membership, her movements and positions. The letterhead
// is the office's. Throws Error(Kind::Input) when no member has the id.
ReportDocument memberSheetDocument(Database& db, const ReferenceData& ref, Id memberId, const QDate& printedOn);

}  // namespace hv
