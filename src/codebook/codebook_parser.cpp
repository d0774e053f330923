#include "goalchain/codebook/codebook_parser.h"

#include "chain_rules_parser.h"
#include "layout_rules_parser.h"
#include "county_table_parser.h"
#include "label_table_parser.h"
#include "yaml_checker.h"

#include "goalchain/codebook/pattern.h"
#include "goalchain/codebook/stemmer.h"
#include "goalchain/util/spelling.h"
#include "goalchain/util/yaml_check.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <optional>

namespace goalchain::codebook {
namespace {

const std::vector<std::string> kTopLevelKeys = {
    "goalchain_codebook", "name",   "title", "language", "description",
    "stem",               "codes",  "layout", "chains",  "profile", "counties",
    "labels",             "county_forms", "unknown_county"};
const std::vector<std::string> kCodeKeys = {
    "id",    "label", "parent",   "description", "keywords", "color", "children",
    "rules", "not",   "requires", "scope",       "min_hits", "weight"};
const std::vector<std::string> kLabelKeys = {"sv", "en"};
const std::vector<std::string> kPatternKeys = {"word",        "regex", "compound", "stem",
                                               "whole_words", "short"};
const std::vector<std::string> kRuleKeys = {"all",   "any",      "near",     "not",
                                            "scope", "requires", "min_hits", "weight"};
const std::vector<std::string> kNodeKeys = {"all", "any", "near", "not"};
const std::vector<std::string> kNearKeys = {"terms", "within", "ordered"};
const std::vector<std::string> kScopeNames = {"sentence", "paragraph", "section"};
const std::vector<std::string> kCompoundNames = {"head", "tail", "any", "none"};
constexpr int kFormatVersion = 1;

constexpr const char* kPatternHint =
    "a pattern is a word or phrase; '*' (any letters) and '?' (one letter) may stand anywhere "
    "in a word";

// A place in the file for a later check.
struct Place {
  YAML::Mark mark;
};

bool is_valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
  });
}

bool is_hex_digit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// `requires:` as written, checked once every id is known.
struct Requirement {
  std::size_t code = 0;  // the code that requires
  std::vector<std::pair<std::string, YAML::Node>> ids;
};

class Parser {
 public:
  Parser(std::string_view text, std::string path) : check_(text, std::move(path)) {}

  ParsedCodebook parse(std::string path) {
    ParsedCodebook result;
    result.codebook.path = path;
    util::YamlCheck structure = util::check_yaml_text(check_.text(), path);
    if (!structure.loadable) {
      result.yaml_ok = false;
      result.diagnostics = std::move(structure.problems);
      return result;
    }
    check_.diagnostics() = std::move(structure.problems);
    YAML::Node root;
    try {
      root = YAML::Load(check_.text());
    } catch (const YAML::Exception& e) {
      check_.error(e.mark, fmt::format("not valid YAML: {}", e.msg),
                   "check indentation and quoting; patterns starting with '*' must be quoted");
      result.yaml_ok = false;
      result.diagnostics = std::move(check_.diagnostics());
      return result;
    }
    book_ = &result.codebook;
    read_root(root);
    result.diagnostics = std::move(check_.diagnostics());
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const util::Diagnostic& a, const util::Diagnostic& b) {
                       return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
  }

