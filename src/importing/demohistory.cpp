#include "importing/demohistory.h"

#include "importing/demopeople.h"

#include <algorithm>
#include <cmath>

namespace hv::demo {
namespace {

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

}  // namespace

int History::addPerson(Person p)
{
    mW.persons.push_back(std::move(p));
    return int(mW.persons.size()) - 1;
}

int History::pickGroup(int commune, Day day, int excludeChapter)
{
    const Commune& c = mW.communes[commune];
    int chapter = -1;
    for (int tries = 0; tries < 40 && chapter < 0; ++tries) {
        const int ch = c.firstChapter + c.chapterWeights.pick(mRng);
        if (mW.chapters[ch].closedOn > day && ch != excludeChapter)
            chapter = ch;
    }
    for (int ch = c.firstChapter; chapter < 0 && ch < c.firstChapter + c.chapterCount; ++ch)
        if (mW.chapters[ch].closedOn > day && ch != excludeChapter)
            chapter = ch;
    if (chapter < 0)
        return -1;
    const Chapter& ch = mW.chapters[chapter];
    return ch.firstGroup + ch.groupWeights.pick(mRng);
}

void History::join(int person, EventKind kind, Day day, int group, int decision)
{
    Person& p = mW.persons[person];
    p.events.push_back({kind, day, group, decision, -1});
    p.lastDay = day;
    p.group = group;
    if (p.honorary)
        return;  // counted apart, and never chosen for a position
    Group& g = mW.groups[group];
    p.indexInGroup = int(g.members.size());
    g.members.push_back(person);
    ++mW.communes[mW.communeOfGroup(group)].active;
}

void History::removeFromGroup(Person& p)
{
    Group& g = mW.groups[p.group];
    const int last = g.members.back();
    g.members[p.indexInGroup] = last;
    mW.persons[last].indexInGroup = p.indexInGroup;
    g.members.pop_back();
    p.indexInGroup = -1;
}

void History::leave(int person, EventKind kind, Day day)
{
    Person& p = mW.persons[person];
    p.events.push_back({kind, day, -1, -1, -1});
    p.lastDay = day;
    --mW.communes[mW.communeOfGroup(p.group)].active;
    removeFromGroup(p);
    p.group = -1;
    mPosts.release(person, day);
}

void History::move(int person, int group, Day day, int note)
{
    Person& p = mW.persons[person];
    p.events.push_back({EventKind::Moved, day, group, -1, note});
    p.lastDay = day;
    const int from = mW.communeOfGroup(p.group), to = mW.communeOfGroup(group);
    removeFromGroup(p);
    p.group = group;
    Group& g = mW.groups[group];
    p.indexInGroup = int(g.members.size());
    g.members.push_back(person);
    --mW.communes[from].active;
    ++mW.communes[to].active;
    mPosts.release(person, day);
}

void History::createInitialMembers()
{
    // Ages at the start of the history (the members are women 18 and over; the older ones joined
    // in the 1970s-2000s).
    const Table<std::pair<int, int>> ages{{6, {18, 24}}, {10, {25, 34}}, {11, {35, 44}}, {10, {45, 54}},
                                          {8, {55, 64}}, {5, {65, 72}}};
    const Day earliest = dayOf(QDate(1975, 1, 1));
    for (int ci = 0; ci < int(mW.communes.size()); ++ci) {
        for (int k = 0; k < mW.communes[ci].initial; ++k) {
            const auto [lo, hi] = ages.pick(mRng);
            const int age = mRng.range(lo, hi);
            const bool transferred = mRng.chance(0.15);
            const int person =
                addPerson(newPerson(mRng, mW, ci, age, mW.start, false, false, transferred && mRng.chance(0.4)));
            Person& p = mW.persons[person];
            const Day first = std::max(earliest, dayOf(eighteenth(dateOf(p.birth))));
            const Day last = mW.start - 1;
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
                decision = mW.decisionIndex(mRng.range(1, 60));
            const int group = pickGroup(ci, joinDay, -1);
            join(person, transferred ? EventKind::TransferredIn : EventKind::Admitted, joinDay, group, decision);
        }
    }
    // The officers in place when the history starts, elected some years before.
    for (int slot = 0; slot < int(mW.allSlots.size()); ++slot)
        mPosts.fill(slot, mW.start - mRng.range(30, 5 * 365), -1);
}

void History::runYear(int yi)
{
    const int year = mW.years[yi];
    const Day ys = dayOf(QDate(year, 1, 1));
    const Day ye = std::min(dayOf(QDate(year, 12, 31)), mW.end);
    const double frac = mW.yearFraction[yi];
    auto dayBetween = [&](Day lo, Day hi) { return lo >= hi ? lo : lo + mRng.below(hi - lo + 1); };
    std::vector<Action> acts;

    for (const auto& [closing, survivor] : mW.merges) {
        const Day d = mW.chapters[closing].closedOn;
        if (d >= ys && d <= ye)
            acts.push_back({d, 0, Act::Close, closing, survivor});
    }

    // Congresses: communes every five years (2016, 2021, 2026 ...), chapters at the start and in the
    // middle of the term.
    if (((year - 2021) % 5 + 5) % 5 == 0) {
        for (const Commune& c : mW.communes) {
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
        for (const Chapter& ch : mW.chapters) {
            const Day d = base + mRng.below(85);
            if (d > ye || ch.closedOn <= d)
                continue;
            acts.push_back({d, 2, Act::Election, ch.slotHead, 0, 0.35});
            acts.push_back({d, 2, Act::Election, ch.slotDeputy, 0, 0.4});
            for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
                acts.push_back({d, 2, Act::Election, mW.groups[g].slot, 0, 0.3});
        }
    }

    // Members leave or move. Reviews of the list ("rà soát") remove more in some years.
    const bool review = mRng.chance(0.25);
    for (int i = 0; i < int(mW.persons.size()); ++i) {
        const Person& p = mW.persons[i];
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
            else if (m < 0.0115 * frac && mW.communes.size() > 1)
                acts.push_back({dayBetween(lo, ye), 1, Act::MoveCommune, i});
        }
    }

    // Newcomers: admissions on the few dates of the commune's decisions (one near 20 October, Vietnamese
    // Women's Day), transfers in on any day; honorary members from 2022.
    const Table<std::pair<int, int>> admitAges{{25, {18, 19}}, {45, {20, 29}}, {25, {30, 45}}, {5, {46, 60}}};
    const Table<std::pair<int, int>> transferAges{{70, {20, 40}}, {30, {41, 65}}};
    for (int ci = 0; ci < int(mW.communes.size()); ++ci) {
        const int total = mW.newcomers[ci][yi];
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
            numbers.push_back(mW.decisionIndex(number));
        for (int k = 0; k < admissions; ++k) {
            const int which = mRng.below(int(dates.size()));
            const auto [lo, hi] = admitAges.pick(mRng);
            const int person = addPerson(newPerson(mRng, mW, ci, mRng.range(lo, hi), dates[which], false, false, false));
            acts.push_back({dates[which], 1, Act::Join, person, int(EventKind::Admitted), double(numbers[which])});
        }
        for (int k = 0; k < transfers; ++k) {
            const Day d = dayBetween(ys, ye);
            const auto [lo, hi] = transferAges.pick(mRng);
            const bool bornElsewhere = mRng.chance(0.4);
            const int person = addPerson(newPerson(mRng, mW, ci, mRng.range(lo, hi), d, false, false, bornElsewhere));
            acts.push_back({d, 1, Act::Join, person, int(EventKind::TransferredIn), -1});
        }
        for (int k = 0; k < mW.honorary[ci][yi]; ++k) {
            const Day d = dayBetween(ys, ye);
            const bool male = mRng.chance(0.4);
            const int person = addPerson(newPerson(mRng, mW, ci, mRng.range(35, 72), d, true, male, false));
            acts.push_back({d, 1, Act::Join, person, int(EventKind::Admitted), -1});
        }
    }

    std::stable_sort(acts.begin(), acts.end(), [](const Action& x, const Action& y) {
        return x.day != y.day ? x.day < y.day : x.priority < y.priority;
    });
    for (const Action& a : acts) {
        switch (a.act) {
        case Act::Close: {
            const Chapter& closing = mW.chapters[a.a];
            const Chapter& survivor = mW.chapters[a.b];
            mPosts.close(closing.slotHead, a.day);
            mPosts.close(closing.slotDeputy, a.day);
            int note = -1;
            for (int m = 0; m < int(mW.merges.size()); ++m)
                if (mW.merges[m].first == a.a)
                    note = m;
            for (int g = closing.firstGroup; g < closing.firstGroup + closing.groupCount; ++g) {
                mPosts.close(mW.groups[g].slot, a.day);
                const int target = survivor.firstGroup + (g - closing.firstGroup) % survivor.groupCount;
                const std::vector<int> members = mW.groups[g].members;
                for (int person : members)
                    move(person, target, a.day, note);
            }
            break;
        }
        case Act::Join: {
            const Person& p = mW.persons[a.a];
            const int group = pickGroup(p.commune, a.day, -1);
            const auto kind = EventKind(a.b);
            join(a.a, kind, a.day, group, int(a.p));
            if (kind == EventKind::Admitted && !p.honorary)
                ++mW.admitted[p.commune][yi];
            break;
        }
        case Act::Leave: {
            const Person& p = mW.persons[a.a];
            if (p.group >= 0 && a.day > p.lastDay)
                leave(a.a, EventKind(a.b), a.day);
            break;
        }
        case Act::Move:
        case Act::MoveCommune: {
            const Person& p = mW.persons[a.a];
            if (p.group < 0 || a.day <= p.lastDay)
                break;
            const int here = mW.communeOfGroup(p.group);
            int commune = here;
            if (a.act == Act::MoveCommune)
                for (int tries = 0; tries < 20 && commune == here; ++tries)
                    commune = mW.communeWeights.pick(mRng);
            if (commune == here && a.act == Act::MoveCommune)
                break;
            const int target = pickGroup(commune, a.day, mW.groups[p.group].chapter);
            if (target >= 0)
                move(a.a, target, a.day, -1);
            break;
        }
        case Act::Election:
            mPosts.elect(a.a, a.day, a.p);
            break;
        }
    }
    for (int ci = 0; ci < int(mW.communes.size()); ++ci)
        mW.membersEnd[ci][yi] = mW.communes[ci].active;
}

}  // namespace hv::demo
