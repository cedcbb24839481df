#include "storage/registerrepository.h"

#include "core/namewords.h"

#include "core/error.h"
#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/postgres.h"
#include "storage/registersql.h"

#include <sqlite3.h>
#include <QCoreApplication>

#include <algorithm>

namespace hv {

using registersql::build;
using registersql::Sql;

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
// The walk in name order serves filters that keep at least this share of the members: a page of 200 then
// walks at most 40,000 members, about what a scan of all members costs (150-200 ms CPU on 1,000,000, where
// a filter keeping 1 % walks in 100 ms and one keeping 3 % in 20-35 ms). Rarer ones are collected and sorted.
constexpr double kWalkDensity = 0.005;

// Installs the repository's progress callback for the statements of one call only, so that other code
// using the same connection is never cancelled by it; on a server, a watch that has the server cancel
// the statement. A call asked after its cancellation does not start (cancelledBefore()).
class ProgressScope {
public:
    ProgressScope(Database& db, int (*fn)(void*), void* self) : mHandle(db.sqliteHandle())
    {
        mCancelledBefore = fn(self) != 0;
        if (mHandle)
            sqlite3_progress_handler(mHandle, kProgressOps, fn, self);
        else if (!mCancelledBefore)
            mWatch = std::make_unique<ServerCancelWatch>(db, [fn, self] { return fn(self) != 0; });
    }
    bool cancelledBefore() const { return mCancelledBefore; }
    ~ProgressScope()
    {
        if (mHandle) sqlite3_progress_handler(mHandle, 0, nullptr, nullptr);
    }
    ProgressScope(const ProgressScope&) = delete;
    ProgressScope& operator=(const ProgressScope&) = delete;

private:
    sqlite3* mHandle;
    bool mCancelledBefore = false;
    std::unique_ptr<ServerCancelWatch> mWatch;
};

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
    if (folded.isEmpty()) return {};
    return QLatin1Char('%') + folded.split(QLatin1Char(' '), Qt::SkipEmptyParts).join(QLatin1Char('%')) +
           QLatin1Char('%');
}

bool RegisterRepository::unitIsSmall(const RegisterQuery& q)
{
    if (q.unitId == 0 || q.status != RegisterStatus::Active) return false;
    const std::pair<Id, QDate> key{q.unitId, q.effectiveDate()};
    if (mSmallUnit && mSmallUnit->first == key) return mSmallUnit->second;
    const bool small = countIsSmall(q);
    mSmallUnit = {key, small};
    return small;
}

bool RegisterRepository::countIsSmall(const RegisterQuery& q)
{
    Query c(mDb,
            QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT CAST(:unit AS BIGINT) UNION ALL "
                           "SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id) "
                           "SELECT count(*) FROM (SELECT 1 FROM member_events e WHERE e.status = 'active' "
                           "AND e.unit_id IN (SELECT id FROM sub) AND e.date <= :d AND e.valid_until > :d "
                           "LIMIT :cap) AS capped"));
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
    static QString cte()
    {
        return QStringLiteral(
            "samp(i) AS (SELECT CAST(:lo AS BIGINT) UNION ALL SELECT i + :step FROM samp WHERE i + :step <= "
            ":hi) ");
    }
    void bind(Query& q) const
    {
        q.bind(QStringLiteral(":lo"), lo).bind(QStringLiteral(":step"), step).bind(QStringLiteral(":hi"), hi);
    }
};

Sample sample(Database& db)
{
    // Two subqueries: min() and max() together in one SELECT would scan the table.
    Query range(db, QStringLiteral("SELECT (SELECT min(id) FROM members), (SELECT max(id) FROM members)"));
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
    if (sample.points() == 0) return 0;
    const Sql s = build(q, true);
    const QString with =
        s.cte.isEmpty() ? QStringLiteral("WITH RECURSIVE ") : s.cte.trimmed() + QStringLiteral(", ");
    Query c(db, with + Sample::cte() +
                    QStringLiteral("SELECT count(*) FROM members m CROSS JOIN member_events e "
                                   "WHERE m.id IN (SELECT i FROM samp) AND e.member_id = m.id AND ") +
                    s.where());
    s.apply(c);
    sample.bind(c);
    c.exec();
    return c.next() ? double(c.integer(0)) / double(sample.points()) : 0;
}

