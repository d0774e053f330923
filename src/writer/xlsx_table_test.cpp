#include "goalchain/writer/xlsx_table.h"

#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace goalchain::writer {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Part names are stored uncompressed in a zip file's headers.
bool has_part(const std::string& zip, const std::string& part) {
  return zip.find(part) != std::string::npos;
}

class XlsxTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("goalchain-xlsx-table-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

TEST(CellReferenceTest, QuotesTheSheetAndCountsTheHeaderRow) {
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(25), "Z");
  EXPECT_EQ(column_letters(26), "AA");
  EXPECT_EQ(column_letters(701), "ZZ");
  EXPECT_EQ(column_letters(702), "AAA");
  EXPECT_EQ(cell_reference("Kedjor", 0), "'Kedjor'!A2");
  EXPECT_EQ(cell_reference("Län × kod", 3, 27), "'Län × kod'!AB5");
  EXPECT_EQ(cell_reference("Anna's", 0), "'Anna''s'!A2");
  // Rows beyond Excel's limit are on the continuation sheet, as add_table names it.
  EXPECT_EQ(cell_reference("Segment", kExcelRowLimit - 2), "'Segment'!A1048576");
  EXPECT_EQ(cell_reference("Segment", kExcelRowLimit - 1), "'Segment (2)'!A2");
  EXPECT_EQ(cell_reference("Segment", 2 * (kExcelRowLimit - 1) + 4), "'Segment (3)'!A6");
}

TEST(LinkTest, LinksNameTheSheetCellAndRelativeFile) {
  EXPECT_EQ(sheet_link("Segment", 4), "internal:'Segment'!A6");
  EXPECT_EQ(workbook_link("counties/skane.xlsx", "Kedjor", 0),
            "external:counties/skane.xlsx#'Kedjor'!A2");
  EXPECT_EQ(workbook_link("", "Kedjor", 0), "");
  EXPECT_EQ(file_link("../plans/plan.pdf"), "external:../plans/plan.pdf");
  EXPECT_EQ(file_link(""), "");
  EXPECT_EQ(file_link("../in/a#b.txt"), "external:../in/a%23b.txt");
  EXPECT_EQ(workbook_link("c/a b?.xlsx", "Kedjor", 0), "external:c/a%20b%3F.xlsx#'Kedjor'!A2");
  EXPECT_EQ(encode_link_path("50%.txt"), "50%25.txt");
  EXPECT_EQ(encode_link_path("C:x/[1]\\y\"z\".txt"), "C%3Ax/%5B1%5D%5Cy%22z%22.txt");
  EXPECT_EQ(encode_link_path("plan-2020_v1.(2)~&.pdf"), "plan-2020_v1.(2)~&.pdf");
  EXPECT_EQ(encode_link_path("Västerås/län.pdf"), "Västerås/län.pdf");
  Table table{"T", {"a"}, {}};
  add_link(table, 0, 0, "");
  EXPECT_TRUE(table.links.empty());
  add_link(table, 0, 0, "internal:'T'!A2");
  EXPECT_EQ(table.links.at({0, 0}), "internal:'T'!A2");
}

TEST(RelativeLinkPathTest, FromTheWorkbooksFolderToTheFile) {
  EXPECT_EQ(relative_link_path("/data/plans/skåne plan.txt", "/data/out/counties"),
            "../../plans/skåne plan.txt");
  EXPECT_EQ(relative_link_path("/data/out/a.txt", "/data/out"), "a.txt");
  EXPECT_EQ(relative_link_path("<stdin>", "/data/out"), "");
  EXPECT_EQ(relative_link_path("", "/data/out"), "");
  // Relative paths are taken from the working directory.
  EXPECT_EQ(relative_link_path("plans/a.txt", "out/counties"), "../../plans/a.txt");
}

