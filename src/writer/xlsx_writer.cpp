#include "goalchain/writer/xlsx_writer.h"

#include "goalchain/util/utf8.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <ctime>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace goalchain::writer {
namespace {

// Excel's limit on the characters in one cell, and what marks a cut.
constexpr std::size_t excel_cell_limit = 32767;
constexpr std::string_view cut_marker = "…[avkortad]";

// Column widths, in characters.
constexpr std::size_t min_column_width = 6;
constexpr std::size_t max_column_width = 80;
// Room for the autofilter drop-down button beside a header.
constexpr std::size_t filter_button_width = 3;

// 2000-01-01T00:00:00Z: every workbook claims this creation time, so that two
// runs over the same input give byte-identical files.
constexpr std::time_t fixed_creation_time = 946684800;

// UTF-16 code units of the code point that starts with `lead` (Excel counts these).
std::size_t utf16_units(unsigned char lead) { return lead >= 0xF0 ? 2 : 1; }

// `text` cut to Excel's cell limit, with a marker when something was cut.
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

std::string file_name_of(std::string_view path) {
  std::string name = std::filesystem::path(std::string(path)).filename().string();
  return name.empty() ? std::string(path) : name;
}

std::string_view swedish_kind(document::SegmentKind kind) {
  switch (kind) {
    case document::SegmentKind::heading:
      return "rubrik";
    case document::SegmentKind::paragraph:
      return "stycke";
    case document::SegmentKind::list_item:
      return "listpunkt";
    case document::SegmentKind::footnote:
      return "fotnot";
    case document::SegmentKind::problem:
      return "problem";
    case document::SegmentKind::goal:
      return "mål";
    case document::SegmentKind::activity:
      return "aktivitet";
    case document::SegmentKind::indicator:
      return "indikator";
    case document::SegmentKind::responsible:
      return "ansvarig";
    case document::SegmentKind::follow_up:
      return "uppföljning";
  }
  return "stycke";
}

template <typename Range, typename Fn>
std::string join(const Range& items, std::string_view separator, Fn&& to_text) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += separator;
    first = false;
    out += to_text(item);
  }
  return out;
}

// One cell of a table: empty, text, or a number.
using Cell = std::variant<std::monostate, std::string, double>;

Cell text(std::string_view s) { return Cell(std::in_place_type<std::string>, fit_cell(s)); }
Cell number(long long n) { return Cell(static_cast<double>(n)); }

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

struct Table {
  std::string name;
  std::vector<std::string> headers;
  std::vector<std::vector<Cell>> rows;
};

[[noreturn]] void fail(std::string_view what, lxw_error error, const std::filesystem::path& path) {
  throw std::runtime_error(std::string(what) + ": " + lxw_strerror(error) + ": " + path.string());
}

void check(lxw_error error, std::string_view what, const std::filesystem::path& path) {
  if (error != LXW_NO_ERROR) fail(what, error, path);
}

// A libxlsxwriter workbook with the formats every sheet uses.
class Workbook {
 public:
  Workbook(const std::filesystem::path& path, const std::string& title, const std::string& subject,
           const std::string& tool_version)
      : path_(path) {
    const std::string file = path.string();
    workbook_.reset(workbook_new(file.c_str()));
    if (workbook_ == nullptr) {
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
    properties.created = fixed_creation_time;
    check(workbook_set_properties(workbook_.get(), &properties), "cannot set workbook properties",
          path_);

    header_ = add_format();
    format_set_bold(header_);
    format_set_pattern(header_, LXW_PATTERN_SOLID);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_bottom(header_, LXW_BORDER_THIN);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);

    cell_ = add_format();
    format_set_align(cell_, LXW_ALIGN_VERTICAL_TOP);

    wrap_ = add_format();
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(wrap_);
  }

  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void add_table(const Table& table) {
    const lxw_error name_error = workbook_validate_sheet_name(workbook_.get(), table.name.c_str());
    if (name_error != LXW_NO_ERROR)
      fail("invalid sheet name '" + table.name + "'", name_error, path_);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook_.get(), table.name.c_str());
    if (sheet == nullptr) {
      throw std::runtime_error("cannot add sheet '" + table.name + "': " + path_.string());
    }

    const std::size_t columns = table.headers.size();
    if (columns == 0 || columns > LXW_COL_MAX) {
      throw std::runtime_error("sheet '" + table.name +
                               "' has an invalid number of columns: " + path_.string());
    }
    if (table.rows.size() >= LXW_ROW_MAX) {
      fail("sheet '" + table.name + "' has too many rows", LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
           path_);
    }

