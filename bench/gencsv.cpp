#include "gencsv.h"
#include "importing/demonames.h"

#include "core/csvline.h"
#include "core/vietnamese.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>
#include <unordered_set>
#include <vector>

namespace hvbench {
namespace {

// std::mt19937_64 is specified bit for bit; the draws below are ours, so the file is the same with
// every standard library.
class Rng {
public:
    explicit Rng(quint64 seed) : mGen(seed) {}
    double real() { return double(mGen() >> 11) * (1.0 / 9007199254740992.0); }  // [0, 1)
    int below(int n) { return int(real() * n); }
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }  // [lo, hi]
    bool chance(double p) { return real() < p; }

private:
    std::mt19937_64 mGen;
};

template <typename T>
class Table {
public:
    void add(double w, T v)
    {
        mTotal += std::max(0.0, w);
        mCum.push_back(mTotal);
        mValues.push_back(std::move(v));
    }
    const T& pick(Rng& r) const
    {
        const auto i = std::upper_bound(mCum.begin(), mCum.end(), r.real() * mTotal) - mCum.begin();
        return mValues[std::min<size_t>(size_t(i), mValues.size() - 1)];
    }
    bool empty() const { return mValues.empty(); }
    size_t size() const { return mValues.size(); }
    const T& at(size_t i) const { return mValues[i]; }

private:
    std::vector<double> mCum;
    std::vector<T> mValues;
    double mTotal = 0;
};

using hv::demo::cleanName;
using hv::demo::readResourceCsv;

std::string u8(const QString& s) { return s.toStdString(); }

// Women's names of Thanh Hóa: surname (Huỳnh written Hoàng, Võ mostly Vũ in the north), "Thị" the
// rule among older women, modern two-word middle+given combinations among the young.
class Names {
public:
    Names()
    {
        QHash<QString, double> share;
        QStringList order;
        for (const QStringList& r : readResourceCsv(QStringLiteral("surnames.csv"))) {
            if (r.size() < 2)
                continue;
            QString s = cleanName(r[0]);
            if (s == QStringLiteral("Ánh"))
                continue;
            if (s == QStringLiteral("Huỳnh"))
                s = QStringLiteral("Hoàng");
            if (s == QStringLiteral("Võ"))
                s = QStringLiteral("Vũ");
            if (!share.contains(s))
                order << s;
            share[s] += r[1].toDouble();
        }
        for (const QString& s : std::as_const(order))
            mSurnames.add(share.value(s), u8(s));
        for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_names.csv"))) {
            if (r.size() < 2)
                continue;
            const QString m = cleanName(r[0]);
            if (m == QStringLiteral("Thị"))
                continue;
            if (m.startsWith(QStringLiteral("Thị ")))
                mThiMiddles.add(r[1].toDouble(), u8(m));
            else if (!m.contains(QStringLiteral("Thị")) && share.value(m.section(u' ', 0, 0)) <= 0.005)
                mOtherMiddles.add(r[1].toDouble(), u8(m));
        }
        for (const QStringList& r : readResourceCsv(QStringLiteral("female_given_names.csv")))
            if (r.size() >= 2 && r[1].toDouble() > 0)
                mGivens.add(r[1].toDouble(), u8(cleanName(r[0])));
        for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_given_combos.csv"))) {
            const QString c = r.isEmpty() ? QString() : cleanName(r[0]);
            if (c.contains(u' ') && !c.contains(QStringLiteral("Thị")))
                mCombos.push_back(u8(c));
        }
        if (mSurnames.empty() || mThiMiddles.empty() || mOtherMiddles.empty() || mGivens.empty() || mCombos.empty())
            throw std::runtime_error("the name lists in :/data are empty (" + std::to_string(mSurnames.size()) + " " +
                                     std::to_string(mThiMiddles.size()) + " " + std::to_string(mOtherMiddles.size()) + " " +
                                     std::to_string(mGivens.size()) + " " + std::to_string(mCombos.size()) + ")");
    }

    std::string make(Rng& r, int birthYear) const
    {
        const std::string& surname = mSurnames.pick(r);
        const double thi = birthYear < 1970 ? 0.95 : birthYear < 1990 ? 0.86 : 0.62;
        const double thiAlone = birthYear < 1970 ? 0.80 : birthYear < 1990 ? 0.62 : 0.38;
        for (;;) {
            std::string middle, given;
            if (r.chance(thi)) {
                middle = r.chance(thiAlone) ? std::string("Thị") : mThiMiddles.pick(r);
                given = mGivens.pick(r);
            } else if (birthYear >= 1985 && r.chance(0.5)) {
                return surname + ' ' + mCombos[size_t(r.below(int(mCombos.size())))];
            } else {
                middle = mOtherMiddles.pick(r);
                given = mGivens.pick(r);
            }
            const size_t sp = middle.rfind(' ');
            if ((sp == std::string::npos ? middle : middle.substr(sp + 1)) != given)
                return surname + ' ' + middle + ' ' + given;
        }
    }

