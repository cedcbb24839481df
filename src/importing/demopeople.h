#pragma once
// Who the demo's members are (importing/demogenerator.h): birth, occupation and party membership when
// a person enters the history, and, when the register is written, the rest of her record: name, CCCD,
// ethnicity, religion, education, political theory, address, phone, card, household.

#include "core/types.h"
#include "importing/demonames.h"
#include "importing/demoworld.h"

#include <QHash>
#include <unordered_set>
#include <vector>

namespace hv {
class ReferenceData;
}

namespace hv::demo {

// The first day on which somebody born on birth is 18 by ageOn's rule (29 February included).
QDate eighteenth(const QDate& birth);

// A person of the commune, ageAtJoin years old on joinDay; not yet in a group (History::join).
Person newPerson(Rng& rng, const World& w, int commune, int ageAtJoin, Day joinDay, bool honorary, bool male,
                 bool bornElsewhere);

// Makes p a party member some time before `before` (a post that wants one).
void makePartyMember(Rng& rng, Person& p, Day before);

// Draws the fields of the members' records from its own stream, in the order the members are written.
class MemberMaker {
public:
    // province: GSO code of the office's province (CCCD numbers, ethnic minorities, names).
    // Throws std::runtime_error when the name lists are missing.
    MemberMaker(const ReferenceData& ref, int province, quint32 seed, std::size_t members);

    // The record of w.persons[person] without its events and positions.
    Member make(const World& w, int person);

private:
    QString education(const Person& p);
    QString professional(const Person& p);
    QString politicalTheory(const Person& p);

    Rng mRng;
    NameMaker mNames;
    QString mCccdProvince;
    std::vector<QString> mOtherCccdProvinces;
    std::unordered_set<quint64> mUsedIds;
    Table<QString> mMinorities;
    QString mKinh, mNoReligion, mCatholic, mBuddhist;
    QHash<int, int> mCardSerial;  // last card number by commune
};

}  // namespace hv::demo
