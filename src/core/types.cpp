#include "core/types.h"

#include "core/vietnamese.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::types", s); }

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<const char*, E>, N>& table, QStringView text)
{
    const QString f = vn::fold(text);
    for (const auto& [word, value] : table)
        if (f == QLatin1String(word))
            return value;
    return std::nullopt;
}

}  // namespace

QString toCode(UnitLevel l)
{
    switch (l) {
    case UnitLevel::Central: return QStringLiteral("central");
    case UnitLevel::Province: return QStringLiteral("province");
    case UnitLevel::District: return QStringLiteral("district");
    case UnitLevel::Commune: return QStringLiteral("commune");
    case UnitLevel::Chapter: return QStringLiteral("chapter");
    case UnitLevel::Group: return QStringLiteral("group");
    }
    return {};
}

std::optional<UnitLevel> unitLevelFromText(QStringView text)
{
    static const std::array<std::pair<const char*, UnitLevel>, 24> table{{
        {"central", UnitLevel::Central}, {"trung uong", UnitLevel::Central},
        {"province", UnitLevel::Province}, {"tinh", UnitLevel::Province},
        {"thanh pho trung uong", UnitLevel::Province}, {"1", UnitLevel::Province},
        {"district", UnitLevel::District}, {"huyen", UnitLevel::District},
        {"quan", UnitLevel::District}, {"thi xa", UnitLevel::District},
        {"thanh pho", UnitLevel::District}, {"2", UnitLevel::District},
        {"commune", UnitLevel::Commune}, {"xa", UnitLevel::Commune},
        {"phuong", UnitLevel::Commune}, {"thi tran", UnitLevel::Commune},
        {"co so", UnitLevel::Commune}, {"3", UnitLevel::Commune},
        {"chapter", UnitLevel::Chapter}, {"chi hoi", UnitLevel::Chapter},
        {"group", UnitLevel::Group}, {"to", UnitLevel::Group},
        {"to phu nu", UnitLevel::Group}, {"to hoi", UnitLevel::Group},
    }};
    return lookup(table, text);
}

QString displayName(UnitLevel l)
{
    switch (l) {
    case UnitLevel::Central: return tr("Central");
    case UnitLevel::Province: return tr("Province");
    case UnitLevel::District: return tr("District");
    case UnitLevel::Commune: return tr("Commune");
    case UnitLevel::Chapter: return tr("Chapter");
    case UnitLevel::Group: return tr("Group");
    }
    return {};
}

QString toCode(MemberType t) { return t == MemberType::Ordinary ? QStringLiteral("ordinary") : QStringLiteral("honorary"); }

std::optional<MemberType> memberTypeFromText(QStringView text)
{
    static const std::array<std::pair<const char*, MemberType>, 6> table{{
        {"ordinary", MemberType::Ordinary}, {"chinh thuc", MemberType::Ordinary},
        {"hoi vien chinh thuc", MemberType::Ordinary}, {"honorary", MemberType::Honorary},
        {"danh du", MemberType::Honorary}, {"hoi vien danh du", MemberType::Honorary},
    }};
    return lookup(table, text);
}

QString displayName(MemberType t) { return t == MemberType::Ordinary ? tr("Ordinary") : tr("Honorary"); }

QString toCode(EventKind k)
{
    switch (k) {
    case EventKind::Admitted: return QStringLiteral("admitted");
    case EventKind::TransferredIn: return QStringLiteral("transferred_in");
    case EventKind::Moved: return QStringLiteral("moved");
    case EventKind::TransferredOut: return QStringLiteral("transferred_out");
    case EventKind::Withdrew: return QStringLiteral("withdrew");
    case EventKind::Removed: return QStringLiteral("removed");
    case EventKind::Died: return QStringLiteral("died");
    case EventKind::Restored: return QStringLiteral("restored");
    }
    return {};
}

std::optional<EventKind> eventKindFromCode(QStringView text)
{
    static const std::array<std::pair<const char*, EventKind>, 16> table{{
        {"admitted", EventKind::Admitted}, {"ket nap", EventKind::Admitted},
        {"transferred_in", EventKind::TransferredIn}, {"chuyen den", EventKind::TransferredIn},
        {"moved", EventKind::Moved}, {"chuyen chi hoi", EventKind::Moved},
        {"transferred_out", EventKind::TransferredOut}, {"chuyen di", EventKind::TransferredOut},
        {"withdrew", EventKind::Withdrew}, {"xin ra", EventKind::Withdrew},
        {"removed", EventKind::Removed}, {"dua ra khoi danh sach", EventKind::Removed},
        {"died", EventKind::Died}, {"tu tran", EventKind::Died},
        {"restored", EventKind::Restored}, {"khoi phuc", EventKind::Restored},
    }};
    return lookup(table, text);
}

QString displayName(EventKind k)
{
    switch (k) {
    case EventKind::Admitted: return tr("Admitted");
    case EventKind::TransferredIn: return tr("Transferred in");
    case EventKind::Moved: return tr("Moved to another chapter");
    case EventKind::TransferredOut: return tr("Transferred out");
    case EventKind::Withdrew: return tr("Withdrew");
    case EventKind::Removed: return tr("Removed from the list");
    case EventKind::Died: return tr("Died");
    case EventKind::Restored: return tr("Restored");
    }
    return {};
}

