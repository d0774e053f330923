// Matches lines of a document against the words of a codebook's `layout:`
// section (codebook::LayoutRules), case-insensitively, word by word.
#pragma once

#include "goalchain/codebook/layout_rules.h"

#include <string_view>

namespace goalchain::document {

// The line's first words are one of the section words: "Bakgrund",
// "Syfte och mål" (section word "syfte"), "Mål 2" — not "Målgrupper".
bool starts_with_section_word(std::string_view line, const codebook::LayoutRules& rules);

// A word of the line is a title word or ends in one ("Länsstrategi",
// "Handlingsplanen"): the line names a kind of document.
bool names_document_kind(std::string_view line, const codebook::LayoutRules& rules);

// The whole line has one of the issuer forms: "Länsstyrelsen i Dalarnas län"
// for "Länsstyrelsen *", "Falu kommun" for "* kommun", "Justitiedepartementet"
// for "*departementet".
bool matches_issuer_form(std::string_view line, const codebook::LayoutRules& rules);

// The line is one of the contents headings ("Innehåll", "INNEHÅLLSFÖRTECKNING").
bool is_contents_heading(std::string_view line, const codebook::LayoutRules& rules);

// The word before byte `pos` of `text` (on the same line, white space and
// punctuation between allowed) is a reference abbreviation ("Skr. 2007/08:167",
// "dnr 2019"): the number at `pos` is not a year.
bool follows_reference_abbreviation(std::string_view text, std::size_t pos,
                                    const codebook::LayoutRules& rules);

}  // namespace goalchain::document
