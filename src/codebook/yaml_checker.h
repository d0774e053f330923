// The YAML-checking layer every section of a codebook is read through: it
// collects every problem with file, line, column, the source line and a hint
// (and "did you mean") from yaml-cpp marks while a reader walks the tree, so
// that a codebook's problems are all reported at once. Shared by
// codebook_parser.cpp, layout_rules_parser.cpp and chain_rules_parser.cpp;
// private to src/codebook (it exposes yaml-cpp types).
#pragma once

#include "goalchain/util/diagnostic.h"
#include "goalchain/util/spelling.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::codebook {

// Collects diagnostics while walking the YAML tree, with positions from yaml-cpp marks.
class Checker {
 public:
  Checker(std::string_view text, std::string path)
      : text_(text), locator_(text_), path_(std::move(path)) {}
  Checker(const Checker&) = delete;  // locator_ points into text_
  Checker& operator=(const Checker&) = delete;

  void error(const YAML::Mark& mark, std::string message, std::string hint = {}) {
    util::Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    if (mark.pos >= 0) {
      const auto where = locator_.locate(static_cast<std::size_t>(mark.pos));
      d.line = where.line;
      d.column = where.column;
      d.source_line = where.line_text;
    }
    diagnostics_.push_back(std::move(d));
  }

  // Line and column (in characters) of a mark.
  // Every code, pattern and rule has one: a locator, not locate_offset,
  // which counts lines from the start of the text each time.
  std::pair<int, int> position(const YAML::Mark& mark) const {
    if (mark.pos < 0) return {0, 0};
    const auto where = locator_.locate(static_cast<std::size_t>(mark.pos));
    return {where.line, where.column};
  }

  const std::string& text() const { return text_; }

  // A scalar string value, or an error naming `what`.
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what) {
    if (!node.IsScalar()) {
      error(node.Mark(), fmt::format("{} must be text", what));
      return std::nullopt;
    }
    return node.Scalar();
  }

  std::optional<bool> boolean(const YAML::Node& node, std::string_view what) {
    if (node.IsScalar()) {
      const std::string& value = node.Scalar();
      if (value == "true" || value == "yes") return true;
      if (value == "false" || value == "no") return false;
    }
    error(node.Mark(), fmt::format("{} must be true or false", what));
    return std::nullopt;
  }

  std::optional<int> whole_number(const YAML::Node& node, std::string_view what, int minimum) {
    if (node.IsScalar()) {
      try {
        std::size_t used = 0;
        const int value = std::stoi(node.Scalar(), &used);
        if (used == node.Scalar().size() && value >= minimum) return value;
      } catch (const std::exception&) {
      }
    }
    error(node.Mark(), fmt::format("{} must be a whole number of at least {}", what, minimum),
          fmt::format("write e.g. {}: {}", what, std::max(minimum, 2)));
    return std::nullopt;
  }

  std::optional<double> positive_number(const YAML::Node& node, std::string_view what) {
    if (node.IsScalar()) {
      try {
        std::size_t used = 0;
        const double value = std::stod(node.Scalar(), &used);
        if (used == node.Scalar().size() && value > 0) return value;
      } catch (const std::exception&) {
      }
    }
    error(node.Mark(), fmt::format("{} must be a number greater than 0", what),
          fmt::format("write e.g. {}: 1.5", what));
    return std::nullopt;
  }

  // One of `names`, or an error with a suggestion.
  std::optional<std::string> choice(const YAML::Node& node, std::string_view what,
                                    const std::vector<std::string>& names) {
    const auto value = scalar(node, what);
    if (!value) return std::nullopt;
    if (std::find(names.begin(), names.end(), *value) != names.end()) return value;
    std::string hint = fmt::format("use one of: {}", fmt::join(names, ", "));
    if (auto suggestion = util::suggest_closest(*value, names)) {
      hint = fmt::format("did you mean '{}'?", *suggestion);
    }
    error(node.Mark(), fmt::format("unknown {} '{}'", what, *value), hint);
    return std::nullopt;
  }

  void check_keys(const YAML::Node& map, const std::vector<std::string>& allowed,
                  std::string_view where) {
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string hint;
      if (auto suggestion = util::suggest_closest(key, allowed)) {
        hint = fmt::format("did you mean '{}'?", *suggestion);
      } else {
        hint = fmt::format("allowed keys {}: {}", where, fmt::join(allowed, ", "));
      }
      error(entry.first.Mark(), fmt::format("unknown key '{}' {}", key, where), hint);
    }
  }

  std::vector<util::Diagnostic>& diagnostics() { return diagnostics_; }

 private:
  std::string text_;
  util::TextLocator locator_;
  std::string path_;
  std::vector<util::Diagnostic> diagnostics_;
};

// The root of the YAML text `check` holds, after the checks every YAML reader
// runs (util::check_yaml_text). Throws util::DiagnosticError when it cannot be loaded.
YAML::Node load_checked_yaml(Checker& check, const std::string& path);

// The top-level section `key` of the YAML text `yaml_text` as `read(node,
// check)` reads it, or nullopt when the text has no such section: how a
// section is read on its own (the county table, the labels) with the checks
// the codebook parser runs. Throws util::DiagnosticError with every problem.
template <typename Read>
auto parse_yaml_section(std::string_view yaml_text, const std::string& path, const char* key,
                        Read read)
    -> std::optional<decltype(read(std::declval<const YAML::Node&>(), std::declval<Checker&>()))> {
  Checker check(yaml_text, path);
  const YAML::Node root = load_checked_yaml(check, path);
  if (!root.IsMap() || !root[key]) return std::nullopt;
  auto section = read(root[key], check);
  if (!check.diagnostics().empty()) throw util::DiagnosticError(std::move(check.diagnostics()));
  return section;
}

}  // namespace goalchain::codebook
