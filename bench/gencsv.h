#pragma once
// The member list of the speed measurements (docs/performance.md): a realistic CSV in the CONTRACT.md
// "Member import format" for the district office 395 (Huyện Thọ Xuân, Thanh Hóa), as an office would
// save it from Excel ("CSV UTF-8", with BOM, an STT column, quoted cells where needed).
//
// Every row is importable by `hoivien-cli import members --create-units` into a database made by
// `init --unit 395`: communes named as in the official list, chapters ("Chi hội Thôn 3") created by the
// import; names drawn from the name statistics of resources/data; unique, structurally valid CCCD
// numbers (province 038 for most, the sex/century digit and the year of birth agreeing with the row);
// join dates at 18 or over; about 10 % with a status other than active and its date. Name and date of
// birth never repeat, so the importer's duplicate check accepts the whole file.
//
// Deterministic: the same options give the same bytes.

#include <QDate>
#include <QString>

namespace hvbench {

struct GenOptions {
    qint64 rows = 1000000;
    quint32 seed = 1;
    // Latest date written (join and status dates); clamped to today. Fixed so the file does not
    // change from day to day.
    QDate asOf = QDate(2026, 6, 30);
};

struct GenSummary {
    qint64 rows = 0, left = 0, withCccd = 0, positions = 0;
    int communes = 0, chapters = 0;
    qint64 bytes = 0;
};

// Writes the file (replacing it). Throws std::runtime_error when it cannot be written.
GenSummary writeMemberCsv(const QString& path, const GenOptions& options);

}  // namespace hvbench
