// Sheets of cells written with libxlsxwriter: what every goalchain workbook
// shares (header format, column widths, frozen header, filter, fixed document
// properties so that the same input gives the same bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace goalchain::writer {

// One cell: empty, text, or a number.
using Cell = std::variant<std::monostate, std::string, double>;

// Excel's limits: characters in a cell, rows in a sheet (the header row
// included), characters in a sheet name, hyperlinks in a sheet.
inline constexpr std::size_t kExcelCellLimit = 32767;
inline constexpr std::size_t kExcelRowLimit = 1048576;
inline constexpr std::size_t kExcelSheetNameLimit = 31;
inline constexpr std::size_t kExcelLinkLimit = 65530;

// `text` cut to Excel's limit of 32767 characters per cell, ending in
// "…[avkortad]" when something was cut.
std::string fit_cell(std::string_view text);

// A text cell and a number cell. Text over Excel's limit is cut, with a
// warning, when the sheet is written.
Cell text_cell(std::string_view text);
Cell number_cell(double value);

// `wanted` made a valid sheet name that is not in `taken` (compared without
// regard to case, as Excel does): []:*?/\ become '_', leading and trailing
// apostrophes go, at most 31 characters, and " (2)", " (3)" … when taken.
// A name left empty is `fallback` (the codebook's label sheet.fallback: "Blad"),
// made valid alike, else "_".
std::string make_sheet_name(std::string_view wanted, const std::vector<std::string>& taken,
                            std::string_view fallback = {});

// How one column looks; the defaults leave it to the content.
struct ColumnStyle {
  double width = 0;           // in characters; 0: from the content (6 to 80)
  bool wrap = false;          // wrap text; otherwise only columns wider than 80 wrap
  std::string number_format;  // Excel number format such as "0.000"; empty: general
};

// One sheet: a header row and rows of cells.
struct Table {
  Table() = default;
  Table(std::string sheet_name, std::vector<std::string> header_row,
        std::vector<std::vector<Cell>> data_rows = {})
      : name(std::move(sheet_name)), headers(std::move(header_row)), rows(std::move(data_rows)) {}

  std::string name;  // the sheet's name
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
  // An Excel table object (named after the sheet, banded rows, filter
  // buttons) instead of a plain autofilter over the range.
  bool excel_table = false;
  // The headers of every column but the first stand on their side, and those
  // columns are as narrow as their content: a matrix of many columns then
  // fits a printed page.
  bool rotate_headers = false;
  std::vector<ColumnStyle> columns;  // per column; missing entries use the defaults
  // Background colours (0xRRGGBB) of single cells, by (row of `rows`, column).
  std::map<std::pair<std::size_t, std::size_t>, std::uint32_t> fills;
  // Hyperlinks of single cells, by (row of `rows`, column): the cell keeps its
  // text or number and opens the link (made by sheet_link, workbook_link or
  // file_link, or "https://…").
  std::map<std::pair<std::size_t, std::size_t>, std::string> links;
  // Conditional formats over every data row: where `formula` (an Excel
  // formula written for the first data row, row 2, e.g. "=$S2=\"ja\"") is
  // true, columns first_column..last_column get `fill`.
  struct RowHighlight {
    std::size_t first_column = 0;
    std::size_t last_column = 0;
    std::string formula;
    std::uint32_t fill = 0;
  };
  std::vector<RowHighlight> highlights;
  // Columns shaded white to green by their values (a colour scale), each range
  // over all data rows.
  std::vector<std::pair<std::size_t, std::size_t>> color_scales;  // (first, last) column
};

// The letters of a column: "A" for 0, "Z", "AA" for 26, …
std::string column_letters(std::size_t column);

// Sets the link of one cell of `table`; an empty `link` sets none.
void add_link(Table& table, std::size_t row, std::size_t column, std::string link);

// "'Kedjor'!A5": the cell in `column` of data row `data_row` (0 is the row
// under the header) of the sheet a Table named `sheet` became, in the
// continuation sheet ("Segment (2)") when the row lies beyond Excel's limit.
std::string cell_reference(std::string_view sheet, std::size_t data_row, std::size_t column = 0);

