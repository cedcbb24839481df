#pragma once
// The demo's posts (importing/demogenerator.h): chair and vice chairs of each commune, head and deputy
// of each chapter, head of each group, and who holds them when (Person::holdings). One post at a time
// per person; a vacant post goes to a member of its unit, of the right age and, for the higher posts,
// often a party member.

#include "importing/demoworld.h"

#include <vector>

namespace hv::demo {

class Posts {
public:
    Posts(World& w, Rng& rng) : mW(w), mRng(rng) {}

    void create();  // the posts of every unit (World::allSlots), none held

    // Gives the post, when vacant and not closed, to a member of its unit other than exclude; a group
    // head promoted to it leaves her group post to another.
    void fill(int slot, Day day, int exclude);
    // When person no longer belongs to the unit of her post (she left, or moved away), it passes to
    // another member.
    void release(int person, Day day);
    // The congress: the holder is replaced with probability change; a vacant post is filled.
    void elect(int slot, Day day, double change);
    // The post's chapter was merged: its holder steps down and it stays vacant.
    void close(int slot, Day day);

private:
    bool inScope(const Person& p, const Slot& s) const;
    int pickHolder(int slot, Day day, int exclude);
    void startHolding(int slot, int person, Day day);
    void endHolding(int slot, Day day);

    World& mW;
    Rng& mRng;
    std::vector<int> mScratch, mScratch2;
};

}  // namespace hv::demo