 private:
  void read_root(const YAML::Node& root) {
    if (!root.IsMap()) {
      check_.error(root.Mark(),
                   "a codebook must be a YAML map with 'goalchain_codebook', 'name' and 'codes'");
      return;
    }
    check_.check_keys(root, kTopLevelKeys, "at the top of a codebook");
    if (!root["goalchain_codebook"]) {
      check_.error(root.Mark(), "missing 'goalchain_codebook: 1'",
                   "the first line of a codebook says which format version it uses");
    } else {
      const auto& version = root["goalchain_codebook"];
      if (!version.IsScalar() || version.Scalar() != std::to_string(kFormatVersion)) {
        check_.error(version.Mark(),
                     fmt::format("unsupported codebook format '{}'",
                                 version.IsScalar() ? version.Scalar() : "?"),
                     fmt::format("this goalchain reads format {}", kFormatVersion));
      }
    }
    if (root["name"]) {
      book_->name = check_.scalar(root["name"], "'name'").value_or("");
    } else {
      check_.error(root.Mark(), "missing 'name'", "name the codebook, e.g. name: pmh-sv");
    }
    if (root["title"]) book_->title = check_.scalar(root["title"], "'title'").value_or("");
    if (root["language"])
      book_->language = check_.scalar(root["language"], "'language'").value_or("");
    if (root["description"]) {
      book_->description = check_.scalar(root["description"], "'description'").value_or("");
    }
    if (root["stem"]) read_codebook_stem(root["stem"]);
    if (root["layout"]) read_layout_rules(root["layout"], check_, book_->layout);

    const YAML::Node codes = root["codes"];
    if (!codes) {
      check_.error(root.Mark(), "missing 'codes'", "list the codes under codes:");
    } else if (!codes.IsSequence()) {
      check_.error(codes.Mark(), "'codes' must be a list");
    } else {
      for (const auto& node : codes) read_code(node, {});
      if (book_->codes.empty() && check_.diagnostics().empty()) {
        check_.error(codes.Mark(), "the codebook has no codes");
      }
    }
    check_parents();
    check_requirements();
    if (root["chains"]) book_->chains = read_chain_rules(root["chains"], check_);
    if (root["profile"]) book_->profile = read_profile_rules(root["profile"], check_);
    // Checked here so that lint and code report its problems; the county
    // table itself is read by parse_county_table.
    if (root["counties"]) read_county_table(root["counties"], check_);
    if (root["county_forms"]) read_county_forms(root["county_forms"], check_);
    if (root["unknown_county"]) read_unknown_county(root["unknown_county"], check_);
    if (root["labels"]) book_->labels = read_label_table(root["labels"], check_);
  }

  void read_codebook_stem(const YAML::Node& node) {
    const auto value = check_.scalar(node, "'stem'");
    if (!value) return;
    if (*value == "false" || *value == "no") return;
    if (*value == "true" || *value == "yes") {
      book_->stem = stemmer_algorithm_for_language(book_->language);
      if (book_->stem.empty()) {
        check_.error(node.Mark(), "'stem: true' needs 'language: sv' or 'language: en'",
                     "or name the algorithm: stem: swedish");
      }
      return;
    }
    if (!is_stemmer_algorithm(*value)) {
      report_unknown_stemmer(node, *value);
      return;
    }
    book_->stem = *value;
  }

  void report_unknown_stemmer(const YAML::Node& node, const std::string& value) {
    auto names = stemmer_algorithms();
    names.push_back("true");
    names.push_back("false");
    std::string hint = "use true, false, swedish or english";
    if (auto suggestion = util::suggest_closest(value, names)) {
      hint = fmt::format("did you mean '{}'?", *suggestion);
    }
    check_.error(node.Mark(), fmt::format("unknown stemmer '{}'", value), hint);
  }

  // ---------------------------------------------------------------- codes

