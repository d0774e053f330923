#include "goalchain/document/yaml_scalar_lines.h"

#include <algorithm>
#include <optional>

namespace goalchain::document {
namespace {

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  const std::size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  const std::size_t end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

int line_number_at(std::string_view source, std::size_t offset) {
  const auto end = source.begin() + static_cast<std::ptrdiff_t>(std::min(offset, source.size()));
  return 1 + static_cast<int>(std::count(source.begin(), end, '\n'));
}

// The line that starts at `pos`, and `pos` moved to the start of the next one.
std::string_view take_line(std::string_view source, std::size_t& pos) {
  std::size_t end = source.find('\n', pos);
  if (end == std::string_view::npos) end = source.size();
  const std::string_view line = source.substr(pos, end - pos);
  pos = end + 1;
  return line;
}

// The value's lines; a final line break does not start another line.
std::vector<std::string> split_value(std::string_view value) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < value.size()) lines.emplace_back(take_line(value, pos));
  return lines;
}

ScalarLines value_lines(std::string_view source, std::size_t offset, std::string_view value,
                        int line_offset, bool exact) {
  return ScalarLines{line_number_at(source, offset) + line_offset, split_value(value), exact};
}

// `|`: the value keeps every line break, so its lines are the source lines
// that follow the indicator line.
ScalarLines literal_lines(std::string_view source, std::size_t offset, std::string_view value) {
  return value_lines(source, offset, value, 1, true);
}

// `>`: the source lines after the indicator line, as deep as the first
// content line or deeper (blank lines included), without that indentation.
ScalarLines folded_lines(std::string_view source, std::size_t offset, std::string_view value) {
  ScalarLines result{line_number_at(source, offset) + 1, {}, true};
  if (value.find_first_not_of(" \t\n") == std::string_view::npos) return result;
  std::size_t pos = source.find('\n', offset);
  if (pos == std::string_view::npos) return result;
  ++pos;
  std::size_t indent = std::string_view::npos;
  while (pos < source.size()) {
    const std::string_view line = take_line(source, pos);
    if (is_blank(line)) {
      result.lines.emplace_back();
      continue;
    }
    const std::size_t depth = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) indent = depth;
    if (depth < indent) break;
    result.lines.emplace_back(line.substr(indent));
  }
  while (!result.lines.empty() && result.lines.back().empty()) result.lines.pop_back();
  return result;
}

// Quoted: the source lines up to the closing quote, trimmed, quotes removed.
ScalarLines quoted_lines(std::string_view source, std::size_t offset) {
  const char quote = source[offset];
  std::size_t end = offset + 1;
  while (end < source.size()) {
    if (quote == '\'' && source[end] == '\'' && end + 1 < source.size() &&
        source[end + 1] == '\'') {
      end += 2;
    } else if (quote == '"' && source[end] == '\\') {
      end += 2;
    } else if (source[end] == quote) {
      break;
    } else {
      ++end;
    }
  }
  end = std::min(end, source.size());
  ScalarLines result{line_number_at(source, offset), {}, false};
  const std::string_view body = source.substr(offset + 1, end - offset - 1);
  std::size_t pos = 0;
  while (pos <= body.size()) {
    result.lines.emplace_back(trim(take_line(body, pos)));
  }
  return result;
}

// Plain: folds the source lines the way YAML folds a plain scalar (lines
// trimmed; one line break a space, n blank lines n line breaks) until that
// gives `value`; nullopt when it cannot.
std::optional<ScalarLines> plain_lines(std::string_view source, std::size_t offset,
                                       std::string_view value) {
  ScalarLines result{line_number_at(source, offset), {}, true};
  std::string folded;
  int blanks = 0;
  std::size_t pos = offset;
  bool first = true;
  while (pos < source.size()) {
    std::string_view line = take_line(source, pos);
    if (!first && trim(line).starts_with('#')) return std::nullopt;
    bool commented = false;
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
        line = line.substr(0, i);
        commented = true;
        break;
      }
    }
    first = false;
    line = trim(line);
    result.lines.emplace_back(line);
    if (line.empty()) {
      if (!folded.empty()) ++blanks;
    } else {
      if (!folded.empty()) folded += blanks == 0 ? std::string(" ") : std::string(blanks, '\n');
      folded.append(line);
      blanks = 0;
      if (folded == value) return result;
      if (!value.starts_with(folded)) return std::nullopt;
    }
    if (commented) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

int ScalarLines::first_content_line() const {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_blank(lines[i])) return first_line + static_cast<int>(i);
  }
  return first_line;
}

int ScalarLines::last_content_line() const {
  for (std::size_t i = lines.size(); i > 0; --i) {
    if (!is_blank(lines[i - 1])) return first_line + static_cast<int>(i - 1);
  }
  return first_line;
}

ScalarLines locate_scalar_lines(std::string_view source, std::size_t offset,
                                std::string_view value) {
  if (offset >= source.size()) return value_lines(source, offset, value, 0, false);
  switch (source[offset]) {
    case '|':
      return literal_lines(source, offset, value);
    case '>':
      return folded_lines(source, offset, value);
    case '\'':
    case '"':
      return quoted_lines(source, offset);
    case '!':
    case '&':
    case '*':
      return value_lines(source, offset, value, 0, false);
    default:
      break;
  }
  if (auto plain = plain_lines(source, offset, value)) return std::move(*plain);
  return value_lines(source, offset, value, 0, false);
}

}  // namespace goalchain::document
