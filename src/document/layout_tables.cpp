#include "goalchain/document/layout_tables.h"

#include "goalchain/document/cell_tables.h"
#include "goalchain/document/field_labels.h"
#include "goalchain/document/line_breaks.h"
#include "goalchain/util/utf8.h"

#include <algorithm>
#include <optional>

namespace goalchain::document {
namespace {

constexpr std::size_t kMinColumns = 3;
constexpr std::size_t kMinRowParts = 2;
// How far left of its column's header a cell may start at least: headers
// set a little to the right of their cells ("  Ansvar" over "Polisen").
constexpr std::size_t kMinColumnSlack = 2;

// Text between runs of two or more white space characters, with the columns
// (code points from the line's start) where it starts and ends.
struct Part {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string text;
};

std::vector<Part> split_parts(std::string_view text, std::size_t indent) {
  std::vector<Part> parts;
  std::size_t column = indent;
  std::size_t pos = 0;
  std::size_t spaces = 0;       // white space characters in a row
  std::size_t space_begin = 0;  // byte where they began
  std::optional<Part> open;
  std::size_t open_begin = 0;
  auto close = [&](std::size_t byte_end) {
    if (!open) return;
    open->text = std::string(trim_white_space(text.substr(open_begin, byte_end - open_begin)));
    parts.push_back(std::move(*open));
    open.reset();
  };
  while (pos < text.size()) {
    const std::size_t start = pos;
    if (const std::size_t length = white_space_length(text, pos)) {
      if (spaces++ == 0) space_begin = start;
      pos += length;
      ++column;
      continue;
    }
    if (spaces >= 2) close(space_begin);
    if (!open) {
      open = Part{column, column, {}};
      open_begin = start;
    }
    spaces = 0;
    util::decode_code_point(text, pos);
    open->end = ++column;
  }
  close(spaces > 0 ? space_begin : text.size());
  return parts;
}

bool starts_in_lower_case(std::string_view text) {
  std::size_t pos = 0;
  const char32_t first = text.empty() ? U'\0' : util::decode_code_point(text, pos);
  return util::is_letter(first) && !util::is_upper_case(first);
}

class TableReader {
 public:
  TableReader(const std::vector<TextLine>& lines, const std::vector<std::string>& texts,
              const std::vector<bool>& skip, const codebook::LayoutRules& rules)
      : lines_(lines), texts_(texts), skip_(skip), rules_(rules) {}

  std::vector<LayoutTable> run() {
    std::vector<LayoutTable> tables;
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (is_blank(i)) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      if (auto table = read_table(i, end)) tables.push_back(std::move(*table));
      i = std::max(end, i + 1);
    }
    return tables;
  }

 private:
  bool is_blank(std::size_t i) const { return skip_[i] || texts_[i].empty() || lines_[i].page_break; }

  // The table whose header row is line `first`, if it opens one; `end` is set
  // to the line after its last one.
  std::optional<LayoutTable> read_table(std::size_t first, std::size_t& end) {
    LayoutTable table;
    if (!read_header(first, table)) return std::nullopt;
    if (!read_rows(table)) return std::nullopt;
    // Resume after the table's last line: the line that ended it may open
    // the next one.
    end = table.last + 1;
    return table;
  }

