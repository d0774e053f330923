#include "goalchain/document/cell_tables.h"

#include "goalchain/document/line_breaks.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxCellLineChars = 40;
constexpr std::size_t kMaxHeaderChars = 25;
constexpr std::size_t kMaxHeaderWords = 3;
constexpr std::size_t kMinHeaderCells = 3;

bool header_row_after(const std::vector<std::string>& texts, const std::vector<bool>& skip,
                      const std::vector<TextLine>& lines, std::size_t i);
bool whole_cell_line(const std::vector<std::string>& texts, const std::vector<bool>& skip,
                     const std::vector<TextLine>& lines, std::size_t i);

// Line `i` ends as a cell does (no comma or hyphen at its end) and the next
// line of text opens with a capital, a digit or a dash.
bool whole_cell_line(const std::vector<std::string>& texts, const std::vector<bool>& skip,
                     const std::vector<TextLine>& lines, std::size_t i) {
  const std::string& text = texts[i];
  if (text.back() == ',' || text.back() == '-') return false;
  for (std::size_t j = i + 1; j < texts.size(); ++j) {
    if (skip[j] || texts[j].empty() || lines[j].page_break) continue;
    std::size_t pos = 0;
    const char32_t first = util::decode_code_point(texts[j], pos);
    return util::is_upper_case(first) || (first >= U'0' && first <= U'9') || first == U'\u2013' || first == U'-';
  }
  return false;
}

// The lines of text after line `i` open with a header row of
// kMinHeaderCells cells on the same page (after a page break the header
// row is the same table's, repeated).
bool header_row_after(const std::vector<std::string>& texts, const std::vector<bool>& skip,
                      const std::vector<TextLine>& lines, std::size_t i) {
  std::size_t cells = 0;
  for (std::size_t j = i + 1; j < texts.size() && cells < kMinHeaderCells; ++j) {
    if (lines[j].page_break && cells == 0) return false;
    if (skip[j] || texts[j].empty() || lines[j].page_break) continue;
    if (!is_header_cell(texts[j])) return false;
    ++cells;
  }
  return cells == kMinHeaderCells;
}

}  // namespace

bool is_header_cell(std::string_view s) {
  if (s.empty() || util::count_code_points(s) > kMaxHeaderChars) return false;
  std::size_t pos = 0;
  if (!util::is_upper_case(util::decode_code_point(s, pos))) return false;
  if (s.find_first_of("0123456789.,;:!?") != std::string_view::npos) return false;
  const std::size_t words = util::count_words(s);
  return words >= 1 && words <= kMaxHeaderWords;
}

std::vector<bool> find_cell_table_lines(const std::vector<TextLine>& lines, const std::vector<std::string>& texts,
                                        const std::vector<bool>& skip) {
  std::vector<bool> in_table(lines.size(), false);
  std::size_t headers = 0;        // header cells in a row so far
  std::size_t first_header = 0;   // the line of the first of them
  bool open = false;
  bool wide_column = false;       // the open table has had a cell longer than kMaxCellLineChars
  bool blank = false;             // blank lines since the last line of text
  bool page_break = false;        // a page break among them
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (skip[i] || texts[i].empty() || lines[i].page_break) {
      blank = true;
      page_break = page_break || lines[i].page_break;
      continue;
    }
    // A table goes on over a page break and the footer with it, not over a
    // blank line on its page.
    if (blank && !page_break) {
      open = false;
      headers = 0;
      wide_column = false;
    }
    blank = false;
    page_break = false;
    // A longer line is a cell of its own when it ends as a cell does and the
    // next line opens another ("Antal personer som fått kontakt med
    // socialtjänsten genom det uppsökande arbetet" / "Löpande från 2026");
    // once the table has such a cell, its columns are wide, and a longer line
    // that ends no sentence is a cell wrapped in one ("Information om
    // sexköpslagen till arbetsgivare med många anställda i" / "kommunen").
    // Otherwise prose goes on there and the table has ended.
    const bool long_line = util::count_code_points(texts[i]) > kMaxCellLineChars;
    if (long_line && !(open && (whole_cell_line(texts, skip, lines, i) ||
                                (wide_column && !ends_sentence(texts[i]))))) {
      open = false;
      headers = 0;
      wide_column = false;
      continue;
    }
    if (open && long_line) wide_column = true;
    // "Tabell 2. Stöd" over the next table's header row titles that table:
    // this one has ended.
    if (open && !is_header_cell(texts[i]) && header_row_after(texts, skip, lines, i)) {
      open = false;
      headers = 0;
      wide_column = false;
      continue;
    }
    if (open) {
      in_table[i] = true;
      continue;
    }
    if (!is_header_cell(texts[i])) {
      headers = 0;
      continue;
    }
    if (headers++ == 0) first_header = i;
    if (headers == kMinHeaderCells) {
      open = true;
      for (std::size_t j = first_header; j <= i; ++j) {
        in_table[j] = !skip[j] && !texts[j].empty() && !lines[j].page_break;
      }
    }
  }
  return in_table;
}

std::vector<bool> find_repeated_table_headers(const std::vector<TextLine>& lines,
                                              const std::vector<std::string>& texts,
                                              const std::vector<bool>& skip) {
  std::vector<bool> repeated(lines.size(), false);
  std::vector<std::size_t> header;  // the lines of the last header row
  std::vector<std::size_t> run;     // header cells in a row so far
  bool page_break = false;          // since the last line of text
  std::size_t i = 0;
  while (i < lines.size()) {
    if (skip[i] || texts[i].empty() || lines[i].page_break) {
      page_break = page_break || lines[i].page_break;
      if (run.size() >= kMinHeaderCells) header = run;
      run.clear();
      ++i;
      continue;
    }
    if (page_break && !header.empty() && i + header.size() <= lines.size()) {
      std::size_t k = 0;
      while (k < header.size() && !skip[i + k] && texts[i + k] == texts[header[k]]) ++k;
      if (k == header.size()) {
        for (std::size_t j = i; j < i + k; ++j) repeated[j] = true;
        i += k;
        page_break = false;
        continue;
      }
    }
    page_break = false;
    if (is_header_cell(texts[i])) {
      run.push_back(i);
    } else {
      if (run.size() >= kMinHeaderCells) header = run;
      run.clear();
    }
    ++i;
  }
  return repeated;
}

bool cell_goes_on_after(std::string_view line, const codebook::LayoutRules& rules) {
  if (line.empty()) return false;
  if (line.back() == '-') return !is_empty_cell(line);
  const auto space = line.find_last_of(" \t");
  const std::string last = util::fold_case(space == std::string_view::npos ? line : line.substr(space + 1));
  return std::any_of(rules.continuation_words.begin(), rules.continuation_words.end(),
                     [&](const std::string& word) { return util::fold_case(word) == last; });
}

bool is_empty_cell(std::string_view line) {
  return line == "-" || line == "\u2013" || line == "\u2014";
}

}  // namespace goalchain::document
