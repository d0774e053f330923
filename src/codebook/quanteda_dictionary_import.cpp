#include "goalchain/codebook/quanteda_dictionary.h"

#include "goalchain/codebook/dictionary_import.h"
#include "goalchain/codebook/pattern.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/yaml_check.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>

namespace goalchain::codebook {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Where a YAML node stands in the text; nullopt when yaml-cpp does not know.
std::optional<std::size_t> position_of(const YAML::Mark& mark) {
  if (mark.pos < 0) return std::nullopt;
  return static_cast<std::size_t>(mark.pos);
}

class QuantedaReader {
 public:
  QuantedaReader(std::string text, const std::string& path, std::vector<util::Diagnostic>& warnings,
                 std::vector<util::Diagnostic> found)
      : text_(std::move(text)),
        path_(path),
        problems_(path_, text_, warnings),
        book_(make_imported_codebook(path, DictionaryFormat::quanteda)) {
    problems_.add_errors(std::move(found));
  }

  Codebook read() {
    YAML::Node root;
    try {
      root = YAML::Load(text_);
    } catch (const YAML::Exception& e) {
      problems_.error(position_of(e.mark), fmt::format("not valid YAML: {}", e.msg),
                      "check indentation and quoting; patterns starting with '*' must be quoted");
      problems_.fail();
    }
    if (!root.IsMap() || root.size() == 0) {
      problems_.error(position_of(root.Mark()),
                      "a quanteda dictionary must be a YAML map from keys to lists of patterns",
                      "write one key per category, e.g.  mål: [mål, målet, målsättning*]");
      problems_.fail();
    }
    read_keys(root, "");
    return problems_.finish(std::move(book_));
  }

 private:
  // Every key of `map` as a code below `parent_id`.
  void read_keys(const YAML::Node& map, const std::string& parent_id) {
    std::set<std::string> keys;
    for (const auto& entry : map) {
      const YAML::Node& key = entry.first;
      if (!key.IsScalar() || key.Scalar().empty()) {
        problems_.error(position_of(key.Mark()), "a dictionary key must be a non-empty text",
                        "name the category, e.g. mål:");
        continue;
      }
      if (!keys.insert(key.Scalar()).second) continue;  // reported by check_yaml_text
      read_category(key, entry.second, parent_id);
    }
  }

  void read_category(const YAML::Node& key, const YAML::Node& value, const std::string& parent_id) {
    Code code;
    code.label = key.Scalar();
    code.parent = parent_id;
    code.id = make_code_id(code.label, parent_id, taken_ids_);
    code.line = key.Mark().line + 1;
    const std::size_t index = book_.codes.size();
    const std::string id = code.id;
    book_.codes.push_back(std::move(code));
    seen_.emplace_back();

    if (!value || value.IsNull()) return;
    if (value.IsScalar()) {
      read_pattern(value, index);
    } else if (value.IsMap()) {
      read_keys(value, id);
    } else if (value.IsSequence()) {
      for (const auto& item : value) {
        if (item.IsScalar()) {
          read_pattern(item, index);
        } else if (item.IsMap()) {
          read_keys(item, id);
        } else {
          problems_.error(
              position_of(item.Mark()),
              fmt::format("an entry of '{}' must be a pattern or a map of sub-keys", key.Scalar()),
              "lists hold patterns; nest a level as  - subkey: [pattern, ...]");
        }
      }
    }
  }

  void read_pattern(const YAML::Node& node, std::size_t code) {
    const std::string& pattern = node.Scalar();
    if (!has_word_characters(pattern)) {
      problems_.warn(position_of(node.Mark()),
                     fmt::format("pattern '{}' has no letters or digits and is skipped", pattern),
                     "goalchain matches words, so a pattern of punctuation alone cannot match");
      return;
    }
    const std::string problem = check_keyword(pattern);
    if (!problem.empty()) {
      problems_.error(
          position_of(node.Mark()),
          fmt::format("pattern '{}' cannot be imported: {}", pattern, problem),
          "goalchain reads glob patterns: words and phrases with '*' at the start or end of a "
          "word");
      return;
    }
    add_keyword(book_.codes[code], pattern, seen_[code]);
  }

  std::string text_;
  const std::string& path_;
  ImportProblems problems_;
  Codebook book_;
  std::set<std::string> taken_ids_;
  std::vector<std::set<std::string>> seen_;  // folded keywords per code
};

}  // namespace

Codebook import_quanteda_dictionary(std::string_view yaml_text, const std::string& path,
                                    std::vector<util::Diagnostic>& warnings) {
  if (yaml_text.starts_with(kByteOrderMark)) yaml_text.remove_prefix(kByteOrderMark.size());
  const std::string text(yaml_text);
  util::YamlCheck structure = util::check_yaml_text(text, path);
  if (!structure.loadable) throw util::DiagnosticError(std::move(structure.problems));
  return QuantedaReader(text, path, warnings, std::move(structure.problems)).read();
}

}  // namespace goalchain::codebook
