// LIWC dictionaries (.dic, LIWC2007 and LIWC2015) read as codebooks.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// Reads a LIWC dictionary: a category legend between two lines holding only
// '%' ("1<TAB>funct"), then one entry per line, a word or phrase followed by
// the numbers of its categories ("människohandel*<TAB>1<TAB>2"). Each category
// becomes a top-level code (id from its name, label the name) whose keywords
// are its entries. Bytes that are not UTF-8 are read as Windows-1252. LIWC2007's
// conditional entries ("like" with "02 134/125/464 (02 134)126") are skipped
// with a warning. `path` names the file in messages and names the codebook.
// Throws util::DiagnosticError listing every malformed line.
Codebook import_liwc_dictionary(std::string_view bytes, const std::string& path,
                                std::vector<util::Diagnostic>& warnings);

}  // namespace goalchain::codebook
