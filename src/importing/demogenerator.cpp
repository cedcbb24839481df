#include "importing/demogenerator.h"

#include "core/citizenid.h"
#include "core/csvline.h"
#include "core/membership.h"
#include "core/membervalidation.h"
#include "core/referencedata.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/memberbulkloader.h"
#include "storage/unitrepository.h"
#include "storage/unityearrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <unordered_set>
#include <vector>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::DemoGenerator", s); }

// ---------------------------------------------------------------------------------------------------
// Random numbers. std::mt19937 is specified bit for bit; the std distributions are not (libstdc++,
// libc++ and MSVC draw differently), so the draws are made here and the same seed gives the same
// database everywhere.

class Rng {
public:
    explicit Rng(quint32 seed) : mGen(seed) {}
    double real() { return double(mGen()) * (1.0 / 4294967296.0); }  // [0, 1)
    int below(int n)  // [0, n), unbiased (Lemire)
    {
        if (n <= 1)
            return 0;
        quint64 m = quint64(mGen()) * quint64(n);
        quint32 low = quint32(m);
        if (low < quint32(n)) {
            const quint32 threshold = quint32(0u - quint32(n)) % quint32(n);
            while (low < threshold) {
                m = quint64(mGen()) * quint64(n);
                low = quint32(m);
            }
        }
        return int(m >> 32);
    }
    int range(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }  // [lo, hi]
    bool chance(double p) { return real() < p; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * real(); }

private:
    std::mt19937 mGen;
};

// Picks an index with probability proportional to its weight.
class Weighted {
public:
    void add(double w)
    {
        mTotal += std::max(0.0, w);
        mCum.push_back(mTotal);
    }
    int size() const { return int(mCum.size()); }
    int pick(Rng& rng) const
    {
        const double x = rng.real() * mTotal;
        const auto i = int(std::upper_bound(mCum.begin(), mCum.end(), x) - mCum.begin());
        return std::min(i, int(mCum.size()) - 1);
    }

private:
    std::vector<double> mCum;
    double mTotal = 0;
};

// Fixed weight tables: (weight, value).
template <typename T>
struct Table {
    std::vector<T> values;
    Weighted weights;
    Table() = default;
    Table(std::initializer_list<std::pair<double, T>> items)
    {
        for (const auto& [w, v] : items) {
            values.push_back(v);
            weights.add(w);
        }
    }
    void add(double w, const T& v)
    {
        values.push_back(v);
        weights.add(w);
    }
    bool empty() const { return values.empty(); }
    const T& pick(Rng& rng) const { return values[weights.pick(rng)]; }
};

// ---------------------------------------------------------------------------------------------------
// Dates as Julian day numbers: cheap to compare, add and store.

using Day = qint32;
constexpr Day kNever = std::numeric_limits<Day>::max();
Day dayOf(const QDate& d) { return Day(d.toJulianDay()); }
QDate dateOf(Day d) { return QDate::fromJulianDay(d); }

// The first day on which somebody born on birth is 18 by ageOn's rule (29 February included).
QDate eighteenth(const QDate& birth)
{
    QDate d = birth.addYears(18);
    while (ageOn(FlexDate{birth, birth.year()}, d) < 18)
        d = d.addDays(1);
    return d;
}

// ---------------------------------------------------------------------------------------------------
// Names from the statistics in resources/data (SOURCE.md).

std::vector<QStringList> readResourceCsv(const QString& name)
{
    QFile f(QStringLiteral(":/data/") + name);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("missing resource :/data/" + name.toStdString());
    std::vector<QStringList> rows;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (header) {
            header = false;
            continue;
        }
        if (!line.isEmpty())
            rows.push_back(splitCsvLine(line));
    }
    return rows;
}

// A few names of the lists are written with Ð (U+00D0, Icelandic eth) instead of Đ, and three
// surnames are VNI-encoded text read as Unicode; both are repaired here.
QString cleanName(QString s)
{
    s.replace(QChar(0x00D0), QChar(0x0110));
    s.replace(QChar(0x00F0), QChar(0x0111));
    s = s.normalized(QString::NormalizationForm_C).simplified();
    static const QHash<QString, QString> vni{{QStringLiteral("Laâm"), QStringLiteral("Lâm")},
                                             {QStringLiteral("Vuõ"), QStringLiteral("Vũ")},
                                             {QStringLiteral("Ngoâ"), QStringLiteral("Ngô")}};
    return vni.value(s, s);
}

class NameMaker {
public:
    // northern: the office is north of Nghệ An, where Huỳnh is written Hoàng and Võ mostly Vũ, and
    // the southern habit of a surname as middle name is rare.
    explicit NameMaker(bool northern)
    {
        QHash<QString, double> surnameShare;
        QStringList surnameOrder;
        for (const QStringList& r : readResourceCsv(QStringLiteral("surnames.csv"))) {
            if (r.size() < 2)
                continue;
            QString s = cleanName(r[0]);
            if (s == QStringView(u"Ánh"))  // a given name, not a surname
                continue;
            if (northern && s == QStringView(u"Huỳnh"))
                s = QStringLiteral("Hoàng");
            if (northern && s == QStringView(u"Võ"))
                s = QStringLiteral("Vũ");
            if (!surnameShare.contains(s))
                surnameOrder << s;
            surnameShare[s] += r[1].toDouble();
        }
        for (const QString& s : std::as_const(surnameOrder))
            mSurnames.add(surnameShare.value(s), s);

        for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_names.csv"))) {
            if (r.size() < 2)
                continue;
            const QString m = cleanName(r[0]);
            const double share = r[1].toDouble();
            if (m == QStringView(u"Thị"))
                continue;  // "Thị" alone is drawn by age below
            if (m.startsWith(QStringView(u"Thị ")))
                mThiMiddles.add(share, m);
            else if (!m.contains(QStringView(u"Thị")) && !(northern && surnameShare.value(m.section(u' ', 0, 0)) > 0.005))
                mOtherMiddles.add(share, m);
        }
        for (const QStringList& r : readResourceCsv(QStringLiteral("female_given_names.csv"))) {
            if (r.size() >= 2 && r[1].toDouble() > 0)
                mGivens.add(r[1].toDouble(), cleanName(r[0]));
        }
        for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_given_combos.csv"))) {
            const QString c = r.isEmpty() ? QString() : cleanName(r[0]);
            if (c.contains(u' ') && !c.contains(QStringView(u"Thị")))
                mCombos.push_back(c);
        }
        if (mSurnames.empty() || mThiMiddles.empty() || mOtherMiddles.empty() || mGivens.empty() || mCombos.empty())
            throw std::runtime_error("the name lists in :/data are empty");
    }

    QString make(Rng& rng, int birthYear, bool male) const
    {
        const QString& surname = mSurnames.pick(rng);
        if (male)
            return surname + u' ' + kMaleMiddles.pick(rng) + u' ' + kMaleGivens.pick(rng);
        // The sample is young and southern; among women born before 1990, and in the countryside,
        // "Thị" is the rule (SOURCE.md notes).
        const double thi = birthYear < 1970 ? 0.95 : birthYear < 1990 ? 0.86 : 0.62;
        const double thiAlone = birthYear < 1970 ? 0.80 : birthYear < 1990 ? 0.62 : 0.38;
        for (;;) {
            QString middle, given;
            if (rng.chance(thi)) {
                middle = rng.chance(thiAlone) ? QStringLiteral("Thị") : mThiMiddles.pick(rng);
                given = mGivens.pick(rng);
            } else if (birthYear >= 1985 && rng.chance(0.5)) {
                return surname + u' ' + mCombos[rng.below(int(mCombos.size()))];
            } else {
                middle = mOtherMiddles.pick(rng);
                given = mGivens.pick(rng);
            }
            if (middle.section(u' ', -1) != given)
                return surname + u' ' + middle + u' ' + given;
        }
    }