// The folded names of the sample's members.
std::vector<QString> sampleNames(Database& db, const Sample& sample)
{
    std::vector<QString> names;
    if (sample.points() == 0) return names;
    Query q(db, QStringLiteral("WITH RECURSIVE ") + Sample::cte() +
                    QStringLiteral("SELECT m.name_fold FROM members m WHERE m.id IN (SELECT i FROM samp)"));
    sample.bind(q);
    q.setForwardOnly();
    q.exec();
    while (q.next()) names.push_back(q.text(0));
    return names;
}

// Whether the folded name holds the words of a LIKE pattern ("%nguyen%thi%") in their order.
bool matchesPattern(const QString& name, const QStringList& words)
{
    qsizetype from = 0;
    for (const QString& w : words) {
        const qsizetype at = name.indexOf(w, from);
        if (at < 0) return false;
        from = at + w.size();
    }
    return true;
}

// The share of the sample's names that a name search matches.
double nameShare(const std::vector<QString>& names, const QString& pattern, qint64 points)
{
    if (points == 0) return 0;
    const QStringList words = pattern.split(QLatin1Char('%'), Qt::SkipEmptyParts);
    qint64 hits = 0;
    for (const QString& n : names) hits += matchesPattern(n, words);
    return double(hits) / double(points);
}

// Of the words of a search that the trigram index can find, the one found in the fewest names of the
// sample, with that share. The trigram lists of common words (thi, nguyen) are long and filter little,
// so the index is asked for the rarest word only; LIKE on the member's row checks the rest.
std::pair<QString, double> rarestWord(const std::vector<QString>& names, const QString& pattern,
                                      qint64 points)
{
    QStringList words = pattern.split(QLatin1Char('%'), Qt::SkipEmptyParts);
    words.removeIf([](const QString& w) { return w.size() < 3; });
    if (words.isEmpty() || points == 0) return {};
    std::vector<qint64> hits(words.size(), 0);
    for (const QString& name : names)
        for (qsizetype i = 0; i < words.size(); ++i) hits[i] += name.contains(words[i]);
    const auto it = std::min_element(hits.begin(), hits.end());
    return {words[it - hits.begin()], double(*it) / double(points)};
}

}  // namespace

RegisterRepository::Source RegisterRepository::source(const RegisterQuery& query)
{
    // What is learned holds for every order of the same filter.
    RegisterQuery filter = query;
    filter.sort = RegisterSort::Name;
    filter.descending = false;
    if (mFilter && *mFilter == filter) return mSource;
    const Sql s = build(query, true);
    Source src = Source::Scan;
    mSearchMatch.clear();
    if (query.position) {
        src = Source::Positions;  // a few holders per chapter
    } else if (!mForced && unitIsSmall(query)) {
        src = Source::Units;
    } else {
        // Typing a name asks for a new source at every key: what does not depend on the typed text (the
        // sample's names, the share of the other filters) is kept from the last key, so a keystroke costs
        // a few milliseconds here instead of three queries.
        const Sample smp = sample(mDb);
        if (smp.lo != mSampleLo || smp.hi != mSampleHi) {
            mSampleNames = sampleNames(mDb, smp);
            mSampleLo = smp.lo;
            mSampleHi = smp.hi;
            mShareFilter.reset();
        }
        double share = 0;
        if (!mForced && !s.pattern.isEmpty()) {
            // A name's words and the other filters are taken as independent: only the speed depends on it.
            RegisterQuery others = filter;
            others.search.clear();
            if (!mShareFilter || *mShareFilter != others) {
                mShareOthers = filterShare(mDb, others, smp);
                mShareFilter = others;
            }
            share = mShareOthers * nameShare(mSampleNames, s.pattern, smp.points());
        } else if (!mForced) {
            share = filterShare(mDb, query, smp);
        }
        const auto [word, wordShare] = !s.pattern.isEmpty()
                                           ? rarestWord(mSampleNames, s.pattern, smp.points())
                                           : std::pair<QString, double>();
        if (!word.isEmpty()) mSearchMatch = dialect::nameIndexTerm(mDb, word);
        // The words of a name cluster in the name order (all the Hằng sit together), so a search whose
        // index yields few candidates is collected through it rather than walked.
        if (!word.isEmpty() && wordShare * double(smp.members()) <= kIndexedSearch)
            src = Source::Search;
        else if (s.citizenSearch && share * double(smp.members()) <= kIndexedSearch)
            src = Source::Citizen;
        else if (share >= kWalkDensity)
            src = Source::Walk;
    }
    mFilter = filter;
    mSource = mForced ? *mForced : src;
    return mSource;
}

