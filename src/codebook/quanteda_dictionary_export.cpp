#include "goalchain/codebook/quanteda_dictionary.h"

#include "goalchain/codebook/code_tree.h"
#include "goalchain/util/yaml_scalar.h"

#include <fmt/format.h>

#include <set>

namespace goalchain::codebook {
namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The code's keywords as quanteda globs, and what could not be carried over.
std::vector<std::string> quanteda_patterns(const Codebook& codebook, const Code& code,
                                           std::vector<std::string>* notes) {
  std::vector<std::string> globs;
  std::size_t regexes = 0;
  std::size_t compounds = 0;
  std::size_t stems = 0;
  for (std::size_t k = 0; k < code.keywords.size(); ++k) {
    const Pattern pattern = keyword_pattern(code, k);
    if (pattern.regex) {
      ++regexes;
      continue;
    }
    std::string glob = pattern.text;
    if (pattern.compound != Compound::none) {
      ++compounds;
      const bool head = pattern.compound == Compound::head || pattern.compound == Compound::any;
      const bool tail = pattern.compound == Compound::tail || pattern.compound == Compound::any;
      if (head && !glob.ends_with('*')) glob += '*';
      if (tail && !glob.starts_with('*')) glob.insert(glob.begin(), '*');
    }
    if (!pattern.stem.empty() || (!codebook.stem.empty() && !glob.empty() &&
                                  glob.find_first_of("*?") == std::string::npos)) {
      ++stems;
    }
    globs.push_back(std::move(glob));
  }
  if (notes == nullptr) return globs;
  std::vector<std::string> lost;
  if (!code.rules.empty()) lost.push_back(plural(code.rules.size(), "rule", "rules") + " left out");
  if (regexes > 0) lost.push_back(plural(regexes, "regex keyword", "regex keywords") + " left out");
  if (!code.exclusions.empty() || !code.required_codes.empty() || code.min_hits > 1) {
    lost.push_back("its not/requires/min_hits conditions dropped");
  }
  if (compounds > 0)
    lost.push_back(plural(compounds, "compound keyword", "compound keywords") +
                   " widened to wildcards");
  if (stems > 0)
    lost.push_back(plural(stems, "stemmed keyword", "stemmed keywords") +
                   " written without stemming");
  if (!lost.empty()) {
    std::string line = fmt::format("code '{}': ", code.id);
    for (std::size_t i = 0; i < lost.size(); ++i) line += (i > 0 ? "; " : "") + lost[i];
    notes->push_back(std::move(line));
  }
  return globs;
}

class QuantedaWriter {
 public:
  QuantedaWriter(const Codebook& codebook, std::vector<std::string>* notes)
      : codebook_(codebook), tree_(build_code_tree(codebook)), notes_(notes) {}

  std::string render() {
    out_ = fmt::format("# quanteda dictionary written by goalchain from the codebook '{}'.\n",
                       codebook_.name);
    out_ += "# Read it in R with quanteda::dictionary(file = \"THIS FILE\", format = \"YAML\").\n";
    for (const std::size_t root : tree_.roots) write_entry(root, codebook_.codes[root].id, 0);
    return std::move(out_);
  }

 private:
  // "key:" at `column`, then the code's patterns and children below it.
  void write_entry(std::size_t code, const std::string& key, std::size_t column) {
    const auto keywords = quanteda_patterns(codebook_, codebook_.codes[code], notes_);
    const auto& children = tree_.children[code];
    out_ += util::quote_yaml_scalar(key) + ":";
    if (keywords.empty() && children.empty()) {
      out_ += " []\n";
      return;
    }
    out_ += '\n';
    const std::string indent(column + 2, ' ');
    for (const auto& keyword : keywords)
      out_ += indent + "- " + util::quote_yaml_scalar(keyword) + "\n";
    std::set<std::string> used;
    for (const std::size_t child : children) {
      // Two children may share the part after the parent's id ("police" and
      // "actor.police" under "actor"); the second keeps its whole id, or
      // failing that gets a number.
      std::string child_key = local_code_key(codebook_, child);
      if (used.count(child_key) > 0) child_key = codebook_.codes[child].id;
      const std::string base = child_key;
      for (int n = 2; used.count(child_key) > 0; ++n) child_key = fmt::format("{}-{}", base, n);
      used.insert(child_key);
      if (keywords.empty()) {
        out_ += indent;
        write_entry(child, child_key, column + 2);
      } else {
        out_ += indent + "- ";
        write_entry(child, child_key, column + 4);
      }
    }
  }

  const Codebook& codebook_;
  CodeTree tree_;
  std::vector<std::string>* notes_;
  std::string out_;
};

}  // namespace

std::string render_quanteda_dictionary(const Codebook& codebook, std::vector<std::string>* notes) {
  return QuantedaWriter(codebook, notes).render();
}

}  // namespace goalchain::codebook