private:
    Table<QString> mSurnames, mThiMiddles, mOtherMiddles, mGivens;
    std::vector<QString> mCombos;
    // Honorary men only: a short list written here (the bundled statistics are of women).
    const Table<QString> kMaleMiddles{{40, QStringLiteral("Văn")}, {8, QStringLiteral("Đình")},  {7, QStringLiteral("Hữu")},
                                      {6, QStringLiteral("Xuân")}, {6, QStringLiteral("Ngọc")},  {6, QStringLiteral("Quang")},
                                      {6, QStringLiteral("Minh")}, {6, QStringLiteral("Đức")},   {5, QStringLiteral("Công")},
                                      {4, QStringLiteral("Bá")},   {4, QStringLiteral("Thế")},   {4, QStringLiteral("Trọng")}};
    const Table<QString> kMaleGivens{{1, QStringLiteral("Hùng")},  {1, QStringLiteral("Dũng")},  {1, QStringLiteral("Tuấn")},
                                     {1, QStringLiteral("Hải")},   {1, QStringLiteral("Nam")},   {1, QStringLiteral("Sơn")},
                                     {1, QStringLiteral("Thắng")}, {1, QStringLiteral("Long")},  {1, QStringLiteral("Cường")},
                                     {1, QStringLiteral("Hòa")},   {1, QStringLiteral("Bình")},  {1, QStringLiteral("Thành")},
                                     {1, QStringLiteral("Trung")}, {1, QStringLiteral("Tùng")},  {1, QStringLiteral("Hưng")},
                                     {1, QStringLiteral("Phong")}, {1, QStringLiteral("Lâm")},   {1, QStringLiteral("Toàn")},
                                     {1, QStringLiteral("Khánh")}, {1, QStringLiteral("Việt")},  {1, QStringLiteral("Hiếu")},
                                     {1, QStringLiteral("Tiến")},  {1, QStringLiteral("Lợi")},   {1, QStringLiteral("Chiến")}};
};

// ---------------------------------------------------------------------------------------------------
// The world being simulated.

enum class Occupation : quint8 {
    Farmer, Worker, Trader, Business, Freelance, Housewife, Teacher, Official, Health, Retired, Student
};

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

struct OfficialNode {
    Id id = 0;
    QString code, name, type;
    UnitLevel level = UnitLevel::Commune;
    int parent = -1;  // index in the nodes, -1 for the office's unit
};

struct Commune {
    int node = 0;
    Id id = 0;
    QString code, name;
    bool urban = false;
    int firstChapter = 0, chapterCount = 0;
    Weighted chapterWeights;
    double minority = 0;   // share of ethnic minority women
    double rateBase = 0.8; // attraction rate at the start of the history
    int budget = 0, honorary = 0, initial = 0;
    double partyScale = 1;  // lowers the party share of ordinary members where many officers are made party members
    int active = 0;        // ordinary members active now (during the simulation)
    std::vector<int> officeSlots;
    int cardSerial = 0;
};

struct Chapter {
    Id id = 0;
    QString code, name, village;
    int commune = 0;
    int firstGroup = 0, groupCount = 0;
    Weighted groupWeights;
    Day closedOn = kNever;
    int mergedInto = -1;
    double catholic = 0.01;  // share of Catholics (a few villages are Catholic parishes)
    int slotHead = -1, slotDeputy = -1;
};

struct Group {
    Id id = 0;
    QString code;
    int chapter = 0;
    int slot = -1;
    std::vector<int> members;  // ordinary members active now, in no particular order
};

struct Ev {
    EventKind kind;
    Day day;
    int group;     // -1 after an ending event
    int decision;  // index into decisions, -1 none
    int note;      // index into notes, -1 none
};

enum class Level : quint8 { Commune, Chapter, Group };

struct Holding {
    Position position;
    Level level;
    int unit;
    Day from, to;
};

struct Slot {
    Position position;
    Level level;
    int unit;
    int holder = -1;
    bool dead = false;
};

struct Person {
    Day birth = 0;
    qint16 birthYear = 0;
    bool yearOnly = false, male = false, honorary = false, party = false, bornElsewhere = false;
    Occupation occupation = Occupation::Farmer;
    Day partyDay = 0;
    int commune = 0;
    int group = -1;       // current group while active
    int indexInGroup = -1;
    int heldSlot = -1;
    Day lastDay = 0;
    std::vector<Ev> events;
    std::vector<Holding> holdings;
};

enum class Act : quint8 { Close, Join, Leave, Move, MoveCommune, Election };

struct Action {
    Day day;
    quint8 priority;  // same day: closures first, then movements, then elections
    Act act;
    int a = 0, b = 0;
    double p = 0;
};

