// `goalchain lint`: checks a codebook more strictly than parse_codebook.
#pragma once

#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// Every error parse_codebook reports, plus shadowed patterns (a pattern that
// another pattern of the same code already covers, so it never adds a hit) as
// errors, and warnings for what cannot match: patterns without letters or
// digits, wildcards next to a place where the text is split into words, empty
// stems, regexes that match only empty text, `near` windows too small for
// their terms, and codes with nothing that could assign them. In the order of
// the file.
std::vector<util::Diagnostic> lint_codebook(std::string_view yaml_text, std::string path);

}  // namespace goalchain::codebook
