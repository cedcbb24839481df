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

std::optional<HeaderMap> findMemberHeader(RowSource& source, int maxRowsToScan)
{
    for (int scanned = 0; scanned < maxRowsToScan && source.next(); ++scanned) {
        const int n = source.cellCount();
        std::vector<std::optional<MemberColumn>> columns(static_cast<size_t>(n));
        int mapped = 0;
        bool hasName = false;
        for (int i = 0; i < n; ++i) {
            const QStringView text = source.cell(i);
            if (text.isEmpty()) continue;
            columns[size_t(i)] = matchHeader(text);
            if (columns[size_t(i)]) {
                ++mapped;
                hasName = hasName || *columns[size_t(i)] == MemberColumn::FullName;
            }
        }
        if (mapped < 2 || !hasName) continue;

        HeaderMap map;
        map.headerRow = source.rowNumber();
        map.columnOf = std::move(columns);
        for (int i = 0; i < n; ++i) map.headers << source.cell(i).toString();

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
