#include "storage/registerrepository.h"

#include "core/error.h"
#include "core/vietnamese.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <sqlite3.h>

#include <algorithm>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::RegisterRepository", s); }

// SQLite VM instructions between two progress callbacks.
constexpr int kProgressOps = 1000;
// Members evaluated to estimate how many match a filter.
constexpr qint64 kSampleSize = 2000;
// A subtree with at most this many active members is collected through member_events_unit_active.
constexpr int kSmallSubtree = 20000;
// A name or CCCD search expected to match at most this many members goes through its index.
constexpr double kIndexedSearch = 50000;
// The walk in name order serves filters that keep at least this share of the members (a page of 200
// then walks at most 40,000 members, ~60 ms on 1,000,000); rarer ones are collected and sorted.
constexpr double kWalkDensity = 0.005;

bool isDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// Installs the repository's progress callback for the statements of one call only, so that other code
// using the same connection is never cancelled by it.
class ProgressScope {
public:
    ProgressScope(Database& db, int (*fn)(void*), void* self) : mHandle(db.sqliteHandle())
    {
        if (mHandle)
            sqlite3_progress_handler(mHandle, kProgressOps, fn, self);
    }
    ~ProgressScope()
    {
        if (mHandle)
            sqlite3_progress_handler(mHandle, 0, nullptr, nullptr);
    }
    ProgressScope(const ProgressScope&) = delete;
    ProgressScope& operator=(const ProgressScope&) = delete;

private:
    sqlite3* mHandle;
};

}  // namespace

namespace {

// The pieces of one query's statement: the WHERE clause is built from which filters are set; every value
// is bound.
struct Sql {
    QString cte;            // the subtree of the unit, or empty for every unit
    QStringList events;     // conditions on the event in force at D (alias e)
    QStringList members;    // conditions on the member (alias m)
    QString valueExpr;      // the sort value; empty for the name order
    QString pattern;        // LIKE pattern of a name search
    bool citizenSearch = false;
    QList<std::pair<QString, QVariant>> binds;

    void bind(const QString& name, const QVariant& v) { binds.push_back({name, v}); }
    void apply(Query& q) const
    {
        for (const auto& [name, v] : binds)
            q.bind(name, v);
    }
    QString where() const { return (events + members).join(QLatin1String(" AND ")); }
};

// walk: the statement walks members_sort or the rowids, so no other index of members may be chosen.
Sql build(const RegisterQuery& q, bool walk)
{
    Sql s;
    const QDate d = q.effectiveDate();
    s.bind(QStringLiteral(":d"), isoOrNull(d));
    // "+" keeps the planner off member_events_date, which would be read almost whole.
    s.events << QStringLiteral("+e.date <= :d AND e.valid_until > :d");
    if (q.status == RegisterStatus::Active)
        s.events << QStringLiteral("e.status = 'active'");
    else if (q.status == RegisterStatus::Left)
        s.events << QStringLiteral("e.status <> 'active'");
    if (q.unitId != 0) {
        s.cte = QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT :unit UNION ALL "
                               "SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) ");
        s.bind(QStringLiteral(":unit"), q.unitId);
        // A member who left is listed under the unit she left.
        s.events << (q.status == RegisterStatus::Active ? QStringLiteral("e.unit_id IN (SELECT id FROM sub)")
                                                        : QStringLiteral("coalesce(e.unit_id, e.from_unit_id) IN (SELECT id FROM sub)"));
    }

