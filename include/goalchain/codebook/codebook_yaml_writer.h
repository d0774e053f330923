// Writes a codebook in goalchain's own YAML format (docs/codebook.md).
#pragma once

#include "goalchain/codebook/codebook.h"

#include <string>
#include <string_view>

namespace goalchain::codebook {

// The codebook as goalchain codebook YAML that parse_codebook reads back to
// the same codes: `goalchain_codebook: 1`, name, title, language, description,
// then one entry per code in codebook order with id, label (a {sv, en} map when
// there is an English label), parent, description, color and keywords, each
// keyword as its text. This is all a dictionary import produces; pattern
// options, rules, conditions and the codebook's `stem` are not written. Every
// line of `header_comment` becomes a leading "# " comment line. Deterministic.
std::string render_codebook_yaml(const Codebook& codebook, std::string_view header_comment = {});

}  // namespace goalchain::codebook
