#include "importing/demonames.h"

#include "core/csvline.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <stdexcept>

namespace hv::demo {

std::vector<QStringList> readResourceCsv(const QString& name)
{
    QFile f(QStringLiteral(":/data/") + name);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("missing resource :/data/" + name.toStdString());
    std::vector<QStringList> rows;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (header) {
            header = false;
            continue;
        }
        if (!line.isEmpty())
            rows.push_back(splitCsvLine(line));
    }
    return rows;
}

// A few names of the lists are written with Ð (U+00D0, Icelandic eth) instead of Đ, and three
// surnames are VNI-encoded text read as Unicode; both are repaired here.
QString cleanName(QString s)
{
    s.replace(QChar(0x00D0), QChar(0x0110));
    s.replace(QChar(0x00F0), QChar(0x0111));
    s = s.normalized(QString::NormalizationForm_C).simplified();
    static const QHash<QString, QString> vni{{QStringLiteral("Laâm"), QStringLiteral("Lâm")},
                                             {QStringLiteral("Vuõ"), QStringLiteral("Vũ")},
                                             {QStringLiteral("Ngoâ"), QStringLiteral("Ngô")}};
    return vni.value(s, s);
}

namespace {

// Honorary men only: a short list written here (the bundled statistics are of women).
const Table<QString>& maleMiddles()
{
    static const Table<QString> t{{40, QStringLiteral("Văn")}, {8, QStringLiteral("Đình")},  {7, QStringLiteral("Hữu")},
                                  {6, QStringLiteral("Xuân")}, {6, QStringLiteral("Ngọc")},  {6, QStringLiteral("Quang")},
                                  {6, QStringLiteral("Minh")}, {6, QStringLiteral("Đức")},   {5, QStringLiteral("Công")},
                                  {4, QStringLiteral("Bá")},   {4, QStringLiteral("Thế")},   {4, QStringLiteral("Trọng")}};
    return t;
}

const Table<QString>& maleGivens()
{
    static const Table<QString> t{{1, QStringLiteral("Hùng")},  {1, QStringLiteral("Dũng")},  {1, QStringLiteral("Tuấn")},
                                  {1, QStringLiteral("Hải")},   {1, QStringLiteral("Nam")},   {1, QStringLiteral("Sơn")},
                                  {1, QStringLiteral("Thắng")}, {1, QStringLiteral("Long")},  {1, QStringLiteral("Cường")},
                                  {1, QStringLiteral("Hòa")},   {1, QStringLiteral("Bình")},  {1, QStringLiteral("Thành")},
                                  {1, QStringLiteral("Trung")}, {1, QStringLiteral("Tùng")},  {1, QStringLiteral("Hưng")},
                                  {1, QStringLiteral("Phong")}, {1, QStringLiteral("Lâm")},   {1, QStringLiteral("Toàn")},
                                  {1, QStringLiteral("Khánh")}, {1, QStringLiteral("Việt")},  {1, QStringLiteral("Hiếu")},
                                  {1, QStringLiteral("Tiến")},  {1, QStringLiteral("Lợi")},   {1, QStringLiteral("Chiến")}};
    return t;
}

}  // namespace

NameMaker::NameMaker(bool northern)
{
    QHash<QString, double> surnameShare;
    QStringList surnameOrder;
    for (const QStringList& r : readResourceCsv(QStringLiteral("surnames.csv"))) {
        if (r.size() < 2)
            continue;
        QString s = cleanName(r[0]);
        if (s == QStringView(u"Ánh"))  // a given name, not a surname
            continue;
        if (northern && s == QStringView(u"Huỳnh"))
            s = QStringLiteral("Hoàng");
        if (northern && s == QStringView(u"Võ"))
            s = QStringLiteral("Vũ");
        if (!surnameShare.contains(s))
            surnameOrder << s;
        surnameShare[s] += r[1].toDouble();
    }
    for (const QString& s : std::as_const(surnameOrder))
        mSurnames.add(surnameShare.value(s), s);

    for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_names.csv"))) {
        if (r.size() < 2)
            continue;
        const QString m = cleanName(r[0]);
        const double share = r[1].toDouble();
        if (m == QStringView(u"Thị"))
            continue;  // "Thị" alone is drawn by age below
        if (m.startsWith(QStringView(u"Thị ")))
            mThiMiddles.add(share, m);
        else if (!m.contains(QStringView(u"Thị")) && !(northern && surnameShare.value(m.section(u' ', 0, 0)) > 0.005))
            mOtherMiddles.add(share, m);
    }
    for (const QStringList& r : readResourceCsv(QStringLiteral("female_given_names.csv"))) {
        if (r.size() >= 2 && r[1].toDouble() > 0)
            mGivens.add(r[1].toDouble(), cleanName(r[0]));
    }
    for (const QStringList& r : readResourceCsv(QStringLiteral("female_middle_given_combos.csv"))) {
        const QString c = r.isEmpty() ? QString() : cleanName(r[0]);
        if (c.contains(u' ') && !c.contains(QStringView(u"Thị")))
            mCombos.push_back(c);
    }
    if (mSurnames.empty() || mThiMiddles.empty() || mOtherMiddles.empty() || mGivens.empty() || mCombos.empty())
        throw std::runtime_error("the name lists in :/data are empty");
}

QString NameMaker::make(Rng& rng, int birthYear, bool male) const
{
    const QString& surname = mSurnames.pick(rng);
    if (male) {
        const QString& given = maleGivens().pick(rng);
        return surname + u' ' + maleMiddles().pick(rng) + u' ' + given;
    }
    // The sample is young and southern; among women born before 1990, and in the countryside,
    // "Thị" is the rule (SOURCE.md notes).
    const double thi = birthYear < 1970 ? 0.95 : birthYear < 1990 ? 0.86 : 0.62;
    const double thiAlone = birthYear < 1970 ? 0.80 : birthYear < 1990 ? 0.62 : 0.38;
    for (;;) {
        QString middle, given;
        if (rng.chance(thi)) {
            middle = rng.chance(thiAlone) ? QStringLiteral("Thị") : mThiMiddles.pick(rng);
            given = mGivens.pick(rng);
        } else if (birthYear >= 1985 && rng.chance(0.5)) {
            return surname + u' ' + mCombos[rng.below(int(mCombos.size()))];
        } else {
            middle = mOtherMiddles.pick(rng);
            given = mGivens.pick(rng);
        }
        if (middle.section(u' ', -1) != given)
            return surname + u' ' + middle + u' ' + given;
    }
}

}  // namespace hv::demo
