// The orchestration of the demo: the years, the tree (demotree), the population plan, the history
// (demohistory, demoposts), the women 18+ and admission targets per commune and year, and the register
// written through the bulk loader (demopeople), all in one transaction.
#include "importing/demogenerator.h"
#include "importing/demoyearwork.h"

#include "core/membership.h"
#include "importing/demohistory.h"
#include "importing/demopeople.h"
#include "importing/demotree.h"
#include "importing/demoworld.h"
#include "storage/batchrepository.h"
#include "storage/database.h"
#include "storage/memberbulkloader.h"
#include "storage/unityearrepository.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace hv {
namespace {

using namespace demo;

class Generator {
public:
    Generator(Database& db, const ReferenceData& ref, const DemoOptions& o)
        : mDb(db), mRef(ref), mOpt(o), mRng(o.seed)
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
    void planBudgets();
    void writeYearFigures();
    void writeMembers();

    Database& mDb;
    const ReferenceData& mRef;
    DemoOptions mOpt;
    Rng mRng;  // the tree, the plan, the history and the figures; the member fields have their own
    World mW;
    DemoSummary mSummary;
};

void Generator::setDates()
{
    const QDate today = QDate::currentDate();
    const int lastYear = mOpt.lastYear ? mOpt.lastYear : today.year() - 1;
    if (lastYear > today.year() || lastYear < 1990)
        throw Error(Error::Kind::Usage, tr("The last year of the demo must be between 1990 and %1.").arg(today.year()));
    mW.firstYear = lastYear - 9;
    mW.start = dayOf(QDate(mW.firstYear, 1, 1));
    if (lastYear == today.year() - 1 || lastYear == today.year())
        mW.end = dayOf(today);
    else
        mW.end = dayOf(QDate(lastYear, 12, 31));
    for (int y = mW.firstYear; y <= dateOf(mW.end).year(); ++y) {
        mW.years.push_back(y);
        const Day last = std::min(dayOf(QDate(y, 12, 31)), mW.end);
        mW.yearFraction.push_back(double(last - dayOf(QDate(y, 1, 1)) + 1) / double(QDate(y, 1, 1).daysInYear()));
    }
}

void Generator::planBudgets()
{
    const qint64 total = mOpt.members > 0 ? mOpt.members : qint64(3000) * qint64(mW.communes.size());
    // Communes differ in size; towns are larger.
    std::vector<double> w(mW.communes.size());
    double sum = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        w[i] = mRng.uniform(0.7, 1.3) * (mW.communes[i].urban ? 1.2 : 1.0);
        sum += w[i];
    }
    // Largest remainder, so the total is exact.
    qint64 given = 0;
    std::vector<std::pair<double, int>> rest;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const double share = double(total) * w[i] / sum;
        mW.communes[i].budget = int(std::floor(share));
        given += mW.communes[i].budget;
        rest.push_back({share - std::floor(share), int(i)});
    }
    std::stable_sort(rest.begin(), rest.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (qint64 k = 0; given < total; ++k, ++given)
        ++mW.communes[rest[std::size_t(k % qint64(rest.size()))].second].budget;

    const int years = int(mW.years.size());
    mW.newcomers.assign(mW.communes.size(), std::vector<int>(years, 0));
    mW.honorary.assign(mW.communes.size(), std::vector<int>(years, 0));
    Weighted honoraryYears;  // the 2022 charter introduced honorary members
    for (int i = 0; i < years; ++i)
        honoraryYears.add(mW.years[i] >= 2022 ? mW.yearFraction[i] : 0.0);
    mW.admitted.assign(mW.communes.size(), std::vector<int>(years, 0));
    mW.membersEnd.assign(mW.communes.size(), std::vector<int>(years, 0));
    const bool withHonorary = mW.years.back() >= 2022;
    for (std::size_t ci = 0; ci < mW.communes.size(); ++ci) {
        Commune& c = mW.communes[ci];
        mW.communeWeights.add(double(c.budget) + 1.0);
        c.honorary = withHonorary ? int(std::lround(c.budget * 0.01)) : 0;
        for (int k = 0; k < c.honorary; ++k)
            ++mW.honorary[ci][honoraryYears.pick(mRng)];
        const int ordinary = c.budget - c.honorary;
        // About 8 % of members are party members; the officers made party members below count in it.
        const double officers = 1.6 * c.chapterCount + 6.0;
        c.partyScale = std::clamp(1.0 - officers / std::max(1.0, 0.08 * 0.8 * ordinary), 0.15, 1.0);
        c.initial = int(std::lround(ordinary * 0.70));
        const int newcomers = ordinary - c.initial;
        std::vector<double> yw(years);
        double ys = 0;
        for (int i = 0; i < years; ++i) {
            yw[i] = mRng.uniform(0.8, 1.2) * (1.0 + 0.02 * i) * mW.yearFraction[i];
            ys += yw[i];
        }
        int placed = 0;
        for (int i = 0; i < years; ++i) {
            mW.newcomers[ci][i] = int(std::floor(newcomers * yw[i] / ys));
            placed += mW.newcomers[ci][i];
        }
        for (; placed < newcomers; ++placed)
            ++mW.newcomers[ci][mRng.below(years)];
    }
}

