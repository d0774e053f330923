#include "goalchain/document/delimited_tables.h"

#include <optional>

namespace goalchain::document {
namespace {

enum class Delimiter { none, tab, pipe };

Delimiter delimiter_of(std::string_view line) {
  line = trim_white_space(line);
  if (line.size() >= 2 && line.front() == '|' && line.back() == '|') return Delimiter::pipe;
  if (line.find('\t') != std::string_view::npos) return Delimiter::tab;
  return Delimiter::none;
}

std::vector<std::string> split_at(std::string_view line, char delimiter) {
  std::vector<std::string> cells;
  std::size_t begin = 0;
  while (true) {
    const std::size_t end = line.find(delimiter, begin);
    cells.emplace_back(trim_white_space(line.substr(begin, end - begin)));
    if (end == std::string_view::npos) break;
    begin = end + 1;
  }
  return cells;
}

}  // namespace

bool is_markdown_separator(std::string_view line) {
  line = trim_white_space(line);
  if (delimiter_of(line) != Delimiter::pipe) return false;
  bool dash = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dash;
}

std::vector<std::string> split_delimited_row(std::string_view line) {
  line = trim_white_space(line);
  switch (delimiter_of(line)) {
    case Delimiter::none:
      return {};
    case Delimiter::pipe: {
      if (is_markdown_separator(line)) return {};
      std::vector<std::string> cells = split_at(line.substr(1, line.size() - 2), '|');
      if (cells.size() < 2) return {};
      return cells;
    }
    case Delimiter::tab:
      return split_at(line, '\t');
  }
  return {};
}

std::vector<LayoutTable> find_delimited_tables(const std::vector<TextLine>& lines,
                                               const std::vector<std::string>& texts,
                                               const std::vector<bool>& skip) {
  std::vector<LayoutTable> tables;
  std::optional<LayoutTable> open;
  Delimiter open_delimiter = Delimiter::none;
  const auto close = [&] {
    if (open && !open->rows.empty()) tables.push_back(std::move(*open));
    open.reset();
  };
  const auto to_cells = [](const std::vector<std::string>& texts_of_cells, std::size_t line) {
    std::vector<LayoutCell> cells;
    cells.reserve(texts_of_cells.size());
    for (const std::string& text : texts_of_cells) {
      LayoutCell cell;
      if (!text.empty()) cell.lines.push_back({line, text});
      cells.push_back(std::move(cell));
    }
    return cells;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view text = skip[i] ? std::string_view{} : std::string_view(texts[i]);
    const Delimiter delimiter = delimiter_of(text);
    if (open && delimiter == Delimiter::pipe && open_delimiter == Delimiter::pipe &&
        open->rows.empty() && is_markdown_separator(text)) {
      open->last = i;
      continue;
    }
    std::vector<std::string> cells = split_delimited_row(text);
    if (open && delimiter == open_delimiter && cells.size() == open->header.size()) {
      open->rows.push_back(to_cells(cells, i));
      open->last = i;
      continue;
    }
    close();
    if (cells.empty()) continue;
    bool header_filled = true;
    for (const std::string& cell : cells) header_filled = header_filled && !cell.empty();
    if (!header_filled) continue;
    open = LayoutTable{i, i, to_cells(cells, i), {}};
    open_delimiter = delimiter;
  }
  close();
  return tables;
}

}  // namespace goalchain::document
