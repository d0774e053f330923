#include "goalchain/codebook/codebook.h"

#include "goalchain/codebook/codebook_parser.h"
#include "goalchain/util/atomic_file.h"
#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>

#include <set>
#include <system_error>

namespace goalchain::codebook {
namespace {

void collect_patterns(const RuleNode& node, std::vector<const Pattern*>& out) {
  if (node.kind == RuleNode::Kind::pattern) out.push_back(&node.pattern);
  for (const auto& part : node.parts) collect_patterns(part, out);
  for (const auto& exclusion : node.exclusions) collect_patterns(exclusion, out);
}

std::string describe_node(const RuleNode& node) {
  std::string text;
  auto list = [](const std::vector<RuleNode>& nodes) {
    std::string joined;
    for (const auto& n : nodes) {
      if (!joined.empty()) joined += ", ";
      joined += describe_node(n);
    }
    return joined;
  };
  switch (node.kind) {
    case RuleNode::Kind::pattern:
      text = describe_pattern(node.pattern);
      break;
    case RuleNode::Kind::all:
      text = "all(" + list(node.parts) + ")";
      break;
    case RuleNode::Kind::any:
      text = "any(" + list(node.parts) + ")";
      break;
    case RuleNode::Kind::near:
      text = fmt::format("near({} within {}{})", list(node.parts), node.within,
                         node.ordered ? ", ordered" : "");
      break;
  }
  if (!node.exclusions.empty()) text += " not(" + list(node.exclusions) + ")";
  return text;
}

}  // namespace

std::string_view to_string(Scope scope) {
  switch (scope) {
    case Scope::sentence:
      return "sentence";
    case Scope::paragraph:
      return "paragraph";
    case Scope::section:
      return "section";
  }
  return "paragraph";
}

std::optional<Scope> scope_from_string(std::string_view name) {
  for (const Scope scope : {Scope::sentence, Scope::paragraph, Scope::section}) {
    if (to_string(scope) == name) return scope;
  }
  return std::nullopt;
}

std::string_view to_string(Compound compound) {
  switch (compound) {
    case Compound::none:
      return "none";
    case Compound::head:
      return "head";
    case Compound::tail:
      return "tail";
    case Compound::any:
      return "any";
  }
  return "none";
}

std::optional<Compound> compound_from_string(std::string_view name) {
  for (const Compound compound : {Compound::none, Compound::head, Compound::tail, Compound::any}) {
    if (to_string(compound) == name) return compound;
  }
  return std::nullopt;
}

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

Pattern keyword_pattern(const Code& code, std::size_t k) {
  if (k < code.patterns.size()) return code.patterns[k];
  Pattern pattern;
  if (k < code.keywords.size()) pattern.text = code.keywords[k];
  return pattern;
}

std::vector<const Pattern*> rule_patterns(const RuleNode& node) {
  std::vector<const Pattern*> out;
  collect_patterns(node, out);
  return out;
}

std::string describe_pattern(const Pattern& pattern) {
  if (pattern.regex)
    return (pattern.whole_words ? "regex (whole words): " : "regex: ") + pattern.text;
  std::string text = pattern.text;
  if (pattern.compound != Compound::none) {
    text += fmt::format(" (compound {})", to_string(pattern.compound));
  } else if (!pattern.stem.empty()) {
    text += fmt::format(" (stem {})", pattern.stem);
  }
  return text;
}

std::string describe_rule(const Rule& rule) {
  std::string text = describe_node(rule.match);
  text += fmt::format(" in {}", to_string(rule.scope));
  if (!rule.required_codes.empty())
    text += fmt::format(" requires {}", fmt::join(rule.required_codes, ", "));
  if (rule.min_hits > 1) text += fmt::format(" min_hits {}", rule.min_hits);
  return text;
}

std::string describe_hit_pattern(const Codebook& codebook, const Hit& hit) {
  if (hit.code >= codebook.codes.size()) return {};
  const Code& code = codebook.codes[hit.code];
  if (!hit.from_rule()) {
    if (hit.keyword >= code.keywords.size()) return {};
    return describe_pattern(keyword_pattern(code, hit.keyword));
  }
  if (hit.rule >= code.rules.size()) return {};
  const auto patterns = rule_patterns(code.rules[hit.rule].match);
  if (hit.keyword >= patterns.size()) return {};
  return describe_pattern(*patterns[hit.keyword]);
}

std::string describe_hit_rule(const Codebook& codebook, const Hit& hit) {
  if (!hit.from_rule() || hit.code >= codebook.codes.size()) return {};
  const Code& code = codebook.codes[hit.code];
  if (hit.rule >= code.rules.size()) return {};
  return describe_rule(code.rules[hit.rule]);
}

Codebook parse_codebook(std::string_view yaml_text, std::string path) {
  ParsedCodebook parsed = parse_codebook_with_diagnostics(yaml_text, std::move(path));
  if (!parsed.diagnostics.empty()) throw util::DiagnosticError(std::move(parsed.diagnostics));
  return std::move(parsed.codebook);
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
