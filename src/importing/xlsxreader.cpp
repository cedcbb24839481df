#include "importing/xlsxreader.h"

#include "core/error.h"
#include "core/legacyencoding.h"
#include "importing/xlsxparts.h"
#include "importing/xlsxzip.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::XlsxReader", s); }

constexpr qsizetype kDefaultBlock = 256 * 1024;

// "BC12" -> column 54 (0-based), row 12 (1-based); false when malformed or beyond Excel's limits.
bool parseRef(QStringView ref, int& column, int& row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (c > XlsxReader::kMaxColumns || ref[i].toUpper().unicode() > u'Z')
            return false;
        ++i;
    }
    qint64 r = 0;
    const qsizetype digits = i;
    while (i < ref.size() && ref[i].isDigit() && r <= XlsxReader::kMaxRows)
        r = r * 10 + (ref[i++].unicode() - u'0');
    if (i != ref.size() || i == digits)
        return false;
    column = c - 1;  // -1 when the reference has no letters (a row number alone)
    row = int(r);
    return r >= 1 && r <= XlsxReader::kMaxRows;
}

// The decimal text of a number as Excel shows it in a General cell, without exponent: a CCCD stored as
// the number 34012345678 (leading zero lost) comes out as "34012345678" for the validator to refuse.
QString numberText(QStringView v)
{
    qsizetype i = v.startsWith(u'-') ? 1 : 0, dots = 0, digits = 0;
    for (; i < v.size() && (v[i].isDigit() || v[i] == u'.'); ++i)
        v[i] == u'.' ? ++dots : ++digits;
    if (i == v.size() && dots <= 1 && digits > 0 && !v.endsWith(u'.') && !v.startsWith(u'.')) {
        if (!v.contains(u'.'))
            return v.toString();
        QStringView s = v;
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
        return s.toString();
    }
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return v.toString();
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

// An Excel serial day as ISO date; empty when it is no date (a time alone, out of range).
QString serialDate(QStringView v, bool date1904)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !(d >= 1 && d < 2958466))
        return {};
    const qint64 day = qint64(std::floor(d));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day >= 61)
        date = QDate(1899, 12, 30).addDays(day);
    else if (day == 60)
        return QStringLiteral("1900-02-29");  // Excel's non-existent day; the date parser refuses it
    else
        date = QDate(1899, 12, 31).addDays(day);
    return date.toString(Qt::ISODate);
}

bool isSpace(QChar c) { return c.isSpace() || c == QChar(0xA0); }

}  // namespace

XlsxReader::XlsxReader(const QString& path, const QString& sheet, bool convertLegacy)
    : mName(path), mConvertLegacy(convertLegacy)
{
    mZip = std::make_unique<ZipPackage>(path);
    init(sheet, 0);
}

XlsxReader::XlsxReader(const QByteArray& data, const QString& sourceName, const QString& sheet, qsizetype blockBytes)
    : mName(sourceName)
{
    mZip = std::make_unique<ZipPackage>(data, sourceName);
    init(sheet, blockBytes);
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::fail(const QString& why) const
{
    throw Error(Error::Kind::Input, mRowNumber > 0 ? tr("%1, row %2: %3").arg(mName).arg(mRowNumber).arg(why)
                                                   : tr("%1: %2").arg(mName, why));
}

void XlsxReader::init(const QString& sheet, qsizetype blockBytes)
{
    const xlsx::Workbook wb = xlsx::readWorkbook(*mZip);
    for (const xlsx::Sheet& s : wb.sheets)
        mSheetNames << s.name;
    mSheetIndex = -1;
    if (sheet.isEmpty()) {
        mSheetIndex = 0;
    } else {
        for (qsizetype i = 0; i < mSheetNames.size() && mSheetIndex < 0; ++i)
            if (mSheetNames[i].compare(sheet.trimmed(), Qt::CaseInsensitive) == 0)
                mSheetIndex = int(i);
        bool isNumber = false;
        const int n = sheet.toInt(&isNumber);
        if (mSheetIndex < 0 && isNumber && n >= 1 && n <= mSheetNames.size())
            mSheetIndex = n - 1;
        if (mSheetIndex < 0)
            fail(tr("the workbook has no sheet \"%1\"; its sheets are: %2.").arg(sheet, mSheetNames.join(QStringLiteral(", "))));
    }
    mSheetPart = wb.sheets[size_t(mSheetIndex)].part;
    mDate1904 = wb.date1904;
    mDateStyles = xlsx::readDateStyles(*mZip, wb.stylesPart);
    mStrings = std::make_unique<xlsx::SharedStrings>();
    mStrings->load(*mZip, wb.sharedStringsPart);
    convertLegacyText();
    scanMerges();
    mStream = mZip->open(mSheetPart, kMaxSheetBytes);
    mBlock.resize(blockBytes > 0 ? blockBytes : kDefaultBlock);
}

// Offices' old workbooks typed with .VnTime (TCVN3) or VNI fonts: the file decides by the readings that
// turn its texts into Vietnamese, and each text is converted only when that reading does so for it.
void XlsxReader::convertLegacyText()
{
    legacy::Votes votes;
    for (qsizetype i = 0; i < mStrings->size() && i < 20000; ++i)
        votes.add(legacy::bestReading(mStrings->at(i)));
    mLegacy = mConvertLegacy ? int(votes.decision()) : int(legacy::Encoding::Unicode);
    mStrings->transform([&](QStringView s) { return normalizeText(s, true); });
}

QString XlsxReader::normalizeText(QStringView text, bool recordSample)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toString();
    const auto enc = legacy::Encoding(mLegacy);  // the file's, decided by the votes of its texts
    if (legacy::readsAs(text, enc)) {
        QString converted = legacy::convert(text, enc);
        if (recordSample && int(mConversions.size()) < kMaxConversionSamples)
            mConversions.emplace_back(text.toString(), converted);
        return converted;
    }
    return text.toString().normalized(QString::NormalizationForm_C);
}