  void read_code(const YAML::Node& node, const std::string& nesting_parent) {
    if (!node.IsMap()) {
      check_.error(node.Mark(),
                   "each entry of 'codes' must be a map with at least 'id' and 'label'");
      return;
    }
    check_.check_keys(node, kCodeKeys, "in a code");
    Code code;
    std::tie(code.line, code.column) = check_.position(node.Mark());
    if (!node["id"]) {
      check_.error(node.Mark(), "code without 'id'",
                   "every code needs an id such as 'actor.police'");
      return;
    }
    const auto id = check_.scalar(node["id"], "'id'");
    if (!id) return;
    if (!is_valid_id(*id)) {
      check_.error(node["id"].Mark(), fmt::format("invalid code id '{}'", *id),
                   "ids use letters a-z, digits, '.', '_' and '-' only");
      return;
    }
    code.id = *id;
    if (node["label"]) {
      read_label(node["label"], code);
    } else {
      check_.error(node.Mark(), fmt::format("code '{}' has no 'label'", code.id),
                   "add label: {sv: ..., en: ...}");
    }
    code.parent = nesting_parent;
    if (node["parent"]) {
      const std::string parent = check_.scalar(node["parent"], "'parent'").value_or("");
      if (!nesting_parent.empty() && parent != nesting_parent) {
        check_.error(node["parent"].Mark(),
                     fmt::format("code '{}' is nested under '{}' but names parent '{}'", code.id,
                                 nesting_parent, parent),
                     "remove 'parent': a code listed under 'children' belongs to that code");
      } else {
        code.parent = parent;
      }
    }
    if (node["description"]) {
      code.description = check_.scalar(node["description"], "'description'").value_or("");
    }
    if (node["color"]) read_color(node["color"], code);
    if (node["keywords"]) read_keywords(node["keywords"], code);
    if (node["scope"]) {
      if (auto scope = check_.choice(node["scope"], "scope", kScopeNames)) {
        code.scope = *scope_from_string(*scope);
      }
    }
    if (node["not"]) code.exclusions = read_node_list(node["not"], "'not'");
    if (node["min_hits"])
      code.min_hits = check_.whole_number(node["min_hits"], "min_hits", 1).value_or(1);
    if (node["weight"])
      code.weight = check_.positive_number(node["weight"], "weight").value_or(1.0);

    const auto [inserted, fresh] = first_line_.emplace(code.id, code.line);
    if (!fresh) {
      check_.error(node["id"].Mark(), fmt::format("duplicate code id '{}'", code.id),
                   fmt::format("first defined at line {}", inserted->second));
      return;
    }
    const std::size_t index = book_->codes.size();
    Requirement requirement{index, {}};
    if (node["requires"]) {
      code.required_codes = read_requires(node["requires"], requirement);
    }
    if (node["rules"]) read_rules(node["rules"], code, requirement);
    requirements_.push_back(std::move(requirement));
    parent_nodes_.push_back(node["parent"] ? std::optional<YAML::Node>(node["parent"])
                                           : std::optional<YAML::Node>());
    code_marks_.push_back(node.Mark());
    book_->codes.push_back(std::move(code));

    if (node["children"]) {
      const YAML::Node children = node["children"];
      if (!children.IsSequence()) {
        check_.error(children.Mark(), "'children' must be a list of codes");
      } else {
        for (const auto& child : children) read_code(child, *id);
      }
    }
  }

  void read_label(const YAML::Node& node, Code& code) {
    if (node.IsScalar()) {
      code.label = node.Scalar();
    } else if (node.IsMap()) {
      check_.check_keys(node, kLabelKeys, "in a label");
      if (node["sv"]) code.label = check_.scalar(node["sv"], "label 'sv'").value_or("");
      if (node["en"]) code.label_en = check_.scalar(node["en"], "label 'en'").value_or("");
      if (code.label.empty()) code.label = code.label_en;
    } else {
      check_.error(node.Mark(), "a label must be text or a map with 'sv' and 'en'");
    }
    if (code.label.empty() && (node.IsScalar() || node.IsMap())) {
      check_.error(node.Mark(), fmt::format("code '{}' has an empty label", code.id));
    }
  }

  void read_color(const YAML::Node& node, Code& code) {
    const std::string hint =
        "write the colour quoted, as \"#RRGGBB\" in hexadecimal, e.g. color: \"#1F77B4\"";
    if (node.IsNull()) {
      check_.error(node.Mark(), "empty colour (an unquoted '#' starts a YAML comment)", hint);
      return;
    }
    const auto value = check_.scalar(node, "'color'");
    if (!value) return;
    const bool valid = value->size() == 7 && (*value)[0] == '#' &&
                       std::all_of(value->begin() + 1, value->end(), is_hex_digit);
    if (!valid) {
      check_.error(node.Mark(), fmt::format("invalid colour '{}'", *value), hint);
      return;
    }
    code.color = *value;
    std::transform(code.color.begin(), code.color.end(), code.color.begin(),
                   [](char c) { return c >= 'a' && c <= 'f' ? static_cast<char>(c - 32) : c; });
  }

  void read_keywords(const YAML::Node& node, Code& code) {
    if (!node.IsSequence()) {
      check_.error(node.Mark(), "'keywords' must be a list of patterns",
                   "write keywords: [word, \"a phrase\", prefix*]");
      return;
    }
    for (const auto& item : node) {
      if (item.IsMap() && !item["word"] && !item["regex"] &&
          (item["all"] || item["any"] || item["near"])) {
        check_.error(item.Mark(), "a rule among the keywords",
                     "list rules under 'rules:', keywords hold patterns only");
        continue;
      }
      auto pattern = read_pattern(item, "a keyword");
      if (!pattern) continue;
      code.keywords.push_back(pattern->text);
      code.patterns.push_back(std::move(*pattern));
    }
  }

  // ---------------------------------------------------------------- patterns

