// Finds the codebooks shipped with goalchain, from the build tree or an install.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/county_table.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::cli {

// Folders searched for shipped codebooks, in order: $GOALCHAIN_CODEBOOK_DIR,
// <prefix>/share/goalchain/codebooks beside the running binary (an install),
// the source tree the binary was built from, and the configured install folder.
std::vector<std::filesystem::path> codebook_search_dirs();

// `name_or_path` as a file if it exists; otherwise a shipped codebook of that
// name ("pmh-sv" or "pmh-sv.yaml"). nullopt when neither exists.
std::optional<std::filesystem::path> find_codebook(const std::string& name_or_path);

// The shipped codebook whose `counties:` serve a codebook without its own.
inline constexpr std::string_view kCountyTableCodebook = "pmh-sv";

// The `counties:` of the shipped kCountyTableCodebook; none when it cannot be
// found. Throws util::DiagnosticError when the section has problems.
std::vector<codebook::CountyEntry> shipped_county_table();

// The county table of the codebook at `codebook`: its own `counties:`, else
// that of the shipped kCountyTableCodebook, else none. Throws
// util::DiagnosticError when the section has problems.
std::vector<codebook::CountyEntry> county_table_for(const std::filesystem::path& codebook);

// The codebook `name_or_path` names, read and checked, its county table made
// the one documents are read with (document::use_county_table). When it cannot be
// found or has errors, says so on `err` (every diagnostic, then a closing line
// starting with `command`, e.g. "goalchain kwic") and returns nullopt.
std::optional<codebook::Codebook> load_named_codebook(const std::string& name_or_path,
                                                      std::ostream& err,
                                                      std::string_view command = "goalchain");

}  // namespace goalchain::cli