// Annual probability that a woman of this age dies (Vietnam, women, rounded; no transcendental
// functions so that every platform draws the same).
double deathRate(int age)
{
    if (age < 40) return 0.0008;
    if (age < 50) return 0.0016;
    if (age < 60) return 0.0040;
    if (age < 65) return 0.0080;
    if (age < 70) return 0.0130;
    if (age < 75) return 0.0220;
    if (age < 80) return 0.0380;
    if (age < 85) return 0.0650;
    if (age < 90) return 0.1100;
    return 0.1800;
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

const char16_t* const kVillageFirst[] = {u"Xuân", u"Phú", u"Đông", u"Tây", u"Nam", u"Bắc", u"Trung", u"Thượng", u"Hạ",
                                         u"Thọ", u"An", u"Hòa", u"Bình", u"Yên", u"Thanh", u"Minh", u"Kim", u"Ngọc",
                                         u"Tân", u"Cát", u"Mỹ", u"Vân", u"Lam", u"Quang", u"Hồng", u"Phúc", u"Đại", u"Lương"};
const char16_t* const kVillageSecond[] = {u"Lai", u"Thịnh", u"Lộc", u"Phú", u"Hưng", u"Long", u"Sơn", u"Thành", u"Xá",
                                          u"Khê", u"Giang", u"Hòa", u"Bình", u"Lâm", u"Điền", u"Trù", u"Vinh", u"Nghĩa",
                                          u"Đức", u"Hải", u"Hội", u"Mỹ", u"Tiến", u"Quý", u"Thắng", u"Lập"};
const char* const kPhonePrefixes[] = {"096", "097", "098", "096", "097", "098", "032", "033", "034", "035", "036",
                                      "037", "038", "039", "091", "094", "090", "093"};

class Generator {
public:
    Generator(Database& db, const ReferenceData& ref, const DemoOptions& o)
        : mDb(db), mRef(ref), mOpt(o), mRng(o.seed), mWriteRng(o.seed ^ 0x9E3779B9u)
    {
    }

    DemoSummary run();

private:
    void progress(double fraction)
    {
        if (mOpt.progress && !mOpt.progress(std::clamp(fraction, 0.0, 1.0)))
            throw Error(Error::Kind::Cancelled, tr("The demo database was cancelled; nothing was written."));
    }

    void setDates();
    void createOfficialUnits();
    void createLocalUnits();
    void planMerges();
    void planBudgets();
    void createInitialMembers();
    void runYear(int yearIndex);
    void writeYearFigures();
    void writeMembers();

    // Simulation steps.
    int newPerson(int commune, int ageAtJoin, Day joinDay, bool honorary, bool male, bool bornElsewhere);
    int pickGroup(int commune, Day day, int excludeChapter);
    void join(int person, EventKind kind, Day day, int group, int decision);
    void leave(int person, EventKind kind, Day day);
    void move(int person, int group, Day day, int note);
    void startHolding(int slot, int person, Day day);
    void endHolding(int slot, Day day);
    void fill(int slot, Day day, int exclude);
    int pickHolder(int slot, Day day, int exclude);
    void makePartyMember(Person& p, Day before);
    int addSlot(Position position, Level level, int unit);
    bool inScope(const Person& p, const Slot& s) const;
    int communeOfGroup(int g) const { return mChapters[mGroups[g].chapter].commune; }
    int ageAt(const Person& p, Day day) const { return ageOn(FlexDate{dateOf(p.birth), p.birthYear}, dateOf(day)); }
    int decisionIndex(int number);
    Id unitId(Level level, int unit) const;

    // Member fields drawn when writing.
    QString education(const Person& p);
    QString professional(const Person& p);
    QString politicalTheory(const Person& p);

    Database& mDb;
    const ReferenceData& mRef;
    DemoOptions mOpt;
    Rng mRng;       // the simulation
    Rng mWriteRng;  // the member fields drawn while writing, in id order

    int mFirstYear = 0, mLastYear = 0;
    Day mStart = 0, mEnd = 0;
    std::vector<int> mYears;
    int mProvince = 0;  // GSO code of the province
    QString mCccdProvince;
    std::vector<QString> mOtherCccdProvinces;

    std::vector<OfficialNode> mNodes;
    std::vector<Commune> mCommunes;
    Weighted mCommuneWeights;
    std::vector<Chapter> mChapters;
    std::vector<Group> mGroups;
    std::vector<Slot> mSlots;
    std::vector<Person> mPersons;
    std::vector<QString> mDecisions;       // "07/QĐ-HPN" by number
    std::vector<QString> mNotes;
    std::vector<std::pair<int, int>> mMerges;  // closed chapter, surviving chapter

    // Per commune and year index.
    std::vector<std::vector<int>> mNewcomers, mHonorary, mAdmitted, mMembersEnd;
    std::vector<double> mYearFraction;

    Table<QString> mMinorities;
    QString mKinh, mNoReligion, mCatholic, mBuddhist;

    std::vector<int> mScratch, mScratch2;
    DemoSummary mSummary;
};

// ---------------------------------------------------------------------------------------------------

void Generator::setDates()
{
    const QDate today = QDate::currentDate();
    mLastYear = mOpt.lastYear ? mOpt.lastYear : today.year() - 1;
    if (mLastYear > today.year() || mLastYear < 1990)
        throw Error(Error::Kind::Usage, tr("The last year of the demo must be between 1990 and %1.").arg(today.year()));
    mFirstYear = mLastYear - 9;
    mStart = dayOf(QDate(mFirstYear, 1, 1));
    if (mLastYear == today.year() - 1 || mLastYear == today.year())
        mEnd = dayOf(today);
    else
        mEnd = dayOf(QDate(mLastYear, 12, 31));
    for (int y = mFirstYear; y <= dateOf(mEnd).year(); ++y) {
        mYears.push_back(y);
        const Day last = std::min(dayOf(QDate(y, 12, 31)), mEnd);
        mYearFraction.push_back(double(last - dayOf(QDate(y, 1, 1)) + 1) / double(QDate(y, 1, 1).daysInYear()));
    }
}

void Generator::createOfficialUnits()
{
    {
        Query q(mDb, QStringLiteral("SELECT count(*) FROM units"));
        q.exec();
        if (q.next() && q.integer(0) > 0)
            throw Error(Error::Kind::Input, tr("The demo needs an empty database; this one has units already."));
    }
    const std::vector<OfficialUnit> list = UnitRepository::readOfficialList();
    QHash<QString, int> indexOf;
    QHash<QString, std::vector<int>> childrenOf;
    for (int i = 0; i < int(list.size()); ++i) {
        indexOf.insert(list[i].code, i);
        childrenOf[list[i].parentCode].push_back(i);
    }
    const int root = indexOf.value(mOpt.unitCode, -1);
    if (root < 0)
        throw Error(Error::Kind::Input, tr("Code %1 is not in the official list of units.").arg(mOpt.unitCode));

    // The province, for CCCD numbers and the regional profiles.
    int p = root;
    while (p >= 0 && list[p].level != UnitLevel::Province)
        p = indexOf.value(list[p].parentCode, -1);
    mProvince = p >= 0 ? list[p].code.toInt() : 1;
    mCccdProvince = QStringLiteral("0%1").arg(mProvince, 2, 10, QLatin1Char('0'));
    if (mRef.cccdProvince(mCccdProvince).isEmpty())
        mCccdProvince = QStringLiteral("001");
    for (int n = 1; n <= 96; ++n) {
        const QString code = QStringLiteral("0%1").arg(n, 2, 10, QLatin1Char('0'));
        if (code != mCccdProvince && !mRef.cccdProvince(code).isEmpty())
            mOtherCccdProvinces.push_back(code);
    }

    // What createFromOfficialList does, inside this transaction (it opens its own, and SQLite
    // transactions do not nest).
    UnitRepository units(mDb);
    std::vector<std::pair<int, int>> queue{{root, -1}};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const OfficialUnit& o = list[queue[i].first];
        OrgUnit u;
        u.code = o.code;
        u.name = o.name;
        u.level = o.level;
        u.parentId = queue[i].second >= 0 ? mNodes[queue[i].second].id : 0;
        OfficialNode node{units.insert(u), o.code, o.name, o.type, o.level, queue[i].second};
        mNodes.push_back(node);
        ++mSummary.units;
        for (int c : childrenOf.value(o.code))
            queue.push_back({c, int(mNodes.size()) - 1});
    }
    units.setOfficeUnit(mNodes.front().id);
    for (int i = 0; i < int(mNodes.size()); ++i) {
        if (mNodes[i].level != UnitLevel::Commune)
            continue;
        Commune c;
        c.node = i;
        c.id = mNodes[i].id;
        c.code = mNodes[i].code;
        c.name = mNodes[i].name;
        c.urban = !mNodes[i].type.isEmpty() && mNodes[i].type != QStringView(u"Xã");
        mCommunes.push_back(c);
    }
    if (mCommunes.empty())
        throw Error(Error::Kind::Input, tr("Unit %1 has no communes in the official list.").arg(mOpt.unitCode));
}

int Generator::addSlot(Position position, Level level, int unit)
{
    mSlots.push_back({position, level, unit});
    return int(mSlots.size()) - 1;
}