TEST(WidenToHeadersTest, SetWidthsHoldTheirHeadings) {
  Table table{"T", {"Kort", "Förekomst codebook", "Auto"}, {}};
  table.columns = {ColumnStyle{10, false, {}}, ColumnStyle{11, false, "0.000"}};
  widen_to_headers(table);
  ASSERT_EQ(table.columns.size(), 3u);
  EXPECT_EQ(table.columns[0].width, 10);
  EXPECT_EQ(table.columns[1].width, 18 + 3 + 1);
  EXPECT_EQ(table.columns[1].number_format, "0.000");
  EXPECT_EQ(table.columns[2].width, 0);  // from the content, which counts the heading
}

TEST(SheetNameTest, InvalidCharactersLengthAndApostrophesAreFixed) {
  EXPECT_EQ(make_sheet_name("Kedjor", {}), "Kedjor");
  EXPECT_EQ(make_sheet_name("Mål [1]: a/b\\c*d?", {}), "Mål _1__ a_b_c_d_");
  EXPECT_EQ(make_sheet_name("'citerad'", {}), "citerad");
  EXPECT_EQ(make_sheet_name("", {}, "Blad"), "Blad");
  EXPECT_EQ(make_sheet_name("'/'", {}, "Sheet"), "_") << "what is valid of the wanted name";
  EXPECT_EQ(make_sheet_name("''", {"Sheet"}, "Sheet"), "Sheet (2)");
  EXPECT_EQ(make_sheet_name("", {}, "'"), "_") << "nothing valid in the fallback either";
  const std::string long_name = "Länsstyrelsen i Västra Götalands län, handlingsplan";
  const std::string cut = make_sheet_name(long_name, {});
  EXPECT_EQ(util::count_code_points(cut), 31u);
  EXPECT_EQ(cut, "Länsstyrelsen i Västra Götaland");
}

TEST(SheetNameTest, TakenNamesGetANumberWithinTheLimit) {
  EXPECT_EQ(make_sheet_name("Segment", {"Segment"}), "Segment (2)");
  EXPECT_EQ(make_sheet_name("segment", {"Segment", "SEGMENT (2)"}), "segment (3)");
  const std::string long_name(40, 'x');
  const std::string first = make_sheet_name(long_name, {});
  const std::string second = make_sheet_name(long_name, {first});
  EXPECT_EQ(second, std::string(27, 'x') + " (2)");
  EXPECT_EQ(second.size(), 31u);
}

