#pragma once
// The office the demo simulates (importing/demogenerator.h), held as plain structs and indices so the
// parts of the generator share one picture: demotree.cpp builds the units, demogenerator.cpp the years
// and the population plan, demohistory.cpp the members' movements and the posts, demopeople.cpp who
// the members are.

#include "core/types.h"
#include "importing/demorandom.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <limits>
#include <utility>
#include <vector>

namespace hv::demo {

inline QString tr(const char* s) { return QCoreApplication::translate("hv::DemoGenerator", s); }

// Dates as Julian day numbers: cheap to compare, add and store.
using Day = qint32;
constexpr Day kNever = std::numeric_limits<Day>::max();
inline Day dayOf(const QDate& d) { return Day(d.toJulianDay()); }
inline QDate dateOf(Day d) { return QDate::fromJulianDay(d); }

// A unit of the official list below (and including) the office's unit.
struct OfficialNode {
    Id id = 0;
    QString code, name, type;
    UnitLevel level = UnitLevel::Commune;
    int parent = -1;  // index in the nodes, -1 for the office's unit
};

struct Commune {
    // The tree (demotree.cpp).
    int node = 0;
    Id id = 0;
    QString code, name;
    bool urban = false;
    int firstChapter = 0, chapterCount = 0;
    Weighted chapterWeights;
    double minority = 0;   // share of ethnic minority women
    double rateBase = 0.8; // attraction rate at the start of the history
    int viceChairs = 1;
    // The population plan (demogenerator.cpp).
    int budget = 0, honorary = 0, initial = 0;
    double partyScale = 1;  // lowers the party share of ordinary members where many officers are made party members
    // The history (demohistory.cpp).
    int active = 0;  // ordinary members active now (during the simulation)
    std::vector<int> officeSlots;
};

struct Chapter {
    Id id = 0;
    QString code, name, village;
    int commune = 0;
    int firstGroup = 0, groupCount = 0;
    Weighted groupWeights;
    Day closedOn = kNever;   // merged into a neighbour (World::merges)
    double catholic = 0.01;  // share of Catholics (a few villages are Catholic parishes)
    int slotHead = -1, slotDeputy = -1;
};

struct Group {
    Id id = 0;
    int chapter = 0;
    int slot = -1;
    std::vector<int> members;  // ordinary members active now, in no particular order
};

// A post: a position in one unit, held by one person at a time.
enum class Level : quint8 { Commune, Chapter, Group };

struct Slot {
    Position position;
    Level level;
    int unit;  // index in the communes, chapters or groups
    int holder = -1;
    bool dead = false;  // its chapter was merged
};

enum class Occupation : quint8 {
    Farmer, Worker, Trader, Business, Freelance, Housewife, Teacher, Official, Health, Retired, Student
};

struct Ev {
    EventKind kind;
    Day day;
    int group;     // -1 after an ending event
    int decision;  // index into decisions, -1 none
    int note;      // index into notes, -1 none
};

struct Holding {
    Position position;
    Level level;
    int unit;
    Day from, to;
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

struct World {
    // The history runs from start (1 January of firstYear) to end, in years (demogenerator.cpp).
    int firstYear = 0;
    Day start = 0, end = 0;
    std::vector<int> years;
    std::vector<double> yearFraction;  // the part of each year inside the history

    // The tree (demotree.cpp).
    int province = 0;  // GSO code of the province
    std::vector<OfficialNode> nodes;
    std::vector<Commune> communes;
    std::vector<Chapter> chapters;
    std::vector<Group> groups;
    std::vector<std::pair<int, int>> merges;  // closed chapter, surviving chapter
    std::vector<QString> notes;               // notes of events, one per merge

    // The population plan (demogenerator.cpp), per commune and year index.
    Weighted communeWeights;  // where members move to
    std::vector<std::vector<int>> newcomers, honorary;

    // The history (demohistory.cpp).
    std::vector<Slot> allSlots;
    std::vector<Person> persons;
    std::vector<QString> decisions;  // "07/QĐ-HPN" by number
    std::vector<std::vector<int>> admitted, membersEnd;  // per commune and year index

    int communeOfGroup(int g) const { return chapters[groups[g].chapter].commune; }
    Id unitId(Level level, int unit) const
    {
        switch (level) {
        case Level::Commune: return communes[unit].id;
        case Level::Chapter: return chapters[unit].id;
        case Level::Group: return groups[unit].id;
        }
        return 0;
    }
    int decisionIndex(int number)
    {
        while (int(decisions.size()) <= number)
            decisions.push_back(QStringLiteral("%1/QĐ-HPN").arg(int(decisions.size()), 2, 10, QLatin1Char('0')));
        return number;
    }
};

}  // namespace hv::demo