QString XlsxReader::convertedFrom() const
{
    switch (legacy::Encoding(mLegacy)) {
    case legacy::Encoding::Tcvn3: return mConversions.empty() ? QString() : QStringLiteral("TCVN3 (ABC)");
    case legacy::Encoding::Vni: return mConversions.empty() ? QString() : QStringLiteral("VNI");
    case legacy::Encoding::Unicode: break;
    }
    return {};
}

QStringList XlsxReader::sheetNames() const { return mSheetNames; }
QString XlsxReader::sheetName() const { return mSheetNames.value(mSheetIndex); }

// Merged ranges are listed after the rows, at the end of the sheet's XML; a header needs them before.
// One pass over the inflated bytes (no XML parsing) finds <mergeCells>, and only that element is read.
void XlsxReader::scanMerges()
{
    auto s = mZip->open(mSheetPart, kMaxSheetBytes);
    QByteArray buf(kDefaultBlock, Qt::Uninitialized);
    QByteArray tail;      // the last bytes of the previous block, for a name cut in two
    QByteArray fragment;  // from "mergeCells" on
    const QByteArray key("mergeCells");
    bool found = false;
    for (qint64 n; (n = s->read(buf.data(), buf.size())) > 0;) {
        QByteArrayView block(buf.constData(), qsizetype(n));
        if (!found) {
            QByteArray window = tail + block.toByteArray();
            qsizetype at = -1;
            // The element's name, not the same letters in a cell's text: text cannot hold a raw '<'.
            for (qsizetype from = 0; (at = window.indexOf(key, from)) >= 0; from = at + 1) {
                qsizetype lt = at - 1;
                while (lt >= 0 && at - lt < 32 && window[lt] != '<' && window[lt] != '>' && window[lt] != ' ')
                    --lt;
                if (lt >= 0 && window[lt] == '<' && (lt == at - 1 || window[at - 1] == ':'))
                    break;
            }
            if (at < 0) {
                tail = window.right(key.size() + 32);
                continue;
            }
            found = true;
            fragment = window.mid(at);
        } else {
            fragment.append(block);
        }
        if (fragment.size() > (16 << 20))
            break;  // more merges than any list has; the rest are ignored
        if (fragment.indexOf("/" + key) >= 0 || fragment.indexOf("/>") == fragment.indexOf('>') - 1)
            break;  // closed (or empty)
    }
    static const QRegularExpression refRe(QStringLiteral("\\bref\\s*=\\s*[\"']([A-Za-z]+[0-9]+)(?::([A-Za-z]+[0-9]+))?[\"']"));
    const QString text = QString::fromLatin1(fragment);
    for (auto it = refRe.globalMatch(text); it.hasNext() && int(mMerges.size()) < kMaxMerges;) {
        const auto m = it.next();
        Merge merge;
        if (!parseRef(m.capturedView(1), merge.c1, merge.r1) || merge.c1 < 0)
            continue;
        if (m.capturedView(2).isEmpty() || !parseRef(m.capturedView(2), merge.c2, merge.r2) || merge.c2 < 0)
            continue;
        if (merge.r2 < merge.r1)
            std::swap(merge.r1, merge.r2);
        if (merge.c2 < merge.c1)
            std::swap(merge.c1, merge.c2);
        mMerges.push_back(std::move(merge));
    }
    std::sort(mMerges.begin(), mMerges.end(), [](const Merge& a, const Merge& b) { return a.r1 < b.r1; });
}

