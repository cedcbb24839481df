#pragma once
// The demo's history (importing/demogenerator.h): the members when it starts, then year by year
// admissions, transfers in and out, moves between chapters and communes, withdrawals, removals and
// deaths, the merged chapters handing over their members, and the posts (chair, vice chair, chapter
// head and deputy, group head) changing hands at the congresses and when a holder leaves.

#include "importing/demoposts.h"
#include "importing/demoworld.h"

namespace hv::demo {

class History {
public:
    // w holds the tree, the years and the population plan; the history adds the posts (created here),
    // the persons with their events and holdings, and the counts per commune and year.
    History(World& w, Rng& rng) : mW(w), mRng(rng), mPosts(w, rng) { mPosts.create(); }

    void createInitialMembers();  // the members and officers in place when the history starts
    void runYear(int yearIndex);

private:
    int addPerson(Person p);
    int pickGroup(int commune, Day day, int excludeChapter);
    void join(int person, EventKind kind, Day day, int group, int decision);
    void leave(int person, EventKind kind, Day day);
    void move(int person, int group, Day day, int note);
    void removeFromGroup(Person& p);

    World& mW;
    Rng& mRng;
    Posts mPosts;
};

}  // namespace hv::demo
