#pragma once
// The year's activities of a unit (DOMAIN.md "The year's work"): clubs and models with their members,
// sessions (supervision, critique, dialogue, mediation, draft-law comments, communication), support
// given with counts and VND amounts, works and projects with their value, and households meeting
// "5 không 3 sạch" / "5 có 3 sạch". Many small records per unit and date, made for grid entry.

#include "core/types.h"

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

namespace hv {

class Database;

struct Activity {
    Id id = 0;
    Id unitId = 0;
    int year = 0;
    QDate date;          // when it took place (for a club: when the record was entered)
    QString kind;        // activityKinds()
    QString name;        // club or model name, topic of the session, ...
    qint64 count = 1;    // sessions, people reached, children sponsored, households, club members
    qint64 amount = 0;   // VND: support given, value of works and projects
    QDate foundedOn;     // clubs and models
    QString notes;
    std::vector<Id> members;  // club/model members from the register
};

struct ActivityCounts {
    qint64 activities = 0;     // sessions, works and projects by their count; clubs and support records once each
    qint64 households = 0;     // households meeting 5k3s or 5c3s (sum of counts)
    qint64 supportCount = 0;   // people/children/households supported
    qint64 supportAmount = 0;  // VND
};

// Codes in display order; names in Vietnamese; parsing accepts either (tone marks ignored).
const QStringList& activityKinds();
QString activityKindName(const QString& code);
std::optional<QString> activityKindFromText(QStringView);
bool isHouseholdKind(const QString& code);
bool isSupportKind(const QString& code);
// Clubs, models, cooperative groups and cooperatives: one record per group, with its members from the
// register (count is their number) and a founding date. Codes in display order.
const QStringList& clubKinds();
bool isClubKind(const QString& code);

class ActivityRepository {
public:
    explicit ActivityRepository(Database& db) : mDb(db) {}

    // Inserts (id 0) or updates every record in one transaction (ids filled in); members replaced.
    // Throws Error(Kind::Input) naming the record (1-based position) for an unknown kind, a date
    // outside its year, a negative count or amount, a unit unknown or not existing on the date, or a
    // listed member not active on the date; nothing is written then.
    void upsert(std::vector<Activity>& rows, Id batchId = 0);
    // The grid of one unit and year: rows are upserted (their unit and year set) and the unit's other
    // records of that year deleted, in one transaction.
    void saveUnitYear(Id unitId, int year, std::vector<Activity>& rows);
    std::vector<Activity> forUnitYear(Id unitId, int year);
    // The records of a year whose kind is one of kinds, in every unit the account sees, with their
    // members; ordered by unit, date and id.
    std::vector<Activity> ofKinds(int year, const QStringList& kinds);
    // Deletes one record with its list of members. Throws Error(Kind::Denied) outside the account's units.
    void remove(Id id);
    QHash<Id, ActivityCounts> countsByUnit(int year);

private:
    // condition is SQL on the columns of activities (unit_id, year, kind, ...); the account's scope is
    // added to it.
    std::vector<Activity> read(const QString& condition, const QVariantHash& binds);
    Database& mDb;
};

}  // namespace hv
