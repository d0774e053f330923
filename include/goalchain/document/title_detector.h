// A document's title and issuer, from the segments of its first lines.
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "goalchain/document/document.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace goalchain::document {

struct TitleAndIssuer {
  std::string title;
  std::string issuer;                   // "" when none is found
  std::optional<std::size_t> title_at;  // index of the title's segment
  std::optional<std::size_t> issuer_at;
  std::size_t front_end = 0;            // index of the first segment of the body
};

// Reads the front matter: the segments before the body starts (a contents
// page, a list, a numbered heading, a paragraph that ends a sentence or the
// heading just above it, or the twelfth segment).
//  - The issuer is the first short segment of one of the issuer forms
//    ("Länsstyrelsen Dalarnas län", "Region Gävleborg", "Falu kommun").
//  - The title is the first other segment there that names a kind of
//    document (a title word: "Handlingsplan mot …", "REGIONAL STRATEGI …"),
//    else the first there that names years ("… 2020–2022"), else the first
//    heading there in capitals, else the first heading, else the first segment that is
//    not the issuer; cut at a word boundary when longer than 200 characters.
//    With no front matter, the first segment's text, title_at unset.
TitleAndIssuer detect_title_and_issuer(const std::vector<Segment>& segments,
                                       const codebook::LayoutRules& rules);

// The title and issuer are the document's name, not sections: the other
// headings of the front matter (a subtitle, the issuer) become paragraphs,
// and neither they nor the title stay in the section path of the segments
// below.
void detach_title_and_issuer(std::vector<Segment>& segments, const TitleAndIssuer& found);

}  // namespace goalchain::document
