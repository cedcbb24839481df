#pragma once
// The member register (sổ hội viên) of a unit and everything below it at a date D, filtered, searched
// and sorted by SQL, read a page at a time by keyset (ARCHITECTURE.md "Interface": the table model asks
// for the rows in view, never for the whole register).
//
// "Active at D" follows DOMAIN.md "Movements": the event in force at D (date <= D < valid_until) has
// status 'active'; the member's unit and status at D are those of that event. The same definitions as
// the annual report: party member at D = party_member and joined the party by D (or date unknown);
// ethnic minority = a known ethnicity other than Kinh (01) and foreigner (55); religious = a known
// religion other than none (00).

#include "core/types.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>
#include <vector>

namespace hv {

class Database;

enum class RegisterStatus { Active, Left, All };              // at D
enum class RegisterSort { Name, BirthDate, JoinedOn, Unit };  // then by name, then by id

struct RegisterQuery {
    Id unitId = 0;  // the unit whose subtree is listed; 0 = every unit
    QDate date;     // D; invalid = today
    RegisterStatus status = RegisterStatus::Active;
    std::optional<MemberType> memberType;
    QString ethnicity;                 // an ethnicity code, kMinority, or empty for any
    QString religion;                  // a religion code ("00" = none), kAnyReligion, or empty for any
    std::optional<bool> party;         // party member at D (yes / no)
    int ageFrom = -1, ageTo = -1;      // completed years at D, inclusive; -1 = no bound
    std::optional<Position> position;  // holds this position at D
    int joinedYear = 0;                // joined the union in this year; 0 = any
    // Words of the name in order, tone marks and đ/d ignored ("nguyen thi hang" finds Nguyễn Thị Hằng);
    // digits only: the beginning of the CCCD.
    QString search;
    RegisterSort sort = RegisterSort::Name;
    bool descending = false;

    static constexpr const char* kMinority = "minority";
    static constexpr const char* kAnyReligion = "any";

    QDate effectiveDate() const { return date.isValid() ? date : QDate::currentDate(); }
    bool operator==(const RegisterQuery&) const = default;
};

// Where a row stands in the order of its query: the sort value (null for RegisterSort::Name), the name
// sort key (vn::nameSortKey, given name first), and the id.
struct RegisterKey {
    QVariant value;
    QByteArray sortKey;
    Id id = 0;
    bool operator==(const RegisterKey&) const = default;
};

struct RegisterRow {
    Id id = 0;
    QString fullName;
    FlexDate birth;
    QString citizenId;
    QString ethnicityCode;
    QString religionCode;
    bool partyMember = false;  // at D
    QString phone;
    QString address;
    Id unitId = 0;                       // at D (the unit she left, when she is no longer active)
    Status status = Status::Active;      // at D
    Position position = Position::None;  // held at D
    QDate joinedOn;
    QString cardNo;
    MemberType type = MemberType::Ordinary;
    RegisterKey key;
};

class RegisterRepository {
public:
    // Where the rows of a query come from. Chosen per filter from what is cheap to know: whether a
    // position or a small subtree is asked for, and the share of members matching the filter, estimated on
    // a sample spread over the ids. Only the speed depends on it: every source gives the same rows.
    enum class Source {
        Walk,       // members in name order (index members_sort), keeping those that match: dense filters
        Positions,  // the holders of the position at D
        Units,      // the active members of a small subtree (index member_events_unit_active)
        Search,     // the trigram index of folded names
        Citizen,    // the index of CCCD numbers
        Scan,       // every member, the matching ones sorted: rare filters, and orders other than the name
    };

    explicit RegisterRepository(Database& db);
    ~RegisterRepository();
    RegisterRepository(const RegisterRepository&) = delete;
    RegisterRepository& operator=(const RegisterRepository&) = delete;

    // Members matching the query, within the database's AccessScope: a restricted account's "every unit"
    // is its subtree, and a unit outside it throws Error(Kind::Denied). Throws Error(Kind::Database) when a statement fails,
    // Error(Kind::Cancelled) when the cancel check said so.
    qint64 count(const RegisterQuery& query);

    // Up to limit rows strictly after `after` in the query's order (from the first row when nullopt),
    // after skipping `skip` matching rows (a jump of the scroll bar). Same errors as count().
    std::vector<RegisterRow> page(const RegisterQuery& query, const std::optional<RegisterKey>& after,
                                  int limit, qint64 skip = 0);
    // Up to limit rows strictly before `before` (up to the last row when nullopt), skipping the skip rows
    // nearest to it; returned in the query's order. Same errors as count().
    std::vector<RegisterRow> pageBefore(const RegisterQuery& query, const std::optional<RegisterKey>& before,
                                        int limit, qint64 skip = 0);

    // Polled (on the thread running the statement) while a statement of this repository runs on SQLite;
    // when it returns true the statement stops and Error(Kind::Cancelled) is thrown. Lets a worker thread
    // drop a count whose query the user has changed already.
    void setCancelCheck(std::function<bool()> cancelled);
    // Forces the source (tests and benchmarks compare them); nullopt = chosen per query. Walk with an
    // order other than the name, or a source the query has no index for, reads like Scan.
    void forceSource(std::optional<Source> s)
    {
        mForced = s;
        mFilter.reset();
    }
    // The source of the last page read.
    Source lastSource() const { return mLastSource; }
    // Rows returned by page() and pageBefore() since construction.
    qint64 rowsRead() const { return mRowsRead; }

    // The LIKE pattern of a name search ("%nguyen%thi%hang%"); empty when the text has no letters.
    static QString namePattern(const QString& search);

private:
    RegisterQuery scoped(const RegisterQuery& asked);
    std::vector<RegisterRow> read(const RegisterQuery& q, const std::optional<RegisterKey>& key,
                                  bool backward, int limit, qint64 skip);
    Source source(const RegisterQuery& q);
    bool unitIsSmall(const RegisterQuery& q);
    bool countIsSmall(const RegisterQuery& q);
    static int progress(void* self);

    Database& mDb;
    std::function<bool()> mCancel;
    bool mCancelled = false;
    std::optional<Source> mForced;
    Source mLastSource = Source::Walk;
    qint64 mRowsRead = 0;
    // The source chosen for the last filter (the query without its order).
    std::optional<RegisterQuery> mFilter;
    Source mSource = Source::Walk;
    QString mSearchMatch;  // the FTS5 query of Source::Search
    // Kept between calls for the choice of source (only the speed depends on them): the folded names of
    // the sample of members (ids mSampleLo..mSampleHi), the share kept by a filter without its name
    // search, and whether the last unit asked for is small.
    qint64 mSampleLo = 0, mSampleHi = -1;
    std::vector<QString> mSampleNames;
    std::optional<RegisterQuery> mShareFilter;
    double mShareOthers = 0;
    std::optional<std::pair<std::pair<Id, QDate>, bool>> mSmallUnit;
};

}  // namespace hv
