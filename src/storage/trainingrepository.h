#pragma once
// Trainings (lớp tập huấn, bồi dưỡng) and their participants (DOMAIN.md "The year's work").

#include "core/types.h"

#include <QHash>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct TrainingParticipant {
    enum class Kind { Member, Officer, Outside };
    Kind kind = Kind::Member;
    Id memberId = 0;  // Kind::Member only
    QString name;     // officers and outside people; for members the register's name (read back)
};

struct Training {
    Id id = 0;
    int year = 0;
    QString title;
    Id unitId = 0;      // the organising unit
    QString level;      // its level code (filled from the unit when empty)
    QDate from, to;     // to defaults to from
    QString place, topic, notes;
    std::optional<int> attendees;  // entered when only the number is known
    std::vector<TrainingParticipant> participants;
    int attendeeCount() const { return attendees ? *attendees : int(participants.size()); }
};

struct TrainingCounts {
    qint64 trainings = 0;
    qint64 trainees = 0;  // attendees (lượt học viên)
};

QString toCode(TrainingParticipant::Kind);
std::optional<TrainingParticipant::Kind> participantKindFromText(QStringView);

// The unit a member is active in at date d (her standing from her events, as membership.h derives
// it and the repository stores it); nullopt when she is not an active member then.
std::optional<Id> activeUnitOf(Database& db, Id memberId, const QDate& d);

// The members active at date d in any of the units, by id (the demo picks participants among them).
std::vector<Id> membersActiveIn(Database& db, const std::vector<Id>& units, const QDate& d);

class TrainingRepository {
public:
    explicit TrainingRepository(Database& db) : mDb(db) {}

    // Inserts (id 0) or updates the training with its participants (replaced), in one transaction.
    // Throws Error(Kind::Input) for an empty title, an unknown unit or one that did not exist on the
    // first day, dates outside the training's year or in the wrong order, a member participant who was
    // not an active member on the first day (or is listed twice), an officer or outside person without
    // a name, or an entered attendee count below the participants listed. Nothing is written then.
    Id save(Training& training, Id batchId = 0);
    void remove(Id id);
    std::optional<Training> byId(Id id);
    // Trainings of a year (organised by unitId when not 0), with their participants, by date.
    std::vector<Training> forYear(int year, Id unitId = 0);
    // The trainings a member took part in, by date.
    std::vector<Training> ofMember(Id memberId);
    // Per organising unit, the trainings that started after fromExclusive up to toInclusive.
    QHash<Id, TrainingCounts> countsByUnit(const QDate& fromExclusive, const QDate& toInclusive);
    // Per unit, the member participants of trainings in the period, counted in the unit they were
    // active in on the training's first day.
    QHash<Id, qint64> memberTraineesByUnit(const QDate& fromExclusive, const QDate& toInclusive);

private:
    // condition is SQL of this class on the alias t; the account's scope is added to it.
    std::vector<Training> read(const QString& condition, const QVariantHash& binds);
    void requireVisible(Id id);
    Database& mDb;
};

}  // namespace hv
