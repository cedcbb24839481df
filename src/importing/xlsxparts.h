#pragma once
// The parts of an .xlsx workbook read before its sheet: the list of sheets, the shared strings and
// which cell styles show numbers as dates. Internal to XlsxReader.

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

class QXmlStreamReader;

namespace hv {

class ZipPackage;

namespace xlsx {

inline constexpr qint64 kMaxSmallPartBytes = 32ll << 20;       // workbook, relationships, styles
inline constexpr qint64 kMaxSharedStringsBytes = 512ll << 20;  // sharedStrings.xml, inflated
inline constexpr qsizetype kMaxSharedStringChars = 256ll << 20;  // all shared strings together
inline constexpr qsizetype kMaxCellChars = 1 << 20;            // one cell (Excel itself allows 32,767)

struct Sheet {
    QString name;
    QString part;  // "xl/worksheets/sheet1.xml"
};

struct Workbook {
    std::vector<Sheet> sheets;
    bool date1904 = false;
    QString sharedStringsPart;  // empty when the workbook has none
    QString stylesPart;
};

// The shared strings in one buffer, for a small memory footprint per string.
class SharedStrings {
public:
    void load(const ZipPackage& zip, const QString& part);
    qsizetype size() const { return qsizetype(mStart.size()) - 1; }
    QStringView at(qsizetype i) const { return QStringView(mText).mid(mStart[size_t(i)], mStart[size_t(i) + 1] - mStart[size_t(i)]); }
    // Replaces every string by f(string).
    template <typename F>
    void transform(F&& f)
    {
        QString text;
        std::vector<qsizetype> start{0};
        start.reserve(mStart.size());
        for (qsizetype i = 0; i < size(); ++i) {
            text += f(at(i));
            start.push_back(text.size());
        }
        mText = std::move(text);
        mStart = std::move(start);
    }

private:
    QString mText;
    std::vector<qsizetype> mStart{0};
};

// Throws Error(Input) naming the file when the workbook part is missing or malformed.
Workbook readWorkbook(const ZipPackage& zip);
// Per cell style index (the s attribute): whether it shows a number as a date.
std::vector<bool> readDateStyles(const ZipPackage& zip, const QString& part);
// Whether a number format code shows a date ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", not "0.00", "h:mm").
bool isDateFormat(QStringView code);
// A DTD in a part is refused: OOXML never has one, and it is how entity-expansion bombs start.
void rejectDtd(const QXmlStreamReader& xml, const ZipPackage& zip, const QString& part);
[[noreturn]] void failXml(const QXmlStreamReader& xml, const ZipPackage& zip, const QString& part);

}  // namespace xlsx
}  // namespace hv
