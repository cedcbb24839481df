#pragma once
// Members, their movement history and their positions.

#include "core/types.h"

#include <optional>
#include <vector>

namespace hv {

class Database;
class ReferenceData;

struct SearchHit {
    Id id = 0;
    QString fullName;
    FlexDate birth;
    QString citizenId;
    Status status = Status::Active;  // standing after her latest event
    Id unitId = 0;                   // unit of her latest event (or the unit she left)
};

// What duplicate detection needs of every stored member.
struct IdentityKey {
    Id id = 0;
    QString fullName;
    QString nameFold;
    QString citizenId;
    FlexDate birth;
};

class MemberRepository {
public:
    MemberRepository(Database& db, const ReferenceData& ref) : mDb(db), mRef(ref) {}

    // Creates a member with her history. The member is validated (validateMember: warnings are
    // refused unless citizenIdOverride is set), the CCCD must be unused, and the event chain must be
    // valid (normalizeChain). Throws Error(Kind::Input) naming every problem; nothing is written then.
    Id create(const Member& member, std::vector<MembershipEvent> events,
              std::vector<PositionHolding> positions = {}, Id batchId = 0);

    // Writes (create, update, addEvent, removeEvent, remove, positions) throw Error(Kind::Denied) when the
    // signed-in account may not write, or the member or a unit of her events is outside its units.
    // create, update and remove are written to the audit log (update with the fields before and after).

    // Saves the fields of an existing member. member.version must be the version that was read:
    // when somebody saved in between, throws Error(Kind::Conflict) and writes nothing. On success the
    // stored version is bumped (read it back with byId).
    void update(const Member& member);
    // Writes only the given columns of member (names of members' columns, as AuditLog::memberChanges
    // lists them; full_name brings its folded name and sort key) over the record stored now, whose
    // version member must carry: what someone else changed in the other columns is kept. Same errors as
    // update().
    void updateColumns(const Member& member, const QStringList& columns);

    // The member, or nullopt when there is none or she was never in the signed-in officer's units
    // (accessscope.h). Throws Error(Kind::Denied) when the session is locked.
    std::optional<Member> byId(Id id);
    // byId for showing her record to a person: the reading is written to the audit log.
    std::optional<Member> open(Id id);
    std::optional<Id> idByCitizenId(const QString& citizenId);
    // Members with this folded name and year of birth (duplicate candidates).
    std::vector<Id> idsByNameAndBirthYear(const QString& nameFold, int birthYear);
    qint64 count();
    // The identity of every member, for duplicate checks of a whole file at once.
    std::vector<IdentityKey> identityKeys();

    std::vector<MembershipEvent> events(Id memberId);
    // Adds an event; the whole chain is checked again (an event may be entered for a past date).
    // Returns the new event's id. Throws Error(Kind::Input) with the reason when the chain would be
    // invalid; nothing is written then.
    Id addEvent(Id memberId, MembershipEvent event);
    // Deletes a member with her history and positions (undo of a creation, or a record entered by
    // mistake). Counts of past years change: erasure on request keeps the history (later issue).
    void remove(Id memberId);
    // Removes one event (e.g. entered by mistake); the chain must stay valid.
    void removeEvent(Id eventId);

    std::vector<PositionHolding> positions(Id memberId);
    Id addPosition(PositionHolding holding);
    // Ends a holding on the given date (exclusive).
    void endPosition(Id holdingId, const QDate& to);

    // Accent-insensitive search on any part of the name (words in the order given), and exact CCCD.
    // Returns at most limit hits, in Vietnamese order of given name.
    std::vector<SearchHit> search(const QString& text, int limit = 50);

private:
    void writeChain(Id memberId, std::vector<MembershipEvent>& events, Id batchId);
    void checkChainUnits(const std::vector<MembershipEvent>& events);

    Database& mDb;
    const ReferenceData& mRef;
};

}  // namespace hv