void Generator::writeYearFigures()
{
    UnitYearRepository years(mDb);
    for (int yi = 0; yi < int(mW.years.size()); ++yi) {
        std::map<int, double> targetOfNode;  // the office's unit and districts: sums of their communes (in id order)
        for (int ci = 0; ci < int(mW.communes.size()); ++ci) {
            const Commune& c = mW.communes[ci];
            // Women 18+ so that the attraction rate comes out 75-92 %, slowly rising.
            const double rate = std::clamp(c.rateBase + 0.004 * yi + mRng.uniform(-0.008, 0.008), 0.75, 0.92);
            const int members = mW.membersEnd[ci][yi];
            if (members > 0)
                years.setPopulation(c.id, mW.years[yi], Population{qint64(std::lround(members / rate)), QStringLiteral("present")});
            // The target was set before the year: near the result, some communes beat it, some miss.
            const double fullYear = mW.admitted[ci][yi] / std::max(0.05, mW.yearFraction[yi]);
            const double ambition = 1.0 + mRng.uniform(-0.12, 0.15);
            const double target = std::max(1.0, double(std::lround(fullYear / ambition + mRng.uniform(-1.5, 1.5))));
            years.setTarget(c.id, mW.years[yi], QStringLiteral("admitted"), target);
            for (int n = mW.nodes[c.node].parent; n >= 0; n = mW.nodes[n].parent)
                targetOfNode[n] += target;
        }
        for (const auto& [node, target] : targetOfNode)
            years.setTarget(mW.nodes[node].id, mW.years[yi], QStringLiteral("admitted"), target);
    }
}

void Generator::writeMembers()
{
    BatchRepository batches(mDb);
    const Id batch = batches.create(QStringLiteral("demo"), QStringLiteral("demo %1 seed %2").arg(mOpt.unitCode).arg(mOpt.seed));
    MemberBulkLoader loader(mDb, batch, qint64(mW.persons.size()));
    MemberMaker maker(mRef, mW.province, mOpt.seed ^ 0x9E3779B9u, mW.persons.size());
    std::vector<MembershipEvent> events;
    std::vector<PositionHolding> positions;

    for (int i = 0; i < int(mW.persons.size()); ++i) {
        const Person& p = mW.persons[i];
        const Member m = maker.make(mW, i);
        events.clear();
        for (const Ev& e : p.events) {
            MembershipEvent me;
            me.kind = e.kind;
            me.date = dateOf(e.day);
            me.unitId = e.group >= 0 ? mW.groups[e.group].id : 0;
            if (e.decision >= 0)
                me.decisionNo = mW.decisions[e.decision];
            if (e.note >= 0)
                me.notes = mW.notes[e.note];
            events.push_back(me);
        }
        const QString problem = normalizeChain(events);
        if (!problem.isEmpty())
            throw std::logic_error("demo: invalid chain for member " + std::to_string(i) + ": " + problem.toStdString());
        positions.clear();
        for (const Holding& h : p.holdings) {
            PositionHolding ph;
            ph.position = h.position;
            ph.unitId = mW.unitId(h.level, h.unit);
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
            progress(0.2 + 0.7 * double(i + 1) / double(mW.persons.size()));
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
    mSummary.units += createOfficialUnits(mDb, mOpt.unitCode, mW);
    mSummary.units += createLocalUnits(mDb, mRng, mW);
    planMerges(mDb, mRng, mW);
    planBudgets();
    History history(mW, mRng);
    history.createInitialMembers();
    progress(0.03);
    for (int yi = 0; yi < int(mW.years.size()); ++yi) {
        history.runYear(yi);
        progress(0.03 + 0.15 * double(yi + 1) / double(mW.years.size()));
    }
    writeYearFigures();
    writeMembers();
    writeYearWork(mDb, mW, mOpt.seed);
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
