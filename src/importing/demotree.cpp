#include "importing/demotree.h"

#include "core/error.h"
#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

namespace hv::demo {
namespace {

const char16_t* const kVillageFirst[] = {u"Xuân", u"Phú", u"Đông", u"Tây", u"Nam", u"Bắc", u"Trung", u"Thượng", u"Hạ",
                                         u"Thọ", u"An", u"Hòa", u"Bình", u"Yên", u"Thanh", u"Minh", u"Kim", u"Ngọc",
                                         u"Tân", u"Cát", u"Mỹ", u"Vân", u"Lam", u"Quang", u"Hồng", u"Phúc", u"Đại", u"Lương"};
const char16_t* const kVillageSecond[] = {u"Lai", u"Thịnh", u"Lộc", u"Phú", u"Hưng", u"Long", u"Sơn", u"Thành", u"Xá",
                                          u"Khê", u"Giang", u"Hòa", u"Bình", u"Lâm", u"Điền", u"Trù", u"Vinh", u"Nghĩa",
                                          u"Đức", u"Hải", u"Hội", u"Mỹ", u"Tiến", u"Quý", u"Thắng", u"Lập"};

// Towns have "khu phố"; villages are numbered (most since the mergers of 2019-2020) or named.
QStringList villageNames(Rng& rng, bool urban, int count)
{
    const bool numbered = urban || rng.chance(0.55);
    QStringList villages;
    if (numbered) {
        for (int i = 1; i <= count; ++i)
            villages << (urban ? QStringLiteral("Khu phố %1") : QStringLiteral("Thôn %1")).arg(i);
        return villages;
    }
    QStringList pool;
    for (const char16_t* a : kVillageFirst)
        for (const char16_t* b : kVillageSecond)
            if (QStringView(a) != QStringView(b))
                pool << QString::fromUtf16(a) + u' ' + QString::fromUtf16(b);
    const Table<QString> prefix{{5, QStringLiteral("Thôn")}, {3, QStringLiteral("Làng")}, {2, QStringLiteral("Xóm")}};
    for (int i = 0; i < count; ++i) {
        const int j = i + rng.below(int(pool.size()) - i);
        pool.swapItemsAt(i, j);
        villages << prefix.pick(rng) + u' ' + pool[i];
    }
    return villages;
}

}  // namespace

qint64 createOfficialUnits(Database& db, const QString& unitCode, World& w)
{
    {
        Query q(db, QStringLiteral("SELECT count(*) FROM units"));
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
    const int root = indexOf.value(unitCode, -1);
    if (root < 0)
        throw Error(Error::Kind::Input, tr("Code %1 is not in the official list of units.").arg(unitCode));

    // The province, for CCCD numbers and the regional profiles.
    int p = root;
    while (p >= 0 && list[p].level != UnitLevel::Province)
        p = indexOf.value(list[p].parentCode, -1);
    w.province = p >= 0 ? list[p].code.toInt() : 1;

    UnitRepository units(db);
    const int created = units.createFromOfficialList(unitCode);
    QHash<QString, Id> idOf;
    for (const OrgUnit& u : units.all())
        idOf.insert(u.code, u.id);
    // The same walk as createFromOfficialList's, so the nodes are in id order.
    std::vector<std::pair<int, int>> queue{{root, -1}};
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const OfficialUnit& o = list[queue[i].first];
        w.nodes.push_back({idOf.value(o.code), o.code, o.name, o.type, o.level, queue[i].second});
        for (int c : childrenOf.value(o.code))
            queue.push_back({c, int(w.nodes.size()) - 1});
    }
    for (int i = 0; i < int(w.nodes.size()); ++i) {
        const OfficialNode& n = w.nodes[i];
        if (n.level != UnitLevel::Commune)
            continue;
        Commune c;
        c.node = i;
        c.id = n.id;
        c.code = n.code;
        c.name = n.name;
        c.urban = !n.type.isEmpty() && n.type != QStringView(u"Xã");
        w.communes.push_back(c);
    }
    if (w.communes.empty())
        throw Error(Error::Kind::Input, tr("Unit %1 has no communes in the official list.").arg(unitCode));
    return created;
}

qint64 createLocalUnits(Database& db, Rng& rng, World& w)
{
    // A few rural communes in the hills have ethnic minority villages; elsewhere only some women
    // who married in.
    int upland = w.communes.size() >= 5 ? std::max(1, int(w.communes.size()) / 8) : 0;
    std::vector<int> order(w.communes.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(i + 1)]);
    for (int k = 0; k < int(order.size()); ++k) {
        Commune& c = w.communes[order[k]];
        const bool hills = !c.urban && upland > 0;
        if (hills)
            --upland;
        c.minority = hills ? rng.uniform(0.12, 0.45) : (rng.chance(0.3) ? rng.uniform(0.0, 0.02) : 0.0);
        c.rateBase = rng.uniform(0.765, 0.87);
    }

