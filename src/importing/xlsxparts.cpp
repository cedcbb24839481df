#include "importing/xlsxparts.h"

#include "core/error.h"
#include "importing/xlsxzip.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace hv::xlsx {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::XlsxReader", s); }

// "worksheets/sheet1.xml" relative to the folder of the part that refers to it, or "/xl/..." absolute.
QString resolve(const QString& base, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'));
    parts.removeLast();
    for (const QString& p : target.split(QLatin1Char('/'))) {
        if (p == QLatin1String(".."))
        {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (p != QLatin1String(".")) {
            parts << p;
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

struct Rel {
    QString type;  // last segment of the Type URI: "worksheet", "styles", "officeDocument"...
    QString target;
};

QHash<QString, Rel> readRels(const ZipPackage& zip, const QString& part)
{
    QHash<QString, Rel> out;
    const QString relsPart = relsOf(part);
    const QByteArray data = zip.read(relsPart, kMaxSmallPartBytes, true);
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        rejectDtd(xml, zip, relsPart);
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            const QString type = a.value(QLatin1String("Type")).toString();
            out.insert(a.value(QLatin1String("Id")).toString(),
                       {type.mid(type.lastIndexOf(QLatin1Char('/')) + 1), resolve(part, a.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError() && !data.isEmpty())
        failXml(xml, zip, relsPart);
    return out;
}

}  // namespace

void rejectDtd(const QXmlStreamReader& xml, const ZipPackage& zip, const QString& part)
{
    if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference)
        throw Error(Error::Kind::Input, tr("%1: the part %2 declares a DTD or entities, which an Excel workbook never "
                                           "does; the file is refused.").arg(zip.name(), part));
}

void failXml(const QXmlStreamReader& xml, const ZipPackage& zip, const QString& part)
{
    throw Error(Error::Kind::Input, tr("%1: the part %2 is not well-formed XML (line %3: %4); the file is damaged.")
                                        .arg(zip.name(), part).arg(xml.lineNumber()).arg(xml.errorString()));
}

Workbook readWorkbook(const ZipPackage& zip)
{
    QString wbPart = QStringLiteral("xl/workbook.xml");
    for (const Rel& r : readRels(zip, QStringLiteral("")))
        if (r.type == QLatin1String("officeDocument"))
            wbPart = r.target;
    if (!zip.has(wbPart))
        throw Error(Error::Kind::Input, tr("%1: a zip archive but not an Excel workbook (no %2); save the list as .xlsx "
                                           "or CSV.").arg(zip.name(), wbPart));
    const QHash<QString, Rel> rels = readRels(zip, wbPart);
    Workbook wb;
    for (const Rel& r : rels) {
        if (r.type == QLatin1String("sharedStrings"))
            wb.sharedStringsPart = r.target;
        else if (r.type == QLatin1String("styles"))
            wb.stylesPart = r.target;
    }
    const QByteArray data = zip.read(wbPart, kMaxSmallPartBytes);
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        rejectDtd(xml, zip, wbPart);
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = a.value(QLatin1String("date1904"));
            wb.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            // r:id in the relationships namespace; any prefix.
            QString id;
            for (const auto& attr : a)
                if (attr.name() == QLatin1String("id"))
                    id = attr.value().toString();
            const auto it = rels.constFind(id);
            if (it != rels.cend() && it->type == QLatin1String("worksheet"))
                wb.sheets.push_back({a.value(QLatin1String("name")).toString(), it->target});
            // chartsheets and dialog sheets hold no rows: left out.
        }
    }
    if (xml.hasError())
        failXml(xml, zip, wbPart);
    if (wb.sheets.empty())
        throw Error(Error::Kind::Input, tr("%1: the workbook has no worksheet.").arg(zip.name()));
    return wb;
}

bool isDateFormat(QStringView code)
{
    // Only the first section (positive numbers) counts; quoted text, [colour]/[$-locale] and escaped
    // characters are not format letters.
    bool date = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {}
        } else if (c == u'[') {
            while (++i < code.size() && code[i] != u']') {}
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u';') {
            break;
        } else if (c == u'd' || c == u'y' || c == u'm') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // "mm:ss" and "h:mm" use m for minutes.
    return date && !(time && !code.contains(u'd', Qt::CaseInsensitive) && !code.contains(u'y', Qt::CaseInsensitive));
}

std::vector<bool> readDateStyles(const ZipPackage& zip, const QString& part)
{
    std::vector<bool> out;
    if (part.isEmpty())
        return out;
    const QByteArray data = zip.read(part, kMaxSmallPartBytes, true);
    QHash<int, bool> custom;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        rejectDtd(xml, zip, part);
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(), isDateFormat(a.value(QLatin1String("formatCode"))));
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            const bool builtinDate = (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
            out.push_back(custom.contains(id) ? custom.value(id) : builtinDate);
            if (out.size() > 1000000)
                throw Error(Error::Kind::Input, tr("%1: the workbook declares more than a million cell styles.").arg(zip.name()));
        }
    }
    if (xml.hasError() && !data.isEmpty())
        failXml(xml, zip, part);
    return out;
}

void SharedStrings::load(const ZipPackage& zip, const QString& part)
{
    if (part.isEmpty() || !zip.has(part))
        return;
    auto stream = zip.open(part, kMaxSharedStringsBytes);
    QXmlStreamReader xml;
    QByteArray block(256 * 1024, Qt::Uninitialized);
    int depthInSi = 0;  // inside <si>
    bool inT = false, inPhonetic = false;
    qsizetype itemStart = 0;
    for (;;) {
        const QXmlStreamReader::TokenType t = xml.readNext();
        if (t == QXmlStreamReader::Invalid) {
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                failXml(xml, zip, part);
            const qint64 n = stream->read(block.data(), block.size());
            if (n == 0)
                break;  // the end; a document cut short is caught below
            xml.addData(QByteArray(block.constData(), qsizetype(n)));  // a copy: the block is reused
            continue;
        }
        rejectDtd(xml, zip, part);
        if (t == QXmlStreamReader::EndDocument)
            break;
        if (t == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == QLatin1String("si")) {
                depthInSi = 1;
                itemStart = mText.size();
            } else if (depthInSi && name == QLatin1String("t")) {
                inT = true;
            } else if (depthInSi && name == QLatin1String("rPh")) {
                inPhonetic = true;  // East Asian reading hints, not part of the text
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const auto name = xml.name();
            if (name == QLatin1String("t")) {
                inT = false;
            } else if (name == QLatin1String("rPh")) {
                inPhonetic = false;
            } else if (name == QLatin1String("si")) {
                depthInSi = 0;
                if (mText.size() - itemStart > kMaxCellChars)
                    throw Error(Error::Kind::Input, tr("%1: shared string %2 is longer than %3 characters; a member list "
                                                       "has no such cell.").arg(zip.name()).arg(size()).arg(kMaxCellChars));
                mStart.push_back(mText.size());
            }
        } else if (t == QXmlStreamReader::Characters && inT && !inPhonetic) {
            mText.append(xml.text());
            if (mText.size() > kMaxSharedStringChars)
                throw Error(Error::Kind::Input, tr("%1: the shared strings of the workbook exceed %2 million characters; "
                                                   "the file is refused.").arg(zip.name()).arg(kMaxSharedStringChars / 1000000));
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        failXml(xml, zip, part);
    if (xml.tokenType() != QXmlStreamReader::EndDocument)
        throw Error(Error::Kind::Input, tr("%1: the part %2 ends too early; the file is truncated or damaged.").arg(zip.name(), part));
    mText.squeeze();
}

}  // namespace hv::xlsx
