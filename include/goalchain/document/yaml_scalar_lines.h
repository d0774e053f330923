// Where a YAML scalar's text stands in the source, line by line: the
// positions YAML parsers do not give for multi-line scalars.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct ScalarLines {
  int first_line = 1;              // source line of lines.front(), 1-based
  std::vector<std::string> lines;  // one per source line, indentation and comments removed
  // True: the lines are the scalar's text line by line, so segmenting them
  // gives the text's paragraphs at their source lines. False: quoted scalars
  // (the right source lines, escapes kept as written) and scalars after a tag
  // or anchor (the value's lines, counted from the scalar's first line).
  bool exact = true;

  // Source lines of the first and the last line that is not blank; first_line
  // when every line is blank.
  int first_content_line() const;
  int last_content_line() const;
};

// The lines of the scalar whose first character (the parser's mark: '|', '>',
// a quote, or the text itself) is at byte `offset` of `source` (LF line ends)
// and whose parsed text is `value`.
ScalarLines locate_scalar_lines(std::string_view source, std::size_t offset,
                                std::string_view value);

}  // namespace goalchain::document