void Generator::createLocalUnits()
{
    mKinh = QString::fromLatin1(ReferenceData::kKinh);
    mNoReligion = QString::fromLatin1(ReferenceData::kNoReligion);
    mCatholic = mRef.religionCode(u"Công giáo").value_or(QString());
    mBuddhist = mRef.religionCode(u"Phật giáo").value_or(QString());
    for (const auto& [w, name] : minoritiesOf(mProvince))
        if (const auto code = mRef.ethnicityCode(QStringView(name)))
            mMinorities.add(w, *code);

    UnitRepository units(mDb);
    // A few rural communes in the hills have ethnic minority villages; elsewhere only some women
    // who married in.
    int upland = mCommunes.size() >= 5 ? std::max(1, int(mCommunes.size()) / 8) : 0;
    std::vector<int> order(mCommunes.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[i], order[mRng.below(i + 1)]);
    for (int k = 0; k < int(order.size()); ++k) {
        Commune& c = mCommunes[order[k]];
        const bool hills = !c.urban && upland > 0;
        if (hills)
            --upland;
        c.minority = hills ? mRng.uniform(0.12, 0.45) : (mRng.chance(0.3) ? mRng.uniform(0.0, 0.02) : 0.0);
        c.rateBase = mRng.uniform(0.765, 0.87);
    }

    for (int ci = 0; ci < int(mCommunes.size()); ++ci) {
        Commune& c = mCommunes[ci];
        c.officeSlots.push_back(addSlot(Position::Chair, Level::Commune, ci));
        c.officeSlots.push_back(addSlot(Position::ViceChair, Level::Commune, ci));
        if (mRng.chance(0.5))
            c.officeSlots.push_back(addSlot(Position::ViceChair, Level::Commune, ci));

        const int count = mRng.range(8, 20);
        // Towns have "khu phố"; villages are numbered (most since the mergers of 2019-2020) or named.
        const bool numbered = c.urban || mRng.chance(0.55);
        QStringList villages;
        if (numbered) {
            for (int i = 1; i <= count; ++i)
                villages << (c.urban ? QStringLiteral("Khu phố %1") : QStringLiteral("Thôn %1")).arg(i);
        } else {
            QStringList pool;
            for (const char16_t* a : kVillageFirst)
                for (const char16_t* b : kVillageSecond)
                    if (QStringView(a) != QStringView(b))
                        pool << QString::fromUtf16(a) + u' ' + QString::fromUtf16(b);
            const Table<QString> prefix{{5, QStringLiteral("Thôn")}, {3, QStringLiteral("Làng")}, {2, QStringLiteral("Xóm")}};
            for (int i = 0; i < count; ++i) {
                const int j = i + mRng.below(int(pool.size()) - i);
                pool.swapItemsAt(i, j);
                villages << prefix.pick(mRng) + u' ' + pool[i];
            }
        }
        c.firstChapter = int(mChapters.size());
        c.chapterCount = count;
        for (int i = 0; i < count; ++i) {
            Chapter ch;
            ch.commune = ci;
            ch.village = villages[i];
            ch.name = QStringLiteral("Chi hội ") + ch.village;
            ch.code = QStringLiteral("%1-%2").arg(c.code).arg(i + 1, 2, 10, QLatin1Char('0'));
            if (mRng.chance(0.05))
                ch.catholic = mRng.uniform(0.55, 0.9);
            OrgUnit u;
            u.code = ch.code;
            u.name = ch.name;
            u.level = UnitLevel::Chapter;
            u.parentId = c.id;
            ch.id = units.insert(u);
            ++mSummary.units;
            const int chi = int(mChapters.size());
            ch.slotHead = addSlot(Position::ChapterHead, Level::Chapter, chi);
            ch.slotDeputy = addSlot(Position::ChapterDeputy, Level::Chapter, chi);
            c.chapterWeights.add(mRng.uniform(0.5, 1.5));
            ch.firstGroup = int(mGroups.size());
            ch.groupCount = mRng.range(3, 6);
            for (int g = 1; g <= ch.groupCount; ++g) {
                Group gr;
                gr.chapter = chi;
                gr.code = QStringLiteral("%1-%2").arg(ch.code).arg(g);
                OrgUnit gu;
                gu.code = gr.code;
                gu.name = QStringLiteral("Tổ %1").arg(g);
                gu.level = UnitLevel::Group;
                gu.parentId = ch.id;
                gr.id = units.insert(gu);
                ++mSummary.units;
                gr.slot = addSlot(Position::GroupHead, Level::Group, int(mGroups.size()));
                ch.groupWeights.add(mRng.uniform(0.6, 1.4));
                mGroups.push_back(std::move(gr));
            }
            mChapters.push_back(std::move(ch));
        }
    }
}

void Generator::planMerges()
{
    // A couple of chapters merged into a neighbour (villages were merged in waves, e.g. Thanh Hóa
    // 2019-2020), in the middle of the history.
    int wanted = mChapters.size() >= 40 ? mRng.range(2, 4) : (mChapters.size() >= 9 ? 1 : 0);
    const int firstYear = mFirstYear + 2, lastYear = std::min(mFirstYear + 6, dateOf(mEnd).year() - 1);
    if (lastYear < firstYear)
        wanted = 0;
    UnitRepository units(mDb);
    for (int tries = 0; wanted > 0 && tries < 200; ++tries) {
        const int ci = mRng.below(int(mCommunes.size()));
        const Commune& c = mCommunes[ci];
        if (c.chapterCount < 9)
            continue;
        const int k = mRng.range(1, c.chapterCount - 1);
        const int closing = c.firstChapter + k, survivor = closing - 1;
        bool used = false;
        for (const auto& [a, b] : mMerges)
            used = used || a == closing || b == closing || a == survivor || b == survivor;
        if (used)
            continue;
        const QDate date(mRng.range(firstYear, lastYear), mRng.range(1, 12), 1);
        Chapter& a = mChapters[closing];
        const Chapter& b = mChapters[survivor];
        a.closedOn = dayOf(date);
        a.mergedInto = survivor;
        const QString decision = QStringLiteral("%1/QĐ-UBND").arg(mRng.range(20, 480));
        OrgUnit u = *units.byId(a.id);
        u.validTo = date;
        u.mergedIntoId = b.id;
        u.decisionNo = decision;
        units.update(u);
        for (int g = 0; g < a.groupCount; ++g) {
            OrgUnit gu = *units.byId(mGroups[a.firstGroup + g].id);
            gu.validTo = date;
            gu.mergedIntoId = mGroups[b.firstGroup + g % b.groupCount].id;
            gu.decisionNo = decision;
            units.update(gu);
        }
        mMerges.push_back({closing, survivor});
        mNotes.push_back(tr("Sáp nhập %1 vào %2").arg(a.name, b.name));
        --wanted;
    }
}