    UnitRepository units(db);
    qint64 created = 0;
    for (int ci = 0; ci < int(w.communes.size()); ++ci) {
        Commune& c = w.communes[ci];
        c.viceChairs = rng.chance(0.5) ? 2 : 1;
        const int count = rng.range(8, 20);
        const QStringList villages = villageNames(rng, c.urban, count);
        c.firstChapter = int(w.chapters.size());
        c.chapterCount = count;
        for (int i = 0; i < count; ++i) {
            Chapter ch;
            ch.commune = ci;
            ch.village = villages[i];
            ch.name = QStringLiteral("Chi hội ") + ch.village;
            ch.code = QStringLiteral("%1-%2").arg(c.code).arg(i + 1, 2, 10, QLatin1Char('0'));
            if (rng.chance(0.05))
                ch.catholic = rng.uniform(0.55, 0.9);
            OrgUnit u;
            u.code = ch.code;
            u.name = ch.name;
            u.level = UnitLevel::Chapter;
            u.parentId = c.id;
            ch.id = units.insert(u);
            ++created;
            const int chi = int(w.chapters.size());
            c.chapterWeights.add(rng.uniform(0.5, 1.5));
            ch.firstGroup = int(w.groups.size());
            ch.groupCount = rng.range(3, 6);
            for (int g = 1; g <= ch.groupCount; ++g) {
                Group gr;
                gr.chapter = chi;
                OrgUnit gu;
                gu.code = QStringLiteral("%1-%2").arg(ch.code).arg(g);
                gu.name = QStringLiteral("Tổ %1").arg(g);
                gu.level = UnitLevel::Group;
                gu.parentId = ch.id;
                gr.id = units.insert(gu);
                ++created;
                ch.groupWeights.add(rng.uniform(0.6, 1.4));
                w.groups.push_back(std::move(gr));
            }
            w.chapters.push_back(std::move(ch));
        }
    }
    return created;
}

void planMerges(Database& db, Rng& rng, World& w)
{
    // A couple of chapters merged into a neighbour (villages were merged in waves, e.g. Thanh Hóa
    // 2019-2020), in the middle of the history.
    int wanted = w.chapters.size() >= 40 ? rng.range(2, 4) : (w.chapters.size() >= 9 ? 1 : 0);
    const int firstYear = w.firstYear + 2, lastYear = std::min(w.firstYear + 6, dateOf(w.end).year() - 1);
    if (lastYear < firstYear)
        wanted = 0;
    UnitRepository units(db);
    for (int tries = 0; wanted > 0 && tries < 200; ++tries) {
        const int ci = rng.below(int(w.communes.size()));
        const Commune& c = w.communes[ci];
        if (c.chapterCount < 9)
            continue;
        const int k = rng.range(1, c.chapterCount - 1);
        const int closing = c.firstChapter + k, survivor = closing - 1;
        bool used = false;
        for (const auto& [a, b] : w.merges)
            used = used || a == closing || b == closing || a == survivor || b == survivor;
        if (used)
            continue;
        const int month = rng.range(1, 12);
        const QDate date(rng.range(firstYear, lastYear), month, 1);
        Chapter& a = w.chapters[closing];
        const Chapter& b = w.chapters[survivor];
        a.closedOn = dayOf(date);
        const QString decision = QStringLiteral("%1/QĐ-UBND").arg(rng.range(20, 480));
        OrgUnit u = *units.byId(a.id);
        u.validTo = date;
        u.mergedIntoId = b.id;
        u.decisionNo = decision;
        units.update(u);
        for (int g = 0; g < a.groupCount; ++g) {
            OrgUnit gu = *units.byId(w.groups[a.firstGroup + g].id);
            gu.validTo = date;
            gu.mergedIntoId = w.groups[b.firstGroup + g % b.groupCount].id;
            gu.decisionNo = decision;
            units.update(gu);
        }
        w.merges.push_back({closing, survivor});
        w.notes.push_back(tr("Sáp nhập %1 vào %2").arg(a.name, b.name));
        --wanted;
    }
}

}  // namespace hv::demo
