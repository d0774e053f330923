// Whether a line break in extracted text is a wrap (the paragraph goes on) or
// was made on purpose (a heading, a label, a line of a list ends there).
//
// Text set in a column is wrapped where the next word no longer fits: if the
// next line's first word would have fitted after a line, that line was ended
// on purpose. "Bakgrund" followed by "Mäns våld mot kvinnor är ..." is a
// heading even with no blank line between; "… finns främst hos
// Mikamottagningen i Stockholm" followed by "(Mika)." is one sentence.
#pragma once

#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace goalchain::document {

class LineBreaks {
 public:
  // Measures the column width of `lines`: the length (in characters) that
  // nine in ten of the non-blank lines do not exceed. Text exported from a
  // word processor, a paragraph a line, has a wide column, so few breaks in it
  // count as wraps. Fewer than eight lines: the longest, and at least 60.
  explicit LineBreaks(const std::vector<TextLine>& lines);

  // The column width measured, in characters.
  std::size_t width() const { return width_; }

  // The break after `line` was made on purpose: `next_line`'s first word would
  // have fitted after it (with a tenth of the width to spare, as proportional
  // type holds more narrow letters than wide ones on a line).
  bool is_deliberate(std::string_view line, std::string_view next_line) const;

 private:
  std::size_t width_ = 0;
};

// `line` ends a sentence: a final '.', '!' or '?' (closing quotes and brackets
// after it allowed) that is not the period of an abbreviation ("bl.a.", "t.ex.")
// or of a number, as split_sentences decides.
bool ends_sentence(std::string_view line);

// The first character of `line` starts a new sentence or block: an upper-case
// letter, a digit, an opening quote or bracket, or a list marker.
bool starts_block(std::string_view line);

}  // namespace goalchain::document