void Generator::planBudgets()
{
    const qint64 total = mOpt.members > 0 ? mOpt.members : qint64(3000) * qint64(mCommunes.size());
    // Communes differ in size; towns are larger.
    std::vector<double> w(mCommunes.size());
    double sum = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        w[i] = mRng.uniform(0.7, 1.3) * (mCommunes[i].urban ? 1.2 : 1.0);
        sum += w[i];
    }
    // Largest remainder, so the total is exact.
    qint64 given = 0;
    std::vector<std::pair<double, int>> rest;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double share = double(total) * w[i] / sum;
        mCommunes[i].budget = int(std::floor(share));
        given += mCommunes[i].budget;
        rest.push_back({share - std::floor(share), int(i)});
    }
    std::stable_sort(rest.begin(), rest.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (qint64 k = 0; given < total; ++k, ++given)
        ++mCommunes[rest[std::size_t(k % qint64(rest.size()))].second].budget;

    const int years = int(mYears.size());
    mNewcomers.assign(mCommunes.size(), std::vector<int>(years, 0));
    mHonorary.assign(mCommunes.size(), std::vector<int>(years, 0));
    Weighted honoraryYears;  // the 2022 charter introduced honorary members
    for (int i = 0; i < years; ++i)
        honoraryYears.add(mYears[i] >= 2022 ? mYearFraction[i] : 0.0);
    mAdmitted.assign(mCommunes.size(), std::vector<int>(years, 0));
    mMembersEnd.assign(mCommunes.size(), std::vector<int>(years, 0));
    const bool withHonorary = mYears.back() >= 2022;
    for (std::size_t ci = 0; ci < mCommunes.size(); ++ci) {
        Commune& c = mCommunes[ci];
        mCommuneWeights.add(double(c.budget) + 1.0);
        c.honorary = withHonorary ? int(std::lround(c.budget * 0.01)) : 0;
        for (int k = 0; k < c.honorary; ++k)
            ++mHonorary[ci][honoraryYears.pick(mRng)];
        const int ordinary = c.budget - c.honorary;
        // About 8 % of members are party members; the officers made party members below count in it.
        const double officers = 1.6 * c.chapterCount + 6.0;
        c.partyScale = std::clamp(1.0 - officers / std::max(1.0, 0.08 * 0.8 * ordinary), 0.15, 1.0);
        c.initial = int(std::lround(ordinary * 0.70));
        const int newcomers = ordinary - c.initial;
        std::vector<double> yw(years);
        double ys = 0;
        for (int i = 0; i < years; ++i) {
            yw[i] = mRng.uniform(0.8, 1.2) * (1.0 + 0.02 * i) * mYearFraction[i];
            ys += yw[i];
        }
        int placed = 0;
        for (int i = 0; i < years; ++i) {
            mNewcomers[ci][i] = int(std::floor(newcomers * yw[i] / ys));
            placed += mNewcomers[ci][i];
        }
        for (int k = 0; placed < newcomers; ++k, ++placed)
            ++mNewcomers[ci][mRng.below(years)];
    }
}

int Generator::decisionIndex(int number)
{
    while (int(mDecisions.size()) <= number)
        mDecisions.push_back(QStringLiteral("%1/QĐ-HPN").arg(int(mDecisions.size()), 2, 10, QLatin1Char('0')));
    return number;
}

Id Generator::unitId(Level level, int unit) const
{
    switch (level) {
    case Level::Commune: return mCommunes[unit].id;
    case Level::Chapter: return mChapters[unit].id;
    case Level::Group: return mGroups[unit].id;
    }
    return 0;
}

int Generator::newPerson(int commune, int ageAtJoin, Day joinDay, bool honorary, bool male, bool bornElsewhere)
{
    Person p;
    const QDate join = dateOf(joinDay);
    const QDate birth = join.addYears(-ageAtJoin).addDays(-mRng.range(1, 364));
    p.birth = dayOf(birth);
    p.birthYear = qint16(birth.year());
    p.yearOnly = mRng.chance(birth.year() < 1960 ? 0.30 : birth.year() < 1975 ? 0.12 : 0.05);
    p.male = male;
    p.honorary = honorary;
    p.bornElsewhere = bornElsewhere;
    p.commune = commune;

    const int ageAtEnd = ageOn(FlexDate{birth, birth.year()}, dateOf(mEnd));
    const bool urban = mCommunes[commune].urban;
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
    p.occupation = table.pick(mRng);

    // Party members (đảng viên): about 8 % of members, most among officials and teachers.
    double party = ageAtEnd >= 30 ? 0.066 : 0.03;
    if (p.occupation == Occupation::Official)
        party = 0.55;
    else if (p.occupation == Occupation::Teacher)
        party = 0.4;
    else if (p.occupation == Occupation::Health || p.occupation == Occupation::Retired)
        party = 0.15;
    party *= mCommunes[commune].partyScale;
    if (!honorary && mRng.chance(party)) {
        const Day lo = dayOf(eighteenth(birth).addYears(4));
        const Day hi = std::min(dayOf(birth.addYears(45)), mEnd - 30);
        if (lo <= hi) {
            p.party = true;
            p.partyDay = lo + mRng.below(hi - lo + 1);
        }
    }
    mPersons.push_back(std::move(p));
    return int(mPersons.size()) - 1;
}

int Generator::pickGroup(int commune, Day day, int excludeChapter)
{
    const Commune& c = mCommunes[commune];
    int chapter = -1;
    for (int tries = 0; tries < 40 && chapter < 0; ++tries) {
        const int ch = c.firstChapter + c.chapterWeights.pick(mRng);
        if (mChapters[ch].closedOn > day && ch != excludeChapter)
            chapter = ch;
    }
    for (int ch = c.firstChapter; chapter < 0 && ch < c.firstChapter + c.chapterCount; ++ch)
        if (mChapters[ch].closedOn > day && ch != excludeChapter)
            chapter = ch;
    if (chapter < 0)
        return -1;
    const Chapter& ch = mChapters[chapter];
    return ch.firstGroup + ch.groupWeights.pick(mRng);
}

void Generator::join(int person, EventKind kind, Day day, int group, int decision)
{
    Person& p = mPersons[person];
    p.events.push_back({kind, day, group, decision, -1});
    p.lastDay = day;
    p.group = group;
    if (p.honorary)
        return;  // counted apart, and never chosen for a position
    Group& g = mGroups[group];
    p.indexInGroup = int(g.members.size());
    g.members.push_back(person);
    ++mCommunes[communeOfGroup(group)].active;
}

void removeFromGroup(std::vector<Person>& persons, Group& g, Person& p)
{
    const int last = g.members.back();
    g.members[p.indexInGroup] = last;
    persons[last].indexInGroup = p.indexInGroup;
    g.members.pop_back();
    p.indexInGroup = -1;
}

void Generator::leave(int person, EventKind kind, Day day)
{
    Person& p = mPersons[person];
    p.events.push_back({kind, day, -1, -1, -1});
    p.lastDay = day;
    --mCommunes[communeOfGroup(p.group)].active;
    removeFromGroup(mPersons, mGroups[p.group], p);
    p.group = -1;
    if (p.heldSlot >= 0) {
        const int slot = p.heldSlot;
        endHolding(slot, day);
        fill(slot, day, person);
    }
}

void Generator::move(int person, int group, Day day, int note)
{
    Person& p = mPersons[person];
    p.events.push_back({EventKind::Moved, day, group, -1, note});
    p.lastDay = day;
    const int from = communeOfGroup(p.group), to = communeOfGroup(group);
    removeFromGroup(mPersons, mGroups[p.group], p);
    p.group = group;
    Group& g = mGroups[group];
    p.indexInGroup = int(g.members.size());
    g.members.push_back(person);
    --mCommunes[from].active;
    ++mCommunes[to].active;
    if (p.heldSlot >= 0 && !inScope(p, mSlots[p.heldSlot])) {
        const int slot = p.heldSlot;
        endHolding(slot, day);
        fill(slot, day, person);
    }
}

bool Generator::inScope(const Person& p, const Slot& s) const
{
    if (p.group < 0)
        return false;
    switch (s.level) {
    case Level::Group: return p.group == s.unit;
    case Level::Chapter: return mGroups[p.group].chapter == s.unit;
    case Level::Commune: return communeOfGroup(p.group) == s.unit;
    }
    return false;
}

