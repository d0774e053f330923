#include "goalchain/util/diagnostic.h"

#include "goalchain/util/utf8.h"

#include <fmt/format.h>

#include <algorithm>

namespace goalchain::util {
namespace {

std::string join_messages(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics) text += format_diagnostic(d);
  return text;
}

// The line with tabs kept, so the caret lines up under it in a terminal.
std::string caret_line(const std::string& source_line, int column) {
  std::string caret;
  std::size_t pos = 0;
  for (int c = 1; c < column && pos < source_line.size(); ++c) {
    const char ch = source_line[pos];
    decode_code_point(source_line, pos);
    caret += ch == '\t' ? '\t' : ' ';
  }
  return caret + '^';
}

// A line longer than this is shown as the part around the column, so that a
// 250-level `[[[[…` or a minified file does not fill the terminal.
constexpr int kMaxShownCharacters = 100;
constexpr int kCharactersShownBefore = 40;

struct ShownLine {
  std::string text;
  int column = 0;
};

ShownLine shorten_line(const std::string& line, int column) {
  std::vector<std::size_t> starts;  // byte offset of each character
  for (std::size_t pos = 0; pos < line.size();) {
    starts.push_back(pos);
    decode_code_point(line, pos);
  }
  const int count = static_cast<int>(starts.size());
  if (count <= kMaxShownCharacters) return {line, column};
  const int first = std::clamp(column - 1 - kCharactersShownBefore, 0, count - kMaxShownCharacters);
  const int last = first + kMaxShownCharacters;  // exclusive
  ShownLine shown;
  if (first > 0) shown.text = "…";
  const std::size_t end = last < count ? starts[static_cast<std::size_t>(last)] : line.size();
  shown.text += line.substr(starts[static_cast<std::size_t>(first)],
                            end - starts[static_cast<std::size_t>(first)]);
  if (last < count) shown.text += "…";
  shown.column = column > 0 ? column - first + (first > 0 ? 1 : 0) : 0;
  return shown;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string where = d.file;
  if (d.line > 0) {
    where += fmt::format(":{}", d.line);
    if (d.column > 0) where += fmt::format(":{}", d.column);
  }
  std::string text = fmt::format("{}: {}: {}\n", where,
                                 d.severity == Severity::error ? "error" : "warning", d.message);
  if (!d.source_line.empty() && d.line > 0) {
    const ShownLine shown = shorten_line(d.source_line, d.column);
    text += fmt::format("  {}\n", shown.text);
    if (shown.column > 0) text += fmt::format("  {}\n", caret_line(shown.text, shown.column));
  }
  if (!d.hint.empty()) text += fmt::format("  hint: {}\n", d.hint);
  return text;
}

void throw_file_error(std::string file, std::string message, std::string hint) {
  Diagnostic d;
  d.file = std::move(file);
  d.message = std::move(message);
  d.hint = std::move(hint);
  throw DiagnosticError(std::move(d));
}

DiagnosticError::DiagnosticError(Diagnostic diagnostic)
    : DiagnosticError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

DiagnosticError::DiagnosticError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_messages(diagnostics)), diagnostics_(std::move(diagnostics)) {}

TextPosition locate_offset(const std::string& text, std::size_t byte_offset) {
  return TextLocator(text).locate(byte_offset);
}

TextLocator::TextLocator(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text_.find('\n'); i != std::string_view::npos; i = text_.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

TextPosition TextLocator::locate(std::size_t byte_offset) const {
  TextPosition position;
  const std::size_t stop = std::min(byte_offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), stop);
  position.line = static_cast<int>(next - line_starts_.begin());
  const std::size_t line_start = *(next - 1);
  // Count characters up to the offset; invalid bytes count one each.
  std::size_t pos = line_start;
  while (pos < stop) {
    decode_code_point(text_, pos);
    ++position.column;
  }
  std::size_t line_end = text_.find('\n', line_start);
  if (line_end == std::string_view::npos) line_end = text_.size();
  std::string line_text(text_.substr(line_start, line_end - line_start));
  if (!line_text.empty() && line_text.back() == '\r') line_text.pop_back();
  // Show undecodable bytes as U+FFFD so the message itself stays valid UTF-8.
  for (std::size_t p = 0; p < line_text.size();) {
    const std::size_t before = p;
    if (decode_code_point(line_text, p) == U'\uFFFD' && p - before == 1) {
      line_text.replace(before, 1, "\xEF\xBF\xBD");
      p = before + 3;
    }
  }
  position.line_text = std::move(line_text);
  return position;
}

}  // namespace goalchain::util
