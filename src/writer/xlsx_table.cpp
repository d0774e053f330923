#include "goalchain/writer/xlsx_table.h"

#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ctime>
#include <stdexcept>
#include <tuple>

namespace goalchain::writer {
namespace {

// Excel's limit on the characters in one cell, and what marks a cut.
constexpr std::size_t excel_cell_limit = kExcelCellLimit;
constexpr std::string_view cut_marker = "…[avkortad]";

// Column widths, in characters.
constexpr std::size_t min_column_width = 6;
constexpr std::size_t max_column_width = 80;
// Room for the autofilter drop-down button beside a header.
constexpr std::size_t filter_button_width = 3;
// Columns under a header turned on its side: as wide as a short number.
constexpr std::size_t rotated_column_width = 4;
// The height, in points, that a character of a rotated header takes; Excel's
// highest row.
constexpr double points_per_rotated_character = 6.5;
constexpr double max_row_height = 409.0;

// 2000-01-01T00:00:00Z: every workbook claims this creation time, so that two
// runs over the same input give byte-identical files.
constexpr std::time_t fixed_creation_time = 946684800;

// UTF-16 code units of the code point that starts with `lead` (Excel counts these).
std::size_t utf16_units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

std::size_t display_width(const Cell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell)) return util::count_code_points(*s);
  if (const auto* d = std::get_if<double>(&cell)) {
    const double v = *d;
    if (std::floor(v) == v && std::fabs(v) < 1e15) {
      return std::to_string(static_cast<long long>(v)).size();
    }
    return 12;
  }
  return 0;
}

// Lines that `chars` characters of wrapped text take in a column `width` wide.
std::size_t lines_of(std::size_t chars, double width) {
  const auto per_line = static_cast<std::size_t>(std::max(width * 0.9, 1.0));
  return std::max<std::size_t>((chars + per_line - 1) / per_line, 1);
}

// Printing: A4 landscape, narrow margins, as many pages down as it takes but
// one page wide, the sheet's name and page number in the footer.
void set_up_printing(lxw_worksheet* sheet) {
  worksheet_set_paper(sheet, 9);
  worksheet_set_landscape(sheet);
  worksheet_set_margins(sheet, 0.4, 0.4, 0.5, 0.6);
  worksheet_set_footer(sheet, "&L&A&R&P / &N");
  worksheet_fit_to_pages(sheet, 1, 0);
}

[[noreturn]] void fail(std::string_view what, lxw_error error, const std::filesystem::path& path) {
  throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error) + ": " + path.string());
}

void check(lxw_error error, std::string_view what, const std::filesystem::path& path) {
  if (error != LXW_NO_ERROR) fail(what, error, path);
}

// An Excel table name from a sheet name: letters, digits and '_', starting with a letter.
std::string table_name_of(const std::string& sheet) {
  std::string name;
  for (const char c : sheet) {
    const auto byte = static_cast<unsigned char>(c);
    name += std::isalnum(byte) != 0 && byte < 0x80 ? c : '_';
  }
  if (name.empty() || std::isalpha(static_cast<unsigned char>(name.front())) == 0) {
    name = "T" + name;
  }
  return name;
}

}  // namespace

std::string fit_cell(std::string_view text) {
  std::size_t units = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) units += utf16_units(byte);
  }
  if (units <= excel_cell_limit) return std::string(text);

  const std::size_t budget = excel_cell_limit - util::count_code_points(cut_marker);
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t need = utf16_units(lead);
    if (used + need > budget) break;
    used += need;
    ++pos;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
  std::string cut(text.substr(0, pos));
  cut += cut_marker;
  return cut;
}

Cell text_cell(std::string_view text) { return Cell(std::in_place_type<std::string>, text); }

Cell number_cell(double value) { return Cell(value); }