void Generator::startHolding(int slot, int person, Day day)
{
    Slot& s = mSlots[slot];
    Person& p = mPersons[person];
    p.holdings.push_back({s.position, s.level, s.unit, day, kNever});
    p.heldSlot = slot;
    s.holder = person;
}

void Generator::endHolding(int slot, Day day)
{
    Slot& s = mSlots[slot];
    if (s.holder < 0)
        return;
    Person& p = mPersons[s.holder];
    // One position at a time: the current holding is the last one.
    p.holdings.back().to = day;
    if (p.holdings.back().to <= p.holdings.back().from)
        p.holdings.pop_back();
    p.heldSlot = -1;
    s.holder = -1;
}

void Generator::makePartyMember(Person& p, Day before)
{
    const QDate birth = dateOf(p.birth);
    Day lo = std::max(dayOf(eighteenth(birth).addYears(2)), before - 15 * 365);
    const Day hi = before - 60;
    if (lo > hi)
        lo = std::max(dayOf(eighteenth(birth)), hi);
    p.party = true;
    p.partyDay = std::min(before - 1, lo + mRng.below(std::max(1, hi - lo + 1)));
}

int Generator::pickHolder(int slot, Day day, int exclude)
{
    const Slot& s = mSlots[slot];
    std::vector<int>& all = mScratch;
    all.clear();
    auto addGroup = [&](int g) { all.insert(all.end(), mGroups[g].members.begin(), mGroups[g].members.end()); };
    switch (s.level) {
    case Level::Group:
        addGroup(s.unit);
        break;
    case Level::Chapter: {
        const Chapter& ch = mChapters[s.unit];
        for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
            addGroup(g);
        break;
    }
    case Level::Commune: {
        const Commune& c = mCommunes[s.unit];
        for (int ci = c.firstChapter; ci < c.firstChapter + c.chapterCount; ++ci) {
            const Chapter& ch = mChapters[ci];
            for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
                addGroup(g);
        }
        break;
    }
    }
    int minAge = 22, maxAge = 68;
    if (s.position == Position::Chair || s.position == Position::ViceChair) {
        minAge = 28;
        maxAge = 57;
    } else if (s.position == Position::ChapterHead) {
        minAge = 25;
    }
    // Free members of the right age first, then any adult; for a chapter or commune post, a group
    // head may then be promoted (small chapters).
    const bool promote = s.position != Position::GroupHead;
    std::vector<int>& ok = mScratch2;
    for (int pass = 0; pass < (promote ? 3 : 2); ++pass) {
        ok.clear();
        for (int i : all) {
            const Person& p = mPersons[i];
            if (i == exclude || p.events.front().day > day)
                continue;
            if (p.heldSlot >= 0 && (pass < 2 || mSlots[p.heldSlot].position != Position::GroupHead))
                continue;
            const int age = ageAt(p, day);
            if (pass == 0 ? (age >= minAge && age <= maxAge) : age >= 18)
                ok.push_back(i);
        }
        if (!ok.empty())
            break;
    }
    if (ok.empty())
        return -1;

    // Commune chairs are party members; about 45 % of chapter heads are (DOMAIN.md's 494/1,729 is
    // lower, but Thanh Hóa reports 40-50 %).
    double wantParty = -1;  // no preference
    if (s.position == Position::Chair || s.position == Position::ViceChair)
        wantParty = 1.0;
    else if (s.position == Position::ChapterHead)
        wantParty = 0.45;
    else if (s.position == Position::ChapterDeputy)
        wantParty = 0.2;
    if (wantParty < 0)
        return ok[mRng.below(int(ok.size()))];
    const bool want = mRng.chance(wantParty);
    std::vector<int> matching;
    for (int i : ok) {
        const Person& p = mPersons[i];
        if ((p.party && p.partyDay <= day) == want)
            matching.push_back(i);
    }
    if (!matching.empty())
        return matching[mRng.below(int(matching.size()))];
    const int chosen = ok[mRng.below(int(ok.size()))];
    if (want)
        makePartyMember(mPersons[chosen], day);
    return chosen;
}

void Generator::fill(int slot, Day day, int exclude)
{
    if (mSlots[slot].dead || mSlots[slot].holder >= 0)
        return;
    const int holder = pickHolder(slot, day, exclude);
    if (holder < 0)
        return;
    const int previous = mPersons[holder].heldSlot;  // a promoted group head leaves her group post
    if (previous >= 0)
        endHolding(previous, day);
    startHolding(slot, holder, day);
    if (previous >= 0)
        fill(previous, day, holder);
}

void Generator::createInitialMembers()
{
    // Ages at the start of the history (the members are women 18 and over; the older ones joined
    // in the 1970s-2000s).
    const Table<std::pair<int, int>> ages{{6, {18, 24}}, {10, {25, 34}}, {11, {35, 44}}, {10, {45, 54}},
                                          {8, {55, 64}}, {5, {65, 72}}};
    const Day earliest = dayOf(QDate(1975, 1, 1));
    for (int ci = 0; ci < int(mCommunes.size()); ++ci) {
        for (int k = 0; k < mCommunes[ci].initial; ++k) {
            const auto [lo, hi] = ages.pick(mRng);
            const int age = mRng.range(lo, hi);
            const bool transferred = mRng.chance(0.15);
            const int person = newPerson(ci, age, mStart, false, false, transferred && mRng.chance(0.4));
            Person& p = mPersons[person];
            const Day first = std::max(earliest, dayOf(eighteenth(dateOf(p.birth))));
            const Day last = mStart - 1;
            Day joinDay = last;
            if (first < last) {
                const double r = mRng.real();
                const int span = last - first;
                int offset;
                if (r < 0.55)
                    offset = mRng.below(std::min(span, 5 * 365) + 1);
                else if (r < 0.85)
                    offset = std::min(span, 5 * 365 + mRng.below(10 * 365));
                else
                    offset = mRng.below(span + 1);
                joinDay = first + offset;
            }
            int decision = -1;
            if (mRng.chance(0.02))
                joinDay = dayOf(unknownDate());  // old registers without the date
            else if (!transferred && mRng.chance(0.6))
                decision = decisionIndex(mRng.range(1, 60));
            const int group = pickGroup(ci, joinDay, -1);
            join(person, transferred ? EventKind::TransferredIn : EventKind::Admitted, joinDay, group, decision);
        }
    }
    // The officers in place when the history starts, elected some years before.
    for (int slot = 0; slot < int(mSlots.size()); ++slot)
        fill(slot, mStart - mRng.range(30, 5 * 365), -1);
}

