#include "genxlsx.h"

#include "core/flexparse.h"
#include "importing/csvreader.h"

#include <stdexcept>
#include <xlsxwriter.h>

namespace hvbench {

void writeMemberXlsx(const QString& csvPath, const QString& xlsxPath)
{
    // constant_memory: rows are flushed as written (strings inline), so 300,000 rows need little memory.
    lxw_workbook_options o = {};
    o.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(xlsxPath.toUtf8().constData(), &o);
    if (!wb)
        throw std::runtime_error("cannot create " + xlsxPath.toStdString());
    lxw_format* dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Danh sách");
    hv::CsvReader csv(csvPath);
    lxw_row_t row = 0;
    while (csv.next()) {
        for (int c = 0; c < csv.cellCount(); ++c) {
            const QStringView cell = csv.cell(c);
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const qint64 n = cell.toLongLong(&isNumber);
            if (isNumber && !cell.startsWith(u'0') && cell.size() <= 9) {
                worksheet_write_number(ws, row, lxw_col_t(c), double(n), nullptr);
            } else if (cell.size() == 10 && cell[2] == u'/' && cell[5] == u'/') {
                const auto d = hv::parseFlexDate(cell);
                if (d && !d->yearOnly()) {
                    lxw_datetime dt = {d->date.year(), d->date.month(), d->date.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, row, lxw_col_t(c), &dt, dateFormat);
                } else {
                    worksheet_write_string(ws, row, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
                }
            } else {
                worksheet_write_string(ws, row, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
            }
        }
        ++row;
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        throw std::runtime_error("cannot write " + xlsxPath.toStdString());
}

}  // namespace hvbench
