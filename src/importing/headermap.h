#pragma once
// The columns of a member list (CONTRACT.md, "Member import format") and finding them in a real file:
// title rows above the header, headers typed with or without tone marks, in any case, in English.

#include "core/error.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

namespace hv {

class RowSource;

enum class MemberColumn {
    FullName,
    BirthDate,
    CitizenId,
    Ethnicity,
    Religion,
    Education,
    Professional,
    PoliticalTheory,
    Occupation,
    PartyMember,
    Phone,
    Address,
    Commune,
    Chapter,
    Group,
    JoinedOn,
    JoinKind,
    MemberType,
    CardNo,
    Position,
    CoreMember,
    Status,
    StatusDate,
    Notes,
    // Recognised so that they are not reported as unknown, but not imported: the sex of a member of
    // the Women's Union goes without saying, and STT is the list's own row number.
    Sex,
    Stt,
};
inline constexpr int kMemberColumnCount = int(MemberColumn::Stt) + 1;

// "full_name", "birth_date", ... as in CONTRACT.md ("sex", "stt" for the ignored two).
QString columnCode(MemberColumn);
std::optional<MemberColumn> columnFromCode(QStringView code);
// The canonical Vietnamese header ("Họ và tên"), for messages and exports.
QString columnHeader(MemberColumn);
// Every header accepted for the column, canonical first (CONTRACT.md's, then other common spellings).
QStringList acceptedHeaders(MemberColumn);
// Whether the column is only recognised, never imported (Sex, Stt).
bool isIgnoredColumn(MemberColumn);

// The column a header names: any accepted header of CONTRACT.md or the column code, with or without
// tone marks, any case, punctuation and line breaks ignored, a trailing "(...)" hint ignored
// ("Ngày sinh (dd/mm/yyyy)", "Họ và tên (*)"). nullopt when it names none.
std::optional<MemberColumn> matchHeader(QStringView header);

struct HeaderMap {
    int headerRow = 0;                                  // row number of the header (RowSource::rowNumber)
    std::vector<std::optional<MemberColumn>> columnOf;  // per file column
    QStringList headers;                                // per file column, as written (trimmed)
    // The header took two rows (group headers above their parts) or was followed by a row of column
    // numbers; when the row after it held data instead, that row is already read: nextDataRow() gives
    // it first.
    bool dataRowPending = false;
    // A warning per non-empty header that names no column: the importer passes them on to the user.
    std::vector<InputProblem> warnings;

    // File column of c, or -1 when the file has none.
    int indexOf(MemberColumn c) const;
    bool has(MemberColumn c) const { return indexOf(c) >= 0; }
    // File columns with a non-empty header that names no column.
    std::vector<int> unknownColumns() const;
};

// Reads rows from the source's current position until the header row: the first row in which at
// least two cells name a column, one of them full_name. Title rows ("DANH SÁCH HỘI VIÊN ...",
// "Đơn vị: ...") and blank rows before it are skipped. Merged header cells count for every column they
// span; a second header row under the first (a merged "Thông tin cá nhân" above "Ngày sinh", "Dân tộc")
// gives the columns it names, and a row of column numbers ("1", "2", "(3)"...) under the header is
// skipped. On success nextDataRow() gives the first data row. nullopt when no such row is found within
// maxRowsToScan rows (the rows read are consumed).
// Throws hv::Error(Kind::Input) when two columns name the same field (listing both headers), and
// whatever the source's next() throws.
std::optional<HeaderMap> findMemberHeader(RowSource& source, int maxRowsToScan = 30);

// The next data row: the one findMemberHeader() already read, if any, else source.next().
bool nextDataRow(RowSource& source, HeaderMap& map);

// Whether the source's current row carries no member: every cell empty, or only the STT cell filled
// (a numbered template row), or a total line ("Tổng", "Cộng", "Tổng cộng", "Total" first).
bool isBlankOrSubtotal(const RowSource& source, const HeaderMap& map);

}  // namespace hv
