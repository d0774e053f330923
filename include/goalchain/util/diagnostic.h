// Errors and warnings about a place in a file, printed as
//   file:line:column: error: message
//     the source line
//         ^
//   hint: what to do
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  int line = 0;         // 1-based; 0 when the message is about the whole file
  int column = 0;       // 1-based, in characters; 0 when unknown
  std::string message;
  std::string hint;         // optional: what the user can do about it
  std::string source_line;  // optional: the offending line, shown with a caret
};

// The diagnostic as the user sees it, ending in a newline.
std::string format_diagnostic(const Diagnostic& diagnostic);

// Thrown by readers and parsers; carries every problem found, not just the first.
class DiagnosticError : public std::runtime_error {
 public:
  explicit DiagnosticError(Diagnostic diagnostic);
  explicit DiagnosticError(std::vector<Diagnostic> diagnostics);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Throws a DiagnosticError about the whole of `file` (no line): what is wrong
// and what to do about it.
[[noreturn]] void throw_file_error(std::string file, std::string message, std::string hint);

// Line and column (both 1-based, column in characters) of a byte offset in text,
// plus the text of that line.
struct TextPosition {
  int line = 1;
  int column = 1;
  std::string line_text;
};
TextPosition locate_offset(const std::string& text, std::size_t byte_offset);

// locate_offset for many offsets in one text: the line starts are indexed
// once, so each lookup is a binary search and a walk along one line. The text
// must outlive the locator.
class TextLocator {
 public:
  explicit TextLocator(std::string_view text);
  TextPosition locate(std::size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line
};

}  // namespace goalchain::util