    if (q.memberType) {
        s.members << QStringLiteral("m.member_type = :type");
        s.bind(QStringLiteral(":type"), toCode(*q.memberType));
    }
    if (q.ethnicity == QLatin1String(RegisterQuery::kMinority)) {
        s.members << QStringLiteral("m.ethnicity IS NOT NULL AND m.ethnicity NOT IN ('01', '55')");
    } else if (!q.ethnicity.isEmpty()) {
        s.members << QStringLiteral("m.ethnicity = :eth");
        s.bind(QStringLiteral(":eth"), q.ethnicity);
    }
    if (q.religion == QLatin1String(RegisterQuery::kAnyReligion)) {
        s.members << QStringLiteral("m.religion IS NOT NULL AND m.religion <> '00'");
    } else if (!q.religion.isEmpty()) {
        s.members << QStringLiteral("m.religion = :rel");
        s.bind(QStringLiteral(":rel"), q.religion);
    }
    if (q.party) {
        const QString party = QStringLiteral("(m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d))");
        s.members << (*q.party ? party : QStringLiteral("NOT ") + party);
    }
    // Age in completed years at D; a member known only by her year of birth is D.year - year old.
    if (q.ageFrom >= 0) {
        s.members << QStringLiteral("(CASE WHEN m.birth_date IS NOT NULL THEN m.birth_date <= :bornBy "
                                    "ELSE m.birth_year <= :yearBy END)");
        s.bind(QStringLiteral(":bornBy"), isoOrNull(d.addYears(-q.ageFrom)));
        s.bind(QStringLiteral(":yearBy"), d.year() - q.ageFrom);
    }
    if (q.ageTo >= 0) {
        s.members << QStringLiteral("(CASE WHEN m.birth_date IS NOT NULL THEN m.birth_date > :bornAfter "
                                    "ELSE m.birth_year >= :yearFrom END)");
        s.bind(QStringLiteral(":bornAfter"), isoOrNull(d.addYears(-(q.ageTo + 1))));
        s.bind(QStringLiteral(":yearFrom"), d.year() - q.ageTo);
    }
    if (q.position) {
        // "+": per member through member_positions_member, not through all holders of the position.
        s.members << QStringLiteral("EXISTS (SELECT 1 FROM member_positions p WHERE p.member_id = m.id "
                                    "AND +p.position = :pos AND +p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d))");
        s.bind(QStringLiteral(":pos"), toCode(*q.position));
    }
    if (q.joinedYear > 0) {
        s.members << QStringLiteral("m.joined_on >= :joinedFrom AND m.joined_on < :joinedTo");
        s.bind(QStringLiteral(":joinedFrom"), isoOrNull(QDate(q.joinedYear, 1, 1)));
        s.bind(QStringLiteral(":joinedTo"), isoOrNull(QDate(q.joinedYear + 1, 1, 1)));
    }
    const QString digits = QString(q.search).remove(QLatin1Char(' '));
    if (isDigits(digits)) {
        // GLOB keeps the prefix search on the index of citizen_id (LIKE would ignore it).
        s.members << (walk ? QStringLiteral("+m.citizen_id GLOB :cccd") : QStringLiteral("m.citizen_id GLOB :cccd"));
        s.citizenSearch = true;
        s.bind(QStringLiteral(":cccd"), digits + QLatin1Char('*'));
    } else if (const QString p = RegisterRepository::namePattern(q.search); !p.isEmpty()) {
        s.pattern = p;
        s.members << QStringLiteral("m.name_fold LIKE :pattern");
        s.bind(QStringLiteral(":pattern"), p);
    }

    switch (q.sort) {
    case RegisterSort::Name: break;
    case RegisterSort::BirthDate: s.valueExpr = QStringLiteral("coalesce(m.birth_date, CAST(m.birth_year AS TEXT), '')"); break;
    case RegisterSort::JoinedOn: s.valueExpr = QStringLiteral("coalesce(m.joined_on, '')"); break;
    case RegisterSort::Unit:
        // Unit codes follow the tree ("<commune>-01-2"), so this groups chapters and their groups.
        s.valueExpr = QStringLiteral("coalesce((SELECT u.code FROM units u WHERE u.id = coalesce(e.unit_id, e.from_unit_id)), '')");
        break;
    }
    return s;
}

const QString kColumns = QStringLiteral(
    "m.id, m.full_name, m.birth_date, m.birth_year, m.citizen_id, m.ethnicity, m.religion, "
    "(m.party_member = 1 AND (m.party_joined_on IS NULL OR m.party_joined_on <= :d)), m.phone, m.address, "
    "coalesce(e.unit_id, e.from_unit_id), e.status, "
    "(SELECT p.position FROM member_positions p WHERE p.member_id = m.id AND p.date_from <= :d "
    "AND (p.date_to IS NULL OR p.date_to > :d) ORDER BY p.date_from DESC LIMIT 1), "
    "m.joined_on, m.card_no, m.member_type, m.sort_key, ");

RegisterRow readRow(const Query& q, bool hasValue)
{
    RegisterRow r;
    r.id = q.integer(0);
    r.fullName = q.text(1);
    r.birth.date = q.date(2);
    r.birth.year = r.birth.date.isValid() ? r.birth.date.year() : int(q.integer(3));
    r.citizenId = q.text(4);
    r.ethnicityCode = q.text(5);
    r.religionCode = q.text(6);
    r.partyMember = q.integer(7) != 0;
    r.phone = q.text(8);
    r.address = q.text(9);
    r.unitId = q.integer(10);
    r.status = statusFromText(q.text(11)).value_or(Status::Active);
    r.position = q.value(12).isNull() ? Position::None : positionFromText(q.text(12)).value_or(Position::Other);
    r.joinedOn = q.date(13);
    r.cardNo = q.text(14);
    r.type = memberTypeFromText(q.text(15)).value_or(MemberType::Ordinary);
    r.key = {hasValue ? q.value(17) : QVariant(), q.value(16).toByteArray(), r.id};
    return r;
}

}  // namespace

