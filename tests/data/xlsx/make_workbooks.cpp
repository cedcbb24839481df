// Writes the test workbooks of tests/data/xlsx (see README.md): real .xlsx files from libxlsxwriter, and
// damaged or hostile packages built part by part with libzip. Run from this folder:
//   g++ -std=c++17 -O1 make_workbooks.cpp -o /tmp/make_workbooks -lxlsxwriter -lzip && /tmp/make_workbooks
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

namespace {

lxw_datetime day(int y, int m, int d) { return lxw_datetime{y, m, d, 0, 0, 0}; }

// Title rows, a two-row header under merged cells, column numbers, dates as date cells, as text, as a
// bare serial and as a year; a boolean and a formula; a subtotal row; a second sheet.
void membersWorkbook()
{
    lxw_workbook* wb = workbook_new("members.xlsx");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Danh sách");
    worksheet_merge_range(ws, 0, 0, 0, 8, "DANH SÁCH HỘI VIÊN CHI HỘI KHU PHỐ 1 VÀ KHU PHỐ 2", bold);
    worksheet_merge_range(ws, 1, 0, 1, 8, "Đơn vị: Hội LHPN Thị trấn Thọ Xuân", nullptr);
    worksheet_merge_range(ws, 3, 0, 4, 0, "STT", bold);
    worksheet_merge_range(ws, 3, 1, 4, 1, "Họ và tên", bold);
    worksheet_merge_range(ws, 3, 2, 3, 4, "Thông tin cá nhân", bold);
    worksheet_write_string(ws, 4, 2, "Ngày sinh", bold);
    worksheet_write_string(ws, 4, 3, "Số CCCD", bold);
    worksheet_write_string(ws, 4, 4, "Dân tộc", bold);
    worksheet_merge_range(ws, 3, 5, 4, 5, "Đảng viên", bold);
    worksheet_merge_range(ws, 3, 6, 4, 6, "Cơ sở Hội", bold);
    worksheet_merge_range(ws, 3, 7, 4, 7, "Chi hội", bold);
    worksheet_merge_range(ws, 3, 8, 4, 8, "Ngày vào Hội", bold);
    for (int c = 0; c < 9; ++c)
        worksheet_write_string(ws, 5, lxw_col_t(c), ("(" + std::to_string(c + 1) + ")").c_str(), nullptr);

    lxw_datetime b1 = day(1985, 3, 15), j1 = day(2005, 3, 8);
    worksheet_write_number(ws, 6, 0, 1, nullptr);
    worksheet_write_string(ws, 6, 1, "  NGUYỄN THỊ   HẰNG ", nullptr);
    worksheet_write_datetime(ws, 6, 2, &b1, date);
    worksheet_write_string(ws, 6, 3, "038185000123", nullptr);
    worksheet_write_string(ws, 6, 4, "Kinh", nullptr);
    worksheet_write_string(ws, 6, 5, "x", nullptr);
    worksheet_write_string(ws, 6, 6, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 6, 7, "Khu phố 1", nullptr);
    worksheet_write_datetime(ws, 6, 8, &j1, date);

    worksheet_write_number(ws, 7, 0, 2, nullptr);
    worksheet_write_string(ws, 7, 1, "Lê Thị Mai", nullptr);
    worksheet_write_string(ws, 7, 2, "15/3/1980", nullptr);
    worksheet_write_string(ws, 7, 3, "038180000456", nullptr);
    worksheet_write_string(ws, 7, 4, "Mường", nullptr);
    worksheet_write_string(ws, 7, 5, "Đảng viên", nullptr);
    worksheet_write_string(ws, 7, 6, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 7, 7, "Chi hội Khu phố 2", nullptr);
    worksheet_write_number(ws, 7, 8, 2000, nullptr);  // a year alone, as a number

    worksheet_write_number(ws, 8, 0, 3, nullptr);
    worksheet_write_string(ws, 8, 1, "Trần Thị Lan", nullptr);
    worksheet_write_number(ws, 8, 2, 32753, nullptr);  // 02/09/1989 as a bare serial in a General cell
    worksheet_write_string(ws, 8, 4, "Kinh", nullptr);
    worksheet_write_boolean(ws, 8, 5, 1, nullptr);
    worksheet_write_string(ws, 8, 6, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 8, 7, "khu phố 2", nullptr);
    worksheet_write_formula_num(ws, 8, 8, "=DATE(2015,1,1)", date, 42005);  // cached value

    worksheet_merge_range(ws, 10, 0, 10, 1, "Tổng cộng", bold);
    worksheet_write_formula_num(ws, 10, 2, "=COUNTA(B7:B9)", nullptr, 3);

    lxw_worksheet* ws2 = workbook_add_worksheet(wb, "Khu phố 2");
    const char* head[] = {"Họ và tên", "Ngày sinh", "Số CCCD", "Cơ sở Hội", "Chi hội"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(ws2, 0, lxw_col_t(c), head[c], nullptr);
    lxw_datetime b2 = day(1992, 12, 31);
    worksheet_write_string(ws2, 1, 0, "Phạm Thị Hoa", nullptr);
    worksheet_write_datetime(ws2, 1, 1, &b2, date);
    worksheet_write_string(ws2, 1, 2, "038192000789", nullptr);
    worksheet_write_string(ws2, 1, 3, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws2, 1, 4, "Khu phố 2", nullptr);
    workbook_close(wb);
}

// A CCCD that Excel turned into a number (the leading zero lost), and one typed in scientific notation.
void cccdNumberWorkbook()
{
    lxw_workbook* wb = workbook_new("cccd_number.xlsx");
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    const char* head[] = {"STT", "Họ và tên", "Năm sinh", "Số CCCD", "Cơ sở Hội", "Chi hội"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
    worksheet_write_number(ws, 1, 0, 1, nullptr);
    worksheet_write_string(ws, 1, 1, "Đỗ Thị Thu", nullptr);
    worksheet_write_number(ws, 1, 2, 1985, nullptr);
    worksheet_write_number(ws, 1, 3, 38185000123.0, nullptr);
    worksheet_write_string(ws, 1, 4, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 1, 5, "Khu phố 1", nullptr);
    worksheet_write_number(ws, 2, 0, 2, nullptr);
    worksheet_write_string(ws, 2, 1, "Vũ Thị Hạnh", nullptr);
    worksheet_write_number(ws, 2, 2, 1990, nullptr);
    worksheet_write_string(ws, 2, 3, "3.8190E+11", nullptr);
    worksheet_write_string(ws, 2, 4, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 2, 5, "Khu phố 1", nullptr);
    workbook_close(wb);
}

// constant_memory mode: strings written inline (<is><t>), not in the shared table.
void inlineWorkbook()
{
    lxw_workbook_options o = {};
    o.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt("inline_strings.xlsx", &o);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    const char* head[] = {"Họ và tên", "Ngày sinh", "Cơ sở Hội", "Chi hội"};
    for (int c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
    worksheet_write_string(ws, 1, 0, "Hoàng Thị Yến", nullptr);
    worksheet_write_string(ws, 1, 1, "01/01/1970", nullptr);
    worksheet_write_string(ws, 1, 2, "Thị trấn Thọ Xuân", nullptr);
    worksheet_write_string(ws, 1, 3, "Khu phố 1", nullptr);
    workbook_close(wb);
}

// Typed with the .VnTime / .VnTimeH fonts: the cells hold TCVN3 codes as Windows-1252 characters.
void tcvn3Workbook()
{
    lxw_workbook* wb = workbook_new("tcvn3.xlsx");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    worksheet_write_string(ws, 0, 0, "DANH S\u00b8CH H\u00e9I VI\u00a3N", nullptr);
    const char* head[] = {"STT", "H\u00e4 v\u00b5 t\u00aan", "N\u00a8m sinh", "C\u00ac s\u00eb H\u00e9i", "Chi h\u00e9i"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), head[c], nullptr);
    worksheet_write_number(ws, 3, 0, 1, nullptr);
    worksheet_write_string(ws, 3, 1, "Nguy\u00d4n Th\u00de Hoa", nullptr);
    worksheet_write_number(ws, 3, 2, 1970, nullptr);
    worksheet_write_string(ws, 3, 3, "Th\u00de tr\u00can Th\u00e4 Xu\u00a9n", nullptr);
    worksheet_write_string(ws, 3, 4, "Khu ph\u00e8 1", nullptr);
    worksheet_write_number(ws, 4, 0, 2, nullptr);
    worksheet_write_string(ws, 4, 1, "Ph\u00b9m Th\u00de Lan", nullptr);
    worksheet_write_number(ws, 4, 2, 1975, nullptr);
    worksheet_write_string(ws, 4, 3, "Th\u00de tr\u00can Th\u00e4 Xu\u00a9n", nullptr);
    worksheet_write_string(ws, 4, 4, "Khu ph\u00e8 2", nullptr);
    workbook_close(wb);
}

std::string readFile(const char* path)
{
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

void writeFile(const char* path, const std::string& data) { std::ofstream(path, std::ios::binary) << data; }

const char* kRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
    "Target=\"sharedStrings.xml\"/></Relationships>";
const char* kWorkbook =
    "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

// A package of the given parts (name, content), deflated.
void writeZip(const char* path, const std::vector<std::pair<std::string, std::string>>& parts)
{
    std::remove(path);
    int err = 0;
    zip_t* z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
    for (const auto& [name, content] : parts) {
        void* copy = std::malloc(content.size() + 1);
        std::memcpy(copy, content.data(), content.size());
        zip_source_t* s = zip_source_buffer(z, copy, content.size(), 1);
        zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
}

std::string sheet(const std::string& rows, const std::string& before = "")
{
    return "<?xml version=\"1.0\"?>" + before +
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows +
           "</sheetData></worksheet>";
}

// Replaces every occurrence of the 4-byte little-endian size `from` by `to` (local and central headers).
void patchSize(std::string& zip, uint32_t from, uint32_t to)
{
    const std::string f(reinterpret_cast<const char*>(&from), 4), t(reinterpret_cast<const char*>(&to), 4);
    for (size_t at = 0; (at = zip.find(f, at)) != std::string::npos; at += 4)
        zip.replace(at, 4, t);
}

void badFiles()
{
    writeZip("bad/not_spreadsheet.xlsx", {{"readme.txt", "Biên bản họp chi hội, không phải danh sách."}});

    const std::string good = readFile("members.xlsx");
    writeFile("bad/truncated.xlsx", good.substr(0, good.size() / 2));

    std::mt19937 rng(7);
    std::string garbage = "PK\x03\x04";
    for (int i = 0; i < 4000; ++i)
        garbage += char(rng());
    writeFile("bad/garbage.xlsx", garbage);

    // Billion laughs in the shared strings.
    std::string dtd = "<!DOCTYPE sst [<!ENTITY a \"ha\">";
    char prev = 'a';
    for (char e = 'b'; e <= 'k'; prev = e++)
        dtd += std::string("<!ENTITY ") + e + " \"" + std::string(10, '&') + "\">",
            dtd.replace(dtd.rfind(std::string(10, '&')), 10, [&] {
                std::string s;
                for (int i = 0; i < 10; ++i) s += std::string("&") + prev + ";";
                return s;
            }());
    dtd += "]>";
    const std::string rowsUsingString = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    writeZip("bad/xml_bomb.xlsx", {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                   {"xl/worksheets/sheet1.xml", sheet(rowsUsingString)},
                                   {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?>" + dtd +
                                                                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                                                "<si><t>&k;</t></si></sst>"}});
    writeZip("bad/dtd_sheet.xlsx", {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                    {"xl/worksheets/sheet1.xml", sheet(rowsUsingString, "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")},
                                    {"xl/sharedStrings.xml", "<sst><si><t>x</t></si></sst>"}});

    // A 10 MB cell, inline.
    writeZip("bad/huge_cell.xlsx", {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                    {"xl/worksheets/sheet1.xml",
                                     sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + std::string(10 << 20, 'a') +
                                           "</t></is></c></row>")}});

    // A sheet of a million rows with nothing in them.
    std::string empty;
    for (int r = 1; r <= 1048576; ++r)
        empty += "<row r=\"" + std::to_string(r) + "\"/>";
    writeZip("bad/million_empty_rows.xlsx", {{"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
                                             {"xl/worksheets/sheet1.xml", sheet(empty)}});

    // Zip bombs: shared strings inflating to 600 MB, declared honestly, and declared as 1,000 bytes.
    const std::string bomb = "<sst>" + std::string(600u << 20, ' ') + "</sst>";
    const std::vector<std::pair<std::string, std::string>> parts = {
        {"xl/workbook.xml", kWorkbook}, {"xl/_rels/workbook.xml.rels", kRels},
        {"xl/worksheets/sheet1.xml", sheet(rowsUsingString)}, {"xl/sharedStrings.xml", bomb}};
    writeZip("bad/zip_bomb.xlsx", parts);
    std::string lying = readFile("bad/zip_bomb.xlsx");
    patchSize(lying, uint32_t(bomb.size()), 1000);
    writeFile("bad/zip_bomb_lying.xlsx", lying);
}

}  // namespace

int main()
{
    membersWorkbook();
    cccdNumberWorkbook();
    inlineWorkbook();
    tcvn3Workbook();
    if (std::getenv("SKIP_BAD") == nullptr)
        badFiles();
    std::puts("workbooks written");
    return 0;
}