QXmlStreamReader::TokenType XlsxReader::pull()
{
    for (;;) {
        const QXmlStreamReader::TokenType t = mXml.readNext();
        if (t != QXmlStreamReader::Invalid) {
            if (t == QXmlStreamReader::DTD || t == QXmlStreamReader::EntityReference)
                xlsx::rejectDtd(mXml, *mZip, mSheetPart);
            return t;
        }
        if (mXml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            fail(tr("the sheet is not well-formed XML (line %1: %2); the file is damaged.").arg(mXml.lineNumber()).arg(mXml.errorString()));
        const qint64 n = mStream->read(mBlock.data(), mBlock.size());
        if (n == 0)
            fail(tr("the sheet ends too early; the file is truncated or damaged."));
        mXml.addData(QByteArray(mBlock.constData(), qsizetype(n)));  // a copy: the block is reused
    }
}

bool XlsxReader::next()
{
    if (mDone)
        return false;
    try {
        for (;;) {
            const auto t = pull();
            if (t == QXmlStreamReader::EndDocument
                || (t == QXmlStreamReader::EndElement && mXml.name() == QLatin1String("sheetData"))) {
                mDone = true;
                mSpans.clear();
                mHeaderSpans.clear();
                return false;
            }
            if (t != QXmlStreamReader::StartElement || mXml.name() != QLatin1String("row"))
                continue;
            int column = 0, row = 0;
            const auto r = mXml.attributes().value(QLatin1String("r"));
            if (r.isEmpty()) {
                row = mRowNumber + 1;
            } else if (!parseRef(r, column, row) || row <= mRowNumber) {
                fail(tr("the sheet has a row numbered \"%1\" after row %2 (rows go from 1 to %3, in order); the "
                        "file is damaged.").arg(r.toString()).arg(mRowNumber).arg(kMaxRows));
            }
            if (row > kMaxRows)
                fail(tr("the sheet has more than %1 rows.").arg(kMaxRows));
            mRowNumber = row;
            mRowText.clear();
            mSpans.clear();
            for (;;) {
                const auto c = pull();
                if (c == QXmlStreamReader::StartElement && mXml.name() == QLatin1String("c"))
                    readCell();
                else if (c == QXmlStreamReader::EndElement && mXml.name() == QLatin1String("row"))
                    break;
            }
            applyMerges();
            return true;
        }
    } catch (...) {
        mDone = true;
        mSpans.clear();
        mHeaderSpans.clear();
        throw;
    }
}

void XlsxReader::readCell()
{
    const auto a = mXml.attributes();
    int column = int(mSpans.size()), row = 0;
    const auto ref = a.value(QLatin1String("r"));
    if (!ref.isEmpty() && (!parseRef(ref, column, row) || column < 0))
        fail(tr("a cell has the reference \"%1\", which is no cell of a sheet; the file is damaged.").arg(ref.toString()));
    if (column >= kMaxColumns)
        fail(tr("the row has more than %1 columns.").arg(kMaxColumns));
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    mCellRaw.clear();
    int inText = 0;  // inside <v>, or <t> of an inline string (not a phonetic run)
    bool inPhonetic = false;
    for (;;) {
        const auto t = pull();
        if (t == QXmlStreamReader::StartElement) {
            const auto n = mXml.name();
            if (n == QLatin1String("v") || (n == QLatin1String("t") && !inPhonetic))
                ++inText;
            else if (n == QLatin1String("rPh"))
                inPhonetic = true;
        } else if (t == QXmlStreamReader::EndElement) {
            const auto n = mXml.name();
            if (n == QLatin1String("c"))
                break;
            if ((n == QLatin1String("v") || n == QLatin1String("t")) && inText > 0)
                --inText;
            else if (n == QLatin1String("rPh"))
                inPhonetic = false;
        } else if (t == QXmlStreamReader::Characters && inText > 0) {
            if (mCellRaw.size() + mXml.text().size() > xlsx::kMaxCellChars)
                fail(tr("cell %1 holds more than %2 characters; a member list has no such cell.")
                         .arg(ref.isEmpty() ? QString::number(column + 1) : ref.toString()).arg(xlsx::kMaxCellChars));
            mCellRaw.append(mXml.text());
        }
    }
    storeCell(column, mCellRaw, type, style);
}

void XlsxReader::storeCell(int column, const QString& raw, QStringView type, int style)
{
    QString converted;
    QStringView text = raw;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qlonglong i = QStringView(raw).trimmed().toLongLong(&ok);
        if (!ok || i < 0 || i >= mStrings->size())
            fail(tr("a cell refers to shared string %1, but the workbook has %2; the file is damaged.").arg(raw.left(20)).arg(mStrings->size()));
        text = mStrings->at(qsizetype(i));
    } else if (type == QLatin1String("b")) {
        text = raw.trimmed() == QLatin1String("1") ? u"TRUE" : u"FALSE";
    } else if (type.isEmpty() || type == QLatin1String("n")) {
        const QStringView v = QStringView(raw).trimmed();
        if (!v.isEmpty()) {
            if (style >= 0 && size_t(style) < mDateStyles.size() && mDateStyles[size_t(style)])
                converted = serialDate(v, mDate1904);
            if (converted.isEmpty())
                converted = numberText(v);
            text = converted;
        }
    } else if (type == QLatin1String("d")) {
        text = QStringView(raw).left(10);  // ISO 8601 date cell (rare): the date part
    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str")) {
        converted = normalizeText(raw, int(mConversions.size()) < kMaxConversionSamples);
        text = converted;
    }
    // "e" (an error such as #N/A): the text as it is.
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    if (size_t(column) >= mSpans.size())
        mSpans.resize(size_t(column) + 1);
    mSpans[size_t(column)] = {mRowText.size(), text.size()};
    mRowText.append(text);
}