TEST_F(XlsxTableTest, RowsBeyondTheLimitContinueOnFurtherSheets) {
  const fs::path file = dir_ / "rows.xlsx";
  Workbook workbook(file, "t", "s", "1.0");
  workbook.set_row_limit(4);  // a header and three data rows a sheet
  Table table{"Segment", {"Nr"}, {}};
  for (int i = 1; i <= 7; ++i) table.rows.push_back({number_cell(i)});
  EXPECT_EQ(workbook.add_table(table), "Segment");
  workbook.add_table(Table{"Koder", {"Kod"}, {{text_cell("pmh")}}});
  workbook.close();
  ASSERT_EQ(workbook.warnings().size(), 2u);
  EXPECT_NE(workbook.warnings()[0].find("row 4 on continue in sheet 'Segment (2)'"),
            std::string::npos)
      << workbook.warnings()[0];
  EXPECT_NE(workbook.warnings()[1].find("row 7 on continue in sheet 'Segment (3)'"),
            std::string::npos)
      << workbook.warnings()[1];
  const std::string zip = read_bytes(file);
  for (int sheet = 1; sheet <= 4; ++sheet) {
    EXPECT_TRUE(has_part(zip, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml")) << sheet;
  }
  EXPECT_FALSE(has_part(zip, "xl/worksheets/sheet5.xml"));
}

TEST_F(XlsxTableTest, LongTextIsCutWithAWarningAndInvalidNamesAreReported) {
  const fs::path file = dir_ / "cut.xlsx";
  Workbook workbook(file, "t", "s", "1.0");
  const std::string huge(40000, 'a');
  EXPECT_EQ(workbook.add_table(Table{"Data: 2020/21", {"Text"}, {{text_cell(huge)}, {text_cell("kort")}}}),
            "Data_ 2020_21");
  workbook.close();
  ASSERT_EQ(workbook.warnings().size(), 2u);
  EXPECT_EQ(workbook.warnings()[0],
            "sheet name 'Data: 2020/21' is not valid in Excel; written as 'Data_ 2020_21'");
  EXPECT_EQ(workbook.warnings()[1],
            "sheet 'Data_ 2020_21', row 2, column 'Text': text of 40,000 characters cut to "
            "Excel's limit of 32,767");
  EXPECT_EQ(util::count_code_points(fit_cell(huge)), 32767u);
  EXPECT_EQ(fit_cell(huge).substr(fit_cell(huge).size() - std::string("…[avkortad]").size()),
            "…[avkortad]");
}

TEST_F(XlsxTableTest, ChartsLinksAndConditionalFormatsAreWritten) {
  const fs::path file = dir_ / "charts.xlsx";
  Workbook workbook(file, "t", "s", "1.0");
  Table table{"Län", {"Län", "Kompletta", "Ofullständiga"}, {}};
  table.rows = {{text_cell("Stockholm"), number_cell(2), number_cell(3)},
                {text_cell("Skåne"), number_cell(1), number_cell(0)}};
  table.links[{0, 0}] = "https://example.invalid/stockholm";
  table.highlights.push_back({0, 2, "=$B2>0", 0xC6EFCE});
  table.color_scales.push_back({1, 2});
  const std::string sheet = workbook.add_table(table);
  workbook.add_chart_sheet("Diagram", {ColumnChart{"Kedjor", sheet, 2, 0, {1, 2}, true, "antal"},
                                       ColumnChart{"Tom", sheet, 0, 0, {1}, false, ""}});
  workbook.close();
  EXPECT_TRUE(workbook.warnings().empty());
  const std::string zip = read_bytes(file);
  EXPECT_TRUE(has_part(zip, "xl/charts/chart1.xml"));
  EXPECT_FALSE(has_part(zip, "xl/charts/chart2.xml")) << "a chart without rows is left out";
  EXPECT_TRUE(has_part(zip, "xl/worksheets/_rels/sheet1.xml.rels")) << "the hyperlink";
}

TEST_F(XlsxTableTest, ConstantMemoryModeWritesTablesAsAutofilters) {
  const fs::path file = dir_ / "constant.xlsx";
  Workbook workbook(file, "t", "s", "1.0", /*constant_memory=*/true);
  Table table{"Segment", {"Text"}, {{text_cell("a")}, {text_cell("b")}}};
  table.excel_table = true;
  workbook.add_table(table);
  workbook.close();
  const std::string zip = read_bytes(file);
  EXPECT_TRUE(has_part(zip, "xl/worksheets/sheet1.xml"));
  EXPECT_FALSE(has_part(zip, "xl/tables/table1.xml"));
}

TEST(ChartAxisTest, CountAxesStepInWholeNumbersFromTheData) {
  EXPECT_EQ(count_axis_step(0), 1.0);
  EXPECT_EQ(count_axis_step(3), 1.0);
  EXPECT_EQ(count_axis_step(8), 1.0);
  EXPECT_EQ(count_axis_step(9), 2.0);
  EXPECT_EQ(count_axis_step(33), 5.0);
  EXPECT_EQ(count_axis_step(70), 10.0);
  EXPECT_EQ(count_axis_step(1234), 200.0);
  const std::vector<std::vector<Cell>> rows = {
      {text_cell("Stockholm"), number_cell(3), number_cell(4)},
      {text_cell("Uppsala"), number_cell(6), Cell{}}};
  EXPECT_EQ(chart_max_value(rows, {1, 2}, true), 7.0);   // 3 + 4 stacked
  EXPECT_EQ(chart_max_value(rows, {1, 2}, false), 6.0);  // the highest bar
}

}  // namespace
}  // namespace goalchain::writer
