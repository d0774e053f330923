#include "goalchain/document/manifest.h"

#include "goalchain/document/text_decoder.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/spelling.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/yaml_check.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <map>
#include <system_error>

namespace goalchain::document {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kEntryKeys = {"path", "county", "type", "period", "title"};

constexpr std::array<DocumentType, 5> kTypes{DocumentType::strategi, DocumentType::handlingsplan,
                                             DocumentType::slutredovisning,
                                             DocumentType::lagesrapport, DocumentType::annat};

constexpr const char* kExample =
    "a manifest is a list such as\n"
    "    - path: plans/norrbotten-2021.pdf\n"
    "      county: Norrbotten\n"
    "      type: handlingsplan\n"
    "      period: \"2021–2023\"";

// Collects diagnostics with positions from yaml-cpp marks.
class Problems {
 public:
  Problems(std::string_view text, std::string path, std::vector<util::Diagnostic> found)
      : text_(text), path_(std::move(path)), list_(std::move(found)) {}

  void add(const YAML::Mark& mark, std::string message, std::string hint = {}) {
    util::Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    if (mark.pos >= 0) {
      const util::TextPosition where = util::locate_offset(text_, static_cast<std::size_t>(mark.pos));
      d.line = where.line;
      d.column = where.column;
      d.source_line = where.line_text;
    }
    list_.push_back(std::move(d));
  }

  // The text of a scalar, or a problem saying `key` must be text.
  std::optional<std::string> text_of(const YAML::Node& node, std::string_view key) {
    if (!node.IsScalar() || node.Scalar().empty()) {
      add(node.Mark(), fmt::format("'{}' must be non-empty text", key));
      return std::nullopt;
    }
    return node.Scalar();
  }

  void throw_if_any() {
    if (!list_.empty()) throw util::DiagnosticError(std::move(list_));
  }

 private:
  std::string text_;
  std::string path_;
  std::vector<util::Diagnostic> list_;
};

std::string joined(const std::vector<std::string>& words) { return fmt::format("{}", fmt::join(words, ", ")); }

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates,
                         std::string_view otherwise) {
  if (auto suggestion = util::suggest_closest(word, candidates)) {
    return fmt::format("did you mean '{}'?", *suggestion);
  }
  return std::string(otherwise);
}

std::size_t digits_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  return pos;
}

std::size_t spaces_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

int to_number(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

// The whole value as a period: "2017–2020", "2017-2020", "2020–22" or "2020".
std::optional<Period> parse_period_value(std::string_view value) {
  const auto plausible = [](int year) { return year >= 1900 && year <= 2099; };
  if (digits_end(value, 0) != 4) return std::nullopt;
  const int from = to_number(value.substr(0, 4));
  if (!plausible(from)) return std::nullopt;
  std::size_t pos = spaces_end(value, 4);
  if (pos == value.size()) return Period{from, from};
  bool dash = false;
  for (const std::string_view d : {"-", "\u2013", "\u2014"}) {
    if (value.substr(pos).starts_with(d)) {
      pos += d.size();
      dash = true;
      break;
    }
  }
  if (!dash) return std::nullopt;
  pos = spaces_end(value, pos);
  const std::size_t end = digits_end(value, pos);
  if (end != value.size() || (end - pos != 4 && end - pos != 2)) return std::nullopt;
  int to = to_number(value.substr(pos));
  if (end - pos == 2) to += from / 100 * 100;
  if (!plausible(to) || to < from) return std::nullopt;
  return Period{from, to};
}

std::optional<DocumentType> parse_type_value(std::string_view value) {
  const std::string folded = util::fold_case(value);
  if (folded == "lagesrapport") return DocumentType::lagesrapport;
  for (const DocumentType type : kTypes) {
    if (folded == to_string(type)) return type;
  }
  return std::nullopt;
}

std::vector<std::string> county_names() {
  std::vector<std::string> names;
  for (const County& county : all_counties()) names.emplace_back(county.name);
  return names;
}

std::vector<std::string> type_names() {
  std::vector<std::string> names;
  for (const DocumentType type : kTypes) names.emplace_back(to_string(type));
  return names;
}

void check_keys(Problems& problems, const YAML::Node& entry) {
  for (const auto& item : entry) {
    const std::string key = item.first.Scalar();
    if (std::find(kEntryKeys.begin(), kEntryKeys.end(), key) != kEntryKeys.end()) continue;
    problems.add(item.first.Mark(), fmt::format("unknown key '{}' in a manifest entry", key),
                 did_you_mean(key, kEntryKeys, "allowed keys: " + joined(kEntryKeys)));
  }
}

std::optional<ManifestEntry> read_entry(Problems& problems, const YAML::Node& node,
                                        const fs::path& folder) {
  if (!node.IsMap()) {
    problems.add(node.Mark(), "a manifest entry must be a map with at least 'path'", kExample);
    return std::nullopt;
  }
  check_keys(problems, node);
  ManifestEntry entry;
  entry.line = node.Mark().line + 1;
  bool ok = true;

  if (const YAML::Node path = node["path"]; !path) {
    problems.add(node.Mark(), "manifest entry without 'path'", "name the file: path: plans/plan.pdf");
    ok = false;
  } else if (auto value = problems.text_of(path, "path")) {
    const fs::path file(*value);
    entry.path = (file.is_absolute() ? file : folder / file).lexically_normal();
  } else {
    ok = false;
  }

  if (const YAML::Node county = node["county"]) {
    if (auto value = problems.text_of(county, "county")) {
      entry.county = find_county(*value);
      if (entry.county == nullptr) {
        problems.add(county.Mark(), fmt::format("unknown county '{}'", *value),
                     did_you_mean(*value, county_names(),
                                  "give " + describe_county_choices()));
        ok = false;
      }
    } else {
      ok = false;
    }
  }

  if (const YAML::Node type = node["type"]) {
    if (auto value = problems.text_of(type, "type")) {
      entry.type = parse_type_value(*value);
      if (!entry.type) {
        problems.add(type.Mark(), fmt::format("unknown document type '{}'", *value),
                     did_you_mean(*value, type_names(), "give one of: " + joined(type_names())));
        ok = false;
      }
    } else {
      ok = false;
    }
  }

  if (const YAML::Node period = node["period"]) {
    if (auto value = problems.text_of(period, "period")) {
      entry.period = parse_period_value(*value);
      if (!entry.period) {
        problems.add(period.Mark(), fmt::format("not a period: '{}'", *value),
                     "give the years as \"2017–2020\" (the first not after the last) or one year: 2020");
        ok = false;
      }
    } else {
      ok = false;
    }
  }

  if (const YAML::Node title = node["title"]) {
    entry.title = problems.text_of(title, "title");
    ok = ok && entry.title.has_value();
  }
  if (!ok) return std::nullopt;
  return entry;
}

}  // namespace

