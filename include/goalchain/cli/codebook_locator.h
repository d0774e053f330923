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

// The `labels:` of the shipped kCountyTableCodebook; none when it cannot be
// found. Throws util::DiagnosticError when the section has problems.
codebook::LabelTable shipped_label_table();

// True when workbooks can be written in `language` with `labels`: every key
// of codebook::workbook_label_keys() has a text, and some label is given in
// `language`. Otherwise says what is missing on `err`, in a line starting
// with `command`, and returns false.
bool check_workbook_labels(const codebook::LabelTable& labels, const std::string& language,
                           std::ostream& err, std::string_view command);

// What county_table_for and county_forms_for give, from one reading of the
// codebook.
struct CountySections {
  std::vector<codebook::CountyEntry> table;
  std::vector<std::string> forms;
};
CountySections county_sections_for(const std::filesystem::path& codebook);

// The `county_forms:` that go with county_table_for(codebook): the codebook's
// own when it has its own `counties:`, else the shipped kCountyTableCodebook's.
std::vector<std::string> county_forms_for(const std::filesystem::path& codebook);

// The shipped kCountyTableCodebook's `county_forms:`; none when it cannot be found.
std::vector<std::string> shipped_county_forms();

// The `unknown_county:` of the codebook at `codebook`, else the shipped
// kCountyTableCodebook's, else an empty one. Throws util::DiagnosticError when
// the section has problems.
codebook::CountyEntry unknown_county_for(const std::filesystem::path& codebook);

// The shipped kCountyTableCodebook's `layout:`; empty when it cannot be found.
// Throws util::DiagnosticError when the section has problems.
codebook::LayoutRules shipped_layout_rules();

// The shipped kCountyTableCodebook's `unknown_county:`; empty when it cannot be found.
codebook::CountyEntry shipped_unknown_county();

// The codebook `name_or_path` names, read and checked, its county table made
// the one documents are read with (document::use_county_table), its
// `labels:` laid over the shipped codebook's (shipped_label_table), the
// document types and sentence abbreviations its `layout:` lacks taken from the
// shipped codebook's (codebook::fill_layout_rules) and its abbreviations made
// the ones sentences are split with (document::use_sentence_abbreviations). When it cannot be
// found or has errors, says so on `err` (every diagnostic, then a closing line
// starting with `command`, e.g. "goalchain kwic") and returns nullopt.
std::optional<codebook::Codebook> load_named_codebook(const std::string& name_or_path,
                                                      std::ostream& err,
                                                      std::string_view command = "goalchain");

}  // namespace goalchain::cli
