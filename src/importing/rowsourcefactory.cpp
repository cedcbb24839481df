#include "importing/rowsourcefactory.h"

#include "core/error.h"
#include "importing/csvreader.h"
#include "importing/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>

namespace hv {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("hv::RowSourceFactory", s); }

}  // namespace

TableFormat sniffTableFormat(const QByteArray& head)
{
    if (head.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return TableFormat::Xlsx;
    if (head.startsWith(QByteArrayView("\xD0\xCF\x11\xE0", 4)))
        return TableFormat::LegacyXls;
    return TableFormat::Csv;
}

std::unique_ptr<RowSource> openRowSource(const QString& path, const QString& sheet, bool convertLegacy)
{
    QFile f(path);
    if (!f.exists())
        throw Error(Error::Kind::Input, tr("%1: the file does not exist.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Input, tr("%1: cannot be read (%2).").arg(path, f.errorString()));
    const QByteArray head = f.read(8);
    f.close();
    switch (sniffTableFormat(head)) {
    case TableFormat::Xlsx:
        return std::make_unique<XlsxReader>(path, sheet, convertLegacy);
    case TableFormat::LegacyXls:
        throw Error(Error::Kind::Input,
                    tr("%1 is an Excel 97–2003 .xls file; open it in Excel or LibreOffice and save it as .xlsx "
                       "(Excel Workbook) first.").arg(path));
    case TableFormat::Csv:
        break;
    }
    return std::make_unique<CsvReader>(path);
}

}  // namespace hv
