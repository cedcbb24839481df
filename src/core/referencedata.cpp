#include "core/referencedata.h"

#include "core/csvline.h"
#include "core/vietnamese.h"

#include <QFile>
#include <QSet>
#include <algorithm>
#include <stdexcept>
#include <utility>

namespace hv {
namespace {

// A resource CSV addressed by column name, so that adding a column to a file breaks nothing.
class Csv {
public:
    explicit Csv(const QString& path) : mPath(path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("missing reference data resource " + path.toStdString());
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        for (QStringView line : QStringView(text).split(u'\n')) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            if (mHeader.isEmpty())
                mHeader = splitCsvLine(line.toString());
            else
                mRows.push_back(splitCsvLine(line.toString()));
        }
    }

    const std::vector<QStringList>& rows() const { return mRows; }

    int column(const char* name) const
    {
        const int i = int(mHeader.indexOf(QLatin1String(name)));
        if (i < 0)
            throw std::runtime_error(mPath.toStdString() + " has no column " + name);
        return i;
    }

    static QString field(const QStringList& row, int column)
    {
        return column < row.size() ? row[column].trimmed() : QString();
    }

private:
    QString mPath;
    QStringList mHeader;
    std::vector<QStringList> mRows;
};

// How people's spellings of one name are made equal: fold (case, tone marks, đ), then drop the
// separators that vary between registers: "Khơ-me" = "Khơ me" = "Khơme", "H'Mông" = "HMông",
// "Ê Đê" = "Êđê".
QString lookupKey(QStringView text)
{
    QString key = vn::fold(text);
    key.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return c.isSpace() || u == u'-' || u == u'\'' || u == 0x2010 || u == 0x2011 || u == 0x2013 ||
               u == 0x2014 || u == 0x2019 || u == 0x02BC;
    });
    return key;
}

bool isTwoDigitCode(QStringView s)
{
    return s.size() == 2 && s[0].isDigit() && s[1].isDigit() && s[0].unicode() < 0x80 &&
           s[1].unicode() < 0x80;
}

// Builds a key -> code index. A key that two codes claim is dropped rather than resolved by file
// order: answering "unknown" is better than silently picking the wrong group.
class IndexBuilder {
public:
    explicit IndexBuilder(QHash<QString, QString>& index) : mIndex(index) {}

    void add(QStringView name, const QString& code)
    {
        const QString key = lookupKey(name);
        if (key.isEmpty() || mClashes.contains(key))
            return;
        const auto it = mIndex.constFind(key);
        if (it == mIndex.cend())
            mIndex.insert(key, code);
        else if (*it != code)
            mClashes.insert(key);
    }

    // "Kinh (Việt)" is also "Kinh" and "Việt".
    void addWithParenthesis(QStringView name, const QString& code)
    {
        add(name, code);
        const qsizetype open = name.indexOf(u'(');
        const qsizetype close = name.lastIndexOf(u')');
        if (open > 0 && close > open) {
            add(name.left(open), code);
            add(name.mid(open + 1, close - open - 1), code);
        }
    }

    ~IndexBuilder()
    {
        for (const QString& key : std::as_const(mClashes))
            mIndex.remove(key);
    }

private:
    QHash<QString, QString>& mIndex;
    QSet<QString> mClashes;
};

struct Alias {
    const char16_t* name;
    const char* code;
};

// Spellings found in registers that the official files do not carry.
constexpr Alias kEthnicAliases[] = {
    {u"Vân Kiều", "23"}, {u"Bru", "23"},
};

constexpr Alias kReligionAliases[] = {
    {u"Không", "00"}, {u"Không có", "00"}, {u"Không tôn giáo", "00"},
    {u"Không theo tôn giáo nào", "00"}, {u"none", "00"}, {u"no", "00"},
    {u"Phật", "01"},
    {u"Thiên chúa", "02"}, {u"Thiên chúa giáo", "02"}, {u"Công giáo", "02"}, {u"Catholic", "02"},
    {u"Hòa Hảo", "03"}, {u"Phật giáo Hoà Hảo", "03"},
    {u"Islam", "04"},
    {u"Cao đài", "05"},
    {u"Tin lành", "08"}, {u"Protestant", "08"},
};

// Religions the Government recognised that have no GSO 2008 code: the codes this program gives them.
// Keyed by name, not by row order, because these codes end up stored in members' records.
constexpr Alias kUncodedReligions[] = {
    {u"Cơ đốc Phục lâm Việt Nam", "15"},
    {u"Phật giáo Hiếu Nghĩa Tà Lơn", "16"},
};

QString nameOf(const std::vector<CodeName>& list, const QString& code)
{
    const auto it =
        std::find_if(list.begin(), list.end(), [&](const CodeName& c) { return c.code == code; });
    return it == list.end() ? QString() : it->name;
}

}  // namespace

