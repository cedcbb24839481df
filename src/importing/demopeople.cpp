#include "importing/demopeople.h"

#include "core/membervalidation.h"
#include "core/referencedata.h"

#include <algorithm>
#include <iterator>

namespace hv::demo {
namespace {

QString occupationText(Occupation o)
{
    switch (o) {
    case Occupation::Farmer: return QStringLiteral("Nông dân");
    case Occupation::Worker: return QStringLiteral("Công nhân");
    case Occupation::Trader: return QStringLiteral("Buôn bán");
    case Occupation::Business: return QStringLiteral("Kinh doanh");
    case Occupation::Freelance: return QStringLiteral("Lao động tự do");
    case Occupation::Housewife: return QStringLiteral("Nội trợ");
    case Occupation::Teacher: return QStringLiteral("Giáo viên");
    case Occupation::Official: return QStringLiteral("Cán bộ");
    case Occupation::Health: return QStringLiteral("Nhân viên y tế");
    case Occupation::Retired: return QStringLiteral("Hưu trí");
    case Occupation::Student: return QStringLiteral("Sinh viên");
    }
    return {};
}

// Ethnic minorities by province (GSO province code), with their relative weights.
std::vector<std::pair<double, const char16_t*>> minoritiesOf(int province)
{
    switch (province) {
    case 38: case 40:  // Thanh Hóa, Nghệ An
        return {{60, u"Mường"}, {33, u"Thái"}, {4, u"Dao"}, {3, u"Mông"}};
    case 17: case 25: case 37:  // Hòa Bình, Phú Thọ, Ninh Bình
        return {{85, u"Mường"}, {10, u"Dao"}, {5, u"Tày"}};
    case 2: case 4: case 6: case 8: case 10: case 11: case 12: case 14: case 15: case 19: case 20: case 22: case 24:
        return {{35, u"Tày"}, {20, u"Nùng"}, {15, u"Thái"}, {15, u"Mông"}, {15, u"Dao"}};
    case 62: case 64: case 66: case 67: case 68:
        return {{30, u"Ê-đê"}, {30, u"Gia-rai"}, {20, u"Ba-na"}, {10, u"Mnông"}, {10, u"Cơ-ho"}};
    default:
        if (province >= 70)
            return {{60, u"Khơ-me"}, {30, u"Hoa"}, {10, u"Chăm"}};
        return {{40, u"Hoa"}, {30, u"Mường"}, {30, u"Tày"}};
    }
}

const char* const kPhonePrefixes[] = {"096", "097", "098", "096", "097", "098", "032", "033", "034", "035", "036",
                                      "037", "038", "039", "091", "094", "090", "093"};

}  // namespace

QDate eighteenth(const QDate& birth)
{
    QDate d = birth.addYears(18);
    while (ageOn(FlexDate{birth, birth.year()}, d) < 18)
        d = d.addDays(1);
    return d;
}

Person newPerson(Rng& rng, const World& w, int commune, int ageAtJoin, Day joinDay, bool honorary, bool male,
                 bool bornElsewhere)
{
    Person p;
    const QDate join = dateOf(joinDay);
    const QDate birth = join.addYears(-ageAtJoin).addDays(-rng.range(1, 364));
    p.birth = dayOf(birth);
    p.birthYear = qint16(birth.year());
    p.yearOnly = rng.chance(birth.year() < 1960 ? 0.30 : birth.year() < 1975 ? 0.12 : 0.05);
    p.male = male;
    p.honorary = honorary;
    p.bornElsewhere = bornElsewhere;
    p.commune = commune;

    const int ageAtEnd = ageOn(FlexDate{birth, birth.year()}, dateOf(w.end));
    const bool urban = w.communes[commune].urban;
    static const Table<Occupation> old{{22, Occupation::Retired}, {58, Occupation::Farmer}, {15, Occupation::Housewife},
                                       {5, Occupation::Trader}};
    static const Table<Occupation> oldUrban{{45, Occupation::Retired}, {20, Occupation::Farmer}, {15, Occupation::Housewife},
                                            {20, Occupation::Trader}};
    static const Table<Occupation> young{{30, Occupation::Student}, {35, Occupation::Worker}, {15, Occupation::Freelance},
                                         {10, Occupation::Farmer}, {10, Occupation::Trader}};
    static const Table<Occupation> youngUrban{{30, Occupation::Student}, {35, Occupation::Worker}, {15, Occupation::Freelance},
                                              {2, Occupation::Farmer}, {10, Occupation::Trader}};
    static const Table<Occupation> rural{{42, Occupation::Farmer}, {20, Occupation::Worker}, {9, Occupation::Trader},
                                         {3, Occupation::Business}, {9, Occupation::Freelance}, {5, Occupation::Housewife},
                                         {5, Occupation::Teacher}, {4, Occupation::Official}, {2, Occupation::Health}};
    static const Table<Occupation> town{{10, Occupation::Farmer}, {18, Occupation::Worker}, {20, Occupation::Trader},
                                        {10, Occupation::Business}, {12, Occupation::Freelance}, {6, Occupation::Housewife},
                                        {9, Occupation::Teacher}, {9, Occupation::Official}, {4, Occupation::Health}};
    const Table<Occupation>& table = ageAtEnd >= 60 ? (urban ? oldUrban : old)
                                     : ageAtEnd <= 22 ? (urban ? youngUrban : young)
                                                      : (urban ? town : rural);
    p.occupation = table.pick(rng);

    // Party members (đảng viên): about 8 % of members, most among officials and teachers.
    double party = ageAtEnd >= 30 ? 0.066 : 0.03;
    if (p.occupation == Occupation::Official)
        party = 0.55;
    else if (p.occupation == Occupation::Teacher)
        party = 0.4;
    else if (p.occupation == Occupation::Health || p.occupation == Occupation::Retired)
        party = 0.15;
    party *= w.communes[commune].partyScale;
    if (!honorary && rng.chance(party)) {
        const Day lo = dayOf(eighteenth(birth).addYears(4));
        const Day hi = std::min(dayOf(birth.addYears(45)), w.end - 30);
        if (lo <= hi) {
            p.party = true;
            p.partyDay = lo + rng.below(hi - lo + 1);
        }
    }
    return p;
}

void makePartyMember(Rng& rng, Person& p, Day before)
{
    const QDate birth = dateOf(p.birth);
    Day lo = std::max(dayOf(eighteenth(birth).addYears(2)), before - 15 * 365);
    const Day hi = before - 60;
    if (lo > hi)
        lo = std::max(dayOf(eighteenth(birth)), hi);
    p.party = true;
    p.partyDay = std::min(before - 1, lo + rng.below(std::max(1, hi - lo + 1)));
}

MemberMaker::MemberMaker(const ReferenceData& ref, int province, quint32 seed, std::size_t members)
    : mRng(seed), mNames(province <= 38)
{
    mCccdProvince = QStringLiteral("0%1").arg(province, 2, 10, QLatin1Char('0'));
    if (ref.cccdProvince(mCccdProvince).isEmpty())
        mCccdProvince = QStringLiteral("001");
    for (int n = 1; n <= 96; ++n) {
        const QString code = QStringLiteral("0%1").arg(n, 2, 10, QLatin1Char('0'));
        if (code != mCccdProvince && !ref.cccdProvince(code).isEmpty())
            mOtherCccdProvinces.push_back(code);
    }
    mUsedIds.reserve(members * 2);
    for (const auto& [w, name] : minoritiesOf(province))
        if (const auto code = ref.ethnicityCode(QStringView(name)))
            mMinorities.add(w, *code);
    mKinh = QString::fromLatin1(ReferenceData::kKinh);
    mNoReligion = QString::fromLatin1(ReferenceData::kNoReligion);
    mCatholic = ref.religionCode(u"Công giáo").value_or(QString());
    mBuddhist = ref.religionCode(u"Phật giáo").value_or(QString());
}

Member MemberMaker::make(const World& w, int person)
{
    Rng& r = mRng;
    const Person& p = w.persons[person];
    const Ev& first = p.events.front();
    const Ev& last = p.events.back();
    const bool active = last.group >= 0;
    const QDate birth = dateOf(p.birth);
    const QDate end = dateOf(w.end);
    const int ageAtEnd = ageOn(FlexDate{birth, birth.year()}, end);
    int lastGroup = first.group;
    for (const Ev& e : p.events)
        if (e.group >= 0)
            lastGroup = e.group;
    const Chapter& home = w.chapters[w.groups[lastGroup].chapter];
    const Commune& commune = w.communes[home.commune];

    Member m;
    m.fullName = mNames.make(r, p.birthYear, p.male);
    m.birth = p.yearOnly ? FlexDate{QDate(), p.birthYear} : FlexDate{birth, p.birthYear};
    m.sex = p.male ? Sex::Male : Sex::Female;

    // CCCD: most have one (the chip cards of 2021-2024); those who left before then often not.
    double none = 0.075;
    if (!active && last.day < dayOf(QDate(2021, 1, 1)))
        none += 0.3;
    if (ageAtEnd > 75)
        none += 0.1;
    if (!r.chance(none)) {
        const QString province = p.bornElsewhere ? mOtherCccdProvinces[r.below(int(mOtherCccdProvinces.size()))] : mCccdProvince;
        const int century = (p.birthYear >= 2000 ? 2 : 0) + (p.male ? 0 : 1);
        for (;;) {
            const quint64 serial = quint64(r.below(1000000));
            const quint64 number = (quint64(province.toInt()) * 10 + quint64(century)) * 100000000ull +
                                   quint64(p.birthYear % 100) * 1000000ull + serial;
            if (mUsedIds.insert(number).second) {
                m.citizenId = QStringLiteral("%1").arg(number, 12, 10, QLatin1Char('0'));
                break;
            }
        }
    }

    const Chapter& origin = w.chapters[w.groups[first.group].chapter];
    if (r.chance(w.communes[origin.commune].minority) && !mMinorities.empty())
        m.ethnicityCode = mMinorities.pick(r);
    else
        m.ethnicityCode = mKinh;
    const double rel = r.real();
    if (rel < origin.catholic && !mCatholic.isEmpty())
        m.religionCode = mCatholic;
    else if (rel < origin.catholic + 0.025 && !mBuddhist.isEmpty())
        m.religionCode = mBuddhist;
    else
        m.religionCode = mNoReligion;

    m.education = education(p);
    m.professional = professional(p);
    m.occupation = occupationText(p.occupation);
    m.partyMember = p.party;
    if (p.party) {
        m.partyJoinedOn = dateOf(p.partyDay);
        const QDate official = m.partyJoinedOn.addYears(1).addDays(r.below(60));
        if (official <= end)
            m.partyOfficialOn = official;
    }
    m.politicalTheory = politicalTheory(p);
    m.address = home.village + QStringLiteral(", ") + commune.name;
    if (r.chance(ageAtEnd > 75 ? 0.5 : 0.9)) {
        QString phone = QString::fromLatin1(kPhonePrefixes[r.below(int(std::size(kPhonePrefixes)))]);
        phone += QStringLiteral("%1").arg(r.below(10000000), 7, 10, QLatin1Char('0'));
        m.phone = phone;
    }
    m.type = p.honorary ? MemberType::Honorary : MemberType::Ordinary;
    m.joinedOn = dateOf(first.day);
    m.joinKind = first.kind == EventKind::TransferredIn ? JoinKind::TransferredIn : JoinKind::Admitted;
    if (first.decision >= 0)
        m.admissionDecision = w.decisions[first.decision];
    if (r.chance(active ? 0.9 : 0.6)) {
        // Cards were issued in a campaign from 2005 to old members, otherwise some months after joining.
        Day issued;
        if (first.day < dayOf(QDate(2005, 1, 1)))
            issued = dayOf(QDate(2005, 1, 1)) + r.below(10 * 365);
        else
            issued = first.day + r.range(20, 400);
        if (issued <= w.end) {
            m.cardNo = QStringLiteral("%1-%2").arg(commune.code).arg(++mCardSerial[home.commune], 5, 10, QLatin1Char('0'));
            m.cardIssuedOn = dateOf(issued);
        }
    }
    m.coreMember = !p.holdings.empty() || r.chance(0.05);
    const double poor = r.real();
    if (poor < 0.025)
        m.household = QStringLiteral("Hộ nghèo");
    else if (poor < 0.065)
        m.household = QStringLiteral("Hộ cận nghèo");
    return m;
}

QString MemberMaker::education(const Person& p)
{
    Rng& r = mRng;
    if (p.occupation == Occupation::Teacher || p.occupation == Occupation::Official || p.occupation == Occupation::Health ||
        p.occupation == Occupation::Student)
        return QStringLiteral("12/12");
    if (p.birthYear < 1965) {  // the ten-year school system of the North
        static const Table<QString> t{{15, QStringLiteral("4/10")}, {35, QStringLiteral("7/10")},
                                      {30, QStringLiteral("10/10")}, {12, QStringLiteral("9/12")},
                                      {8, QStringLiteral("12/12")}};
        return t.pick(r);
    }
    if (p.birthYear < 1985) {
        static const Table<QString> t{{5, QStringLiteral("7/10")}, {8, QStringLiteral("5/12")},
                                      {45, QStringLiteral("9/12")}, {42, QStringLiteral("12/12")}};
        return t.pick(r);
    }
    static const Table<QString> t{{25, QStringLiteral("9/12")}, {75, QStringLiteral("12/12")}};
    return t.pick(r);
}

QString MemberMaker::professional(const Person& p)
{
    Rng& r = mRng;
    switch (p.occupation) {
    case Occupation::Teacher: {
        static const Table<QString> t{{40, QStringLiteral("Cao đẳng")}, {55, QStringLiteral("Đại học")}, {5, QStringLiteral("Sau đại học")}};
        return t.pick(r);
    }
    case Occupation::Official: {
        static const Table<QString> t{{30, QStringLiteral("Trung cấp")}, {5, QStringLiteral("Cao đẳng")},
                                      {60, QStringLiteral("Đại học")}, {5, QStringLiteral("Sau đại học")}};
        return t.pick(r);
    }
    case Occupation::Health: {
        static const Table<QString> t{{50, QStringLiteral("Trung cấp")}, {25, QStringLiteral("Cao đẳng")}, {25, QStringLiteral("Đại học")}};
        return t.pick(r);
    }
    case Occupation::Worker:
        if (r.chance(0.35))
            return r.chance(0.75) ? QStringLiteral("Sơ cấp") : QStringLiteral("Trung cấp");
        return {};
    default:
        if (p.birthYear >= 1985 && r.chance(0.15)) {
            static const Table<QString> t{{35, QStringLiteral("Sơ cấp")}, {30, QStringLiteral("Trung cấp")},
                                          {15, QStringLiteral("Cao đẳng")}, {20, QStringLiteral("Đại học")}};
            return t.pick(r);
        }
        return {};
    }
}

QString MemberMaker::politicalTheory(const Person& p)
{
    Rng& r = mRng;
    bool officer = false;
    for (const Holding& h : p.holdings)
        officer = officer || h.position == Position::Chair || h.position == Position::ViceChair;
    if (officer)
        return r.chance(0.8) ? QStringLiteral("Trung cấp") : QStringLiteral("Sơ cấp");
    if (p.party) {
        if (p.occupation == Occupation::Official)
            return r.chance(0.55) ? QStringLiteral("Trung cấp") : r.chance(0.1) ? QStringLiteral("Cao cấp") : QStringLiteral("Sơ cấp");
        return r.chance(0.75) ? QStringLiteral("Sơ cấp") : QString();
    }
    if (p.occupation == Occupation::Official && r.chance(0.4))
        return QStringLiteral("Sơ cấp");
    return {};
}

}  // namespace hv::demo
