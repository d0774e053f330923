// WordStat categorization dictionaries (.cat) read as codebooks.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// Reads a WordStat dictionary: categories on lines of their own, nested by
// tab indentation; entries one tab deeper than their category, each ending in
// a weight in parentheses ("\tMÅLGRUPP* (1)"). Categories become codes (ids
// from the path of category names, children with `parent`), entries their
// keywords, case-folded, with '_' read as a space between the words of a
// phrase. Weights are not kept (a warning says so when one is not 1); rules
// (entries starting with '@') are skipped with a warning. Bytes that are not
// UTF-8 are read as Windows-1252. Throws util::DiagnosticError listing every
// malformed line.
Codebook import_wordstat_dictionary(std::string_view bytes, const std::string& path,
                                    std::vector<util::Diagnostic>& warnings);

}  // namespace goalchain::codebook
