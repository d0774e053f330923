// Contents pages: "2 Lägesbild ........ 3". They repeat the headings with page
// numbers; kept as segments of kind contents, never coded, never headings.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/text_lines.h"

#include <cstddef>
#include <vector>

namespace goalchain::document {

// One entry of a contents page: its first and last line (an entry may wrap).
struct ContentsEntry {
  std::size_t first = 0;
  std::size_t last = 0;
};

// The entries of the contents pages among `lines`, in order. An entry line
// ends in a page number after a dot leader ("Lägesbild ........ 3",
// "Bakgrund… 3") or, near the start of the text, after white space alone
// ("Inledning 2"). Entries count when three or more stand together (a blank
// line between them allowed), their page numbers never falling; dot leaders
// may stand anywhere in the first half of the text, bare page numbers only in
// its first quarter or under a contents heading (LayoutRules). A line between
// two entries without a page number of its own is the first line of the entry
// below; a contents heading just above the entries is an entry too. A run of
// three or more lines in the first half of the text that each repeat, in any
// case, a line further down ("1. Bakgrund" before "1. BAKGRUND") is a
// contents page without page numbers, when the lines are numbered or stand
// under a contents heading.
std::vector<ContentsEntry> find_contents_entries(const std::vector<TextLine>& lines,
                                                 const codebook::LayoutRules& rules);

}  // namespace goalchain::document
