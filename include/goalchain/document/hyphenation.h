// Joining the wrapped lines of one paragraph, list item or footnote, with
// words hyphenated across a line end put back together.
#pragma once

#include "goalchain/codebook/layout_rules.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace goalchain::document {

// Case-folded words written with an inner hyphen somewhere in `utf8_text`
// ("hbtq-personer", "e-post"): evidence that such a word keeps its hyphen
// when a line break falls after the hyphen.
std::unordered_set<std::string> collect_hyphenated_words(std::string_view utf8_text);

// What joining the lines of one document knows about its hyphens, all
// case-folded.
struct HyphenationWords {
  std::unordered_set<std::string> hyphenated;  // collect_hyphenated_words of the document
  std::unordered_set<std::string> hanging;     // the layout's hanging_hyphen_words
  std::unordered_set<std::string> prefixes;    // the layout's hyphen_prefixes
};

// The hyphenation words of the document `utf8_text` read by `rules`.
HyphenationWords collect_hyphenation_words(std::string_view utf8_text, const codebook::LayoutRules& rules);

// Appends trimmed `line` to `text` as the next line of the same paragraph.
// When `text` ends in a hyphen directly after a letter or digit:
//  - a hanging hyphen keeps its space: "hälso-" + "och sjukvård", the next
//    word one of `words.hanging` (or ',' ';');
//  - a capital or digit before the hyphen keeps it, without a space:
//    "EU/EES-" + "medborgare", "2017-" + "2020";
//  - so does a word found hyphenated in `words.hyphenated` ("hbtq-personer"),
//    a prefix of `words.prefixes` ("sms-") or a single letter ("e-");
//  - before a lower-case letter the hyphen goes: "människo-" + "handel";
//  - otherwise the hyphen stays, without a space.
// A soft hyphen at the end always goes; an en dash between digits
// ("2016–" + "2017") joins without a space. Everything else joins with one space.
void append_wrapped_line(std::string& text, std::string_view line, const HyphenationWords& words);

}  // namespace goalchain::document