private:
    Table<std::string> mSurnames, mThiMiddles, mOtherMiddles, mGivens;
    std::vector<std::string> mCombos;
};

struct Chapter {
    std::string name, village;
    double weight = 1;
    int activeSeen = 0;  // active members written so far (the first two hold the chapter's offices)
};

struct Commune {
    std::string name;
    bool town = false;
    std::vector<Chapter> chapters;
    Table<int> chapterPick;
};

const char* const kVillageFirst[] = {"Xuân", "Phú", "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Thọ",
                                     "An", "Hòa", "Bình", "Yên", "Thanh", "Minh", "Kim", "Ngọc", "Tân", "Cát",
                                     "Mỹ", "Vân", "Lam", "Quang", "Hồng", "Phúc", "Đại", "Lương"};
const char* const kVillageSecond[] = {"Lai", "Thịnh", "Lộc", "Phú", "Hưng", "Long", "Sơn", "Thành", "Xá",
                                      "Khê", "Giang", "Hòa", "Bình", "Lâm", "Điền", "Trù", "Vinh", "Nghĩa",
                                      "Đức", "Hải", "Hội", "Mỹ", "Tiến", "Quý", "Thắng", "Lập"};
const char* const kPhonePrefixes[] = {"096", "097", "098", "096", "097", "098", "032", "033", "034",
                                      "035", "036", "037", "038", "039", "091", "094", "088", "090"};

std::vector<Commune> makeCommunes(Rng& r)
{
    std::vector<Commune> out;
    for (const QStringList& u : readResourceCsv(QStringLiteral("units.csv"))) {
        if (u.size() < 4 || u[2] != QLatin1String("3") || u[3] != QLatin1String("395"))
            continue;
        Commune c;
        c.name = u8(u[1]);
        c.town = u[1].startsWith(QStringLiteral("Thị trấn"));
        const int count = r.range(12, 24);
        const bool numbered = c.town || r.chance(0.55);
        std::vector<std::string> pool;
        for (const char* a : kVillageFirst)
            for (const char* b : kVillageSecond)
                if (std::string(a) != b)
                    pool.push_back(std::string(a) + ' ' + b);
        for (int i = 0; i < count; ++i) {
            Chapter ch;
            if (numbered) {
                ch.village = (c.town ? "Khu phố " : "Thôn ") + std::to_string(i + 1);
            } else {
                std::swap(pool[size_t(i)], pool[size_t(i + r.below(int(pool.size()) - i))]);
                static const char* const prefix[] = {"Thôn", "Thôn", "Làng", "Xóm"};
                ch.village = std::string(prefix[r.below(4)]) + ' ' + pool[size_t(i)];
            }
            ch.name = "Chi hội " + ch.village;
            ch.weight = 0.5 + r.real();
            c.chapterPick.add(ch.weight, i);
            c.chapters.push_back(std::move(ch));
        }
        out.push_back(std::move(c));
    }
    if (out.empty())
        throw std::runtime_error("no commune of unit 395 in :/data/units.csv");
    return out;
}

// Age in whole years on d (as hv::ageOn for a full date).
int ageOn(const QDate& birth, const QDate& d)
{
    int age = d.year() - birth.year();
    if (d.month() < birth.month() || (d.month() == birth.month() && d.day() < birth.day()))
        --age;
    return age;
}

QDate eighteenth(const QDate& birth)
{
    QDate d = birth.addYears(18);
    while (ageOn(birth, d) < 18)
        d = d.addDays(1);
    return d;
}

void appendDate(std::string& out, const QDate& d)
{
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day(), d.month(), d.year());
    out.append(buf, size_t(n));
}

// One CSV cell: quoted when it holds a comma or a quote.
void appendCell(std::string& out, std::string_view v, bool last = false)
{
    if (v.find_first_of(",\"\n") == std::string_view::npos) {
        out.append(v);
    } else {
        out += '"';
        for (char c : v) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += last ? '\n' : ',';
}

quint64 mix(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb3f94d5a7ac5ULL;
    return h ^ (h >> 33);
}

quint64 key(const std::string& name, qint64 n)
{
    return mix(std::hash<std::string>{}(name) ^ mix(quint64(n) + 0x9E3779B97F4A7C15ULL));
}

}  // namespace