    // Widths from the content, in characters.
    std::vector<std::size_t> content(columns, 0);
    for (const auto& row : table.rows) {
      for (std::size_t c = 0; c < columns && c < row.size(); ++c) {
        content[c] = std::max(content[c], display_width(row[c]));
      }
    }

    for (std::size_t c = 0; c < columns; ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      check(worksheet_write_string(sheet, 0, col, fit_cell(table.headers[c]).c_str(), header_),
            "cannot write header of sheet '" + table.name + "'", path_);
      const std::size_t wanted =
          std::max(content[c], util::count_code_points(table.headers[c]) + filter_button_width) + 1;
      const std::size_t width = std::clamp(wanted, min_column_width, max_column_width);
      check(worksheet_set_column(sheet, col, col, static_cast<double>(width), nullptr),
            "cannot set column width in sheet '" + table.name + "'", path_);
    }

    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      const auto& cells = table.rows[r];
      for (std::size_t c = 0; c < columns && c < cells.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        lxw_format* format = content[c] + 1 > max_column_width ? wrap_ : cell_;
        lxw_error error = LXW_NO_ERROR;
        if (const auto* s = std::get_if<std::string>(&cells[c])) {
          // Always a string, even if it looks like a formula ("=", "+", "-", "@").
          error = worksheet_write_string(sheet, row, col, s->c_str(), format);
        } else if (const auto* d = std::get_if<double>(&cells[c])) {
          error = worksheet_write_number(sheet, row, col, *d, format);
        } else {
          error = worksheet_write_blank(sheet, row, col, format);
        }
        if (error != LXW_NO_ERROR) {
          fail("cannot write row " + std::to_string(r + 2) + ", column " + std::to_string(c + 1) +
                   " of sheet '" + table.name + "'",
               error, path_);
        }
      }
    }

    worksheet_freeze_panes(sheet, 1, 0);
    check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                               static_cast<lxw_col_t>(columns - 1)),
          "cannot set autofilter in sheet '" + table.name + "'", path_);
  }

  void close() {
    // workbook_close frees the workbook whether or not writing succeeds.
    check(workbook_close(workbook_.release()), "cannot write workbook", path_);
  }

 private:
  lxw_format* add_format() {
    lxw_format* format = workbook_add_format(workbook_.get());
    if (format == nullptr) throw std::runtime_error("cannot add cell format: " + path_.string());
    return format;
  }

  struct Free {
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
  };

  std::filesystem::path path_;
  // Freed without writing anything unless close() hands it to workbook_close.
  std::unique_ptr<lxw_workbook, Free> workbook_;
  lxw_format* header_ = nullptr;
  lxw_format* cell_ = nullptr;
  lxw_format* wrap_ = nullptr;
};

const codebook::Codebook& codebook_of(const report::ReportModel& model) {
  if (model.codebook == nullptr) {
    throw std::invalid_argument("xlsx writer: the report model has no codebook");
  }
  return *model.codebook;
}

struct DocumentCounts {
  int segments = 0;
  int coded_segments = 0;
};

DocumentCounts counts_of(const report::ReportModel& model, std::size_t d) {
  DocumentCounts counts;
  counts.segments = static_cast<int>(model.documents.at(d).segments.size());
  if (d < model.segment_codes.size()) {
    for (const auto& codes : model.segment_codes[d]) {
      if (!codes.empty()) ++counts.coded_segments;
    }
  }
  return counts;
}

std::vector<std::string> segment_headers() {
  return {"Dokument", "Typ",  "Period", "Rad",    "Radslut",    "Segmenttyp",
          "Avsnitt",  "Text", "Koder",  "Termer", "Segment-id", "Manuella koder"};
}

Table segment_table(const report::ReportModel& model, const report::CountyReport& county) {
  const auto& codebook = codebook_of(model);
  Table table{"Segment", segment_headers(), {}};
  for (const std::size_t d : county.documents) {
    const auto& doc = model.documents.at(d);
    const auto& per_segment = model.segment_codes.at(d);
    for (std::size_t s = 0; s < doc.segments.size(); ++s) {
      const auto& codes = per_segment.at(s);
      const auto& segment = doc.segments[s];
      if (codes.empty() && segment.manual_codes.empty()) continue;
      const std::string code_ids = join(
          codes, ", ", [&](const report::SegmentCode& c) { return codebook.codes.at(c.code).id; });
      const std::string terms = join(codes, " | ", [&](const report::SegmentCode& c) {
        return codebook.codes.at(c.code).id + ": " +
               join(c.terms, "; ", [](const std::string& t) { return t; });
      });
      table.rows.push_back(
          {text(file_name_of(doc.path)), text(document::to_string(doc.type)),
           text(document::to_string(doc.period)), number(segment.line), number(segment.last_line),
           text(swedish_kind(segment.kind)),
           text(join(segment.section, " › ", [](const std::string& h) { return h; })),
           text(segment.text), text(code_ids), text(terms), text(segment.id),
           text(join(segment.manual_codes, ", ", [](const std::string& c) { return c; }))});
    }
  }
  return table;
}

