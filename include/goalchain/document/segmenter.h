// Splits plain text into headings, paragraphs and list items.
#pragma once

#include "goalchain/document/document.h"

#include <string_view>
#include <vector>

namespace goalchain::document {

// Segments of valid UTF-8 text, with line numbers and section paths; ids empty.
// Blank lines end paragraphs; numbered or all-capital short lines and Markdown
// '#' lines are headings; lines starting with a bullet or "1." / "a)" start list
// items; indented or unmarked lines continue the item above.
std::vector<Segment> segment_text(std::string_view utf8_text);

}  // namespace goalchain::document