double chart_max_value(const std::vector<std::vector<Cell>>& rows,
                       const std::vector<std::size_t>& series, bool stacked) {
  double highest = 0;
  for (const auto& row : rows) {
    double sum = 0;
    for (const std::size_t column : series) {
      const auto* value = column < row.size() ? std::get_if<double>(&row[column]) : nullptr;
      if (value == nullptr) continue;
      sum = stacked ? sum + *value : std::max(sum, *value);
    }
    highest = std::max(highest, sum);
  }
  return highest;
}

double count_axis_step(double max_value) {
  for (double power = 1;; power *= 10) {
    for (const double factor : {1.0, 2.0, 5.0}) {
      if (max_value <= 8 * factor * power) return factor * power;
    }
  }
}

namespace {

std::string fold_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_taken(const std::string& name, const std::vector<std::string>& taken) {
  const std::string folded = fold_ascii(name);
  return std::any_of(taken.begin(), taken.end(),
                     [&](const std::string& t) { return fold_ascii(t) == folded; });
}

// The first `count` code points of `text`.
std::string first_code_points(std::string_view text, std::size_t count) {
  std::size_t pos = 0;
  std::size_t seen = 0;
  while (pos < text.size()) {
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) {
      if (seen == count) break;
      ++seen;
    }
    ++pos;
  }
  return std::string(text.substr(0, pos));
}

std::string with_thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// `wanted` with the characters Excel refuses in a sheet name replaced by '_'
// and without leading and trailing apostrophes.
std::string valid_sheet_characters(std::string_view wanted) {
  std::string name;
  for (const char c : wanted) {
    name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  }
  while (!name.empty() && name.front() == '\'') name.erase(name.begin());
  while (!name.empty() && name.back() == '\'') name.pop_back();
  return name;
}

}  // namespace

std::string make_sheet_name(std::string_view wanted, const std::vector<std::string>& taken,
                            std::string_view fallback) {
  std::string name = valid_sheet_characters(wanted);
  if (name.empty()) name = valid_sheet_characters(fallback);
  if (name.empty()) name = "_";
  std::string base = first_code_points(name, kExcelSheetNameLimit);
  if (!is_taken(base, taken)) return base;
  for (int n = 2;; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    std::string candidate =
        first_code_points(name, kExcelSheetNameLimit - suffix.size()) + suffix;
    if (!is_taken(candidate, taken)) return candidate;
  }
}

