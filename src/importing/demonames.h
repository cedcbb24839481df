#pragma once
// The demo members' names, drawn from the name statistics of resources/data (SOURCE.md).

#include "importing/demorandom.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace hv::demo {

// The rows (header left out) of a bundled list in :/data. Throws std::runtime_error when it is missing.
std::vector<QStringList> readResourceCsv(const QString& name);
// A name of the lists repaired: Ð (U+00D0) written for Đ, and three surnames that are VNI text read
// as Unicode.
QString cleanName(QString s);

class NameMaker {
public:
    // northern: the office is north of Nghệ An, where Huỳnh is written Hoàng and Võ mostly Vũ, and
    // the southern habit of a surname as middle name is rare.
    // Throws std::runtime_error when the lists in :/data are missing or empty.
    explicit NameMaker(bool northern);

    // A full name for a woman (or, for honorary members, a man) born in birthYear.
    QString make(Rng& rng, int birthYear, bool male) const;

private:
    Table<QString> mSurnames, mThiMiddles, mOtherMiddles, mGivens;
    std::vector<QString> mCombos;
};

}  // namespace hv::demo
