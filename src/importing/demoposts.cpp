#include "importing/demoposts.h"

#include "core/membervalidation.h"
#include "importing/demopeople.h"

namespace hv::demo {
namespace {

int ageAt(const Person& p, Day day) { return ageOn(FlexDate{dateOf(p.birth), p.birthYear}, dateOf(day)); }

}  // namespace

void Posts::create()
{
    auto addSlot = [&](Position position, Level level, int unit) {
        mW.allSlots.push_back({position, level, unit});
        return int(mW.allSlots.size()) - 1;
    };
    for (int ci = 0; ci < int(mW.communes.size()); ++ci) {
        Commune& c = mW.communes[ci];
        c.officeSlots.push_back(addSlot(Position::Chair, Level::Commune, ci));
        for (int k = 0; k < c.viceChairs; ++k)
            c.officeSlots.push_back(addSlot(Position::ViceChair, Level::Commune, ci));
        for (int chi = c.firstChapter; chi < c.firstChapter + c.chapterCount; ++chi) {
            Chapter& ch = mW.chapters[chi];
            ch.slotHead = addSlot(Position::ChapterHead, Level::Chapter, chi);
            ch.slotDeputy = addSlot(Position::ChapterDeputy, Level::Chapter, chi);
            for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
                mW.groups[g].slot = addSlot(Position::GroupHead, Level::Group, g);
        }
    }
}

bool Posts::inScope(const Person& p, const Slot& s) const
{
    if (p.group < 0)
        return false;
    switch (s.level) {
    case Level::Group: return p.group == s.unit;
    case Level::Chapter: return mW.groups[p.group].chapter == s.unit;
    case Level::Commune: return mW.communeOfGroup(p.group) == s.unit;
    }
    return false;
}

void Posts::startHolding(int slot, int person, Day day)
{
    Slot& s = mW.allSlots[slot];
    Person& p = mW.persons[person];
    p.holdings.push_back({s.position, s.level, s.unit, day, kNever});
    p.heldSlot = slot;
    s.holder = person;
}

void Posts::endHolding(int slot, Day day)
{
    Slot& s = mW.allSlots[slot];
    if (s.holder < 0)
        return;
    Person& p = mW.persons[s.holder];
    // One position at a time: the current holding is the last one.
    p.holdings.back().to = day;
    if (p.holdings.back().to <= p.holdings.back().from)
        p.holdings.pop_back();
    p.heldSlot = -1;
    s.holder = -1;
}

int Posts::pickHolder(int slot, Day day, int exclude)
{
    const Slot& s = mW.allSlots[slot];
    std::vector<int>& all = mScratch;
    all.clear();
    auto addGroup = [&](int g) { all.insert(all.end(), mW.groups[g].members.begin(), mW.groups[g].members.end()); };
    switch (s.level) {
    case Level::Group:
        addGroup(s.unit);
        break;
    case Level::Chapter: {
        const Chapter& ch = mW.chapters[s.unit];
        for (int g = ch.firstGroup; g < ch.firstGroup + ch.groupCount; ++g)
            addGroup(g);
        break;
    }
    case Level::Commune: {
        const Commune& c = mW.communes[s.unit];
        for (int ci = c.firstChapter; ci < c.firstChapter + c.chapterCount; ++ci) {
            const Chapter& ch = mW.chapters[ci];
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
            const Person& p = mW.persons[i];
            if (i == exclude || p.events.front().day > day)
                continue;
            if (p.heldSlot >= 0 && (pass < 2 || mW.allSlots[p.heldSlot].position != Position::GroupHead))
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
        const Person& p = mW.persons[i];
        if ((p.party && p.partyDay <= day) == want)
            matching.push_back(i);
    }
    if (!matching.empty())
        return matching[mRng.below(int(matching.size()))];
    const int chosen = ok[mRng.below(int(ok.size()))];
    if (want)
        makePartyMember(mRng, mW.persons[chosen], day);
    return chosen;
}

void Posts::fill(int slot, Day day, int exclude)
{
    if (mW.allSlots[slot].dead || mW.allSlots[slot].holder >= 0)
        return;
    const int holder = pickHolder(slot, day, exclude);
    if (holder < 0)
        return;
    const int previous = mW.persons[holder].heldSlot;  // a promoted group head leaves her group post
    if (previous >= 0)
        endHolding(previous, day);
    startHolding(slot, holder, day);
    if (previous >= 0)
        fill(previous, day, holder);
}

void Posts::release(int person, Day day)
{
    const Person& p = mW.persons[person];
    if (p.heldSlot < 0 || inScope(p, mW.allSlots[p.heldSlot]))
        return;
    const int slot = p.heldSlot;
    endHolding(slot, day);
    fill(slot, day, person);
}

void Posts::elect(int slot, Day day, double change)
{
    const Slot& s = mW.allSlots[slot];
    if (s.dead)
        return;
    if (s.holder >= 0 && mRng.chance(change)) {
        const int old = s.holder;
        endHolding(slot, day);
        fill(slot, day, old);
    } else if (s.holder < 0) {
        fill(slot, day, -1);
    }
}

void Posts::close(int slot, Day day)
{
    endHolding(slot, day);
    mW.allSlots[slot].dead = true;
}

}  // namespace hv::demo
