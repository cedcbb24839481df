#include "importing/headermap.h"

#include "core/vietnamese.h"
#include "importing/rowsource.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

namespace hv {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::HeaderMap", s); }

struct ColumnInfo {
    MemberColumn column;
    const char* code;
    // Canonical header first (CONTRACT.md), then the other spellings met in offices' lists.
    std::vector<const char16_t*> headers;
};

const std::vector<ColumnInfo>& columnTable()
{
    static const std::vector<ColumnInfo> table = {
        {MemberColumn::FullName,
         "full_name",
         {u"Họ và tên", u"Họ tên", u"Full name", u"Họ và tên hội viên", u"Họ tên hội viên", u"Name"}},
        {MemberColumn::BirthDate,
         "birth_date",
         {u"Ngày sinh", u"Ngày tháng năm sinh", u"Date of birth", u"Năm sinh", u"Birth date"}},
        {MemberColumn::CitizenId,
         "citizen_id",
         {u"Số CCCD", u"CCCD", u"Số định danh", u"Citizen ID", u"Số định danh cá nhân", u"CMND/CCCD",
          u"Số CMND/CCCD", u"Căn cước công dân", u"Số căn cước công dân", u"Số căn cước"}},
        {MemberColumn::Ethnicity, "ethnicity", {u"Dân tộc", u"Ethnicity"}},
        {MemberColumn::Religion, "religion", {u"Tôn giáo", u"Religion"}},
        {MemberColumn::Education,
         "education",
         {u"Trình độ học vấn", u"Học vấn", u"Education", u"Trình độ văn hóa", u"Văn hóa"}},
        {MemberColumn::Professional,
         "professional",
         {u"Trình độ chuyên môn", u"Chuyên môn", u"Professional level"}},
        {MemberColumn::PoliticalTheory,
         "political_theory",
         {u"Lý luận chính trị", u"LLCT", u"Political theory", u"Trình độ lý luận chính trị",
          u"Trình độ LLCT"}},
        {MemberColumn::Occupation, "occupation", {u"Nghề nghiệp", u"Occupation"}},
        {MemberColumn::PartyMember, "party_member", {u"Đảng viên", u"Party member"}},
        {MemberColumn::Phone,
         "phone",
         {u"Điện thoại", u"Số điện thoại", u"Phone", u"SĐT", u"Số ĐT", u"Phone number"}},
        {MemberColumn::Address,
         "address",
         {u"Địa chỉ", u"Thôn/xóm", u"Address", u"Thôn", u"Xóm", u"Nơi ở hiện nay", u"Chỗ ở hiện nay",
          u"Địa chỉ thường trú", u"Nơi cư trú"}},
        {MemberColumn::Commune,
         "commune",
         {u"Cơ sở Hội", u"Xã", u"Commune", u"Xã/phường/thị trấn", u"Xã/phường", u"Phường", u"Hội cơ sở"}},
        {MemberColumn::Chapter, "chapter", {u"Chi hội", u"Chapter", u"Chi hội phụ nữ"}},
        {MemberColumn::Group, "group", {u"Tổ", u"Tổ phụ nữ", u"Group", u"Tổ hội"}},
        {MemberColumn::JoinedOn,
         "joined_on",
         {u"Ngày vào Hội", u"Ngày kết nạp", u"Join date", u"Ngày tháng vào Hội", u"Ngày kết nạp vào Hội",
          u"Năm vào Hội"}},
        {MemberColumn::JoinKind, "join_kind", {u"Hình thức", u"Join kind", u"Hình thức vào Hội"}},
        {MemberColumn::MemberType, "member_type", {u"Loại hội viên", u"Member type"}},
        {MemberColumn::CardNo, "card_no", {u"Số thẻ hội viên", u"Số thẻ", u"Card number", u"Số thẻ HV"}},
        {MemberColumn::Position, "position", {u"Chức vụ", u"Position", u"Chức vụ trong Hội"}},
        {MemberColumn::CoreMember, "core_member", {u"Nòng cốt", u"Core member", u"Hội viên nòng cốt"}},
        {MemberColumn::Status, "status", {u"Tình trạng", u"Status", u"Tình trạng sinh hoạt"}},
        {MemberColumn::StatusDate, "status_date", {u"Ngày biến động", u"Status date"}},
        {MemberColumn::Notes, "notes", {u"Ghi chú", u"Notes", u"Note"}},
        {MemberColumn::Sex, "sex", {u"Giới tính", u"Sex", u"Nam/Nữ", u"Gender"}},
        {MemberColumn::Stt, "stt", {u"STT", u"TT", u"No.", u"Số TT", u"Số thứ tự"}},
    };
    return table;
}

const ColumnInfo& info(MemberColumn c) { return columnTable()[size_t(c)]; }

// Folded, then every run of punctuation and spaces made one space: "Thôn/xóm" -> "thon xom",
// "Ngày\nvào  Hội:" -> "ngay vao hoi", "full_name" -> "full name".
QString headerKey(QStringView text)
{
    QString folded = vn::fold(text);
    QString key;
    key.reserve(folded.size());
    bool space = false;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty()) key += QLatin1Char(' ');
            key += c;
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

// "Ngày sinh (dd/mm/yyyy)" -> "Ngày sinh": hints in brackets are common in templates.
QString withoutBrackets(QStringView text)
{
    QString out;
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

const QHash<QString, MemberColumn>& headerIndex()
{
    static const QHash<QString, MemberColumn> index = [] {
        QHash<QString, MemberColumn> h;
        for (const ColumnInfo& ci : columnTable()) {
            h.insert(headerKey(QString::fromLatin1(ci.code)), ci.column);
            for (const char16_t* header : ci.headers) h.insert(headerKey(QStringView(header)), ci.column);
        }
        return h;
    }();
    return index;
}

bool startsWithWord(QStringView text, QStringView word)
{
    return text.startsWith(word) && (text.size() == word.size() || !text[word.size()].isLetter());
}

}  // namespace

QString columnCode(MemberColumn c) { return QString::fromLatin1(info(c).code); }

std::optional<MemberColumn> columnFromCode(QStringView code)
{
    for (const ColumnInfo& ci : columnTable())
        if (code == QLatin1String(ci.code)) return ci.column;
    return std::nullopt;
}

QString columnHeader(MemberColumn c) { return QString::fromUtf16(info(c).headers.front()); }

QStringList acceptedHeaders(MemberColumn c)
{
    QStringList out;
    for (const char16_t* header : info(c).headers) out << QString::fromUtf16(header);
    return out;
}

bool isIgnoredColumn(MemberColumn c) { return c == MemberColumn::Sex || c == MemberColumn::Stt; }

std::optional<MemberColumn> matchHeader(QStringView header)
{
    const auto& index = headerIndex();
    const QString key = headerKey(header);
    if (key.isEmpty()) return std::nullopt;
    if (auto it = index.constFind(key); it != index.constEnd()) return *it;
    if (header.contains(u'(') || header.contains(u'[')) {
        if (auto it = index.constFind(headerKey(withoutBrackets(header))); it != index.constEnd()) return *it;
    }
    return std::nullopt;
}

int HeaderMap::indexOf(MemberColumn c) const
{
    for (size_t i = 0; i < columnOf.size(); ++i)
        if (columnOf[i] == c) return int(i);
    return -1;
}

std::vector<int> HeaderMap::unknownColumns() const
{
    std::vector<int> out;
    for (size_t i = 0; i < columnOf.size(); ++i)
        if (!columnOf[i] && i < size_t(headers.size()) && !headers[qsizetype(i)].isEmpty())
            out.push_back(int(i));
    return out;
}

namespace {

struct RowMatch {
    std::vector<std::optional<MemberColumn>> columns;
    QStringList texts;
    int mapped = 0;
    bool hasName = false;
};

RowMatch matchRow(const RowSource& source)
{
    RowMatch m;
    const int n = source.cellCount();
    m.columns.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        const QStringView text = source.cell(i);
        m.texts << text.toString();
        if (text.isEmpty()) continue;
        m.columns[size_t(i)] = matchHeader(text);
        if (m.columns[size_t(i)]) {
            ++m.mapped;
            m.hasName = m.hasName || *m.columns[size_t(i)] == MemberColumn::FullName;
        }
    }
    return m;
}

// "1 2 3 4 ..." or "(1) (2) (3)" or "A B C" under a header: the columns' numbers in official forms.
bool isColumnNumberRow(const RowSource& source)
{
    int numbers = 0;
    for (int i = 0; i < source.cellCount(); ++i) {
        QStringView t = source.cell(i);
        if (t.isEmpty()) continue;
        if (t.startsWith(u'(') && t.endsWith(u')')) t = t.mid(1, t.size() - 2);
        bool digits = !t.isEmpty() && t.size() <= 3;
        for (QChar c : t) digits = digits && c.isDigit();
        const bool letter = t.size() == 1 && t[0].isUpper() && t[0].unicode() < 128;
        if (!digits && !letter) return false;
        ++numbers;
    }
    return numbers >= 3;
}

}  // namespace