QString toCode(Status s)
{
    switch (s) {
    case Status::Active: return QStringLiteral("active");
    case Status::TransferredOut: return QStringLiteral("transferred_out");
    case Status::Withdrew: return QStringLiteral("withdrew");
    case Status::Removed: return QStringLiteral("removed");
    case Status::Died: return QStringLiteral("died");
    }
    return {};
}

std::optional<Status> statusFromText(QStringView text)
{
    static const std::array<std::pair<const char*, Status>, 18> table{{
        {"active", Status::Active}, {"dang sinh hoat", Status::Active}, {"sinh hoat", Status::Active},
        {"transferred_out", Status::TransferredOut}, {"chuyen di", Status::TransferredOut},
        {"chuyen sinh hoat", Status::TransferredOut},
        {"withdrew", Status::Withdrew}, {"xin ra", Status::Withdrew},
        {"xin ra khoi hoi", Status::Withdrew},
        {"removed", Status::Removed}, {"dua ra khoi danh sach", Status::Removed},
        {"dua ra", Status::Removed}, {"xoa ten", Status::Removed},
        {"died", Status::Died}, {"tu tran", Status::Died}, {"da mat", Status::Died},
        {"chet", Status::Died}, {"qua doi", Status::Died},
    }};
    return lookup(table, text);
}

QString displayName(Status s)
{
    switch (s) {
    case Status::Active: return tr("Active");
    case Status::TransferredOut: return tr("Transferred out");
    case Status::Withdrew: return tr("Withdrew");
    case Status::Removed: return tr("Removed from the list");
    case Status::Died: return tr("Died");
    }
    return {};
}

QString toCode(Sex s) { return s == Sex::Female ? QStringLiteral("F") : QStringLiteral("M"); }

std::optional<Sex> sexFromText(QStringView text)
{
    static const std::array<std::pair<const char*, Sex>, 8> table{{
        {"f", Sex::Female}, {"nu", Sex::Female}, {"female", Sex::Female}, {"0", Sex::Female},
        {"m", Sex::Male}, {"nam", Sex::Male}, {"male", Sex::Male}, {"1", Sex::Male},
    }};
    return lookup(table, text);
}

Status statusAfter(EventKind k)
{
    switch (k) {
    case EventKind::TransferredOut: return Status::TransferredOut;
    case EventKind::Withdrew: return Status::Withdrew;
    case EventKind::Removed: return Status::Removed;
    case EventKind::Died: return Status::Died;
    default: return Status::Active;
    }
}

bool endsMembership(EventKind k) { return statusAfter(k) != Status::Active; }

bool startsMembership(EventKind k)
{
    return k == EventKind::Admitted || k == EventKind::TransferredIn || k == EventKind::Restored;
}

QString toCode(Position p)
{
    switch (p) {
    case Position::None: return {};
    case Position::Chair: return QStringLiteral("chair");
    case Position::ViceChair: return QStringLiteral("vice_chair");
    case Position::ChapterHead: return QStringLiteral("chapter_head");
    case Position::ChapterDeputy: return QStringLiteral("chapter_deputy");
    case Position::GroupHead: return QStringLiteral("group_head");
    case Position::GroupDeputy: return QStringLiteral("group_deputy");
    case Position::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<Position> positionFromText(QStringView text)
{
    static const std::array<std::pair<const char*, Position>, 22> table{{
        {"", Position::None}, {"hoi vien", Position::None}, {"khong", Position::None},
        {"chair", Position::Chair}, {"chu tich", Position::Chair}, {"ct", Position::Chair},
        {"vice_chair", Position::ViceChair}, {"pho chu tich", Position::ViceChair}, {"pct", Position::ViceChair},
        {"chapter_head", Position::ChapterHead}, {"chi hoi truong", Position::ChapterHead}, {"cht", Position::ChapterHead},
        {"chapter_deputy", Position::ChapterDeputy}, {"chi hoi pho", Position::ChapterDeputy},
        {"chi hoi truong pho", Position::ChapterDeputy}, {"chp", Position::ChapterDeputy},
        {"group_head", Position::GroupHead}, {"to truong", Position::GroupHead},
        {"group_deputy", Position::GroupDeputy}, {"to pho", Position::GroupDeputy},
        {"other", Position::Other}, {"khac", Position::Other},
    }};
    return lookup(table, text);
}

QString displayName(Position p)
{
    switch (p) {
    case Position::None: return {};
    case Position::Chair: return tr("Chair");
    case Position::ViceChair: return tr("Vice chair");
    case Position::ChapterHead: return tr("Chapter head");
    case Position::ChapterDeputy: return tr("Chapter deputy");
    case Position::GroupHead: return tr("Group head");
    case Position::GroupDeputy: return tr("Group deputy");
    case Position::Other: return tr("Other");
    }
    return {};
}

}  // namespace hv