GenSummary writeMemberCsv(const QString& path, const GenOptions& o)
{
    const QDate asOf = std::min(o.asOf.isValid() ? o.asOf : QDate::currentDate(), QDate::currentDate());
    Rng r(o.seed);
    const Names names;
    std::vector<Commune> communes = makeCommunes(r);
    Table<int> communePick;
    for (int i = 0; i < int(communes.size()); ++i)
        communePick.add(communes[size_t(i)].town ? 1.6 : 0.6 + r.real() * 0.8, i);

    // CCCD province codes other than Thanh Hóa's 038, for women born elsewhere.
    std::vector<int> otherProvinces;
    for (const QStringList& p : readResourceCsv(QStringLiteral("cccd_province_codes.csv")))
        if (!p.isEmpty() && p[0] != QLatin1String("038"))
            otherProvinces.push_back(p[0].toInt());

    Table<std::string> ethnicity, religion, occupationOld, occupationYoung;
    ethnicity.add(92.5, "Kinh");
    ethnicity.add(6.0, "Mường");
    ethnicity.add(1.5, "Thái");
    religion.add(95.0, "Không");
    religion.add(3.0, "Công giáo");
    religion.add(2.0, "Phật giáo");
    for (const auto& [w, v] : std::initializer_list<std::pair<double, const char*>>{
             {45, "Làm ruộng"}, {12, "Buôn bán"}, {10, "Nội trợ"}, {15, "Hưu trí"}, {6, "Cán bộ, công chức"},
             {5, "Giáo viên"}, {7, "Lao động tự do"}})
        occupationOld.add(w, v);
    for (const auto& [w, v] : std::initializer_list<std::pair<double, const char*>>{
             {25, "Làm ruộng"}, {25, "Công nhân"}, {12, "Buôn bán"}, {8, "Cán bộ, công chức"}, {6, "Giáo viên"},
             {14, "Lao động tự do"}, {5, "Nội trợ"}, {5, "Kinh doanh"}})
        occupationYoung.add(w, v);

    std::FILE* f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        throw std::runtime_error("cannot write " + path.toStdString());
    std::string out;
    out.reserve(1 << 21);
    out += "\xEF\xBB\xBF";
    out += "STT,Họ và tên,Ngày sinh,Số CCCD,Dân tộc,Tôn giáo,Trình độ học vấn,Nghề nghiệp,Đảng viên,Điện thoại,"
           "Địa chỉ,Cơ sở Hội,Chi hội,Ngày vào Hội,Chức vụ,Tình trạng,Ngày biến động\n";
    GenSummary s;
    s.communes = int(communes.size());
    for (const Commune& c : communes)
        s.chapters += int(c.chapters.size());

    std::unordered_set<quint64> nameDate, nameYear, nameYearOnly, cccds;
    nameDate.reserve(size_t(o.rows) * 2);
    nameYear.reserve(size_t(o.rows) * 2);
    cccds.reserve(size_t(o.rows) * 2);
    const qint64 firstDay = QDate(1976, 1, 1).toJulianDay();
    const qint64 lastDay = asOf.toJulianDay();
    std::string line;

    for (qint64 i = 0; i < o.rows; ++i) {
        Commune& commune = communes[size_t(communePick.pick(r))];
        Chapter& chapter = commune.chapters[size_t(commune.chapterPick.pick(r))];

        // Age on asOf: 18 to 90, fewer at the ends.
        const int age = 18 + int(72.0 * (0.55 * r.real() + 0.45 * r.real()));
        QDate birth = asOf.addYears(-age).addDays(-r.below(365));
        const bool yearOnly = birth.year() < 1965 && r.chance(0.03);

        // Unique by the importer's duplicate rule: the folded name ("Thủy" and "Thuỷ" are one) with the
        // date of birth, or with the year when either birth is a year alone.
        std::string name;
        for (int attempt = 0;; ++attempt) {
            name = names.make(r, birth.year());
            const std::string folded = hv::vn::fold(QString::fromStdString(name)).toStdString();
            const quint64 ny = key(folded, birth.year());
            if (yearOnly) {
                if (nameYear.count(ny))
                    continue;
                nameYearOnly.insert(ny);
            } else {
                if (nameYearOnly.count(ny) || !nameDate.insert(key(folded, birth.toJulianDay())).second) {
                    if (attempt > 20)  // a crowded name and day: another day of the same year
                        birth = QDate(birth.year(), 1, 1).addDays(r.below(365));
                    continue;
                }
            }
            nameYear.insert(ny);
            break;
        }

        // Joined at 18 or later, most in their twenties; none before 1976.
        const qint64 earliest = std::max(eighteenth(birth).toJulianDay(), firstDay);
        const qint64 span = lastDay - earliest;
        qint64 join = earliest;
        if (span > 0) {
            const double years = -std::log(1.0 - r.real()) * 7.0;
            const qint64 off = qint64(years * 365.25);
            join = earliest + (off <= span ? off : qint64(r.real() * double(span)));
        }

        // Status: died (mostly the old), transferred out, withdrew, removed.
        const char* status = r.chance(0.5) ? "Đang sinh hoạt" : "";
        bool active = true;
        qint64 statusDay = 0;
        if (lastDay - join > 60) {
            const double died = age >= 80 ? 0.25 : age >= 70 ? 0.10 : age >= 60 ? 0.04 : 0.004;
            const double x = r.real();
            const char* left = nullptr;
            if (x < died)
                left = "Từ trần";
            else if (x < died + 0.05)
                left = "Chuyển đi";
            else if (x < died + 0.062)
                left = "Xin ra";
            else if (x < died + 0.067)
                left = "Đưa ra khỏi danh sách";
            if (left) {
                status = left;
                active = false;
                // Most changes are recent (the lists are kept up to date); a few go back years.
                const qint64 from = join + 30;
                const double u = r.real();
                statusDay = from + qint64(double(lastDay - from) * (1.0 - u * u * u));
                statusDay = std::clamp(statusDay, from, lastDay);
                ++s.left;
            }
        }

        line.clear();
        line += std::to_string(i + 1);
        line += ',';
        appendCell(line, name);
        if (yearOnly)
            line += std::to_string(birth.year());
        else
            appendDate(line, birth);
        line += ',';

        // CCCD: most have one (chip cards of 2021-2024); fewer among the dead and the very old.
        if (!r.chance(active ? (age > 80 ? 0.2 : 0.04) : 0.3)) {
            const int province = r.chance(0.95) ? 38 : otherProvinces[size_t(r.below(int(otherProvinces.size())))];
            const int century = birth.year() >= 2000 ? 3 : 1;
            for (;;) {
                const quint64 number = (quint64(province) * 10 + quint64(century)) * 100000000ULL +
                                       quint64(birth.year() % 100) * 1000000ULL + quint64(r.below(1000000));
                if (cccds.insert(number).second) {
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "%012llu", static_cast<unsigned long long>(number));
                    line += buf;
                    break;
                }
            }
            ++s.withCccd;
        }
        line += ',';
        appendCell(line, ethnicity.pick(r));
        appendCell(line, religion.pick(r));
        const int by = birth.year();
        appendCell(line, by < 1960 ? (r.chance(0.5) ? "7/10" : "4/10") : by < 1975 ? (r.chance(0.6) ? "10/10" : "7/10")
                                                                                  : (r.chance(0.7) ? "12/12" : "9/12"));
        appendCell(line, age >= 60 && r.chance(0.6) ? std::string("Hưu trí") : (by < 1975 ? occupationOld : occupationYoung).pick(r));
        line += r.chance(age > 45 ? 0.12 : 0.05) ? "x," : ",";
        if (r.chance(age > 80 ? 0.4 : 0.9)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%s%07d", kPhonePrefixes[r.below(int(std::size(kPhonePrefixes)))], r.below(10000000));
            line += buf;
        }
        line += ',';
        appendCell(line, chapter.village + ", " + commune.name);
        appendCell(line, commune.name);
        appendCell(line, chapter.name);
        appendDate(line, QDate::fromJulianDay(join));
        line += ',';

        // Offices: the first active member of a chapter heads it, the second is her deputy; about one
        // in a hundred heads a group (tổ).
        const char* position = "";
        if (active) {
            ++chapter.activeSeen;
            if (chapter.activeSeen == 1)
                position = "Chi hội trưởng";
            else if (chapter.activeSeen == 2)
                position = "Chi hội phó";
            else if (r.chance(0.01))
                position = "Tổ trưởng";
        } else if (r.chance(0.01)) {
            position = "Tổ trưởng";
        }
        if (*position)
            ++s.positions;
        line += position;
        line += ',';
        line += status;
        line += ',';
        if (!active)
            appendDate(line, QDate::fromJulianDay(statusDay));
        line += '\n';

        out += line;
        if (out.size() > (1u << 20)) {
            if (std::fwrite(out.data(), 1, out.size(), f) != out.size())
                throw std::runtime_error("cannot write " + path.toStdString());
            s.bytes += qint64(out.size());
            out.clear();
        }
        ++s.rows;
    }
    if (std::fwrite(out.data(), 1, out.size(), f) != out.size() || std::fclose(f) != 0)
        throw std::runtime_error("cannot write " + path.toStdString());
    s.bytes += qint64(out.size());
    return s;
}

}  // namespace hvbench