  std::optional<Pattern> read_pattern(const YAML::Node& node, std::string_view what) {
    Pattern pattern;
    std::tie(pattern.line, pattern.column) = check_.position(node.Mark());
    bool explicit_stem = false;
    bool stem_given = false;
    YAML::Node text_node = node;
    if (node.IsScalar()) {
      pattern.text = node.Scalar();
    } else if (node.IsMap()) {
      check_.check_keys(node, kPatternKeys, "in a pattern");
      if (node["word"] && node["regex"]) {
        check_.error(node.Mark(), "a pattern has either 'word' or 'regex', not both");
        return std::nullopt;
      }
      if (node["regex"]) {
        text_node.reset(node["regex"]);
        pattern.regex = true;
      } else if (node["word"]) {
        text_node.reset(node["word"]);
      } else {
        check_.error(node.Mark(), fmt::format("{} without 'word' or 'regex'", what),
                     "write {word: människohandel, compound: head} or {regex: \"...\"}");
        return std::nullopt;
      }
      const auto text = check_.scalar(text_node, pattern.regex ? "'regex'" : "'word'");
      if (!text) return std::nullopt;
      pattern.text = *text;
      if (node["compound"]) {
        const auto compound = check_.choice(node["compound"], "compound", kCompoundNames);
        if (!compound) return std::nullopt;
        pattern.compound = *compound_from_string(*compound);
      }
      if (node["whole_words"]) {
        const auto whole = check_.boolean(node["whole_words"], "'whole_words'");
        if (!whole) return std::nullopt;
        if (!pattern.regex) {
          check_.error(node["whole_words"].Mark(), "'whole_words' applies to a regex only",
                       "words and phrases always match whole words");
          return std::nullopt;
        }
        pattern.whole_words = *whole;
      }
      if (node["short"]) {
        const auto short_word = check_.boolean(node["short"], "'short'");
        if (!short_word) return std::nullopt;
        pattern.short_word = *short_word;
      }
      if (node["stem"]) {
        stem_given = true;
        if (!read_pattern_stem(node["stem"], pattern)) return std::nullopt;
        explicit_stem = !pattern.stem.empty();
      }
    } else {
      check_.error(node.Mark(),
                   fmt::format("{} must be text or a map with 'word' or 'regex'", what),
                   kPatternHint);
      return std::nullopt;
    }

    if (pattern.regex) {
      if (pattern.compound != Compound::none || explicit_stem) {
        check_.error(node.Mark(), "'compound' and 'stem' do not apply to a regex");
        return std::nullopt;
      }
      if (!check_regex(text_node, pattern.text)) return std::nullopt;
      return pattern;
    }

    std::string problem;
    const auto words = parse_pattern(pattern.text, problem);
    if (words.empty()) {
      if (!has_word_characters(pattern.text) && problem == "the pattern has no letters or digits") {
        return pattern;  // cannot match; goalchain lint warns
      }
      check_.error(text_node.Mark(),
                   fmt::format("invalid {} '{}': {}", what == "a keyword" ? "keyword" : "pattern",
                               pattern.text, problem),
                   kPatternHint);
      return std::nullopt;
    }
    const bool wildcards = std::any_of(words.begin(), words.end(),
                                       [](const PatternWord& w) { return w.has_wildcards(); });
    if (pattern.compound != Compound::none) {
      if (words.size() != 1) {
        check_.error(text_node.Mark(),
                     fmt::format("'compound' needs a single word, not '{}'", pattern.text),
                     "a compound is written as one word; use a phrase without 'compound'");
        return std::nullopt;
      }
      const std::string& word = words.front().text;
      if (word.find('?') != std::string::npos ||
          word.substr(0, word.size() - 1).find('*') != std::string::npos) {
        check_.error(
            text_node.Mark(),
            fmt::format("a compound part takes no wildcards but a final '*': '{}'", pattern.text),
            "write {word: prostitution*, compound: tail} to allow endings");
        return std::nullopt;
      }
      if (explicit_stem) {
        check_.error(node.Mark(), "'stem' and 'compound' do not combine",
                     "use compound with a final '*' for endings");
        return std::nullopt;
      }
      return pattern;
    }
    if (explicit_stem && wildcards) {
      check_.error(node.Mark(),
                   fmt::format("'stem' and wildcards do not combine in '{}'", pattern.text),
                   "a stem already stands for the endings; drop '*' or drop 'stem'");
      return std::nullopt;
    }
    if (!stem_given) pattern.stem = book_->stem;  // for the words without wildcards
    return pattern;
  }