std::string column_letters(std::size_t column) {
  std::string letters;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

void widen_to_headers(Table& table) {
  table.columns.resize(std::max(table.columns.size(), table.headers.size()));
  for (std::size_t c = 0; c < table.headers.size(); ++c) {
    auto& width = table.columns[c].width;
    if (width <= 0) continue;  // from the content, which counts the heading
    width = std::max(width, static_cast<double>(util::count_code_points(table.headers[c]) +
                                                filter_button_width + 1));
  }
}

void add_link(Table& table, std::size_t row, std::size_t column, std::string link) {
  if (!link.empty()) table.links[{row, column}] = std::move(link);
}

std::string cell_reference(std::string_view sheet, std::size_t data_row, std::size_t column) {
  // Rows beyond Excel's limit continue on sheets named as add_table names them.
  constexpr std::size_t per_sheet = kExcelRowLimit - 1;
  std::vector<std::string> taken{make_sheet_name(sheet, {})};
  while (data_row >= per_sheet) {
    taken.push_back(make_sheet_name(taken.front(), taken));
    data_row -= per_sheet;
  }
  std::string quoted = "'";
  for (const char c : taken.back()) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  quoted += "'!";
  return quoted + column_letters(column) + std::to_string(data_row + 2);
}

std::string sheet_link(std::string_view sheet, std::size_t data_row, std::size_t column) {
  return "internal:" + cell_reference(sheet, data_row, column);
}

std::string encode_link_path(std::string_view relative_path) {
  // Kept: letters, digits, "-._~/", the sub-delimiters and '@', and every byte
  // of a non-ASCII character (Excel and LibreOffice take "Västerås.pdf" as it
  // is). Encoded: what ends or changes a relative URI ('#', '?', '%', and ':',
  // which would read as a scheme), spaces, and characters a URI may not hold.
  std::string out;
  out.reserve(relative_path.size());
  for (const char c : relative_path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool kept = byte >= 0x80 || (byte >= 'a' && byte <= 'z') ||
                      (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                      std::string_view("-._~/!$&'()*+,;=@").find(c) != std::string_view::npos;
    if (kept) {
      out += c;
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

std::string workbook_link(std::string_view relative_path, std::string_view sheet,
                          std::size_t data_row, std::size_t column) {
  if (relative_path.empty()) return {};
  return "external:" + encode_link_path(relative_path) + "#" +
         cell_reference(sheet, data_row, column);
}

std::string file_link(std::string_view relative_path) {
  if (relative_path.empty()) return {};
  return "external:" + encode_link_path(relative_path);
}

std::string relative_link_path(const std::filesystem::path& target,
                               const std::filesystem::path& folder) {
  const std::string name = target.string();
  if (name.empty() || name.front() == '<') return {};
  std::error_code error;
  const auto from = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, error), error);
  if (error) return {};
  const auto to = std::filesystem::weakly_canonical(std::filesystem::absolute(target, error), error);
  if (error) return {};
  return to.lexically_relative(from).generic_string();
}

struct Workbook::Impl {
  struct Free {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
  };

  std::filesystem::path path;
  // Freed without writing anything unless close() hands it to workbook_close.
  std::unique_ptr<lxw_workbook, Free> workbook;
  bool constant_memory = false;
  std::size_t row_limit = kExcelRowLimit;
  std::vector<std::string> sheet_names;
  std::string fallback_sheet_name;
  std::vector<std::string> warnings;
  lxw_format* header = nullptr;
  lxw_format* rotated_header = nullptr;
  lxw_format* cell = nullptr;
  lxw_format* wrap = nullptr;
  // Formats of styled columns, coloured cells and links, made when first
  // needed: (wrap, number format, fill, link) -> format.
  std::map<std::tuple<bool, std::string, std::uint32_t, bool>, lxw_format*> styled;
  std::map<std::uint32_t, lxw_format*> highlight_fills;

  lxw_format* add_format() {
    lxw_format* format = workbook_add_format(workbook.get());
    if (format == nullptr) throw std::runtime_error("cannot add cell format: " + path.string());
    return format;
  }

  lxw_format* styled_format(bool wrap_text, const std::string& number_format, std::uint32_t fill,
                            bool is_link = false) {
    const auto key = std::make_tuple(wrap_text, number_format, fill, is_link);
    if (const auto it = styled.find(key); it != styled.end()) return it->second;
    lxw_format* format = add_format();
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (wrap_text) format_set_text_wrap(format);
    if (is_link) {
      format_set_underline(format, LXW_UNDERLINE_SINGLE);
      format_set_font_color(format, 0x0563C1);
    }
    if (!number_format.empty()) format_set_num_format(format, number_format.c_str());
    if (fill != 0) {
      format_set_pattern(format, LXW_PATTERN_SOLID);
      format_set_bg_color(format, fill);
    }
    styled.emplace(key, format);
    return format;
  }

  lxw_format* highlight_format(std::uint32_t fill) {
    if (const auto it = highlight_fills.find(fill); it != highlight_fills.end()) return it->second;
    lxw_format* format = add_format();
    format_set_bg_color(format, fill);
    highlight_fills.emplace(fill, format);
    return format;
  }

  lxw_worksheet* add_sheet(const std::string& name) {
    lxw_workbook* book = workbook.get();
    if (book == nullptr) throw std::runtime_error("workbook already closed: " + path.string());
    const lxw_error name_error = workbook_validate_sheet_name(book, name.c_str());
    if (name_error != LXW_NO_ERROR) fail("invalid sheet name '" + name + "'", name_error, path);
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    if (sheet == nullptr) {
      throw std::runtime_error("cannot add sheet '" + name + "': " + path.string());
    }
    sheet_names.push_back(name);
    return sheet;
  }

  void write_rows(const Table& table, const std::string& name, std::size_t first,
                  std::size_t count);

  // One cell's value: text (cut to Excel's limit, with a warning), number or blank.
  lxw_error write_value(lxw_worksheet* sheet, const std::string& name, const std::string& header,
                        lxw_row_t row, lxw_col_t col, const Cell& value, lxw_format* format) {
    if (const auto* s = std::get_if<std::string>(&value)) {
      const std::string fitted = fit_cell(*s);
      if (fitted.size() != s->size()) {
        warnings.push_back("sheet '" + name + "', row " + std::to_string(row + 1) + ", column '" +
                           header + "': text of " + with_thousands(util::count_code_points(*s)) +
                           " characters cut to Excel's limit of 32,767");
      }
      // Always a string, even if it looks like a formula ("=", "+", "-", "@").
      return worksheet_write_string(sheet, row, col, fitted.c_str(), format);
    }
    if (const auto* d = std::get_if<double>(&value)) {
      return worksheet_write_number(sheet, row, col, *d, format);
    }
    return worksheet_write_blank(sheet, row, col, format);
  }
};

Workbook::Workbook(const std::filesystem::path& path, const std::string& title,
                   const std::string& subject, const std::string& tool_version,
                   bool constant_memory, std::int64_t created)
    : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->constant_memory = constant_memory;
  const std::string file = path.string();
  lxw_workbook_options workbook_options{};
  workbook_options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  impl_->workbook.reset(workbook_new_opt(file.c_str(), &workbook_options));
  if (impl_->workbook == nullptr) {
    throw std::runtime_error("cannot create workbook: " + path.string());
  }

  std::string title_copy = title;
  std::string subject_copy = subject;
  std::string author = "goalchain";
  std::string comments = "goalchain " + tool_version;
  lxw_doc_properties properties{};
  properties.title = title_copy.data();
  properties.subject = subject_copy.data();
  properties.author = author.data();
  properties.comments = comments.data();
  properties.created = created != 0 ? static_cast<std::time_t>(created) : fixed_creation_time;
  check(workbook_set_properties(impl_->workbook.get(), &properties),
        "cannot set workbook properties", path);

  auto header_format = [&] {
    lxw_format* format = impl_->add_format();
    format_set_bold(format);
    format_set_pattern(format, LXW_PATTERN_SOLID);
    format_set_bg_color(format, 0xDDEBF7);
    format_set_bottom(format, LXW_BORDER_THIN);
    return format;
  };
  impl_->header = header_format();
  format_set_align(impl_->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(impl_->header);  // a header wider than its column wraps, never cut
  impl_->rotated_header = header_format();
  format_set_align(impl_->rotated_header, LXW_ALIGN_LEFT);
  format_set_align(impl_->rotated_header, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_rotation(impl_->rotated_header, 90);

  impl_->cell = impl_->add_format();
  format_set_align(impl_->cell, LXW_ALIGN_VERTICAL_TOP);

  impl_->wrap = impl_->add_format();
  format_set_align(impl_->wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(impl_->wrap);
}

Workbook::~Workbook() = default;

const std::vector<std::string>& Workbook::warnings() const { return impl_->warnings; }

void Workbook::set_fallback_sheet_name(std::string name) {
  impl_->fallback_sheet_name = std::move(name);
}

void Workbook::set_row_limit(std::size_t rows) { impl_->row_limit = std::max<std::size_t>(rows, 2); }

std::string Workbook::add_table(const Table& table) {
  const std::size_t per_sheet = impl_->row_limit - 1;  // data rows under the header
  const std::string first_name =
      make_sheet_name(table.name, impl_->sheet_names, impl_->fallback_sheet_name);
  if (first_name != table.name) {
    impl_->warnings.push_back("sheet name '" + table.name + "' is not valid in Excel; written as '" +
                              first_name + "'");
  }
  std::size_t first = 0;
  std::string name = first_name;
  do {
    const std::size_t count = std::min(per_sheet, table.rows.size() - first);
    impl_->write_rows(table, name, first, count);
    first += count;
    if (first < table.rows.size()) {
      const std::string next =
          make_sheet_name(first_name, impl_->sheet_names, impl_->fallback_sheet_name);
      impl_->warnings.push_back("sheet '" + first_name + "' has " +
                                with_thousands(table.rows.size()) + " rows, more than Excel's " +
                                with_thousands(per_sheet) + "; row " + with_thousands(first + 1) +
                                " on continue in sheet '" + next + "'");
      name = next;
    }
  } while (first < table.rows.size());
  return first_name;
}

void Workbook::Impl::write_rows(const Table& table, const std::string& name, std::size_t first,
                                std::size_t count) {
  lxw_worksheet* sheet = add_sheet(name);
  const std::size_t columns = table.headers.size();
  if (columns == 0 || columns > LXW_COL_MAX) {
    throw std::runtime_error("sheet '" + name + "' has an invalid number of columns: " +
                             path.string());
  }
  const ColumnStyle plain;
  auto style_of = [&](std::size_t c) -> const ColumnStyle& {
    return c < table.columns.size() ? table.columns[c] : plain;
  };

  // Widths from the content, in characters.
  std::vector<std::size_t> content(columns, 0);
  for (std::size_t r = first; r < first + count; ++r) {
    const auto& row = table.rows[r];
    for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
      content[c] = std::max(content[c], std::min(display_width(row[c]), max_column_width + 1));
    }
  }

  // Widths: set, or from the content and the header (the content alone, at
  // least rotated_column_width, under a rotated header).
  auto rotated = [&](std::size_t c) { return table.rotate_headers && c > 0; };
  std::vector<double> widths(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    const std::size_t header_width =
        rotated(c) ? rotated_column_width : util::count_code_points(table.headers[c]) + filter_button_width;
    const std::size_t wanted = std::max(content[c], header_width) + 1;
    widths[c] = style_of(c).width > 0
                    ? style_of(c).width
                    : static_cast<double>(std::clamp(wanted, rotated(c) ? rotated_column_width
                                                                        : min_column_width,
                                                     max_column_width));
  }

  // The header row as high as its longest wrapped, or rotated, header.
  double header_height = 15.0;
  for (std::size_t c = 0; c < columns; ++c) {
    const std::size_t chars = util::count_code_points(table.headers[c]);
    header_height = std::max(
        header_height,
        rotated(c) ? points_per_rotated_character * static_cast<double>(chars + filter_button_width)
                   : 15.0 * static_cast<double>(lines_of(chars + filter_button_width, widths[c])));
  }
  header_height = std::min(header_height, max_row_height);
  if (header_height > 15.0) {
    check(worksheet_set_row(sheet, 0, header_height, nullptr),
          "cannot set row height in sheet '" + name + "'", path);
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    check(worksheet_write_string(sheet, 0, col, fit_cell(table.headers[c]).c_str(),
                                 rotated(c) ? rotated_header : header),
          "cannot write header of sheet '" + name + "'", path);
    check(worksheet_set_column(sheet, col, col, widths[c], nullptr),
          "cannot set column width in sheet '" + name + "'", path);
  }

  std::size_t links = 0;
  for (std::size_t r = first; r < first + count; ++r) {
    const auto row = static_cast<lxw_row_t>(r - first + 1);
    const auto& cells = table.rows[r];
    // Rows of wrapped text get the height of their longest cell: not every
    // program (LibreOffice converting headless, for one) fits rows itself.
    std::size_t lines = 1;
    for (std::size_t c = 0; c < columns && c < cells.size(); ++c) {
      const bool wraps = style_of(c).wrap || content[c] + 1 > max_column_width;
      if (!wraps) continue;
      lines = std::max(lines, lines_of(display_width(cells[c]), widths[c]));
    }
    if (lines > 1) {
      check(worksheet_set_row(sheet, row, std::min(15.0 * static_cast<double>(lines), max_row_height),
                              nullptr),
            "cannot set row height in sheet '" + name + "'", path);
    }
    for (std::size_t c = 0; c < columns && c < cells.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const ColumnStyle& style = style_of(c);
      const bool wide = content[c] + 1 > max_column_width;
      const auto fill = table.fills.find({r, c});
      auto link = table.links.find({r, c});
      if (link != table.links.end() && links >= kExcelLinkLimit) {
        if (links == kExcelLinkLimit) {
          warnings.push_back("sheet '" + name + "': Excel allows 65,530 links in a sheet; rows "
                             "from " + std::to_string(row + 1) + " on have none");
        }
        ++links;
        link = table.links.end();
      }
      const bool linked = link != table.links.end() && !std::holds_alternative<std::monostate>(cells[c]);
      lxw_format* format = wide ? wrap : cell;
      if (style.wrap || !style.number_format.empty() || fill != table.fills.end() || linked) {
        format = styled_format(style.wrap || wide, style.number_format,
                               fill == table.fills.end() ? 0 : fill->second, linked);
      }
      if (linked) {
        ++links;
        // The link first; the cell's own value then overwrites the text it wrote.
        if (worksheet_write_url_opt(sheet, row, col, link->second.c_str(), format, nullptr,
                                    nullptr) != LXW_NO_ERROR) {
          warnings.push_back("sheet '" + name + "', row " + std::to_string(row + 1) +
                             ", column '" + table.headers[c] + "': link left out (" +
                             std::to_string(link->second.size()) + " characters)");
        }
      }
      const lxw_error error =
          write_value(sheet, name, table.headers[c], row, col, cells[c], format);
      if (error != LXW_NO_ERROR) {
        fail("cannot write row " + std::to_string(row + 1) + ", column " + std::to_string(c + 1) +
                 " of sheet '" + name + "'",
             error, path);
      }
    }
  }

  worksheet_freeze_panes(sheet, 1, 0);
  set_up_printing(sheet);
  check(worksheet_repeat_rows(sheet, 0, 0), "cannot set print titles of sheet '" + name + "'", path);
  const auto last_data_row = static_cast<lxw_row_t>(std::max<std::size_t>(count, 1));
  for (const auto& highlight : table.highlights) {
    if (count == 0) break;
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_TYPE_FORMULA;
    std::string formula = highlight.formula;
    rule.value_string = formula.data();
    rule.format = highlight_format(highlight.fill);
    check(worksheet_conditional_format_range(sheet, 1, static_cast<lxw_col_t>(highlight.first_column),
                                             last_data_row,
                                             static_cast<lxw_col_t>(highlight.last_column), &rule),
          "cannot add conditional format to sheet '" + name + "'", path);
  }
  for (const auto& [first_column, last_column] : table.color_scales) {
    if (count == 0) break;
    lxw_conditional_format rule{};
    rule.type = LXW_CONDITIONAL_2_COLOR_SCALE;
    rule.min_color = 0xFFFFFF;
    rule.max_color = 0x63BE7B;
    check(worksheet_conditional_format_range(sheet, 1, static_cast<lxw_col_t>(first_column),
                                             last_data_row, static_cast<lxw_col_t>(last_column),
                                             &rule),
          "cannot add colour scale to sheet '" + name + "'", path);
  }

  if (!table.excel_table || constant_memory) {
    check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(count),
                               static_cast<lxw_col_t>(columns - 1)),
          "cannot set autofilter in sheet '" + name + "'", path);
    return;
  }
  // The table's header cells are written by libxlsxwriter from these names.
  std::vector<std::string> headers;
  for (const auto& heading : table.headers) headers.push_back(fit_cell(heading));
  std::vector<lxw_table_column> column_options(columns);
  std::vector<lxw_table_column*> column_list;
  for (std::size_t c = 0; c < columns; ++c) {
    column_options[c] = lxw_table_column{};
    column_options[c].header = headers[c].data();
    column_options[c].header_format = table.rotate_headers && c > 0 ? rotated_header : header;
    column_list.push_back(&column_options[c]);
  }
  column_list.push_back(nullptr);
  std::string table_name = table_name_of(name);
  lxw_table_options options{};
  options.name = table_name.data();
  options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  options.style_type_number = 9;
  options.columns = column_list.data();
  // An Excel table needs a data row; an empty one stands in when there are none.
  check(worksheet_add_table(sheet, 0, 0, last_data_row, static_cast<lxw_col_t>(columns - 1),
                            &options),
        "cannot add table to sheet '" + name + "'", path);
}

void Workbook::add_chart_sheet(std::string_view wanted, const std::vector<ColumnChart>& charts) {
  const std::string name = make_sheet_name(wanted, impl_->sheet_names, impl_->fallback_sheet_name);
  lxw_worksheet* sheet = impl_->add_sheet(name);
  set_up_printing(sheet);
  lxw_workbook* book = impl_->workbook.get();
  // Each chart (864 × 403 pixels) on a page of its own: A4 landscape holds one
  // at full size, and a page break above every further chart keeps it whole.
  constexpr lxw_row_t rows_per_chart = 24;
  lxw_row_t row = 1;
  std::vector<lxw_row_t> page_breaks;
  for (const auto& spec : charts) {
    if (spec.rows == 0 || spec.series.empty()) continue;  // nothing to draw
    if (row > 1) page_breaks.push_back(row - 1);
    lxw_chart* chart =
        workbook_add_chart(book, spec.stacked ? LXW_CHART_COLUMN_STACKED : LXW_CHART_COLUMN);
    if (chart == nullptr) throw std::runtime_error("cannot add chart: " + impl_->path.string());
    const auto last = static_cast<lxw_row_t>(spec.rows);
    const auto category = static_cast<lxw_col_t>(spec.category_column);
    for (const std::size_t column : spec.series) {
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      if (series == nullptr) throw std::runtime_error("cannot add chart series: " + impl_->path.string());
      const auto col = static_cast<lxw_col_t>(column);
      chart_series_set_categories(series, spec.data_sheet.c_str(), 1, category, last, category);
      chart_series_set_values(series, spec.data_sheet.c_str(), 1, col, last, col);
      chart_series_set_name_range(series, spec.data_sheet.c_str(), 0, col);
    }
    chart_title_set_name(chart, spec.title.c_str());
    if (!spec.y_axis_title.empty()) chart_axis_set_name(chart->y_axis, spec.y_axis_title.c_str());
    if (spec.counts) {
      chart_axis_set_min(chart->y_axis, 0);
      chart_axis_set_major_unit(chart->y_axis, count_axis_step(spec.max_value));
      chart_axis_set_num_format(chart->y_axis, "0");
    }
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options options{};
    options.x_scale = 1.8;
    options.y_scale = 1.4;
    check(worksheet_insert_chart_opt(sheet, row, 1, chart, &options),
          "cannot insert chart in sheet '" + name + "'", impl_->path);
    row += rows_per_chart;
  }
  if (!page_breaks.empty()) {
    page_breaks.push_back(0);  // the list's end
    check(worksheet_set_h_pagebreaks(sheet, page_breaks.data()),
          "cannot set page breaks in sheet '" + name + "'", impl_->path);
  }
}

void Workbook::close() {
  // workbook_close frees the workbook whether or not writing succeeds.
  check(workbook_close(impl_->workbook.release()), "cannot write workbook", impl_->path);
}

}  // namespace goalchain::writer
