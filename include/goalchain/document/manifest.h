// The --manifest file: a YAML list of the documents to read, each with the
// metadata to use where detection from the text would be wrong:
//
//   - path: plans/norrbotten-2021.pdf   # required; relative to the manifest's folder
//     county: Norrbotten                # any spelling find_county knows
//     type: handlingsplan               # strategi, handlingsplan, slutredovisning,
//                                       # lägesrapport or annat
//     period: "2021–2023"               # or a single year: 2021
//     title: Handlingsplan mot prostitution och människohandel
#pragma once

#include "goalchain/document/county.h"
#include "goalchain/document/document.h"

#include "goalchain/util/atomic_file.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct ManifestEntry {
  std::filesystem::path path;          // relative paths already joined to the manifest's folder
  int line = 0;                        // where the entry starts in the manifest
  const County* county = nullptr;      // nullptr: detected as usual
  std::optional<DocumentType> type;    // nullopt: detected as usual
  std::optional<Period> period;        // nullopt: detected as usual
  std::optional<std::string> title;    // nullopt: detected as usual
};

// What is wrong with a listed file ("no such file or directory"), or nullopt
// when it can be read.
using ManifestFileCheck = std::function<std::optional<std::string>(const std::filesystem::path&)>;

// Parses a manifest; `path` names it in messages and its folder anchors relative
// paths. `check_file`, when given, is asked about every listed file. Throws
// util::DiagnosticError listing every problem (not YAML, not a list, unknown or
// missing keys, unknown county with "did you mean", bad type or period, a file
// listed twice, a file check's answer) with line and column.
std::vector<ManifestEntry> parse_manifest(std::string_view yaml_text, const std::string& path,
                                          const ManifestFileCheck& check_file = {});

// Reads the manifest file (in any encoding decode_text detects) and parses it,
// checking that every listed file exists and is not a directory.
std::vector<ManifestEntry> load_manifest(const std::filesystem::path& path,
                                         std::uintmax_t max_file_size = util::kDefaultMaxFileSize);

// What the command line says of one input (--county, --type, --period,
// --title); an empty string leaves that field to detection.
struct GivenMetadata {
  std::string county;
  std::string type;
  std::string period;
  std::string title;
  bool empty() const { return county.empty() && type.empty() && period.empty() && title.empty(); }
};

// The entry those values make for `path`, checked as a manifest's values are.
// Throws util::DiagnosticError naming the option ("--county: unknown county
// 'Stokholm'", with "did you mean") for every value that is wrong.
ManifestEntry make_manifest_entry(const std::filesystem::path& path, const GivenMetadata& given);

// Sets the document's county, type, period and title to those the entry gives,
// and drops the document's warnings about the fields it sets.
void apply_manifest_entry(const ManifestEntry& entry, Document& document);

}  // namespace goalchain::document