RegisterRepository::RegisterRepository(Database& db) : mDb(db) {}

RegisterRepository::~RegisterRepository() = default;

void RegisterRepository::setCancelCheck(std::function<bool()> cancelled) { mCancel = std::move(cancelled); }

int RegisterRepository::progress(void* p)
{
    auto* self = static_cast<RegisterRepository*>(p);
    if (self->mCancel && self->mCancel()) {
        self->mCancelled = true;
        return 1;
    }
    return 0;
}

QString RegisterRepository::namePattern(const QString& search)
{
    QString folded = vn::fold(search);
    folded.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    if (folded.isEmpty())
        return {};
    return QLatin1Char('%') + folded.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char('%')) + QLatin1Char('%');
}

bool RegisterRepository::unitIsSmall(const RegisterQuery& q)
{
    if (q.unitId == 0 || q.status != RegisterStatus::Active)
        return false;
    Query c(mDb, QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT :unit UNION ALL "
                                "SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
                                "SELECT count(*) FROM (SELECT 1 FROM member_events e WHERE e.status = 'active' "
                                "AND e.unit_id IN (SELECT id FROM sub) AND e.date <= :d AND e.valid_until > :d LIMIT :cap)"));
    c.bind(QStringLiteral(":unit"), q.unitId).bind(QStringLiteral(":d"), q.effectiveDate());
    c.bind(QStringLiteral(":cap"), kSmallSubtree + 1).exec();
    return c.next() && c.integer(0) <= kSmallSubtree;
}

namespace {

// Members spread evenly over the ids, so over chapters and over the alphabet alike: what a filter keeps of
// them estimates what it keeps of the register, in a few milliseconds whatever its size.
struct Sample {
    qint64 lo = 0, hi = -1, step = 1;
    qint64 members() const { return hi - lo + 1; }
    qint64 points() const { return members() > 0 ? (hi - lo) / step + 1 : 0; }
    static QString cte() { return QStringLiteral("samp(i) AS (SELECT :lo UNION ALL SELECT i + :step FROM samp WHERE i + :step <= :hi) "); }
    void bind(Query& q) const
    {
        q.bind(QStringLiteral(":lo"), lo).bind(QStringLiteral(":step"), step).bind(QStringLiteral(":hi"), hi);
    }
};

Sample sample(Database& db)
{
    Query range(db, QStringLiteral("SELECT min(id), max(id) FROM members"));
    range.exec();
    Sample s;
    if (range.next() && !range.value(0).isNull()) {
        s.lo = range.integer(0);
        s.hi = range.integer(1);
        s.step = std::max<qint64>(1, s.members() / kSampleSize);
    }
    return s;
}

// The share of the sample that the whole filter keeps.
double filterShare(Database& db, const RegisterQuery& q, const Sample& sample)
{
    if (sample.points() == 0)
        return 0;
    const Sql s = build(q, true);
    const QString with = s.cte.isEmpty() ? QStringLiteral("WITH RECURSIVE ") : s.cte.trimmed() + QStringLiteral(", ");
    Query c(db, with + Sample::cte() +
                    QStringLiteral("SELECT count(*) FROM members m CROSS JOIN member_events e "
                                   "WHERE m.id IN (SELECT i FROM samp) AND e.member_id = m.id AND ") + s.where());
    s.apply(c);
    sample.bind(c);
    c.exec();
    return c.next() ? double(c.integer(0)) / double(sample.points()) : 0;
}

// Of the words of a search that the trigram index can find, the one found in the fewest names of the
// sample, with that share. The trigram lists of common words (thi, nguyen) are long and filter little,
// so the index is asked for the rarest word only; LIKE on the member's row checks the rest.
std::pair<QString, double> rarestWord(Database& db, const QString& pattern, const Sample& sample)
{
    QStringList words = pattern.split(QLatin1Char('%'), Qt::SkipEmptyParts);
    words.removeIf([](const QString& w) { return w.size() < 3; });
    if (words.isEmpty() || sample.points() == 0)
        return {};
    Query q(db, QStringLiteral("WITH RECURSIVE ") + Sample::cte() +
                    QStringLiteral("SELECT m.name_fold FROM members m WHERE m.id IN (SELECT i FROM samp)"));
    sample.bind(q);
    q.setForwardOnly();
    q.exec();
    std::vector<qint64> hits(words.size(), 0);
    while (q.next()) {
        const QString name = q.text(0);
        for (qsizetype i = 0; i < words.size(); ++i)
            hits[i] += name.contains(words[i]);
    }
    const auto it = std::min_element(hits.begin(), hits.end());
    return {words[it - hits.begin()], double(*it) / double(sample.points())};
}

// An FTS5 query for the trigrams of one word, each quoted: "han" AND "ang".
QString trigramMatch(const QString& word)
{
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= word.size(); ++i)
        terms << QLatin1Char('"') + word.mid(i, 3).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return terms.join(QLatin1String(" AND "));
}

}  // namespace

