#pragma once
// The demo database of `hoivien-cli demo` (CONTRACT.md): a realistic, living office built from the
// bundled reference lists, for trying the program, training officers and measuring speed.
//
// What it makes, on an empty database, in one transaction:
// - the tree: the office's unit and everything below it in the official list (GSO codes), then per
//   commune 8-20 chapters named like villages ("Chi hội Thôn 1", "Chi hội Làng Xuân Lai", "Chi hội Khu
//   phố 3" in towns; codes "<commune>-01") with 3-6 groups each ("Tổ 1", codes "<chapter>-1"); a few
//   chapters are merged into a neighbour during the history (valid_to, merged_into_id), their members
//   moved there on that date;
// - members: names drawn from the name statistics of resources/data (with "Thị" made dominant for
//   older women, as the sample under-represents it), birth dates, CCCD numbers valid for the province,
//   ethnicity, religion, education, occupation, party membership, phone, address, card; about 1 %
//   honorary members (from 2022, when the charter introduced them; some men);
// - history: the ten years lastYear-9 .. lastYear with admissions (2-5 % a year), transfers in and
//   out, moves between chapters and communes, withdrawals, removals and deaths (no restorations), and
//   the positions (chair, vice chair, chapter head and deputy, group head) changing hands at the
//   congresses and when a holder leaves; women 18+ per commune and year (attraction rate 75-92 %)
//   and admission targets near the result;
// - the year's work of the last two full years (importing/demoyearwork.h): trainings, awards,
//   activities, households, their targets and the hand-scored criterion, for the rating and ranking.
//
// Dates: lastYear = 0 means the year before today; the history then runs on into the current year up
// to today, so the register of today is alive. With lastYear = today's year it ends today; with an
// earlier year on 31 December of that year. Nothing is ever dated after today.
//
// Determinism: the same options (seed included) and the same date of today give the same database,
// ids included, on every platform (only std::mt19937 is used, with our own distributions).

#include "importing/importresult.h"

#include <QString>

namespace hv {

class Database;
class ReferenceData;

struct DemoOptions {
    QString unitCode = QStringLiteral("395");  // GSO code of the office's unit (district 395 = Huyện Thọ Xuân)
    qint64 members = 0;  // total member records to create; 0 = 3,000 per commune
    quint32 seed = 1;    // same seed, same database
    int lastYear = 0;    // last full year of history; 0 = the year before today (see above)
    ProgressFn progress; // fraction done; returning false cancels (Error(Kind::Cancelled), nothing written)
};

struct DemoSummary {
    qint64 units = 0, members = 0, events = 0, positions = 0;
};

// Throws Error(Kind::Input) when the database has units already or the unit code is unknown,
// Error(Kind::Usage) for a negative member count or a last year in the future or before 1990,
// Error(Kind::Cancelled) when progress returned false, Error(Kind::Database) when writing fails.
DemoSummary generateDemo(Database& db, const ReferenceData& ref, const DemoOptions& options);

}  // namespace hv
