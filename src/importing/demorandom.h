#pragma once
// The demo's random numbers (importing/demogenerator.h "Determinism"). std::mt19937 is specified bit
// for bit; the std distributions are not (libstdc++, libc++ and MSVC draw differently), so the draws
// are made here and the same seed gives the same database everywhere. Nor is the order in which the
// arguments of a call or the operands of + are evaluated: two draws never share an expression.

#include <QtGlobal>
#include <algorithm>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

namespace hv::demo {

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
        for (const auto& [w, v] : items)
            add(w, v);
    }
    void add(double w, const T& v)
    {
        values.push_back(v);
        weights.add(w);
    }
    bool empty() const { return values.empty(); }
    const T& pick(Rng& rng) const { return values[weights.pick(rng)]; }
};

}  // namespace hv::demo