namespace {

// The FROM clause and the join of the member with her event at D, led by the index of the source: the
// events of a small subtree, or all events when few match and nothing is asked of the member; else the
// members (all of them in table order, or those the source's index yields).
QString joinClause(const Database& db, RegisterRepository::Source src, const RegisterQuery& q, Sql& s,
                   bool membersFirst, const QString& ftsMatch)
{
    using Source = RegisterRepository::Source;
    const bool unitEvents = src == Source::Units && q.unitId != 0 && q.status == RegisterStatus::Active;
    if (unitEvents || (src == Source::Scan && !membersFirst))
        return QStringLiteral("member_events e CROSS JOIN members m WHERE m.id = e.member_id AND ");
    QString drive;
    if (src == Source::Positions && q.position) {
        drive = QStringLiteral(
            "m.id IN (SELECT p.member_id FROM member_positions p WHERE p.position = :pos "
            "AND p.date_from <= :d AND (p.date_to IS NULL OR p.date_to > :d)) AND ");
    } else if (src == Source::Search && !ftsMatch.isEmpty()) {
        drive = QStringLiteral("m.id IN (%1) AND ").arg(dialect::nameIndexIds(db, QStringLiteral(":fts")));
        s.bind(QStringLiteral(":fts"), ftsMatch);
    } else if (src == Source::Citizen && s.citizenSearch) {
        drive = QStringLiteral(
            "m.id IN (SELECT c.id FROM members c WHERE c.citizen_id >= :cccd AND c.citizen_id < :cccdEnd) "
            "AND ");
    }
    return QStringLiteral("members m CROSS JOIN member_events e WHERE ") + drive +
           QStringLiteral("e.member_id = m.id AND ");
}

}  // namespace

RegisterQuery RegisterRepository::scoped(const RegisterQuery& asked)
{
    // The register of a restricted account is that of its subtree: a unit outside it is refused, and
    // "every unit" means every unit of the subtree. Every source filters by the unit at D, so this is the
    // one place the scope needs.
    access::requireRead(mDb);
    RegisterQuery q = asked;
    if (!mDb.scope().restricted()) return q;
    if (q.unitId == 0)
        q.unitId = mDb.scope().rootUnitId;
    else
        access::requireUnit(mDb, q.unitId);
    return q;
}

qint64 RegisterRepository::count(const RegisterQuery& asked)
{
    const RegisterQuery query = scoped(asked);
    mCancelled = false;
    ProgressScope scope(mDb, &RegisterRepository::progress, this);
    qint64 n = 0;
    try {
        if (scope.cancelledBefore()) throw Error(Error::Kind::Cancelled, tr("The count was cancelled."));
        const Source src = source(query);
        Sql s = build(query, true);
        QString sql;
        if (s.members.isEmpty()) {
            // Only the unit, the status and the date: the events alone answer.
            sql = s.cte + QStringLiteral("SELECT count(*) FROM member_events e WHERE ") + s.where();
        } else {
            sql = s.cte + QStringLiteral("SELECT count(*) FROM ") +
                  joinClause(mDb, src, query, s, true, mSearchMatch) + s.where();
        }
        Query q(mDb, sql);
        s.apply(q);
        q.exec();
        n = q.next() ? q.integer(0) : 0;
    } catch (const Error&) {
        if (!mCancelled) throw;
    }
    if (mCancelled) throw Error(Error::Kind::Cancelled, tr("The count was cancelled."));
    return n;
}

std::vector<RegisterRow> RegisterRepository::page(const RegisterQuery& query,
                                                  const std::optional<RegisterKey>& after, int limit,
                                                  qint64 skip)
{
    std::vector<RegisterRow> rows = read(scoped(query), after, false, limit, skip);
    mRowsRead += qint64(rows.size());
    return rows;
}