  bool read_pattern_stem(const YAML::Node& node, Pattern& pattern) {
    const auto value = check_.scalar(node, "'stem'");
    if (!value) return false;
    if (*value == "false" || *value == "no") return true;
    if (*value == "true" || *value == "yes") {
      pattern.stem =
          book_->stem.empty() ? stemmer_algorithm_for_language(book_->language) : book_->stem;
      if (pattern.stem.empty()) pattern.stem = "swedish";
      return true;
    }
    if (!is_stemmer_algorithm(*value)) {
      report_unknown_stemmer(node, *value);
      return false;
    }
    pattern.stem = *value;
    return true;
  }

  bool check_regex(const YAML::Node& node, const std::string& regex) {
    if (regex.empty()) {
      check_.error(node.Mark(), "empty regex", "write the regular expression after 'regex:'");
      return false;
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(false);
    const RE2 compiled(regex, options);
    if (compiled.ok()) return true;
    // Point at the offending part of the regex when it can be found on the line.
    YAML::Mark mark = node.Mark();
    const std::string& fragment = compiled.error_arg();
    if (!fragment.empty() && mark.pos >= 0) {
      const std::size_t start = static_cast<std::size_t>(mark.pos);
      const std::size_t line_end = check_.text().find('\n', start);
      const std::size_t found = check_.text().find(fragment, start);
      if (found != std::string::npos && (line_end == std::string::npos || found < line_end)) {
        mark.pos = static_cast<int>(found);
      }
    }
    check_.error(mark, fmt::format("invalid regex '{}': {}", regex, compiled.error()),
                 "regexes use RE2 syntax (no look-around or back-references); quote them in "
                 "YAML and double each backslash inside \"...\"");
    return false;
  }

  // ---------------------------------------------------------------- rules

  void read_rules(const YAML::Node& node, Code& code, Requirement& requirement) {
    if (!node.IsSequence()) {
      check_.error(node.Mark(), "'rules' must be a list of rules",
                   "write rules: [{all: [mål*, prostitution*], scope: sentence}]");
      return;
    }
    for (const auto& item : node) {
      if (auto rule = read_rule(item, code, requirement)) code.rules.push_back(std::move(*rule));
    }
  }

  std::optional<Rule> read_rule(const YAML::Node& node, const Code& code,
                                Requirement& requirement) {
    if (!node.IsMap()) {
      check_.error(node.Mark(), "a rule must be a map with 'all', 'any' or 'near'",
                   "plain patterns belong under 'keywords'");
      return std::nullopt;
    }
    check_.check_keys(node, kRuleKeys, "in a rule");
    Rule rule;
    std::tie(rule.line, rule.column) = check_.position(node.Mark());
    rule.scope = code.scope;
    auto match = read_operator(node, "a rule");
    if (!match) return std::nullopt;
    rule.match = std::move(*match);
    if (node["scope"]) {
      if (auto scope = check_.choice(node["scope"], "scope", kScopeNames)) {
        rule.scope = *scope_from_string(*scope);
      }
    }
    if (node["min_hits"])
      rule.min_hits = check_.whole_number(node["min_hits"], "min_hits", 1).value_or(1);
    if (node["weight"])
      rule.weight = check_.positive_number(node["weight"], "weight").value_or(1.0);
    if (node["requires"]) rule.required_codes = read_requires(node["requires"], requirement);
    return rule;
  }

  // The all / any / near of a map, with its `not:`.
  std::optional<RuleNode> read_operator(const YAML::Node& node, std::string_view what) {
    const int operators = (node["all"] ? 1 : 0) + (node["any"] ? 1 : 0) + (node["near"] ? 1 : 0);
    if (operators != 1) {
      check_.error(node.Mark(),
                   operators == 0
                       ? fmt::format("{} needs 'all', 'any' or 'near'", what)
                       : fmt::format("{} has more than one of 'all', 'any' and 'near'", what),
                   "nest them: {all: [a, {any: [b, c]}]}");
      return std::nullopt;
    }
    RuleNode result;
    bool ok = true;
    if (node["near"]) {
      ok = read_near(node["near"], result);
    } else {
      result.kind = node["all"] ? RuleNode::Kind::all : RuleNode::Kind::any;
      const YAML::Node parts = node[node["all"] ? "all" : "any"];
      const char* name = result.kind == RuleNode::Kind::all ? "'all'" : "'any'";
      if (!parts.IsSequence() || parts.size() == 0) {
        check_.error(parts.Mark(), fmt::format("{} must be a list of patterns or rules", name),
                     "write all: [mål*, prostitution*]");
        ok = false;
      } else {
        result.parts = read_node_list(parts, name);
      }
    }
    if (node["not"]) result.exclusions = read_node_list(node["not"], "'not'");
    if (!ok) return std::nullopt;
    return result;
  }

  bool read_near(const YAML::Node& node, RuleNode& result) {
    result.kind = RuleNode::Kind::near;
    if (!node.IsMap()) {
      check_.error(node.Mark(), "'near' must be a map with 'terms' and 'within'",
                   "write near: {terms: [köp*, sex*], within: 3}");
      return false;
    }
    check_.check_keys(node, kNearKeys, "in 'near'");
    bool ok = true;
    const YAML::Node terms = node["terms"];
    if (!terms || !terms.IsSequence() || terms.size() < 2) {
      check_.error(terms ? terms.Mark() : node.Mark(),
                   "'near' needs 'terms' with at least two patterns",
                   "write near: {terms: [köp*, sex*], within: 3}");
      ok = false;
    } else {
      for (const auto& term : terms) {
        auto pattern = read_pattern(term, "a term of 'near'");
        if (!pattern) {
          ok = false;
          continue;
        }
        RuleNode leaf;
        leaf.pattern = std::move(*pattern);
        result.parts.push_back(std::move(leaf));
      }
    }
    if (!node["within"]) {
      check_.error(node.Mark(), "'near' needs 'within': how many words apart the terms may be",
                   "write near: {terms: [köp*, sex*], within: 3}");
      ok = false;
    } else if (auto within = check_.whole_number(node["within"], "within", 1)) {
      result.within = *within;
    } else {
      ok = false;
    }
    if (node["ordered"]) {
      if (auto ordered = check_.boolean(node["ordered"], "'ordered'")) {
        result.ordered = *ordered;
      } else {
        ok = false;
      }
    }
    return ok;
  }

  std::vector<RuleNode> read_node_list(const YAML::Node& node, std::string_view what) {
    std::vector<RuleNode> nodes;
    if (node.IsScalar() || (node.IsMap() && !node["all"] && !node["any"] && !node["near"])) {
      if (auto single = read_node(node)) nodes.push_back(std::move(*single));
      return nodes;
    }
    if (!node.IsSequence()) {
      check_.error(node.Mark(), fmt::format("{} must be a list of patterns or rules", what));
      return nodes;
    }
    for (const auto& item : node) {
      if (auto read = read_node(item)) nodes.push_back(std::move(*read));
    }
    return nodes;
  }

  std::optional<RuleNode> read_node(const YAML::Node& node) {
    if (node.IsMap() && (node["all"] || node["any"] || node["near"])) {
      for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        if (key == "scope" || key == "requires" || key == "min_hits" || key == "weight") {
          check_.error(entry.first.Mark(),
                       fmt::format("'{}' applies to a whole rule, not to a part of it", key),
                       "move it to the rule's own level");
        }
      }
      check_.check_keys(
          node,
          [] {
            auto keys = kNodeKeys;
            keys.insert(keys.end(), {"scope", "requires", "min_hits", "weight"});
            return keys;
          }(),
          "in a rule part");
      return read_operator(node, "a rule part");
    }
    auto pattern = read_pattern(node, "a pattern");
    if (!pattern) return std::nullopt;
    RuleNode leaf;
    leaf.pattern = std::move(*pattern);
    return leaf;
  }

