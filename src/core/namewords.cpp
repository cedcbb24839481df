#include "core/namewords.h"

#include "core/csvline.h"
#include "core/vietnamese.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

namespace hv::vn {
namespace {

// share of each folded word in one list, a word's share being the sum over the list's entries that
// hold it ("Thị" and "Thị Thanh" both count for "thi").
void addList(QHash<QString, double>& shares, const QString& resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&f);
    in.readLine();  // header
    QHash<QString, double> list;
    while (!in.atEnd()) {
        const QStringList cells = splitCsvLine(in.readLine());
        if (cells.size() < 2)
            continue;
        const double share = cells[1].toDouble();
        for (const QString& w : fold(cells[0]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            list[w] += share;
    }
    // A word can be a surname, a middle name and a given name: the largest of its shares stands for it.
    for (auto it = list.cbegin(); it != list.cend(); ++it)
        shares[it.key()] = std::max(shares.value(it.key()), std::min(1.0, it.value()));
}

const QHash<QString, double>& table()
{
    static const QHash<QString, double> shares = [] {
        QHash<QString, double> s;
        for (const char* name : {"surnames", "female_middle_names", "female_given_names"})
            addList(s, QStringLiteral(":/data/%1.csv").arg(QLatin1String(name)));
        return s;
    }();
    return shares;
}

}  // namespace

double nameWordShare(const QString& foldedWord) { return table().value(foldedWord, 0.0); }

QString trigramQuery(const QString& word)
{
    QStringList terms;
    for (qsizetype i = 0; i + 3 <= word.size(); ++i)
        terms << QLatin1Char('"') + word.mid(i, 3).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QLatin1Char('"');
    return terms.join(QLatin1String(" AND "));
}

QStringList uncommonNameWords(const QStringList& foldedWords, double maxShare)
{
    QStringList out;
    for (const QString& w : foldedWords)
        if (w.size() >= 3 && nameWordShare(w) < maxShare)
            out << w;
    return out;
}

}  // namespace hv::vn
