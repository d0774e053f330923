// A document's county, type and period from the places that name them, in
// order of trust, and the warnings when they disagree.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/document.h"

#include <string>
#include <string_view>

namespace goalchain::document {

// Where the metadata of a text document may come from, most trusted first
// (a manifest entry and a YAML header are applied by their readers, above these).
struct MetadataSources {
  std::string_view file_stem;  // "vastmanland-handlingsplan-2019"; "" when not UTF-8
  std::string_view title;      // Document::title
  std::string_view issuer;     // Document::issuer
  std::string body;            // the text of every segment but footnotes and contents pages
};

// Sets `document`'s county, type and period: the file name first, then the
// title and issuer, then the rest of the text. A county, type or period the
// file name gives that the title (or, for the county, the text) contradicts
// gets a warning naming both. In the rest of the text, a county counts when it
// is named more than twice as often as any other ("Länsstyrelsen X", "X län"
// first, any mention otherwise); a text that names several counties about
// equally and none in its title or file name gets no county and a warning.
// Periods skip reference numbers (LayoutRules::reference_abbreviations).
void detect_document_metadata(Document& document, const MetadataSources& sources,
                              const codebook::LayoutRules& rules);

// A warning when `body` does not read as `language` ("sv", "en"): fewer than
// one word in fifty is one of `common_words`, the language's most frequent
// words. Nothing when `language` or `common_words` is empty, or the text has
// fewer than 100 words.
void check_document_language(Document& document, std::string_view body, std::string_view language,
                             const std::vector<std::string>& common_words);

}  // namespace goalchain::document