  std::vector<std::string> read_requires(const YAML::Node& node, Requirement& requirement) {
    std::vector<std::string> ids;
    auto add = [&](const YAML::Node& item) {
      if (auto id = check_.scalar(item, "'requires'")) {
        ids.push_back(*id);
        requirement.ids.emplace_back(*id, item);
      }
    };
    if (node.IsSequence()) {
      for (const auto& item : node) add(item);
    } else {
      add(node);
    }
    return ids;
  }

  // ---------------------------------------------------------------- whole-book checks

  std::vector<std::string> all_ids() const {
    std::vector<std::string> ids;
    for (const auto& code : book_->codes) ids.push_back(code.id);
    return ids;
  }

  // Unknown parents and cycles, checked once all ids are known.
  void check_parents() {
    const auto ids = all_ids();
    for (std::size_t i = 0; i < book_->codes.size(); ++i) {
      const Code& code = book_->codes[i];
      if (code.parent.empty()) continue;
      const YAML::Mark mark = parent_nodes_[i] ? parent_nodes_[i]->Mark() : code_marks_[i];
      if (!book_->find(code.parent)) {
        std::string hint = "the parent must be the id of another code in this codebook";
        if (auto suggestion = util::suggest_closest(code.parent, ids)) {
          hint = fmt::format("did you mean '{}'?", *suggestion);
        }
        check_.error(mark, fmt::format("unknown parent '{}'", code.parent), hint);
        continue;
      }
      // Walk up; a cycle is reported once, at the first of its codes in the file.
      std::vector<std::string> chain{code.id};
      std::string current = code.parent;
      while (!current.empty()) {
        const auto found = std::find(chain.begin(), chain.end(), current);
        if (found != chain.end()) {
          if (found == chain.begin() && first_in_file(chain)) {
            chain.push_back(current);
            check_.error(mark, fmt::format("code '{}' is its own ancestor (parent cycle)", code.id),
                         fmt::format("{}: remove one 'parent' so the codes form a tree",
                                     fmt::join(chain, " -> ")));
          }
          break;
        }
        chain.push_back(current);
        const auto index = book_->find(current);
        if (!index) break;
        current = book_->codes[*index].parent;
      }
    }
  }

