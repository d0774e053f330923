// Splits plain text into headings, paragraphs and list items.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/document.h"

#include <string_view>
#include <vector>

namespace goalchain::document {

// Segments of valid UTF-8 text in document order, with pages, line numbers and
// section paths; ids empty. Blank lines and form feeds end paragraphs; numbered
// or all-capital short lines and Markdown '#' lines are headings (capital lines
// among the cells of a flattened table are not); lines starting with a bullet
// or "1." / "a)" start list items; indented or unmarked lines continue the item
// above, with words hyphenated across the line end rejoined (hyphenation.h).
// Footnotes at the foot of a page are segments of kind footnote, and the
// markers glued to words that point to them are dropped (footnotes.h). A
// segment's page is one more than the form feeds before its first line.
std::vector<Segment> segment_text(std::string_view utf8_text);

// The same, with the codebook's layout words as further evidence: section
// words make short lines headings, contents headings mark contents pages
// (docs/segmentation.md). Contents pages become segments of kind contents; a
// field label alone on a line ("Aktiviteter:") is no segment, and the
// segments below it up to the next heading, label or the end of its block
// carry it in `label`. Headings without a number, and lines that end a
// sentence short of the column's width, end the paragraph above.
std::vector<Segment> segment_text(std::string_view utf8_text, const codebook::LayoutRules& rules);

}  // namespace goalchain::document
