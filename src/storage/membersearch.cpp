// The accent-insensitive search of members (MemberRepository::search): through SQLite's trigram FTS5
// table or PostgreSQL's trigram index (storage/dialect.h), or a range of CCCD digits.
#include "storage/memberrepository.h"

#include "core/namewords.h"
#include "core/vietnamese.h"
#include "storage/accessscope.h"
#include "storage/database.h"
#include "storage/dialect.h"

#include <algorithm>

namespace hv {

namespace {
// The share of names under which a word's trigram lists are short enough to lead a search (measured on
// 1,000,000 members: adding tran, 9.7 % of names, to kim oanh made the search 3x slower).
constexpr double kUncommonWordShare = 0.05;
}  // namespace

std::vector<SearchHit> MemberRepository::search(const QString& text, int limit)
{
    std::vector<SearchHit> hits;
    QString folded = vn::fold(text);
    folded.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    access::requireRead(mDb);
    if (folded.isEmpty() || limit <= 0) return hits;
    const QString digits = QString(folded).remove(QLatin1Char(' '));
    const bool isId =
        digits.size() >= 9 && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); });
    const QStringList words = folded.split(QLatin1Char(' '));
    const QString pattern = QLatin1Char('%') + words.join(QLatin1Char('%')) + QLatin1Char('%');
    // The trigram index needs three characters in a row; shorter queries scan the folded names.
    const bool indexed =
        std::any_of(words.cbegin(), words.cend(), [](const QString& w) { return w.size() >= 3; });
    // The trigram index is asked for the uncommon words only; LIKE checks the common ones (thi, nguyen,
    // tran) on the rows it yields, whose lists would be long to intersect.
    QStringList matchTerms;
    if (!isId && dialect::keepsSearchTable(mDb))
        for (const QString& w : vn::uncommonNameWords(words, kUncommonWordShare))
            matchTerms << vn::trigramQuery(w);
    const QString base = QStringLiteral(
        "SELECT m.id, m.full_name, m.birth_date, m.birth_year, m.citizen_id, m.sort_key, "
        "(SELECT e.status || '|' || coalesce(e.unit_id, e.from_unit_id, 0) FROM member_events e "
        " WHERE e.member_id = m.id ORDER BY e.date DESC, e.seq DESC LIMIT 1) ");
    QString sql;
    if (isId)
        // A range on the digits, so that the CCCD index is used (LIKE is case-insensitive and cannot).
        sql = base +
              QStringLiteral("FROM members m WHERE m.citizen_id >= :p AND m.citizen_id < :q LIMIT :limit");
    else if (!matchTerms.isEmpty())
        // "tran thi kim oanh": the index intersects kim and oanh (2,700 names of 1,000,000) in 4 ms; LIKE
        // through the index intersected thi and tran too (35 ms).
        sql = base + QStringLiteral(
                         "FROM member_search s JOIN members m ON m.id = s.rowid "
                         "WHERE s.member_search MATCH :m AND m.name_fold LIKE :p LIMIT :limit");
    else if (indexed && dialect::keepsSearchTable(mDb))
        sql = base + QStringLiteral(
                         "FROM member_search s JOIN members m ON m.id = s.rowid "
                         "WHERE s.name_fold LIKE :p LIMIT :limit");
    else
        sql = base + QStringLiteral("FROM members m WHERE m.name_fold LIKE :p LIMIT :limit");
    // Members outside the signed-in officer's units are not found.
    sql.replace(QStringLiteral(" LIMIT :limit"),
                access::memberCondition(mDb, QStringLiteral("m.id")) + QStringLiteral(" LIMIT :limit"));
    Query q(mDb, sql);
    if (isId)
        q.bind(QStringLiteral(":p"), digits)
            .bind(QStringLiteral(":q"), digits + QLatin1Char(':'));  // ':' follows '9'
    else
        q.bind(QStringLiteral(":p"), pattern);
    if (!matchTerms.isEmpty()) q.bind(QStringLiteral(":m"), matchTerms.join(QLatin1String(" AND ")));
    q.bind(QStringLiteral(":limit"), limit).exec();
    std::vector<std::pair<QByteArray, SearchHit>> keyed;
    while (q.next()) {
        SearchHit h;
        h.id = q.integer(0);
        h.fullName = q.text(1);
        h.birth.date = q.date(2);
        h.birth.year = int(q.integer(3));
        h.citizenId = q.text(4);
        const QStringList state = q.text(6).split(QLatin1Char('|'));
        h.status = statusFromText(state.value(0)).value_or(Status::Active);
        h.unitId = state.value(1).toLongLong();
        keyed.emplace_back(q.value(5).toByteArray(), h);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [key, h] : keyed) hits.push_back(std::move(h));
    return hits;
}

}  // namespace hv
