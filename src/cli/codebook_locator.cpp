#include "goalchain/cli/codebook_locator.h"

#include "goalchain/codebook/county_table.h"
#include "goalchain/document/county_table.h"
#include "goalchain/document/sentence_splitter.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>
#include <system_error>

namespace goalchain::cli {
namespace {

std::optional<std::filesystem::path> running_binary_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  return exe.parent_path();
}

}  // namespace

std::vector<std::filesystem::path> codebook_search_dirs() {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("GOALCHAIN_CODEBOOK_DIR"); env && *env) dirs.emplace_back(env);
  if (auto bin = running_binary_dir()) {
    dirs.push_back(bin->parent_path() / GOALCHAIN_INSTALL_RELATIVE_CODEBOOK_DIR);
  }
  dirs.emplace_back(GOALCHAIN_SOURCE_CODEBOOK_DIR);
  dirs.emplace_back(GOALCHAIN_INSTALL_CODEBOOK_DIR);
  return dirs;
}

std::optional<std::filesystem::path> find_codebook(const std::string& name_or_path) {
  std::error_code ec;
  const std::filesystem::path given(name_or_path);
  if (std::filesystem::is_regular_file(given, ec)) return given;
  // Only a bare name is looked up among the shipped codebooks.
  if (given.has_parent_path() || name_or_path.empty()) return std::nullopt;
  std::filesystem::path file_name = given;
  if (file_name.extension() != ".yaml") file_name += ".yaml";
  for (const auto& dir : codebook_search_dirs()) {
    const auto candidate = dir / file_name;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
  }
  return std::nullopt;
}

namespace {

// The section `parse` reads from the shipped kCountyTableCodebook; empty when
// the codebook cannot be found or has no such section.
template <typename Parse>
auto read_shipped_section(Parse parse) {
  using Section = typename decltype(parse(std::string_view{}, std::string{}))::value_type;
  const auto path = find_codebook(std::string(kCountyTableCodebook));
  if (!path) return Section{};
  return parse(util::read_file(*path), path->string()).value_or(Section{});
}

}  // namespace

std::vector<codebook::CountyEntry> shipped_county_table() {
  return read_shipped_section(codebook::parse_county_table);
}

CountySections county_sections_for(const std::filesystem::path& codebook) {
  const std::string text = util::read_file(codebook);
  if (auto own = codebook::parse_county_table(text, codebook.string())) {
    return {std::move(*own), codebook::parse_county_forms(text, codebook.string())
                                 .value_or(std::vector<std::string>{})};
  }
  return {shipped_county_table(), shipped_county_forms()};
}

std::vector<codebook::CountyEntry> county_table_for(const std::filesystem::path& codebook) {
  return county_sections_for(codebook).table;
}

codebook::LabelTable shipped_label_table() {
  return read_shipped_section(codebook::parse_label_table);
}

bool check_workbook_labels(const codebook::LabelTable& labels, const std::string& language,
                           std::ostream& err, std::string_view command) {
  const auto missing = codebook::missing_label_keys(labels);
  if (!missing.empty()) {
    fmt::print(err,
               "{}: error: the workbooks have no label for {} key{}: {}\n"
               "  hint: give them under labels: in the codebook (docs/workbooks.md), or check "
               "that the shipped codebook {} is found; searched:\n",
               command, missing.size(), missing.size() == 1 ? "" : "s",
               fmt::join(missing.begin(),
                         missing.begin() + std::min<std::ptrdiff_t>(std::ssize(missing), 8), ", "),
               kCountyTableCodebook);
    for (const auto& dir : codebook_search_dirs()) fmt::print(err, "    {}\n", dir.string());
    return false;
  }
  if (!labels.has_language(language)) {
    fmt::print(err,
               "{}: error: --lang {}: the codebook's labels are in {}\n"
               "  hint: add a {} text to each key under labels: (docs/workbooks.md), or give "
               "--lang {}\n",
               command, language, fmt::join(labels.languages, ", "), language,
               labels.languages.front());
    return false;
  }
  return true;
}

std::vector<std::string> shipped_county_forms() {
  return read_shipped_section(codebook::parse_county_forms);
}

std::vector<std::string> county_forms_for(const std::filesystem::path& codebook) {
  return county_sections_for(codebook).forms;
}

codebook::LayoutRules shipped_layout_rules() {
  return read_shipped_section(codebook::parse_layout_rules);
}

codebook::CountyEntry shipped_unknown_county() {
  return read_shipped_section(codebook::parse_unknown_county);
}

codebook::CountyEntry unknown_county_for(const std::filesystem::path& codebook) {
  if (auto own = codebook::parse_unknown_county(util::read_file(codebook), codebook.string())) {
    return *own;
  }
  return shipped_unknown_county();
}

std::optional<codebook::Codebook> load_named_codebook(const std::string& name_or_path,
                                                      std::ostream& err, std::string_view command) {
  const auto path = find_codebook(name_or_path);
  if (!path) {
    fmt::print(err, "{}: error: codebook '{}' not found\n", command, name_or_path);
    fmt::print(err,
               "  hint: give a path to a codebook YAML file, or the name of a shipped codebook "
               "(pmh-sv, thb-en); searched:\n");
    for (const auto& dir : codebook_search_dirs()) fmt::print(err, "    {}\n", dir.string());
    return std::nullopt;
  }
  try {
    codebook::Codebook book = codebook::load_codebook(*path);
    CountySections counties = county_sections_for(*path);
    document::use_county_table(std::move(counties.table), std::move(counties.forms),
                               unknown_county_for(*path));
    book.labels = codebook::merge_label_tables(shipped_label_table(), book.labels);
    book.layout = codebook::fill_layout_rules(std::move(book.layout), shipped_layout_rules());
    document::use_sentence_abbreviations(book.layout.sentence_abbreviations);
    return book;
  } catch (const util::DiagnosticError& e) {
    for (const auto& d : e.diagnostics()) err << util::format_diagnostic(d);
    fmt::print(err, "{}: error: the codebook has errors; nothing was done\n", command);
    return std::nullopt;
  }
}

}  // namespace goalchain::cli