void Generator::runYear(int yi)
{
    const int year = mYears[yi];
    const Day ys = dayOf(QDate(year, 1, 1));
    const Day ye = std::min(dayOf(QDate(year, 12, 31)), mEnd);
    const double frac = mYearFraction[yi];
    auto dayBetween = [&](Day lo, Day hi) { return lo >= hi ? lo : lo + mRng.below(hi - lo + 1); };
    std::vector<Action> acts;

    for (const auto& [closing, survivor] : mMerges) {
        const Day d = mChapters[closing].closedOn;
        if (d >= ys && d <= ye)
            acts.push_back({d, 0, Act::Close, closing, survivor});
    }

    // Congresses: communes every five years (2016, 2021, 2026 ...), chapters at the start and in the
    // middle of the term.
    if (((year - 2021) % 5 + 5) % 5 == 0) {
        for (const Commune& c : mCommunes) {
            const Day d = dayOf(QDate(year, 3, 1)) + mRng.below(120);
            if (d > ye)
                continue;
            for (int slot : c.officeSlots)
                acts.push_back({d, 2, Act::Election, slot, 0, 0.5});
        }
    }
    const int phase = ((year - 2021) % 5 + 5) % 5;
    if (phase == 0 || phase == 2) {
        const Day base = phase == 0 ? dayOf(QDate(year, 1, 5)) : dayOf(QDate(year, 7, 1));
        for (const Chapter& ch : mChapters) {
            const Day d = base + mRng.below(85);
            if (d > ye || ch.closedOn <= d)
                continue;
            acts.push_back({d, 2, Act::Election, ch.slotHead, 0, 0.35});
            acts.push_back({d, 2, Act::Election, ch.slotDeputy, 0, 0.4});
            for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
                acts.push_back({d, 2, Act::Election, mGroups[g].slot, 0, 0.3});
        }
    }

    // Members leave or move. Reviews of the list ("rà soát") remove more in some years.
    const bool review = mRng.chance(0.25);
    for (int i = 0; i < int(mPersons.size()); ++i) {
        const Person& p = mPersons[i];
        if (p.group < 0 || p.honorary)
            continue;
        const int age = year - p.birthYear;
        const double died = deathRate(age) * frac;
        const double out = (age < 35 ? 0.011 : age < 50 ? 0.006 : 0.003) * frac;
        const double withdrew = (age > 70 ? 0.004 : 0.0018) * frac;
        const double removed = (review ? 0.008 : 0.0025) * frac;
        const double r = mRng.real();
        const Day lo = std::max(p.lastDay + 1, ys);
        if (lo <= ye) {
            EventKind kind = EventKind::Admitted;
            if (r < died)
                kind = EventKind::Died;
            else if (r < died + out)
                kind = EventKind::TransferredOut;
            else if (r < died + out + withdrew)
                kind = EventKind::Withdrew;
            else if (r < died + out + withdrew + removed)
                kind = EventKind::Removed;
            if (kind != EventKind::Admitted)
                acts.push_back({dayBetween(lo, ye), 1, Act::Leave, i, int(kind)});
            const double m = mRng.real();
            if (m < 0.009 * frac)
                acts.push_back({dayBetween(lo, ye), 1, Act::Move, i});
            else if (m < 0.0115 * frac && mCommunes.size() > 1)
                acts.push_back({dayBetween(lo, ye), 1, Act::MoveCommune, i});
        }
    }

    // Newcomers: admissions on the few dates of the commune's decisions (one near 20 October, Vietnamese
    // Women's Day), transfers in on any day; honorary members from 2022.
    const Table<std::pair<int, int>> admitAges{{25, {18, 19}}, {45, {20, 29}}, {25, {30, 45}}, {5, {46, 60}}};
    const Table<std::pair<int, int>> transferAges{{70, {20, 40}}, {30, {41, 65}}};
    for (int ci = 0; ci < int(mCommunes.size()); ++ci) {
        const int total = mNewcomers[ci][yi];
        const int transfers = int(std::lround(total * mRng.uniform(0.12, 0.2)));
        const int admissions = total - transfers;
        std::vector<Day> dates;
        const int n = mRng.range(2, 4);
        for (int k = 0; k < n; ++k)
            dates.push_back(dayBetween(ys, ye));
        const Day womensDay = dayOf(QDate(year, 10, 20)) - mRng.below(10);
        if (womensDay >= ys && womensDay <= ye)
            dates.push_back(womensDay);
        std::sort(dates.begin(), dates.end());
        std::vector<int> numbers;
        int number = mRng.range(2, 12);
        for (std::size_t k = 0; k < dates.size(); ++k, number += mRng.range(1, 6))
            numbers.push_back(decisionIndex(number));
        for (int k = 0; k < admissions; ++k) {
            const int which = mRng.below(int(dates.size()));
            const auto [lo, hi] = admitAges.pick(mRng);
            const int person = newPerson(ci, mRng.range(lo, hi), dates[which], false, false, false);
            acts.push_back({dates[which], 1, Act::Join, person, int(EventKind::Admitted), double(numbers[which])});
        }
        for (int k = 0; k < transfers; ++k) {
            const Day d = dayBetween(ys, ye);
            const auto [lo, hi] = transferAges.pick(mRng);
            const int person = newPerson(ci, mRng.range(lo, hi), d, false, false, mRng.chance(0.4));
            acts.push_back({d, 1, Act::Join, person, int(EventKind::TransferredIn), -1});
        }
        for (int k = 0; k < mHonorary[ci][yi]; ++k) {
            const Day d = dayBetween(ys, ye);
            const int person = newPerson(ci, mRng.range(35, 72), d, true, mRng.chance(0.4), false);
            acts.push_back({d, 1, Act::Join, person, int(EventKind::Admitted), -1});
        }
    }

    std::stable_sort(acts.begin(), acts.end(), [](const Action& x, const Action& y) {
        return x.day != y.day ? x.day < y.day : x.priority < y.priority;
    });
    for (const Action& a : acts) {
        switch (a.act) {
        case Act::Close: {
            const Chapter& closing = mChapters[a.a];
            const Chapter& survivor = mChapters[a.b];
            endHolding(closing.slotHead, a.day);
            endHolding(closing.slotDeputy, a.day);
            mSlots[closing.slotHead].dead = mSlots[closing.slotDeputy].dead = true;
            int note = -1;
            for (int m = 0; m < int(mMerges.size()); ++m)
                if (mMerges[m].first == a.a)
                    note = m;
            for (int g = closing.firstGroup; g < closing.firstGroup + closing.groupCount; ++g) {
                endHolding(mGroups[g].slot, a.day);
                mSlots[mGroups[g].slot].dead = true;
                const int target = survivor.firstGroup + (g - closing.firstGroup) % survivor.groupCount;
                const std::vector<int> members = mGroups[g].members;
                for (int person : members)
                    move(person, target, a.day, note);
            }
            break;
        }
        case Act::Join: {
            const Person& p = mPersons[a.a];
            const int group = pickGroup(p.commune, a.day, -1);
            const auto kind = EventKind(a.b);
            join(a.a, kind, a.day, group, int(a.p));
            if (kind == EventKind::Admitted && !p.honorary)
                ++mAdmitted[p.commune][yi];
            break;
        }
        case Act::Leave: {
            const Person& p = mPersons[a.a];
            if (p.group >= 0 && a.day > p.lastDay)
                leave(a.a, EventKind(a.b), a.day);
            break;
        }
        case Act::Move:
        case Act::MoveCommune: {
            const Person& p = mPersons[a.a];
            if (p.group < 0 || a.day <= p.lastDay)
                break;
            const int here = communeOfGroup(p.group);
            int commune = here;
            if (a.act == Act::MoveCommune)
                for (int tries = 0; tries < 20 && commune == here; ++tries)
                    commune = mCommuneWeights.pick(mRng);
            if (commune == here && a.act == Act::MoveCommune)
                break;
            const int target = pickGroup(commune, a.day, mGroups[p.group].chapter);
            if (target >= 0)
                move(a.a, target, a.day, -1);
            break;
        }
        case Act::Election: {
            Slot& s = mSlots[a.a];
            if (s.dead)
                break;
            if (s.holder >= 0 && mRng.chance(a.p)) {
                const int old = s.holder;
                endHolding(a.a, a.day);
                fill(a.a, a.day, old);
            } else if (s.holder < 0) {
                fill(a.a, a.day, -1);
            }
            break;
        }
        }
    }
    for (int ci = 0; ci < int(mCommunes.size()); ++ci)
        mMembersEnd[ci][yi] = mCommunes[ci].active;
}

