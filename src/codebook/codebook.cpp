#include "goalchain/codebook/codebook.h"

#include "goalchain/codebook/matcher.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/spelling.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kTopLevelKeys = {"goalchain_codebook", "name", "title",
                                                "language", "description", "codes"};
const std::vector<std::string> kCodeKeys = {"id", "label", "parent", "description", "keywords"};
const std::vector<std::string> kLabelKeys = {"sv", "en"};
constexpr int kFormatVersion = 1;

// Collects diagnostics while walking the YAML tree, with positions from yaml-cpp marks.
class Checker {
 public:
  Checker(std::string_view text, std::string path) : text_(text), path_(std::move(path)) {}

  void error(const YAML::Mark& mark, std::string message, std::string hint = {}) {
    util::Diagnostic d;
    d.file = path_;
    d.message = std::move(message);
    d.hint = std::move(hint);
    if (mark.pos >= 0) {
      const auto where = util::locate_offset(text_, static_cast<std::size_t>(mark.pos));
      d.line = where.line;
      d.column = where.column;
      d.source_line = where.line_text;
    }
    diagnostics_.push_back(std::move(d));
  }

  int line_of(const YAML::Node& node) const { return node.Mark().line + 1; }

  // A scalar string value, or an error naming `what`.
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what) {
    if (!node.IsScalar()) {
      error(node.Mark(), fmt::format("{} must be text", what));
      return std::nullopt;
    }
    return node.Scalar();
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
  std::string path_;
  std::vector<util::Diagnostic> diagnostics_;
};

bool is_valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '_' || c == '-';
  });
}

void read_label(Checker& check, const YAML::Node& node, Code& code) {
  if (node.IsScalar()) {
    code.label = node.Scalar();
  } else if (node.IsMap()) {
    check.check_keys(node, kLabelKeys, "in a label");
    if (node["sv"]) code.label = check.scalar(node["sv"], "label 'sv'").value_or("");
    if (node["en"]) code.label_en = check.scalar(node["en"], "label 'en'").value_or("");
    if (code.label.empty()) code.label = code.label_en;
  } else {
    check.error(node.Mark(), "a label must be text or a map with 'sv' and 'en'");
  }
  if (code.label.empty() && (node.IsScalar() || node.IsMap())) {
    check.error(node.Mark(), fmt::format("code '{}' has an empty label", code.id));
  }
}

void read_keywords(Checker& check, const YAML::Node& node, Code& code) {
  if (!node.IsSequence()) {
    check.error(node.Mark(), "'keywords' must be a list of patterns",
                "write keywords: [word, \"a phrase\", prefix*]");
    return;
  }
  for (const auto& item : node) {
    auto pattern = check.scalar(item, "a keyword");
    if (!pattern) continue;
    std::string problem;
    if (parse_pattern(*pattern, problem).empty()) {
      check.error(item.Mark(), fmt::format("invalid keyword '{}': {}", *pattern, problem),
                  "a keyword is one or more words; '*' may stand at the start or end of a word");
      continue;
    }
    code.keywords.push_back(*pattern);
  }
}

std::optional<Code> read_code(Checker& check, const YAML::Node& node) {
  if (!node.IsMap()) {
    check.error(node.Mark(), "each entry of 'codes' must be a map with at least 'id' and 'label'");
    return std::nullopt;
  }
  check.check_keys(node, kCodeKeys, "in a code");
  Code code;
  code.line = check.line_of(node);
  if (!node["id"]) {
    check.error(node.Mark(), "code without 'id'", "every code needs an id such as 'actor.police'");
    return std::nullopt;
  }
  const auto id = check.scalar(node["id"], "'id'");
  if (!id) return std::nullopt;
  if (!is_valid_id(*id)) {
    check.error(node["id"].Mark(), fmt::format("invalid code id '{}'", *id),
                "ids use letters a-z, digits, '.', '_' and '-' only");
    return std::nullopt;
  }
  code.id = *id;
  if (node["label"]) {
    read_label(check, node["label"], code);
  } else {
    check.error(node.Mark(), fmt::format("code '{}' has no 'label'", code.id),
                "add label: {sv: ..., en: ...}");
  }
  if (node["parent"]) code.parent = check.scalar(node["parent"], "'parent'").value_or("");
  if (node["description"]) {
    code.description = check.scalar(node["description"], "'description'").value_or("");
  }
  if (node["keywords"]) read_keywords(check, node["keywords"], code);
  return code;
}

