// The codebook YAML reader behind parse_codebook, for callers that want the
// problems as a list (goalchain lint) rather than an exception.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

struct ParsedCodebook {
  Codebook codebook;                          // everything that could be read
  std::vector<util::Diagnostic> diagnostics;  // every error, in the order of the file
  bool yaml_ok = true;                        // false: not even valid YAML; codebook is empty
};

// Reads codebook YAML, collecting every error with file, line, column and hint.
ParsedCodebook parse_codebook_with_diagnostics(std::string_view yaml_text, std::string path);

}  // namespace goalchain::codebook