void Generator::writeYearFigures()
{
    UnitYearRepository years(mDb);
    for (int yi = 0; yi < int(mYears.size()); ++yi) {
        std::map<int, double> targetOfNode;  // the office's unit and districts: sums of their communes (in id order)
        for (int ci = 0; ci < int(mCommunes.size()); ++ci) {
            const Commune& c = mCommunes[ci];
            // Women 18+ so that the attraction rate comes out 75-92 %, slowly rising.
            const double rate = std::clamp(c.rateBase + 0.004 * yi + mRng.uniform(-0.008, 0.008), 0.75, 0.92);
            const int members = mMembersEnd[ci][yi];
            if (members > 0)
                years.setPopulation(c.id, mYears[yi], Population{qint64(std::lround(members / rate)), QStringLiteral("present")});
            // The target was set before the year: near the result, some communes beat it, some miss.
            const double fullYear = mAdmitted[ci][yi] / std::max(0.05, mYearFraction[yi]);
            const double target =
                std::max(1.0, double(std::lround(fullYear / (1.0 + mRng.uniform(-0.12, 0.15)) + mRng.uniform(-1.5, 1.5))));
            years.setTarget(c.id, mYears[yi], QStringLiteral("admitted"), target);
            for (int n = mNodes[c.node].parent; n >= 0; n = mNodes[n].parent)
                targetOfNode[n] += target;
        }
        for (const auto& [node, target] : targetOfNode)
            years.setTarget(mNodes[node].id, mYears[yi], QStringLiteral("admitted"), target);
    }
}

QString Generator::education(const Person& p)
{
    Rng& r = mWriteRng;
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

QString Generator::professional(const Person& p)
{
    Rng& r = mWriteRng;
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

QString Generator::politicalTheory(const Person& p)
{
    Rng& r = mWriteRng;
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

void Generator::writeMembers()
{
    BatchRepository batches(mDb);
    const Id batch = batches.create(QStringLiteral("demo"), QStringLiteral("demo %1 seed %2").arg(mOpt.unitCode).arg(mOpt.seed));
    MemberBulkLoader loader(mDb, batch, qint64(mPersons.size()));
    std::unordered_set<quint64> usedIds;
    usedIds.reserve(mPersons.size() * 2);
    const Day year2021 = dayOf(QDate(2021, 1, 1));
    const QDate end = dateOf(mEnd);
    const NameMaker names(mProvince <= 38);
    Rng& r = mWriteRng;
    std::vector<MembershipEvent> events;
    std::vector<PositionHolding> positions;

    for (int i = 0; i < int(mPersons.size()); ++i) {
        const Person& p = mPersons[i];
        const Ev& first = p.events.front();
        const Ev& last = p.events.back();
        const bool active = last.group >= 0;
        const QDate birth = dateOf(p.birth);
        const int ageAtEnd = ageOn(FlexDate{birth, birth.year()}, end);
        const int firstChapter = mGroups[first.group].chapter;
        int lastGroup = first.group;
        for (const Ev& e : p.events)
            if (e.group >= 0)
                lastGroup = e.group;
        const Chapter& home = mChapters[mGroups[lastGroup].chapter];
        Commune& commune = mCommunes[home.commune];

        Member m;
        m.fullName = names.make(r, p.birthYear, p.male);
        m.birth = p.yearOnly ? FlexDate{QDate(), p.birthYear} : FlexDate{birth, p.birthYear};
        m.sex = p.male ? Sex::Male : Sex::Female;

        // CCCD: most have one (the chip cards of 2021-2024); those who left before then often not.
        double none = 0.075;
        if (!active && last.day < year2021)
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
                if (usedIds.insert(number).second) {
                    m.citizenId = QStringLiteral("%1").arg(number, 12, 10, QLatin1Char('0'));
                    break;
                }
            }
        }

        const Chapter& origin = mChapters[firstChapter];
        const Commune& originCommune = mCommunes[origin.commune];
        if (r.chance(originCommune.minority) && !mMinorities.empty())
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
            m.admissionDecision = mDecisions[first.decision];
        if (r.chance(active ? 0.9 : 0.6)) {
            // Cards were issued in a campaign from 2005 to old members, otherwise some months after joining.
            Day issued;
            if (first.day < dayOf(QDate(2005, 1, 1)))
                issued = dayOf(QDate(2005, 1, 1)) + r.below(10 * 365);
            else
                issued = first.day + r.range(20, 400);
            if (issued <= mEnd) {
                m.cardNo = QStringLiteral("%1-%2").arg(commune.code).arg(++commune.cardSerial, 5, 10, QLatin1Char('0'));
                m.cardIssuedOn = dateOf(issued);
            }
        }
        m.coreMember = !p.holdings.empty() || r.chance(0.05);
        const double poor = r.real();
        if (poor < 0.025)
            m.household = QStringLiteral("Hộ nghèo");
        else if (poor < 0.065)
            m.household = QStringLiteral("Hộ cận nghèo");

        events.clear();
        for (const Ev& e : p.events) {
            MembershipEvent me;
            me.kind = e.kind;
            me.date = dateOf(e.day);
            me.unitId = e.group >= 0 ? mGroups[e.group].id : 0;
            if (e.decision >= 0)
                me.decisionNo = mDecisions[e.decision];
            if (e.note >= 0)
                me.notes = mNotes[e.note];
            events.push_back(me);
        }
        const QString problem = normalizeChain(events);
        if (!problem.isEmpty())
            throw std::logic_error("demo: invalid chain for member " + std::to_string(i) + ": " + problem.toStdString());
        positions.clear();
        for (const Holding& h : p.holdings) {
            PositionHolding ph;
            ph.position = h.position;
            ph.unitId = unitId(h.level, h.unit);
            ph.from = dateOf(h.from);
            if (h.to != kNever)
                ph.to = dateOf(h.to);
            positions.push_back(ph);
        }
        loader.add(m, events, positions);
        ++mSummary.members;
        mSummary.events += qint64(events.size());
        mSummary.positions += qint64(positions.size());
        if (i % 2000 == 1999)
            progress(0.2 + 0.7 * double(i + 1) / double(mPersons.size()));
    }
    progress(0.92);
    loader.finish();
    batches.setRowCount(batch, int(mSummary.members));
}

DemoSummary Generator::run()
{
    if (mOpt.members < 0)
        throw Error(Error::Kind::Usage, tr("The number of members cannot be negative."));
    if (mOpt.unitCode.isEmpty())
        mOpt.unitCode = QStringLiteral("395");
    setDates();
    Transaction transaction(mDb);
    progress(0.0);
    createOfficialUnits();
    createLocalUnits();
    planMerges();
    planBudgets();
    createInitialMembers();
    progress(0.03);
    for (int yi = 0; yi < int(mYears.size()); ++yi) {
        runYear(yi);
        progress(0.03 + 0.15 * double(yi + 1) / double(mYears.size()));
    }
    writeYearFigures();
    writeMembers();
    transaction.commit();
    progress(1.0);
    return mSummary;
}

}  // namespace

DemoSummary generateDemo(Database& db, const ReferenceData& ref, const DemoOptions& options)
{
    Generator generator(db, ref, options);
    return generator.run();
}

}  // namespace hv
