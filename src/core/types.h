#pragma once
// Domain types of the union register (DOMAIN.md). Plain values; no storage, no widgets.

#include "core/flexparse.h"

#include <QDate>
#include <QString>
#include <optional>

namespace hv {

using Id = qint64;

enum class Sex { Female, Male };

enum class UnitLevel { Central, Province, District, Commune, Chapter, Group };

enum class MemberType { Ordinary, Honorary };

enum class JoinKind { Admitted, TransferredIn };

// Everything that changes a member's standing is an event with a date (DOMAIN.md "Movements").
enum class EventKind {
    Admitted,        // kết nạp
    TransferredIn,   // chuyển đến
    Moved,           // chuyển chi hội (inside the office's tree)
    TransferredOut,  // chuyển đi
    Withdrew,        // xin ra khỏi Hội
    Removed,         // đưa ra khỏi danh sách
    Died,            // từ trần
    Restored,        // khôi phục
};

// A member's standing after an event.
enum class Status { Active, TransferredOut, Withdrew, Removed, Died };

// Stable text codes used in the database, files and JSON. Parsing accepts the code and, where it makes
// sense, the Vietnamese words (case and tone marks ignored); nullopt when unknown.
QString toCode(UnitLevel);
QString toCode(MemberType);
QString toCode(EventKind);
QString toCode(Status);
QString toCode(Sex);
std::optional<UnitLevel> unitLevelFromText(QStringView);
std::optional<MemberType> memberTypeFromText(QStringView);
std::optional<EventKind> eventKindFromCode(QStringView);
std::optional<Status> statusFromText(QStringView);
std::optional<Sex> sexFromText(QStringView);

// Vietnamese display names (through tr()).
QString displayName(UnitLevel);
QString displayName(EventKind);
QString displayName(Status);
QString displayName(MemberType);

// The standing an event leaves the member in; nullopt for events that keep it (Moved).
Status statusAfter(EventKind);
bool endsMembership(EventKind);  // TransferredOut, Withdrew, Removed, Died
bool startsMembership(EventKind);  // Admitted, TransferredIn, Restored

// Union positions (chức vụ). Stored as codes; displayName gives the Vietnamese title.
enum class Position { None, Chair, ViceChair, ChapterHead, ChapterDeputy, GroupHead, GroupDeputy, Other };
QString toCode(Position);
std::optional<Position> positionFromText(QStringView);
QString displayName(Position);

struct OrgUnit {
    Id id = 0;
    QString code;  // GSO code for province/district/commune; office-chosen for chapters and groups
    QString name;
    UnitLevel level = UnitLevel::Commune;
    Id parentId = 0;   // 0 for the office's root
    QDate validFrom;   // null: always
    QDate validTo;     // null: still active; otherwise the first day it no longer exists
    QString decisionNo;
    Id mergedIntoId = 0;
    bool activeAt(const QDate& d) const {
        return (!validFrom.isValid() || validFrom <= d) && (!validTo.isValid() || d < validTo);
    }
};

struct Member {
    Id id = 0;
    QString fullName;
    FlexDate birth;  // full date or year only
    Sex sex = Sex::Female;
    QString citizenId;          // 12 digits or empty
    QString citizenIdOverride;  // the CCCD warnings an officer accepted, with when; empty if none
    QString ethnicityCode;      // "01".."55", empty unknown
    QString religionCode;       // "00" none, "01".."16", empty unknown
    QString education;          // "12/12"
    QString professional;       // sơ cấp, trung cấp, cao đẳng, đại học, sau đại học
    QString politicalTheory;    // sơ cấp, trung cấp, cao cấp, cử nhân
    QString occupation;
    bool partyMember = false;
    QDate partyJoinedOn;
    QDate partyOfficialOn;
    QString address;
    QString phone;
    MemberType type = MemberType::Ordinary;
    QDate joinedOn;             // null when unknown
    QString admissionDecision;
    JoinKind joinKind = JoinKind::Admitted;
    QString cardNo;
    QDate cardIssuedOn;
    bool coreMember = false;
    QString household;          // hộ nghèo, cận nghèo, ... free text code
    QString notes;
    int version = 0;            // optimistic locking counter, bumped by every save
};

struct MembershipEvent {
    Id id = 0;
    Id memberId = 0;
    EventKind kind = EventKind::Admitted;
    QDate date;        // kUnknownDate when the real date is not known
    Id unitId = 0;     // unit after the event (0 after an event that ends membership)
    Id fromUnitId = 0; // unit before the event (derived from the chain)
    QString decisionNo;
    QString notes;
    int seq = 0;       // order of events on the same date (derived from the chain)
    Status status = Status::Active;  // standing after the event (derived)
    QDate validUntil;  // date of the next event; null while it is the latest (derived)
};

// The date used for a join whose real date nobody recorded: earlier than any report.
inline QDate unknownDate() { return QDate(1, 1, 1); }

struct PositionHolding {
    Id id = 0;
    Id memberId = 0;
    Position position = Position::None;
    QString title;     // free text when Position::Other
    Id unitId = 0;     // where she holds it
    QDate from;
    QDate to;          // null: still holds
};

}  // namespace hv
