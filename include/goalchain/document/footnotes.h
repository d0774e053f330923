// Footnotes at the foot of a page ("1 Statskontoret 2006, 2021") and the
// markers in the text that point to them ("myndighetsområden.1", "analyser25").
#pragma once

#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct Footnote {
  int number = 0;
  std::size_t first = 0;  // index in the lines of its first line ("1 Statskontoret ...")
  std::size_t last = 0;   // index of its last line; blank lines between belong to it
};

// Consecutive footnotes at the foot of one page, and the text that refers to them.
struct FootnoteBlock {
  std::size_t text_begin = 0;  // index of the first line of the text before the block
  std::size_t first = 0;       // index of the block's first line
  std::size_t last = 0;        // index of its last line
  int page = 1;                // of its first line
  std::vector<int> numbers;    // in order, consecutive
};

struct Footnotes {
  std::vector<Footnote> notes;  // in line order
  std::vector<FootnoteBlock> blocks;
};

// Finds footnotes among `lines`. A block starts at a line "N Text" or "¹ Text"
// (N of 1-3 digits, Text starting with a capital) that continues the numbering
// of the last block, or follows a blank line and has a marker N glued to the
// text before it, on its page or the page before ("område.1", "analyser25",
// "strategin¹").
// The next lines "N+1 ...", "N+2 ..." are the following footnotes; other
// lines continue the footnote above, also after a blank line when the footnote
// line above is long and ends mid-sentence or when the lines run to the end of
// the page. A page break, an indented line (pdftotext starts a page with a
// space) and a line for which `opens_segment` is true (a heading, a list item)
// end the block.
Footnotes find_footnotes(const std::vector<TextLine>& lines,
                         const std::function<bool(std::string_view)>& opens_segment);

// `line` without the footnote markers that are digits glued to the end of a
// word of three or more letters and whose number is in `numbers`:
// "analyser25 i" -> "analyser i". Markers after punctuation ("strategin.14")
// and digits glued to digits ("201723") are left as they are.
std::string strip_footnote_markers(std::string_view line, const std::vector<int>& numbers);

}  // namespace goalchain::document