// Links for Table::links: to a cell of a sheet of the same workbook; to a cell
// of another workbook, and to any file, by a path relative to the folder of
// the workbook that holds the link ("counties/skane.xlsx", "../plans/plan.pdf").
std::string sheet_link(std::string_view sheet, std::size_t data_row, std::size_t column = 0);
std::string workbook_link(std::string_view relative_path, std::string_view sheet,
                          std::size_t data_row, std::size_t column = 0);
std::string file_link(std::string_view relative_path);

// `relative_path` as the path of a relative link (workbook_link and file_link
// use it): '#', '?', '%', ':', spaces and other characters that would end or
// change the link percent-encoded ("plans/a#b 2.txt" -> "plans/a%23b%202.txt");
// non-ASCII letters kept.
std::string encode_link_path(std::string_view relative_path);

// `target` as a path relative to `folder`, with '/' between names; both are
// taken from the working directory when relative. "" for standard input
// ("<stdin>"), an empty path, or a target that no relative path reaches.
std::string relative_link_path(const std::filesystem::path& target,
                               const std::filesystem::path& folder);

// Widens every column of `table` with a set width to hold its heading and
// the filter button beside it, so that no heading is cut.
void widen_to_headers(Table& table);

// A column chart of figures in a sheet written before: one category per data
// row (its text in `category_column`), one series per column in `series`.
struct ColumnChart {
  std::string title;
  std::string data_sheet;  // the name add_table returned
  std::size_t rows = 0;    // data rows in that sheet
  std::size_t category_column = 0;
  std::vector<std::size_t> series;  // columns; each series is named by its header
  bool stacked = false;
  std::string y_axis_title;
  // The values are counts: the y axis starts at 0 and steps in whole numbers
  // (1, 2, 5, 10, 20 … so that about eight steps reach `max_value`), never 0.5.
  bool counts = false;
  double max_value = 0;  // the highest bar (stacked: the highest sum of a category)
};

// The largest value, or sum of values when `stacked`, that `series` columns
// of `rows` hold: what a chart of them must reach.
double chart_max_value(const std::vector<std::vector<Cell>>& rows,
                       const std::vector<std::size_t>& series, bool stacked);

// A whole-number step for a count axis up to `max_value`: 1, 2 or 5 times a
// power of ten, the smallest that needs at most eight steps.
double count_axis_step(double max_value);

// A workbook being written to `path`: sheets are added in order, close()
// writes the file. Throws std::runtime_error naming the path on any failure.
class Workbook {
 public:
  // The document properties are fixed: author "goalchain", comments
  // "goalchain <tool_version>", created 2000-01-01T00:00:00Z.
  // With `constant_memory`, libxlsxwriter keeps one row in memory at a time
  // (for very large runs); sheets then get an autofilter instead of an Excel
  // table object. `created` (seconds since 1970, UTC) replaces the fixed time
  // when not 0 (goalchain code --timestamp).
  Workbook(const std::filesystem::path& path, const std::string& title, const std::string& subject,
           const std::string& tool_version, bool constant_memory = false, std::int64_t created = 0);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // Adds `table` as a sheet: bold header row, frozen; widths from the content
  // unless `table.columns` sets them. The sheet name is made valid and unique
  // (make_sheet_name); rows beyond Excel's limit continue on further sheets
  // ("Segment (2)"). Returns the name of the (first) sheet. Every such change,
  // and every cell cut to Excel's limit, is recorded in warnings().
  std::string add_table(const Table& table);

  // Adds a sheet that holds `charts`, one below the other.
  void add_chart_sheet(std::string_view name, const std::vector<ColumnChart>& charts);

  // What had to change to fit Excel's limits, one line each, in order.
  const std::vector<std::string>& warnings() const;

  // The name of a sheet whose wanted name has nothing valid in it
  // (make_sheet_name's fallback): the codebook's label sheet.fallback.
  void set_fallback_sheet_name(std::string name);

  // Rows per sheet, the header row included; Excel's limit unless a test lowers it.
  void set_row_limit(std::size_t rows);

  // Writes the file.
  void close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace goalchain::writer