RegisterRepository::Source RegisterRepository::source(const RegisterQuery& query)
{
    if (mForced) {
        if (*mForced == Source::Search && mSearchMatch.isEmpty())
            mSearchMatch = trigramMatch(rarestWord(mDb, build(query, true).pattern, sample(mDb)).first);
        return *mForced;
    }
    // What is learned holds for every order of the same filter.
    RegisterQuery filter = query;
    filter.sort = RegisterSort::Name;
    filter.descending = false;
    if (mFilter && *mFilter == filter)
        return mSource;
    const Sql s = build(query, true);
    Source src = Source::Scan;
    mSearchMatch.clear();
    if (query.position) {
        src = Source::Positions;  // a few holders per chapter
    } else if (unitIsSmall(query)) {
        src = Source::Units;
    } else {
        const Sample smp = sample(mDb);
        const double share = filterShare(mDb, query, smp);
        const auto [word, wordShare] = mDb.backend() == Database::Backend::SQLite && !s.pattern.isEmpty()
                                           ? rarestWord(mDb, s.pattern, smp)
                                           : std::pair<QString, double>();
        // The words of a name cluster in the name order (all the Hằng sit together), so a search whose
        // index yields few candidates is collected through it rather than walked.
        if (!word.isEmpty() && wordShare * double(smp.members()) <= kIndexedSearch) {
            src = Source::Search;
            mSearchMatch = trigramMatch(word);
        } else if (s.citizenSearch && share * double(smp.members()) <= kIndexedSearch) {
            src = Source::Citizen;
        } else if (share >= kWalkDensity) {
            src = Source::Walk;
        }
    }
    mFilter = filter;
    mSource = src;
    return src;
}

namespace {

// The index that yields the candidates of a source, as a condition on m.id; empty = every member.
QString driveClause(RegisterRepository::Source src, const RegisterQuery& q, Sql& s, const QString& ftsMatch)
{
    using Source = RegisterRepository::Source;
    if (src == Source::Positions && q.position)
        return QStringLiteral("m.id IN (SELECT p.member_id FROM member_positions p WHERE p.position = :pos "
                              "AND p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d))");
    if (src == Source::Units && q.unitId != 0 && q.status == RegisterStatus::Active)
        return QStringLiteral("m.id IN (SELECT x.member_id FROM member_events x WHERE x.status = 'active' "
                              "AND x.unit_id IN (SELECT id FROM sub) AND x.date <= :d AND x.valid_until > :d)");
    if (src == Source::Search && !ftsMatch.isEmpty()) {
        s.bind(QStringLiteral(":fts"), ftsMatch);
        return QStringLiteral("m.id IN (SELECT rowid FROM member_search WHERE member_search MATCH :fts)");
    }
    if (src == Source::Citizen && s.citizenSearch)
        return QStringLiteral("m.id IN (SELECT c.id FROM members c WHERE c.citizen_id GLOB :cccd)");
    return {};
}

}  // namespace

qint64 RegisterRepository::count(const RegisterQuery& query)
{
    mCancelled = false;
    ProgressScope scope(mDb, &RegisterRepository::progress, this);
    qint64 n = 0;
    try {
        const Source src = source(query);
        Sql s = build(query, true);
        QString sql;
        if (s.members.isEmpty()) {
            // Only the unit, the status and the date: the events alone answer.
            sql = s.cte + QStringLiteral("SELECT count(*) FROM member_events e WHERE ") + s.where();
        } else {
            QString drive = driveClause(src, query, s, mSearchMatch);
            if (!drive.isEmpty())
                drive += QLatin1String(" AND ");
            sql = s.cte + QStringLiteral("SELECT count(*) FROM members m CROSS JOIN member_events e WHERE ") + drive +
                  QStringLiteral("e.member_id = m.id AND ") + s.where();
        }
        Query q(mDb, sql);
        s.apply(q);
        q.exec();
        n = q.next() ? q.integer(0) : 0;
    } catch (const Error&) {
        if (!mCancelled)
            throw;
    }
    if (mCancelled)
        throw Error(Error::Kind::Cancelled, tr("The count was cancelled."));
    return n;
}