ReferenceData::ReferenceData()
{
    {
        const Csv csv(QStringLiteral(":/data/ethnic_groups.csv"));
        const int cCode = csv.column("code"), cName = csv.column("name");
        const int cOther = csv.column("other_spelling");
        IndexBuilder index(mEthnicByFold);
        for (const QStringList& row : csv.rows()) {
            const QString code = Csv::field(row, cCode), name = Csv::field(row, cName);
            if (code.isEmpty() || name.isEmpty())
                continue;
            mEthnic.push_back({code, name});
            index.addWithParenthesis(name, code);
            // The column also holds a remark on code 55; only short entries are spellings.
            const QString other = Csv::field(row, cOther);
            if (other.contains(u';'))
                continue;
            for (const QString& part : other.split(u',', Qt::SkipEmptyParts))
                if (part.trimmed().count(u' ') < 3)
                    index.addWithParenthesis(part.trimmed(), code);
        }
        for (const Alias& a : kEthnicAliases)
            index.add(QStringView(a.name), QString::fromLatin1(a.code));
    }

    {
        const Csv csv(QStringLiteral(":/data/religions.csv"));
        const int cCode = csv.column("gso_code"), cName = csv.column("gso_name");
        const int cRecognised = csv.column("recognised_religion_name");
        const int cIsRecognised = csv.column("recognised");
        IndexBuilder index(mReligionByFold);
        for (const QStringList& row : csv.rows()) {
            const QString gsoName = Csv::field(row, cName);
            const QString recognised = Csv::field(row, cRecognised);
            QString code = Csv::field(row, cCode);
            if (code.isEmpty() && Csv::field(row, cIsRecognised) == u"0") {
                code = QString::fromLatin1(kNoReligion);  // the "Không tôn giáo" row
            } else if (code.isEmpty()) {
                const QString key = lookupKey(recognised);
                for (const Alias& a : kUncodedReligions)
                    if (lookupKey(QStringView(a.name)) == key)
                        code = QString::fromLatin1(a.code);
                if (code.isEmpty())
                    throw std::runtime_error("religions.csv: no code for " + recognised.toStdString());
            }
            mReligions.push_back({code, gsoName.isEmpty() ? recognised : gsoName});
            index.addWithParenthesis(gsoName, code);
            index.addWithParenthesis(recognised, code);
        }
        for (const Alias& a : kReligionAliases)
            index.add(QStringView(a.name), QString::fromLatin1(a.code));
        std::sort(mReligions.begin(), mReligions.end(),
                  [](const CodeName& a, const CodeName& b) { return a.code < b.code; });
    }

    {
        const Csv csv(QStringLiteral(":/data/cccd_province_codes.csv"));
        const int cCode = csv.column("cccd_code"), cName = csv.column("province_name");
        for (const QStringList& row : csv.rows()) {
            const QString code = Csv::field(row, cCode);
            if (code.size() == 3)
                mCccdProvince.insert(code, Csv::field(row, cName));
        }
    }

    if (mEthnic.empty() || mReligions.empty() || mCccdProvince.isEmpty())
        throw std::runtime_error("reference data resources are empty");
}

std::optional<QString> ReferenceData::ethnicityCode(QStringView name) const
{
    const QStringView s = name.trimmed();
    if (isTwoDigitCode(s)) {
        const QString code = s.toString();
        return ethnicityName(code).isEmpty() ? std::nullopt : std::optional(code);
    }
    const auto it = mEthnicByFold.constFind(lookupKey(s));
    return it == mEthnicByFold.cend() ? std::nullopt : std::optional(*it);
}

std::optional<QString> ReferenceData::religionCode(QStringView name) const
{
    const QStringView s = name.trimmed();
    if (isTwoDigitCode(s)) {
        const QString code = s.toString();
        return religionName(code).isEmpty() ? std::nullopt : std::optional(code);
    }
    // People write "Đạo Phật", "Phật", "Phật giáo", "Hồi", "đạo Tin lành" for the same religions:
    // try the name as written, then without a leading "đạo", each with and without "giáo".
    const QString key = lookupKey(s);
    if (key.isEmpty())
        return std::nullopt;
    QStringList candidates{key};
    if (key.startsWith(u"dao") && key.size() > 3)
        candidates << key.mid(3);
    for (qsizetype i = 0, n = candidates.size(); i < n; ++i) {
        const QString k = candidates[i];  // a copy: appending may move the list
        if (k.endsWith(u"giao") && k.size() > 4)
            candidates << k.chopped(4);
        else
            candidates << k + QStringLiteral("giao");
    }
    for (const QString& k : std::as_const(candidates)) {
        const auto it = mReligionByFold.constFind(k);
        if (it != mReligionByFold.cend())
            return *it;
    }
    return std::nullopt;
}

QString ReferenceData::ethnicityName(const QString& code) const { return nameOf(mEthnic, code); }

QString ReferenceData::religionName(const QString& code) const { return nameOf(mReligions, code); }

QString ReferenceData::cccdProvince(const QString& code3) const { return mCccdProvince.value(code3); }

}  // namespace hv
