// Lines of extracted text as the segmenter, the footnote finder and the page
// furniture remover see them: white space, trimming and pages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

// True for the white space of extracted text: ASCII white space, form feed,
// no-break and other Unicode spaces, and a stray byte-order mark.
bool is_white_space(char32_t cp);

// Byte length of the white space character at byte `pos`, or 0.
std::size_t white_space_length(std::string_view s, std::size_t pos);

// `s` without white space at either end.
std::string_view trim_white_space(std::string_view s);

// Every run of white space one ' ', none at the ends.
std::string collapse_white_space(std::string_view s);

// The same for ASCII white space only (space, tab, CR, LF, form feed,
// vertical tab); other characters, Unicode spaces among them, stay as they are.
std::string collapse_ascii_white_space(std::string_view s);

// CRLF and lone CR become LF. CR and LF never occur inside a multi-byte UTF-8
// sequence, so this is safe on bytes not yet validated.
std::string normalize_line_ends(std::string_view text);

struct TextLine {
  std::string_view text;    // trimmed
  int number = 0;           // 1-based source line
  int page = 1;             // 1-based: one more than the form feeds before the line
  std::size_t indent = 0;   // white space characters before the text
  bool page_break = false;  // the empty line a form feed stands for
};

// Source lines of `text` (split at '\n', a trailing '\r' dropped), trimmed. A
// form feed splits its line: it becomes an empty line with page_break set, and
// the text after it is on the next page with the same line number.
std::vector<TextLine> split_text_lines(std::string_view text);

// Pages of `text`: one more than the form feeds that have non-blank text after
// them (a form feed at the very end does not open an empty page).
int count_pages(std::string_view text);

}  // namespace goalchain::document