  // The header row on line `first` and the lines of its cells wrapped under
  // it; false when the line is no header row. Sets the columns.
  bool read_header(std::size_t first, LayoutTable& table) {
    const auto header = split_parts(texts_[first], lines_[first].indent);
    if (header.size() < kMinColumns ||
        !std::all_of(header.begin(), header.end(), [](const Part& p) { return is_header_cell(p.text); })) {
      return false;
    }
    starts_.clear();
    edges_.clear();
    table.first = table.last = first;
    for (std::size_t c = 0; c < header.size(); ++c) {
      const Part& part = header[c];
      starts_.push_back(part.start);
      // A column's cells start where its header does or, as under a header
      // centred over its column, up to half the gap to the header before.
      const std::size_t slack = c == 0 ? 0 : std::max(kMinColumnSlack, (part.start - header[c - 1].end) / 2);
      edges_.push_back(part.start - std::min(part.start, slack));
      table.header.push_back(LayoutCell{{CellLine{first, part.text}}});
    }
    // A header cell wrapped onto the line below ("Ansvarig" / "förvaltning"):
    // parts in lower case only, each under a header cell.
    for (std::size_t k = first + 1; k < lines_.size() && !is_blank(k); ++k) {
      auto cells = cells_of(k);
      const bool header_rest =
          !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
            return cell.empty() || starts_in_lower_case(cell);
          });
      if (!header_rest) break;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (!cells[c].empty()) table.header[c].lines.push_back(CellLine{k, std::move(cells[c])});
      }
      table.last = k;
    }
    return true;
  }

  // The rows after the header, up to the line that ends the table; false
  // when no row of two or more cells follows the header.
  bool read_rows(LayoutTable& table) {
    std::vector<LayoutCell> row;
    bool blank = false;
    bool page_break = false;
    for (std::size_t k = table.last + 1; k < lines_.size(); ++k) {
      if (is_blank(k)) {
        blank = true;
        page_break = page_break || lines_[k].page_break;
        continue;
      }
      const bool after_blank = blank && !page_break;
      blank = page_break = false;
      if (is_label_line(texts_[k])) break;
      auto cells = cells_of(k);
      if (cells.empty()) break;  // text across a column's edge
      if (after_blank && !opens_row_after_blank(k, cells)) break;
      std::size_t parts = 0;
      bool goes_on = false;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        ++parts;
        goes_on = goes_on || (!after_blank && !row.empty() && continues(row[c], cells[c]));
      }
      if (row.empty()) {
        if (parts < kMinRowParts) break;  // no row under the header: no table
      } else if (parts >= kMinRowParts && !goes_on) {
        table.rows.push_back(std::move(row));
        row.clear();
      } else if (parts == 1 && !cells[0].empty() && !goes_on && !row[0].lines.empty() &&
                 ends_sentence(row[0].lines.back().text)) {
        break;  // a line of text under the table
      }
      if (row.empty()) row.resize(starts_.size());
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (!cells[c].empty()) row[c].lines.push_back(CellLine{k, std::move(cells[c])});
      }
      table.last = k;
    }
    if (row.empty()) return false;
    table.rows.push_back(std::move(row));
    return true;
  }

  // After a blank line the table goes on only with a row set out in its
  // columns: two or more cells, none in lower case (each opens its cell),
  // and no header row of the next table.
  bool opens_row_after_blank(std::size_t k, const std::vector<std::string>& cells) const {
    std::size_t parts = 0;
    for (const std::string& cell : cells) {
      if (cell.empty()) continue;
      if (starts_in_lower_case(cell)) return false;
      ++parts;
    }
    if (parts < kMinRowParts) return false;
    const auto line_parts = split_parts(texts_[k], lines_[k].indent);
    const bool header_row =
        line_parts.size() >= kMinColumns &&
        std::all_of(line_parts.begin(), line_parts.end(), [](const Part& p) { return is_header_cell(p.text); });
    return !header_row;
  }

  // Line `k`'s text per column ("" where it has none), or nothing when a
  // part runs across the edge of the next column.
  std::vector<std::string> cells_of(std::size_t k) const {
    std::vector<std::string> cells(starts_.size());
    for (Part& part : split_parts(texts_[k], lines_[k].indent)) {
      std::size_t c = 0;
      while (c + 1 < starts_.size() && edges_[c + 1] <= part.start) ++c;
      if (c + 1 < starts_.size() && part.end > starts_[c + 1]) return {};
      if (!cells[c].empty()) cells[c] += ' ';
      cells[c] += part.text;
    }
    return cells;
  }

  // `text` goes on the cell above it rather than opening the next row's.
  bool continues(const LayoutCell& above, std::string_view text) const {
    if (above.lines.empty()) return false;
    const std::string_view last = above.lines.back().text;
    return starts_in_lower_case(text) || last.ends_with(',') || cell_goes_on_after(last, rules_);
  }

  const std::vector<TextLine>& lines_;
  const std::vector<std::string>& texts_;
  const std::vector<bool>& skip_;
  const codebook::LayoutRules& rules_;
  std::vector<std::size_t> starts_;  // where the columns' headers start
  std::vector<std::size_t> edges_;   // where their cells may start
};

}  // namespace

std::vector<LayoutTable> find_layout_tables(const std::vector<TextLine>& lines,
                                            const std::vector<std::string>& texts,
                                            const std::vector<bool>& skip,
                                            const codebook::LayoutRules& rules) {
  return TableReader(lines, texts, skip, rules).run();
}

}  // namespace goalchain::document