  // True when chain.front() comes before every other code of the chain in the file.
  bool first_in_file(const std::vector<std::string>& chain) const {
    const auto front = book_->find(chain.front());
    for (const auto& id : chain) {
      const auto index = book_->find(id);
      if (index && front && *index < *front) return false;
    }
    return true;
  }

  // Unknown required codes and cycles of `requires`.
  void check_requirements() {
    const auto ids = all_ids();
    std::vector<std::vector<std::size_t>> edges(book_->codes.size());
    for (const Requirement& requirement : requirements_) {
      for (const auto& [id, node] : requirement.ids) {
        const auto index = book_->find(id);
        if (!index) {
          std::string hint = "'requires' names codes of this codebook";
          if (auto suggestion = util::suggest_closest(id, ids)) {
            hint = fmt::format("did you mean '{}'?", *suggestion);
          }
          check_.error(node.Mark(), fmt::format("unknown code '{}' in 'requires'", id), hint);
          continue;
        }
        if (*index == requirement.code) {
          check_.error(node.Mark(), fmt::format("code '{}' requires itself", id),
                       "'requires' names another code that must fire in the same scope");
          continue;
        }
        edges[requirement.code].push_back(*index);
      }
    }
    // A cycle through code c: c reaches itself.
    for (const Requirement& requirement : requirements_) {
      const std::size_t start = requirement.code;
      std::vector<char> seen(edges.size(), 0);
      std::vector<std::size_t> stack(edges[start].begin(), edges[start].end());
      bool cycle = false;
      while (!stack.empty() && !cycle) {
        const std::size_t c = stack.back();
        stack.pop_back();
        if (c == start) cycle = true;
        if (seen[c] != 0) continue;
        seen[c] = 1;
        stack.insert(stack.end(), edges[c].begin(), edges[c].end());
      }
      if (cycle && !requirement.ids.empty()) {
        check_.error(requirement.ids.front().second.Mark(),
                     fmt::format("code '{}' requires itself through other codes (requires cycle)",
                                 book_->codes[start].id),
                     "remove one 'requires' so no code waits for itself");
      }
    }
  }

  Checker check_;
  Codebook* book_ = nullptr;
  std::map<std::string, int> first_line_;
  std::vector<Requirement> requirements_;                // per code
  std::vector<std::optional<YAML::Node>> parent_nodes_;  // per code
  std::vector<YAML::Mark> code_marks_;                   // per code
};

}  // namespace

ParsedCodebook parse_codebook_with_diagnostics(std::string_view yaml_text, std::string path) {
  Parser parser(yaml_text, path);
  return parser.parse(std::move(path));
}

}  // namespace goalchain::codebook