std::optional<HeaderMap> findMemberHeader(RowSource& source, int maxRowsToScan)
{
    struct DataModeOnExit {
        RowSource& s;
        ~DataModeOnExit() { s.setHeaderMode(false); }
    } dataMode{source};
    source.setHeaderMode(true);
    for (int scanned = 0; scanned < maxRowsToScan && source.next(); ++scanned) {
        RowMatch top = matchRow(source);
        if (top.mapped < 2 || !top.hasName) continue;

        HeaderMap map;
        map.headerRow = source.rowNumber();
        map.columnOf = std::move(top.columns);
        map.headers = top.texts;

        // The row below: a second header row, the columns' numbers, or the first member.
        if (source.next()) {
            const RowMatch sub = matchRow(source);
            const int nameColumn = map.indexOf(MemberColumn::FullName);
            const QStringView nameCell = source.cell(nameColumn);
            bool subHeader = false;
            if (nameCell.isEmpty() || nameCell == map.headers.value(nameColumn) || sub.columns[size_t(nameColumn)]) {
                for (size_t i = 0; i < sub.columns.size(); ++i)
                    subHeader = subHeader || (sub.columns[i] && sub.texts[qsizetype(i)] != map.headers.value(qsizetype(i)));
            }
            if (subHeader) {
                const HeaderMap top = map;
                map.headerRow = source.rowNumber();
                if (map.columnOf.size() < sub.columns.size()) map.columnOf.resize(sub.columns.size());
                while (map.headers.size() < sub.texts.size()) map.headers << QString();
                for (size_t i = 0; i < sub.columns.size(); ++i) {
                    const QString& text = sub.texts[qsizetype(i)];
                    if (sub.columns[i] || (map.headers[qsizetype(i)].isEmpty() && !text.isEmpty())) {
                        map.columnOf[i] = sub.columns[i];
                        map.headers[qsizetype(i)] = text;
                    } else if (map.columnOf[i] && !text.isEmpty() && text != map.headers[qsizetype(i)]) {
                        // A group header above a part that names no column: the part is what the
                        // column holds.
                        map.columnOf[i].reset();
                        map.headers[qsizetype(i)] = map.headers[qsizetype(i)] + QStringLiteral(" / ") + text;
                    }
                }
                if (!map.has(MemberColumn::FullName)) {
                    // The row below would take the name column away: it is not a header but the first
                    // row of data (found by fuzzing: a member list must keep its name column).
                    map = top;
                    map.dataRowPending = !isColumnNumberRow(source);
                } else {
                    map.dataRowPending = source.next() && !isColumnNumberRow(source);
                }
            } else {
                map.dataRowPending = !isColumnNumberRow(source);
            }
        }
        const int n = int(map.columnOf.size());
        // A merged header gives its text to every column it spans: the first keeps the field, the others
        // are columns of their own that name none (reported below, not imported).
        for (int i = n - 1; i > 0; --i)
            if (map.columnOf[size_t(i)] && map.columnOf[size_t(i)] == map.columnOf[size_t(i) - 1]
                && map.headers[i] == map.headers[i - 1])
                map.columnOf[size_t(i)].reset();

        // Two columns feeding one field would make every row ambiguous: refuse the file, naming both.
        QStringList clashes;
        std::array<int, kMemberColumnCount> first;
        first.fill(-1);
        for (int i = 0; i < n; ++i) {
            const auto& c = map.columnOf[size_t(i)];
            if (!c || isIgnoredColumn(*c)) continue;
            int& seen = first[size_t(*c)];
            if (seen < 0) {
                seen = i;
                continue;
            }
            clashes << tr("\"%1\" (column %2) and \"%3\" (column %4) both give %5")
                           .arg(map.headers[seen])
                           .arg(seen + 1)
                           .arg(map.headers[i])
                           .arg(i + 1)
                           .arg(columnHeader(*c));
        }
        if (!clashes.isEmpty())
            throw Error(Error::Kind::Input, tr("%1, row %2: %3. Delete or rename one of each pair.")
                                                .arg(source.sourceName())
                                                .arg(map.headerRow)
                                                .arg(clashes.join(QStringLiteral("; "))));

        for (int i : map.unknownColumns()) {
            InputProblem p;
            p.severity = InputProblem::Severity::Warning;
            p.file = source.sourceName();
            p.row = map.headerRow;
            p.column = map.headers[i];
            p.reason = tr("this column is not a column of the member list; it is not imported.");
            map.warnings.push_back(std::move(p));
        }
        return map;
    }
    return std::nullopt;
}

bool nextDataRow(RowSource& source, HeaderMap& map)
{
    if (map.dataRowPending) {
        map.dataRowPending = false;
        return true;
    }
    return source.next();
}

bool isBlankOrSubtotal(const RowSource& source, const HeaderMap& map)
{
    const int stt = map.indexOf(MemberColumn::Stt);
    int first = -1;
    bool beyondStt = false;
    for (int i = 0; i < source.cellCount(); ++i) {
        if (source.cell(i).isEmpty()) continue;
        if (first < 0) first = i;
        if (i != stt) {
            beyondStt = true;
            break;
        }
    }
    if (!beyondStt) return true;

    // With tone marks: unmarked "tong" is also "Tống", a common surname.
    const QString head =
        source.cell(first).left(16).toString().normalized(QString::NormalizationForm_C).toLower();
    if (startsWithWord(head, u"tổng") || startsWithWord(head, u"cộng") || startsWithWord(head, u"total"))
        return true;
    const QString key = headerKey(head);
    return startsWithWord(key, u"tong cong") || startsWithWord(key, u"tong so");
}

}  // namespace hv
