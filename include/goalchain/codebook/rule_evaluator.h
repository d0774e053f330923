// The second half of the matcher: turns pattern occurrences into hits by
// applying keywords, rules (all / any / near / not), scopes, min_hits,
// weights and requires. A rule is looked at only in scopes where one of its
// patterns occurred.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/hit.h"
#include "goalchain/codebook/matcher.h"

#include <cstdint>
#include <span>
#include <vector>

namespace goalchain::codebook {

inline constexpr std::uint32_t kNoTerm = 0xFFFFFFFFu;

// One match of one compiled pattern ("term").
struct Occurrence {
  std::uint32_t term = 0;
  std::uint32_t passage = 0;
  std::uint32_t begin = 0;  // byte offsets in the passage text
  std::uint32_t end = 0;
  std::uint32_t position = 0;  // index of the first word, counted over all passages
  std::uint32_t sentence = 0;  // sentence number, counted over all passages
};

struct TermLeaf {
  std::uint32_t term = 0;
  std::uint32_t leaf = 0;
};

struct CompiledNode {
  RuleNode::Kind kind = RuleNode::Kind::pattern;
  std::uint32_t term = kNoTerm;  // kind pattern; kNoTerm: an invalid pattern that never matches
  std::uint32_t leaf = 0;        // kind pattern: index in rule_patterns() order
  std::vector<CompiledNode> parts;
  std::vector<CompiledNode> exclusions;
  int within = 0;
  bool ordered = false;
  // Kind any: its parts that are valid patterns without exclusions, by term
  // and leaf (looked up from the terms that occur), and the indexes of the
  // parts that are not (evaluated one by one). Set by index_any_parts().
  std::vector<TermLeaf> pattern_parts;
  std::vector<std::uint32_t> other_parts;
};

// Fills pattern_parts and other_parts of `node` from its parts (for kind any;
// clears them for other kinds). The nodes under it are left as they are.
void index_any_parts(CompiledNode& node);

struct CompiledRule {
  CompiledNode match;
  std::vector<std::uint32_t> terms;  // every term in `match`, once
  Scope scope = Scope::paragraph;
  std::vector<std::uint32_t> required;  // code indexes
  int min_hits = 1;
  float weight = 1.0f;
};

struct KeywordUse {
  std::uint32_t code = 0;
  std::uint32_t keyword = 0;
};

struct CompiledCode {
  std::vector<CompiledRule> rules;
  Scope scope = Scope::paragraph;
  std::vector<CompiledNode> exclusions;
  std::vector<std::uint32_t> exclusion_terms;  // every term in `exclusions`, once
  std::vector<std::uint32_t> required;         // code indexes
  int min_hits = 1;
  float weight = 1.0f;
  bool never = false;  // part of a `requires` cycle
  bool conditional() const { return !exclusions.empty() || !required.empty() || min_hits > 1; }
};

struct CompiledCodes {
  std::vector<CompiledCode> codes;
  std::vector<std::uint32_t> order;                   // codes, required ones first
  std::vector<std::uint32_t> rank;  // per code: its index in `order`; codes.size() when absent
  std::vector<std::vector<KeywordUse>> keyword_uses;  // per term
  // keyword_uses flattened for the evaluator, split by whether the code is
  // involved: term t's uses are [use_begin[t], use_begin[t + 1]) in
  // plain_uses and in involved_uses. Set by index_keyword_uses().
  struct UseBegin {
    std::uint32_t plain = 0;
    std::uint32_t involved = 0;
  };
  std::vector<UseBegin> use_begin;
  std::vector<KeywordUse> plain_uses;
  std::vector<KeywordUse> involved_uses;
  std::vector<char> in_rules;                         // per term: used by a rule or exclusion
  std::vector<std::vector<std::uint32_t>> rule_users;  // per term: codes whose rules use it
  std::vector<std::uint32_t> first_rule;  // per code: number of rules of the codes before it
  std::vector<std::vector<std::uint32_t>> term_rules;  // per term: rules using it, numbered so
  std::vector<char> involved;  // per code: has rules or conditions, or another code requires it
  bool any_involved = false;   // false: every hit is a keyword hit, no scopes needed
};

// Fills use_begin, plain_uses and involved_uses from keyword_uses and
// involved; call once both are final.
void index_keyword_uses(CompiledCodes& compiled);

// Hits per passage from the occurrences of every term in `passages`.
std::vector<std::vector<Hit>> evaluate_codes(const CompiledCodes& compiled,
                                             std::span<const Occurrence> occurrences,
                                             std::span<const Passage> passages);

}  // namespace goalchain::codebook