// Unknown parents and cycles, checked once all ids are known.
void check_parents(Checker& check, const Codebook& book,
                   const std::vector<YAML::Node>& code_nodes) {
  std::vector<std::string> ids;
  for (const auto& code : book.codes) ids.push_back(code.id);
  for (std::size_t i = 0; i < book.codes.size(); ++i) {
    const Code& code = book.codes[i];
    if (code.parent.empty()) continue;
    const YAML::Node parent_node = code_nodes[i]["parent"];
    if (!book.find(code.parent)) {
      std::string hint = "the parent must be the id of another code in this codebook";
      if (auto suggestion = util::suggest_closest(code.parent, ids)) {
        hint = fmt::format("did you mean '{}'?", *suggestion);
      }
      check.error(parent_node.Mark(), fmt::format("unknown parent '{}'", code.parent), hint);
      continue;
    }
    std::set<std::string> seen{code.id};
    std::string current = code.parent;
    while (!current.empty()) {
      if (!seen.insert(current).second) {
        check.error(parent_node.Mark(),
                    fmt::format("code '{}' is its own ancestor (parent cycle)", code.id),
                    "remove one 'parent' so the codes form a tree");
        break;
      }
      const auto index = book.find(current);
      if (!index) break;
      current = book.codes[*index].parent;
    }
  }
}

}  // namespace

std::optional<std::size_t> Codebook::find(std::string_view id) const {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (codes[i].id == id) return i;
  }
  return std::nullopt;
}

std::vector<std::size_t> Codebook::ancestors_of(std::size_t code) const {
  std::vector<std::size_t> chain{code};
  std::set<std::size_t> seen{code};
  std::string parent = codes[code].parent;
  while (!parent.empty()) {
    const auto index = find(parent);
    if (!index || !seen.insert(*index).second) break;
    chain.push_back(*index);
    parent = codes[*index].parent;
  }
  return chain;
}

Codebook parse_codebook(std::string_view yaml_text, std::string path) {
  Checker check(yaml_text, path);
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& e) {
    check.error(e.mark, fmt::format("not valid YAML: {}", e.msg),
                "check indentation and quoting; keywords starting with '*' must be quoted");
    throw util::DiagnosticError(std::move(check.diagnostics()));
  }

  Codebook book;
  book.path = path;
  if (!root.IsMap()) {
    check.error(root.Mark(), "a codebook must be a YAML map with 'goalchain_codebook', 'name' and 'codes'");
    throw util::DiagnosticError(std::move(check.diagnostics()));
  }
  check.check_keys(root, kTopLevelKeys, "at the top of a codebook");

  if (!root["goalchain_codebook"]) {
    check.error(root.Mark(), "missing 'goalchain_codebook: 1'",
                "the first line of a codebook says which format version it uses");
  } else {
    const auto& version = root["goalchain_codebook"];
    if (!version.IsScalar() || version.Scalar() != std::to_string(kFormatVersion)) {
      check.error(version.Mark(),
                  fmt::format("unsupported codebook format '{}'", version.IsScalar() ? version.Scalar() : "?"),
                  fmt::format("this goalchain reads format {}", kFormatVersion));
    }
  }
  if (root["name"]) {
    book.name = check.scalar(root["name"], "'name'").value_or("");
  } else {
    check.error(root.Mark(), "missing 'name'", "name the codebook, e.g. name: pmh-sv");
  }
  if (root["title"]) book.title = check.scalar(root["title"], "'title'").value_or("");
  if (root["language"]) book.language = check.scalar(root["language"], "'language'").value_or("");
  if (root["description"]) {
    book.description = check.scalar(root["description"], "'description'").value_or("");
  }

  const YAML::Node codes = root["codes"];
  std::vector<YAML::Node> code_nodes;
  if (!codes) {
    check.error(root.Mark(), "missing 'codes'", "list the codes under codes:");
  } else if (!codes.IsSequence()) {
    check.error(codes.Mark(), "'codes' must be a list");
  } else {
    std::map<std::string, int> first_line;
    for (const auto& node : codes) {
      auto code = read_code(check, node);
      if (!code) continue;
      const auto [it, inserted] = first_line.emplace(code->id, code->line);
      if (!inserted) {
        check.error(node["id"].Mark(), fmt::format("duplicate code id '{}'", code->id),
                    fmt::format("first defined at line {}", it->second));
        continue;
      }
      book.codes.push_back(std::move(*code));
      code_nodes.push_back(node);
    }
    if (book.codes.empty() && check.diagnostics().empty()) {
      check.error(codes.Mark(), "the codebook has no codes");
    }
  }
  check_parents(check, book, code_nodes);

  if (!check.diagnostics().empty()) throw util::DiagnosticError(std::move(check.diagnostics()));
  return book;
}

Codebook load_codebook(const std::filesystem::path& path) {
  std::string text;
  try {
    text = util::read_file(path);
  } catch (const std::system_error& e) {
    util::Diagnostic d;
    d.file = path.string();
    d.message = fmt::format("cannot read codebook: {}", e.code().message());
    d.hint = "check the path given with -c/--codebook";
    throw util::DiagnosticError(std::move(d));
  }
  return parse_codebook(text, path.string());
}

}  // namespace goalchain::codebook
