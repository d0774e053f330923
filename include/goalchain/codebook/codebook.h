// A codebook: a tree of codes, each with the patterns and rules that assign it.
// The YAML format is documented in docs/codebook.md.
#pragma once

#include "goalchain/codebook/chain_rules.h"
#include "goalchain/codebook/hit.h"
#include "goalchain/codebook/label_table.h"
#include "goalchain/codebook/layout_rules.h"
#include "goalchain/codebook/profile_rules.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// The stretch of text in which a rule's parts, exclusions and required codes
// are looked for together.
enum class Scope {
  sentence,   // one sentence of a segment
  paragraph,  // one segment (paragraph, list item, heading)
  section,    // every segment under the same headings
};

// "sentence", "paragraph", "section".
std::string_view to_string(Scope scope);
std::optional<Scope> scope_from_string(std::string_view name);

// How a word pattern may sit inside a Swedish compound.
enum class Compound {
  none,  // the whole word
  head,  // the word, or the word starting a compound ("människohandel" in "människohandelsärenden")
  tail,  // the word, or the word ending a compound ("prostitution" in "barnprostitution")
  any,   // the word anywhere in a compound
};

// "none", "head", "tail", "any".
std::string_view to_string(Compound compound);
std::optional<Compound> compound_from_string(std::string_view name);

// One pattern: a word or phrase (with '*' and '?' wildcards), or a regex.
struct Pattern {
  std::string text;          // as written: the words, or the regular expression
  bool regex = false;        // `text` is an RE2 regular expression
  bool whole_words = false;  // regex: a match counts only where it starts and ends at word edges
  Compound compound = Compound::none;
  std::string stem;  // Snowball algorithm ("swedish", "english") comparing word
                     // stems; empty for exact words
  bool short_word = false;  // `short: true`: a keyword of one or two letters ("rk") is meant,
                            // and lint does not flag it
  int line = 0;      // where it is written (1-based); 0 when built in code
  int column = 0;
};

// A node of a rule: a pattern, or parts combined with all / any / near.
struct RuleNode {
  enum class Kind { pattern, all, any, near };
  Kind kind = Kind::pattern;
  Pattern pattern;                   // kind pattern
  std::vector<RuleNode> parts;       // all, any: the parts; near: the terms (patterns)
  std::vector<RuleNode> exclusions;  // `not:`: the node fails where any of these holds
  int within = 0;                    // near: the last term starts at most `within` words
                                     // after the first
  bool ordered = false;              // near: the terms in the order listed
};

// A rule of a code: where `match` holds in a scope, its matched patterns are hits.
struct Rule {
  RuleNode match;  // kind all, any or near
  Scope scope = Scope::paragraph;
  std::vector<std::string>
      required_codes;  // `requires:` code ids that must have hits in the same scope
  int min_hits = 1;    // fewer matched words in the scope: no hits
  double weight = 1.0;
  int line = 0;
  int column = 0;
};

struct Code {
  std::string id;        // "actor.police"
  std::string label;     // Swedish label (or the only one given)
  std::string label_en;  // English label; empty when not given
  std::string parent;    // id of the parent code; empty for a root
  std::string description;
  std::vector<std::string> keywords;  // patterns as written in the codebook (Pattern::text)
  int line = 0;                       // where the code is defined

  std::vector<Pattern> patterns;  // the keywords with their options, one per keyword;
                                  // empty when every keyword is a plain pattern
  std::vector<Rule> rules;
  std::string color;                 // "#RRGGBB" for the workbooks; empty when not given
  Scope scope = Scope::paragraph;    // where `exclusions`, `requires` and `min_hits` apply
  std::vector<RuleNode> exclusions;  // `not:` no hits in a scope where any of these holds
  std::vector<std::string>
      required_codes;   // `requires:` code ids that must have hits in the same scope
  int min_hits = 1;     // fewer hits in a scope: none of them count
  double weight = 1.0;  // multiplies the weight of each hit
  int column = 0;
};

struct Codebook {
  std::string name;
  std::string title;
  std::string language;
  std::string description;
  std::string path;         // file it was read from; "<string>" when parsed from text
  std::vector<Code> codes;  // in the order of the file (nested children after their parent)
  std::string stem;         // `stem:` Snowball algorithm for words without wildcards; empty: none
  LayoutRules layout;       // `layout:` words of headings, titles, issuers, references
  // The `chains:` and `profile:` sections; nullopt when the codebook has none
  // (then no chains are found, and lint warns).
  std::optional<ChainRules> chains;
  std::optional<ProfileRules> profile;
  // `labels:` what the workbooks call things; empty when the codebook has none
  // (then the shipped codebook's serve, cli::load_named_codebook).
  LabelTable labels;

  // Index of the code with this id.
  std::optional<std::size_t> find(std::string_view id) const;

  // Indexes of `code` and every code above it, nearest first.
  std::vector<std::size_t> ancestors_of(std::size_t code) const;
};

// Keyword `k` of `code` with its options (a plain pattern when `code.patterns` is empty).
Pattern keyword_pattern(const Code& code, std::size_t k);

// Every pattern of a rule node, depth first, parts before exclusions: what
// Hit::keyword counts for a rule hit.
std::vector<const Pattern*> rule_patterns(const RuleNode& node);

// "människohandel (compound head)", "indikator (stem swedish)", "regex: köp(er|te) sex",
// "regex (whole words): mål".
std::string describe_pattern(const Pattern& pattern);

// "all(mål*, any(prostitution*, människohandel*)) not(saknas) in sentence".
std::string describe_rule(const Rule& rule);

// The pattern behind a hit, described; empty when the hit refers to nothing.
std::string describe_hit_pattern(const Codebook& codebook, const Hit& hit);

// The rule behind a hit, described; empty for keyword hits.
std::string describe_hit_rule(const Codebook& codebook, const Hit& hit);

// Parses codebook YAML. `path` is used in messages only. Throws
// util::DiagnosticError listing every problem with line and column.
Codebook parse_codebook(std::string_view yaml_text, std::string path = "<string>");

// Reads and parses a codebook file.
Codebook load_codebook(const std::filesystem::path& path);

}  // namespace goalchain::codebook