std::vector<RegisterRow> RegisterRepository::pageBefore(const RegisterQuery& query,
                                                        const std::optional<RegisterKey>& before, int limit,
                                                        qint64 skip)
{
    std::vector<RegisterRow> rows = read(scoped(query), before, true, limit, skip);
    std::reverse(rows.begin(), rows.end());
    mRowsRead += qint64(rows.size());
    return rows;
}

std::vector<RegisterRow> RegisterRepository::read(const RegisterQuery& query,
                                                  const std::optional<RegisterKey>& key, bool backward,
                                                  int limit, qint64 skip)
{
    if (limit <= 0) return {};
    mCancelled = false;
    ProgressScope scope(mDb, &RegisterRepository::progress, this);
    std::vector<RegisterRow> rows;
    try {
        if (scope.cancelledBefore())
            throw Error(Error::Kind::Cancelled, tr("Reading the register was cancelled."));
        Source src = source(query);
        // No index gives another order: collect and sort, reading the members in table order (they are
        // many, since the filter was dense enough to walk).
        const bool dense = src == Source::Walk;
        if (dense && query.sort != RegisterSort::Name) src = Source::Scan;
        mLastSource = src;
        const bool walk = src == Source::Walk;
        Sql s = build(query, walk);
        const bool hasValue = !s.valueExpr.isEmpty();
        const bool memberConditions = !s.members.isEmpty();
        const bool descending = query.descending != backward;
        const QString dir = descending ? QStringLiteral(" DESC") : QString();
        if (key) {
            const QChar op = descending ? QLatin1Char('<') : QLatin1Char('>');
            s.members
                << (hasValue
                        ? QStringLiteral("(%1, m.sort_key, m.id) %2 (:kv, :kk, :kid)").arg(s.valueExpr, op)
                        : QStringLiteral("(m.sort_key, m.id) %1 (:kk, :kid)").arg(op));
            if (hasValue) s.bind(QStringLiteral(":kv"), key->value);
            s.bind(QStringLiteral(":kk"), key->sortKey);
            s.bind(QStringLiteral(":kid"), key->id);
        }
        s.bind(QStringLiteral(":limit"), limit);
        s.bind(QStringLiteral(":skip"), skip);

        QString sql;
        if (walk) {
            // Streams in the order of members_sort and stops after limit rows.
            sql = s.cte + QStringLiteral("SELECT ") + registersql::columns() +
                  QStringLiteral(
                      "NULL FROM members m CROSS JOIN member_events e WHERE e.member_id = m.id AND ") +
                  s.where() +
                  QStringLiteral(" ORDER BY m.sort_key%1, m.id%1 LIMIT :limit OFFSET :skip").arg(dir);
        } else {
            // Collects the candidates and sorts only their keys ("+" keeps the planner off the name
            // index), then reads the columns of the rows of the page.
            const QString join = joinClause(mDb, src, query, s, memberConditions || dense, mSearchMatch);
            const QString valueOrder = hasValue ? QStringLiteral("v%1, ").arg(dir) : QString();
            sql = s.cte + QStringLiteral("SELECT ") + registersql::columns() +
                  QStringLiteral(
                      "r.v FROM (SELECT m.id AS mid, e.id AS eid, %1 AS v FROM %2%3 ORDER BY "
                      "%4+m.sort_key%5, +m.id%5 LIMIT :limit OFFSET :skip) r "
                      "CROSS JOIN members m CROSS JOIN member_events e WHERE m.id = r.mid AND e.id = r.eid "
                      "ORDER BY %6m.sort_key%5, m.id%5")
                      .arg(hasValue ? s.valueExpr : QStringLiteral("NULL"), join, s.where(), valueOrder, dir,
                           hasValue ? QStringLiteral("r.v%1, ").arg(dir) : QString());
        }
        Query q(mDb, sql);
        q.setForwardOnly();
        s.apply(q);
        q.exec();
        while (q.next()) rows.push_back(registersql::readRow(q, hasValue));
    } catch (const Error&) {
        if (!mCancelled) throw;
    }
    if (mCancelled) throw Error(Error::Kind::Cancelled, tr("Reading the register was cancelled."));
    return rows;
}

}  // namespace hv