void XlsxReader::applyMerges()
{
    while (mNextMerge < mMerges.size() && mMerges[mNextMerge].r1 <= mRowNumber)
        mActiveMerges.push_back(mNextMerge++);
    std::erase_if(mActiveMerges, [&](size_t i) { return mMerges[i].r2 < mRowNumber; });
    auto stored = [&](int c) { return size_t(c) < mSpans.size() && mSpans[size_t(c)].len > 0; };
    for (size_t i : mActiveMerges) {
        Merge& m = mMerges[i];
        if (m.r1 == mRowNumber && stored(m.c1))
            m.text = QStringView(mRowText).mid(mSpans[size_t(m.c1)].start, mSpans[size_t(m.c1)].len).toString();
    }
    // Both views are worked out now; setHeaderMode() may switch between them on the same row.
    mHeaderSpans = mSpans;
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<Span>& out = pass == 0 ? mHeaderSpans : mSpans;
        for (size_t i : mActiveMerges) {
            const Merge& m = mMerges[i];
            // In data rows only a merged column is filled down: a merged row there is a section title
            // ("Chi hội Thôn 1" across the sheet), not a member.
            if (m.text.isEmpty() || (pass == 1 && m.c1 != m.c2))
                continue;
            qsizetype at = -1;
            const int last = std::min(m.c2, kMaxColumns - 1);
            for (int c = m.c1; c <= last; ++c) {
                if ((c == m.c1 && m.r1 == mRowNumber) || stored(c))
                    continue;
                if (at < 0) {
                    at = mRowText.size();
                    mRowText.append(m.text);
                }
                if (size_t(c) >= out.size())
                    out.resize(size_t(c) + 1);
                out[size_t(c)] = {at, m.text.size()};
            }
        }
    }
}

QStringView XlsxReader::cell(int i) const
{
    const std::vector<Span>& s = spans();
    if (i < 0 || size_t(i) >= s.size())
        return {};
    return QStringView(mRowText).mid(s[size_t(i)].start, s[size_t(i)].len);
}

double XlsxReader::progress() const
{
    if (!mStream || mStream->declaredSize() <= 0)
        return mDone ? 1.0 : 0.0;
    return mDone ? 1.0 : std::min(1.0, double(mStream->bytesRead()) / double(mStream->declaredSize()));
}

}  // namespace hv