Table code_frequency_table(const report::ReportModel& model, const report::CountyReport& county) {
  const auto& codebook = codebook_of(model);
  Table table{
      "Kodfrekvenser",
      {"Kod", "Etikett", "Överordnad kod", "Segment", "Träffar", "Segment inkl. underkoder"},
      {}};
  for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
    const auto& code = codebook.codes[c];
    const report::CodeCount counts =
        c < county.code_counts.size() ? county.code_counts[c] : report::CodeCount{};
    table.rows.push_back({text(code.id), text(code.label), text(code.parent),
                          number(counts.segments), number(counts.hits),
                          number(counts.segments_with_children)});
  }
  return table;
}

// Fil, Sökväg, Typ, Period, Titel, Segment, Kodade segment.
std::vector<Cell> document_cells(const report::ReportModel& model, std::size_t d) {
  const auto& doc = model.documents.at(d);
  const DocumentCounts counts = counts_of(model, d);
  return {
      text(file_name_of(doc.path)),          text(doc.path),  text(document::to_string(doc.type)),
      text(document::to_string(doc.period)), text(doc.title), number(counts.segments),
      number(counts.coded_segments)};
}

std::vector<std::string> document_headers() {
  return {"Fil", "Sökväg", "Typ", "Period", "Titel", "Segment", "Kodade segment"};
}

Table county_document_table(const report::ReportModel& model, const report::CountyReport& county) {
  Table table{"Dokument", document_headers(), {}};
  for (const std::size_t d : county.documents) table.rows.push_back(document_cells(model, d));
  return table;
}

Table county_code_matrix(const report::ReportModel& model) {
  const auto& codebook = codebook_of(model);
  Table table{"Län × kod", {"Län", "Länskod", "Dokument", "Segment", "Kodade segment"}, {}};
  for (const auto& code : codebook.codes) table.headers.push_back(code.id);
  for (const auto& county : model.counties) {
    std::vector<Cell> row{text(county.name), text(county.code),
                          number(static_cast<long long>(county.documents.size())),
                          number(county.segments), number(county.coded_segments)};
    for (std::size_t c = 0; c < codebook.codes.size(); ++c) {
      row.push_back(
          number(c < county.code_counts.size() ? county.code_counts[c].segments_with_children : 0));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

Table summary_document_table(const report::ReportModel& model) {
  Table table{"Dokument", {"Län"}, {}};
  for (auto& header : document_headers()) table.headers.push_back(std::move(header));
  for (const auto& county : model.counties) {
    for (const std::size_t d : county.documents) {
      std::vector<Cell> row{text(county.name)};
      for (auto& cell : document_cells(model, d)) row.push_back(std::move(cell));
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

Table code_table(const report::ReportModel& model) {
  const auto& codebook = codebook_of(model);
  Table table{"Koder", {"Kod", "Etikett (sv)", "Etikett (en)", "Överordnad kod", "Nyckelord"}, {}};
  for (const auto& code : codebook.codes) {
    table.rows.push_back({text(code.id), text(code.label), text(code.label_en), text(code.parent),
                          text(join(code.keywords, "; ", [](const std::string& k) { return k; }))});
  }
  return table;
}

std::string codebook_subject(const codebook::Codebook& codebook) {
  const std::string& name = codebook.title.empty() ? codebook.name : codebook.title;
  return name.empty() ? std::string("Kodning av PMH-dokument")
                      : "Kodning av PMH-dokument med kodboken " + name;
}

}  // namespace

void write_county_workbook(const report::ReportModel& model, const report::CountyReport& county,
                           const std::filesystem::path& path) {
  const auto& codebook = codebook_of(model);
  Workbook workbook(path, "goalchain: " + county.name, codebook_subject(codebook),
                    model.tool_version);
  workbook.add_table(segment_table(model, county));
  workbook.add_table(code_frequency_table(model, county));
  workbook.add_table(county_document_table(model, county));
  workbook.close();
}

void write_summary_workbook(const report::ReportModel& model, const std::filesystem::path& path) {
  const auto& codebook = codebook_of(model);
  Workbook workbook(path, "goalchain: sammanställning per län", codebook_subject(codebook),
                    model.tool_version);
  workbook.add_table(county_code_matrix(model));
  workbook.add_table(summary_document_table(model));
  workbook.add_table(code_table(model));
  workbook.close();
}

}  // namespace goalchain::writer
