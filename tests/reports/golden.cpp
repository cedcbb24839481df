#include "reports/golden.h"

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <zip.h>

namespace hvtest {
namespace {

QByteArray zipEntry(const QByteArray& archive, const char* name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    if (!src)
        return {};
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
    if (!z) {
        zip_source_free(src);
        return {};
    }
    QByteArray out;
    if (zip_file_t* f = zip_fopen(z, name, 0)) {
        char buf[65536];
        zip_int64_t n;
        while ((n = zip_fread(f, buf, sizeof buf)) > 0)
            out.append(buf, qsizetype(n));
        zip_fclose(f);
    }
    zip_close(z);
    return out;
}

std::pair<int, int> cellPosition(QStringView ref)
{
    int col = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter())
        col = col * 26 + (ref[i++].toLatin1() - 'A' + 1);
    return {ref.mid(i).toInt() - 1, col - 1};
}

QString cellName(int row, int col)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar('A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

}  // namespace

std::string compareGolden(const QString& name, const QByteArray& actual)
{
    const QString path = dataPath(QStringLiteral("golden/") + name);
    if (qEnvironmentVariableIntValue("HOIVIEN_REGENERATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(actual) != actual.size())
            return "cannot write " + path.toStdString();
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing golden file " + path.toStdString() + " (regenerate: tests/data/golden/README.md)";
    const QByteArray expected = f.readAll();
    if (expected == actual)
        return {};
    const QList<QByteArray> e = expected.split('\n'), a = actual.split('\n');
    for (int i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QByteArray el = i < e.size() ? e[i] : QByteArray("<end>"), al = i < a.size() ? a[i] : QByteArray("<end>");
        if (el != al)
            return name.toStdString() + " differs at line " + std::to_string(i + 1) + ":\n expected: " + el.toStdString() +
                   "\n actual:   " + al.toStdString();
    }
    return name.toStdString() + " differs";
}

QByteArray pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.pdf"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

XlsxSheet readXlsxSheet(const QByteArray& xlsx, int sheetNumber)
{
    QStringList shared;
    QXmlStreamReader ss(zipEntry(xlsx, "xl/sharedStrings.xml"));
    QString current;
    bool inSi = false;
    while (!ss.atEnd()) {
        ss.readNext();
        if (ss.isStartElement() && ss.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (ss.isStartElement() && ss.name() == QLatin1String("t") && inSi) {
            current += ss.readElementText();
        } else if (ss.isEndElement() && ss.name() == QLatin1String("si")) {
            shared << current;
            inSi = false;
        }
    }
    XlsxSheet sheet;
    const QByteArray name = "xl/worksheets/sheet" + QByteArray::number(sheetNumber) + ".xml";
    QXmlStreamReader r(zipEntry(xlsx, name.constData()));
    std::pair<int, int> pos;
    QString type, formula, value;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            pos = cellPosition(r.attributes().value(QLatin1String("r")));
            type = r.attributes().value(QLatin1String("t")).toString();
            formula.clear();
            value.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("f")) {
            formula = r.readElementText();
        } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
            value = r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            XlsxCell c;
            if (!formula.isEmpty())
                c = {"f", (formula + QStringLiteral(" = ") + value).toStdString()};
            else if (type == QLatin1String("s"))
                c = {"s", shared.value(value.toInt()).toStdString()};
            else if (type == QLatin1String("inlineStr") || type == QLatin1String("str"))
                c = {"s", value.toStdString()};
            else if (!value.isEmpty())
                c = {"n", value.toStdString()};
            else
                continue;  // a formatted empty cell
            sheet[pos] = c;
        }
    }
    return sheet;
}

QByteArray xlsxSheetText(const XlsxSheet& sheet)
{
    QByteArray out;
    for (const auto& [pos, c] : sheet)
        out += cellName(pos.first, pos.second).toUtf8() + '\t' + QByteArray::fromStdString(c.type) + '\t' +
               QByteArray::fromStdString(c.value) + '\n';
    return out;
}

}  // namespace hvtest