std::vector<RegisterRow> RegisterRepository::page(const RegisterQuery& query, const std::optional<RegisterKey>& after,
                                                  int limit, qint64 skip)
{
    std::vector<RegisterRow> rows = read(query, after, false, limit, skip);
    mRowsRead += qint64(rows.size());
    return rows;
}

std::vector<RegisterRow> RegisterRepository::pageBefore(const RegisterQuery& query,
                                                        const std::optional<RegisterKey>& before, int limit, qint64 skip)
{
    std::vector<RegisterRow> rows = read(query, before, true, limit, skip);
    std::reverse(rows.begin(), rows.end());
    mRowsRead += qint64(rows.size());
    return rows;
}

std::vector<RegisterRow> RegisterRepository::read(const RegisterQuery& query, const std::optional<RegisterKey>& key,
                                                  bool backward, int limit, qint64 skip)
{
    if (limit <= 0)
        return {};
    mCancelled = false;
    ProgressScope scope(mDb, &RegisterRepository::progress, this);
    std::vector<RegisterRow> rows;
    try {
        Source src = source(query);
        if (src == Source::Walk && query.sort != RegisterSort::Name)
            src = Source::Scan;  // no index gives that order: collect and sort
        mLastSource = src;
        const bool walk = src == Source::Walk;
        Sql s = build(query, walk);
        const bool hasValue = !s.valueExpr.isEmpty();
        const bool descending = query.descending != backward;
        const QString dir = descending ? QStringLiteral(" DESC") : QString();
        if (key) {
            const QChar op = descending ? QLatin1Char('<') : QLatin1Char('>');
            s.members << (hasValue ? QStringLiteral("(%1, m.sort_key, m.id) %2 (:kv, :kk, :kid)").arg(s.valueExpr, op)
                                   : QStringLiteral("(m.sort_key, m.id) %1 (:kk, :kid)").arg(op));
            if (hasValue)
                s.bind(QStringLiteral(":kv"), key->value);
            s.bind(QStringLiteral(":kk"), key->sortKey);
            s.bind(QStringLiteral(":kid"), key->id);
        }
        s.bind(QStringLiteral(":limit"), limit);
        s.bind(QStringLiteral(":skip"), skip);

        QString sql;
        if (walk) {
            // Streams in the order of members_sort and stops after limit rows.
            sql = s.cte + QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral("NULL FROM members m CROSS JOIN member_events e WHERE e.member_id = m.id AND ") + s.where() +
                  QStringLiteral(" ORDER BY m.sort_key%1, m.id%1 LIMIT :limit OFFSET :skip").arg(dir);
        } else {
            // Collects the candidates and sorts only their keys ("+" keeps the planner off the name
            // index), then reads the columns of the rows of the page.
            QString drive = driveClause(src, query, s, mSearchMatch);
            if (!drive.isEmpty())
                drive += QLatin1String(" AND ");
            const QString valueOrder = hasValue ? QStringLiteral("v%1, ").arg(dir) : QString();
            sql = s.cte + QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral("r.v FROM (SELECT m.id AS mid, e.id AS eid, %1 AS v FROM members m CROSS JOIN member_events e "
                                 "WHERE %2e.member_id = m.id AND %3 ORDER BY %4+m.sort_key%5, +m.id%5 LIMIT :limit OFFSET :skip) r "
                                 "CROSS JOIN members m CROSS JOIN member_events e WHERE m.id = r.mid AND e.id = r.eid "
                                 "ORDER BY %6m.sort_key%5, m.id%5")
                      .arg(hasValue ? s.valueExpr : QStringLiteral("NULL"), drive, s.where(), valueOrder, dir,
                           hasValue ? QStringLiteral("r.v%1, ").arg(dir) : QString());
        }
        Query q(mDb, sql);
        q.setForwardOnly();
        s.apply(q);
        q.exec();
        while (q.next())
            rows.push_back(readRow(q, hasValue));
    } catch (const Error&) {
        if (!mCancelled)
            throw;
    }
    if (mCancelled)
        throw Error(Error::Kind::Cancelled, tr("Reading the register was cancelled."));
    return rows;
}

}  // namespace hv