std::vector<ManifestEntry> parse_manifest(std::string_view yaml_text, const std::string& path,
                                          const ManifestFileCheck& check_file) {
  util::YamlCheck structure = util::check_yaml_text(yaml_text, path);
  if (!structure.loadable) throw util::DiagnosticError(std::move(structure.problems));
  Problems problems(yaml_text, path, std::move(structure.problems));
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    problems.add(e.mark, fmt::format("not valid YAML: {}", e.msg),
                 "check indentation and quoting; periods with a dash are safest in quotes");
    problems.throw_if_any();
  }
  if (!root.IsSequence()) {
    problems.add(root.Mark(), "a manifest must be a YAML list of entries", kExample);
    problems.throw_if_any();
  }

  const fs::path folder = fs::path(path).parent_path();
  std::vector<ManifestEntry> entries;
  std::map<std::string, int> first_line;
  for (const YAML::Node& node : root) {
    std::optional<ManifestEntry> entry = read_entry(problems, node, folder);
    if (!entry) continue;
    const YAML::Node path_node = node["path"];
    const auto [it, inserted] = first_line.emplace(entry->path.string(), entry->line);
    if (!inserted) {
      problems.add(path_node.Mark(), fmt::format("'{}' is listed twice", path_node.Scalar()),
                   fmt::format("it is first listed at line {}; keep one entry", it->second));
      continue;
    }
    if (check_file) {
      if (auto problem = check_file(entry->path)) {
        problems.add(path_node.Mark(), fmt::format("{}: {}", entry->path.string(), *problem),
                     "relative paths start from the manifest's folder");
        continue;
      }
    }
    entries.push_back(std::move(*entry));
  }
  problems.throw_if_any();
  return entries;
}

std::vector<ManifestEntry> load_manifest(const fs::path& path, std::uintmax_t max_file_size) {
  std::string bytes;
  try {
    bytes = util::read_file(path, max_file_size);
  } catch (const std::system_error& error) {
    util::Diagnostic d;
    d.file = path.string();
    d.message = fmt::format("cannot read manifest: {}", error.code().message());
    d.hint = "check the path given with --manifest";
    throw util::DiagnosticError(std::move(d));
  }
  const DecodedText decoded = decode_text(bytes, path.string(), Encoding::detect);
  return parse_manifest(decoded.text, path.string(), [](const fs::path& file) -> std::optional<std::string> {
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status)) return "no such file";
    if (fs::is_directory(status)) return "is a directory; list the files in it one by one";
    return std::nullopt;
  });
}

ManifestEntry make_manifest_entry(const fs::path& path, const GivenMetadata& given) {
  ManifestEntry entry;
  entry.path = path;
  std::vector<util::Diagnostic> problems;
  const auto add = [&](std::string message, std::string hint) {
    problems.push_back(util::Diagnostic{util::Severity::error, "goalchain", 0, 0, std::move(message),
                                        std::move(hint), {}});
  };
  if (!given.county.empty()) {
    entry.county = find_county(given.county);
    if (entry.county == nullptr) {
      add(fmt::format("--county: unknown county '{}'", given.county),
          did_you_mean(given.county, county_names(),
                       "give " + describe_county_choices()));
    }
  }
  if (!given.type.empty()) {
    entry.type = parse_type_value(given.type);
    if (!entry.type) {
      add(fmt::format("--type: unknown document type '{}'", given.type),
          did_you_mean(given.type, type_names(), "give one of: " + joined(type_names())));
    }
  }
  if (!given.period.empty()) {
    entry.period = parse_period_value(given.period);
    if (!entry.period) {
      add(fmt::format("--period: not a period: '{}'", given.period),
          "give years as 2021, 2021-2023 or 2021–2023");
    }
  }
  if (!given.title.empty()) entry.title = given.title;
  if (!problems.empty()) throw util::DiagnosticError(std::move(problems));
  return entry;
}

void apply_manifest_entry(const ManifestEntry& entry, Document& document) {
  if (entry.county != nullptr) document.county = entry.county;
  if (entry.type) document.type = *entry.type;
  if (entry.period) document.period = *entry.period;
  if (entry.title) document.title = *entry.title;
  // What the manifest settles needs no warning about the file name and text.
  std::erase_if(document.warnings, [&](const DocumentWarning& w) {
    return (w.field == "county" && entry.county != nullptr) || (w.field == "type" && entry.type) ||
           (w.field == "period" && entry.period);
  });
}

}  // namespace goalchain::document
