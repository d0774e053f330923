#include "goalchain/codebook/rule_evaluator.h"

#include <algorithm>
#include <map>
#include <memory>
#include <tuple>
#include <utility>

namespace goalchain::codebook {
namespace {

struct HitRecord {
  std::uint32_t keyword = 0;
  std::uint32_t rule = Hit::kNoRule;
  std::uint32_t passage = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  float weight = 1.0f;
};

// One occurrence counted as evidence for a rule, through leaf `leaf`.
struct Evidence {
  std::uint32_t occurrence = 0;
  std::uint32_t leaf = 0;
};

// Per-term and per-code lists kept between calls on one thread, so that
// matching many short texts does not allocate them again each time. Every
// list is empty between calls; `used_terms` and `touched_codes` say which to
// empty after one.
// An occurrence k in scope `scope`, ordered by scope, word position, start and k.
struct ScopedItem {
  std::uint64_t scope_position = 0;  // scope << 32 | position
  std::uint64_t begin_index = 0;     // begin << 32 | k

  std::uint32_t scope() const { return static_cast<std::uint32_t>(scope_position >> 32); }
  std::uint32_t occurrence() const { return static_cast<std::uint32_t>(begin_index); }
  bool operator<(const ScopedItem& other) const {
    return scope_position != other.scope_position ? scope_position < other.scope_position
                                                  : begin_index < other.begin_index;
  }
};

constexpr std::size_t kScopes = 3;

struct EvaluatorBuffers {
  std::vector<std::vector<std::uint32_t>> occurrences_of;  // per term used by rules
  std::vector<std::uint32_t> used_terms;
  std::vector<std::vector<HitRecord>> candidates;  // per code
  std::vector<std::vector<HitRecord>> finals;      // per code
  std::vector<char> touched;                       // per code
  std::vector<std::uint32_t> touched_codes;
  std::vector<std::uint32_t> pending;  // touched codes to evaluate, in `order`
  std::vector<std::vector<std::uint32_t>> rule_terms;  // per rule: its terms that occur
  std::vector<std::uint32_t> active_rules;             // rules with such terms
  // The scopes in which a code has final hits, per code and scope kind, once asked.
  std::vector<std::vector<std::uint32_t>> scope_ids;
  std::vector<char> scope_ids_known;
  std::vector<std::uint32_t> known_scope_ids;
  // The occurrences of one scope group, per term, in text order.
  std::vector<std::vector<std::uint32_t>> in_group;
  std::vector<std::uint32_t> group_terms;
  // Scratch of one rule or code.
  std::vector<ScopedItem> items;
  std::vector<Evidence> evidence;
  std::vector<HitRecord> kept;

  void fit(std::size_t terms, std::size_t codes, std::size_t rules) {
    if (rule_terms.size() < rules) rule_terms.resize(rules);
    if (occurrences_of.size() < terms) {
      occurrences_of.resize(terms);
      in_group.resize(terms);
    }
    if (candidates.size() < codes) {
      candidates.resize(codes);
      finals.resize(codes);
      touched.resize(codes, 0);
      scope_ids.resize(codes * kScopes);
      scope_ids_known.resize(codes * kScopes, 0);
    }
  }

  void touch(std::uint32_t code) {
    if (touched[code] != 0) return;
    touched[code] = 1;
    touched_codes.push_back(code);
  }

  void clear() {
    for (const std::uint32_t t : used_terms) occurrences_of[t].clear();
    used_terms.clear();
    for (const std::uint32_t c : touched_codes) {
      candidates[c].clear();
      finals[c].clear();
      touched[c] = 0;
    }
    touched_codes.clear();
    for (const std::uint32_t r : active_rules) rule_terms[r].clear();
    active_rules.clear();
    for (const std::uint32_t slot : known_scope_ids) {
      scope_ids[slot].clear();
      scope_ids_known[slot] = 0;
    }
    known_scope_ids.clear();
  }
};

class Evaluator {
 public:
  Evaluator(const CompiledCodes& compiled, std::span<const Occurrence> occurrences,
            std::span<const Passage> passages, EvaluatorBuffers& buffers)
      : compiled_(compiled),
        occurrences_(occurrences),
        passages_(passages),
        buffers_(buffers),
        occurrences_of_(buffers.occurrences_of),
        finals_(buffers.finals),
        in_group_(buffers.in_group) {}

  std::vector<std::vector<Hit>> run() {
    const auto& codes = compiled_.codes;
    std::vector<std::vector<Hit>> out(passages_.size());
    // One text (Matcher::match): room for about as many hits as occurrences
    // up front rather than growing the list step by step.
    if (out.size() == 1) out.front().reserve(occurrences_.size() + 4);
    // Codes without rules or conditions: every occurrence of a keyword is a hit.
    const auto* begin = compiled_.use_begin.data();
    for (const Occurrence& occ : occurrences_) {
      for (std::uint32_t u = begin[occ.term].plain; u < begin[occ.term + 1].plain; ++u) {
        const KeywordUse& use = compiled_.plain_uses[u];
        out[occ.passage].push_back(
            Hit{use.code, use.keyword, occ.begin, occ.end, Hit::kNoRule, codes[use.code].weight});
      }
    }
    if (compiled_.any_involved) evaluate_involved_codes(out);
    for (auto& hits : out) {
      std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return std::tuple(a.begin, a.code, a.end, a.from_rule(), a.rule, a.keyword) <
               std::tuple(b.begin, b.code, b.end, b.from_rule(), b.rule, b.keyword);
      });
      // One hit per code and span: the first keyword (keywords before rules).
      hits.erase(std::unique(hits.begin(), hits.end(),
                             [](const Hit& a, const Hit& b) {
                               return a.code == b.code && a.begin == b.begin && a.end == b.end;
                             }),
                 hits.end());
    }
    return out;
  }

 private:
  // Codes with rules, conditions or dependants, in the order `requires` needs.
  void evaluate_involved_codes(std::vector<std::vector<Hit>>& out) {
    const auto& codes = compiled_.codes;
    buffers_.fit(compiled_.in_rules.size(), codes.size(),
                 codes.empty() ? 0 : compiled_.first_rule.back() + codes.back().rules.size());
    struct Cleanup {
      EvaluatorBuffers& buffers;
      ~Cleanup() { buffers.clear(); }
    } cleanup{buffers_};
    index_rule_terms();
    auto& candidates = buffers_.candidates;
    const auto* begin = compiled_.use_begin.data();
    for (const Occurrence& occ : occurrences_) {
      for (std::uint32_t u = begin[occ.term].involved; u < begin[occ.term + 1].involved; ++u) {
        const KeywordUse& use = compiled_.involved_uses[u];
        buffers_.touch(use.code);
        candidates[use.code].push_back(
            record(occ, use.keyword, Hit::kNoRule, codes[use.code].weight));
      }
    }
    // A code can have hits only where one of its keywords or rule terms occurs.
    for (const std::uint32_t term : buffers_.used_terms) {
      for (const std::uint32_t c : compiled_.rule_users[term]) buffers_.touch(c);
      for (const std::uint32_t r : compiled_.term_rules[term]) {
        auto& terms = buffers_.rule_terms[r];
        if (terms.empty()) buffers_.active_rules.push_back(r);
        terms.push_back(term);
      }
    }
    // The touched codes in `order`: usually a few of many.
    auto& pending = buffers_.pending;
    pending.clear();
    for (const std::uint32_t c : buffers_.touched_codes) {
      if (!codes[c].never && compiled_.involved[c] != 0) pending.push_back(c);
    }
    std::sort(pending.begin(), pending.end(), [&](std::uint32_t a, std::uint32_t b) {
      return compiled_.rank[a] < compiled_.rank[b];
    });
    for (const std::uint32_t c : pending) {
      const CompiledCode& code = codes[c];
      auto& hits = candidates[c];
      for (std::uint32_t r = 0; r < code.rules.size(); ++r) {
        const auto& terms = buffers_.rule_terms[compiled_.first_rule[c] + r];
        if (!terms.empty()) apply_rule(code, r, terms, hits);
      }
      remove_repeated_spans(hits);
      if (code.conditional()) apply_code_conditions(code, hits);
      finals_[c].swap(hits);  // both keep their capacity for the next call
      for (const HitRecord& h : finals_[c]) {
        out[h.passage].push_back(Hit{c, h.keyword, h.begin, h.end, h.rule, h.weight});
      }
    }
  }

  std::uint32_t scope_of(std::uint32_t passage, std::uint32_t sentence, Scope scope) const {
    switch (scope) {
      case Scope::sentence:
        return sentence;
      case Scope::paragraph:
        return passage;
      case Scope::section:
        return passages_[passage].section;
    }
    return passage;
  }
  std::uint32_t scope_of(const Occurrence& occ, Scope scope) const {
    return scope_of(occ.passage, occ.sentence, scope);
  }
  std::uint32_t scope_of(const HitRecord& hit, Scope scope) const {
    return scope_of(hit.passage, hit.sentence, scope);
  }

  static HitRecord record(const Occurrence& occ, std::uint32_t keyword, std::uint32_t rule,
                          float weight) {
    return HitRecord{keyword, rule, occ.passage, occ.begin, occ.end, occ.sentence, weight};
  }

  void index_rule_terms() {
    for (std::uint32_t k = 0; k < occurrences_.size(); ++k) {
      const std::uint32_t term = occurrences_[k].term;
      if (compiled_.in_rules[term] == 0) continue;
      if (occurrences_of_[term].empty()) buffers_.used_terms.push_back(term);
      occurrences_of_[term].push_back(k);
    }
  }

  // Occurrences of `terms` into `items`, grouped by their scope at `scope`,
  // each group in text order.
  void scoped_occurrences(const std::vector<std::uint32_t>& terms, Scope scope,
                          std::vector<ScopedItem>& items) const {
    items.clear();
    for (const std::uint32_t term : terms) {
      for (const std::uint32_t k : occurrences_of_[term]) {
        const Occurrence& occ = occurrences_[k];
        items.push_back({std::uint64_t{scope_of(occ, scope)} << 32 | occ.position,
                         std::uint64_t{occ.begin} << 32 | k});
      }
    }
    std::sort(items.begin(), items.end());
  }

  // Files the occurrences of items [begin, end) under their terms in in_group_.
  void fill_group(const ScopedItem* begin, const ScopedItem* end) {
    for (const ScopedItem* item = begin; item != end; ++item) {
      const std::uint32_t k = item->occurrence();
      auto& list = in_group_[occurrences_[k].term];
      if (list.empty()) buffers_.group_terms.push_back(occurrences_[k].term);
      list.push_back(k);
    }
  }

  void clear_group() {
    for (const std::uint32_t term : buffers_.group_terms) in_group_[term].clear();
    buffers_.group_terms.clear();
  }

  std::span<const std::uint32_t> in_group(std::uint32_t term) const {
    if (term == kNoTerm) return {};
    return in_group_[term];
  }

  // A pattern's occurrences in the group as evidence; true when there are any.
  bool take_pattern(const CompiledNode& node, std::vector<Evidence>& evidence) const {
    const auto found = in_group(node.term);
    for (const std::uint32_t k : found) evidence.push_back({k, node.leaf});
    return !found.empty();
  }

  // evaluate() without a call for the common part: a pattern without
  // exclusions, most often absent from the group.
  bool evaluate_part(const CompiledNode& part, std::vector<Evidence>& evidence) const {
    if (part.kind == RuleNode::Kind::pattern && part.exclusions.empty()) {
      if (part.term == kNoTerm || in_group_[part.term].empty()) return false;
      return take_pattern(part, evidence);
    }
    return evaluate(part, evidence);
  }

  // Whether `node` holds in the group filed in in_group_; appends its evidence.
  bool evaluate(const CompiledNode& node, std::vector<Evidence>& evidence) const {
    const std::size_t mark = evidence.size();
    bool holds = false;
    switch (node.kind) {
      case RuleNode::Kind::pattern:
        holds = take_pattern(node, evidence);
        break;
      case RuleNode::Kind::all:
        holds = !node.parts.empty();
        for (const CompiledNode& part : node.parts) {
          if (!evaluate_part(part, evidence)) {
            holds = false;
            break;
          }
        }
        break;
      case RuleNode::Kind::any:
        // The parts whose terms occur, found from the group's few terms.
        for (const std::uint32_t term : buffers_.group_terms) {
          auto part = std::lower_bound(
              node.pattern_parts.begin(), node.pattern_parts.end(), term,
              [](const TermLeaf& p, std::uint32_t t) { return p.term < t; });
          for (; part != node.pattern_parts.end() && part->term == term; ++part) {
            for (const std::uint32_t k : in_group_[term]) evidence.push_back({k, part->leaf});
            holds = true;
          }
        }
        for (const std::uint32_t i : node.other_parts) {
          holds = evaluate(node.parts[i], evidence) || holds;
        }
        break;
      case RuleNode::Kind::near:
        holds = evaluate_near(node, evidence);
        break;
    }
    if (holds) {
      const std::size_t kept = evidence.size();
      for (const CompiledNode& exclusion : node.exclusions) {
        const bool excluded = evaluate(exclusion, evidence);
        if (evidence.size() != kept) evidence.resize(kept);  // not evidence of `node`
        if (excluded) {
          holds = false;
          break;
        }
      }
    }
    if (!holds && evidence.size() != mark) evidence.resize(mark);
    return holds;
  }

  // near: one occurrence per term, at distinct words, the last starting at most
  // `within` words after the first (in the listed order when `ordered`).
  bool evaluate_near(const CompiledNode& node, std::vector<Evidence>& evidence) const {
    const std::size_t terms = node.parts.size();
    if (terms == 0) return false;
    std::vector<std::span<const std::uint32_t>> lists(terms);  // occurrences per term, in text order
    for (std::size_t j = 0; j < terms; ++j) {
      lists[j] = in_group(node.parts[j].term);
      if (lists[j].empty()) return false;
    }
    const auto position = [&](std::uint32_t k) { return occurrences_[k].position; };
    const auto within = static_cast<std::uint32_t>(std::max(node.within, 0));
    bool found = false;
    if (node.ordered) {
      for (const std::uint32_t first : lists[0]) {
        std::vector<std::uint32_t> chain{first};
        for (std::size_t j = 1; j < terms; ++j) {
          const std::uint32_t after = position(chain.back());
          const auto it = std::find_if(lists[j].begin(), lists[j].end(),
                                       [&](std::uint32_t k) { return position(k) > after; });
          if (it == lists[j].end()) break;
          chain.push_back(*it);
        }
        if (chain.size() < terms) break;  // later starts cannot complete either
        if (position(chain.back()) - position(first) > within) continue;
        for (std::size_t j = 0; j < terms; ++j) evidence.push_back({chain[j], node.parts[j].leaf});
        found = true;
      }
      return found;
    }
    // Unordered: for each window start, match terms to distinct word positions.
    std::vector<std::uint32_t> starts;
    for (const auto& list : lists) {
      for (const std::uint32_t k : list) starts.push_back(position(k));
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (const std::uint32_t start : starts) {
      std::vector<std::uint32_t> chosen;
      if (!match_terms_in_window(lists, start, start + within, chosen)) continue;
      for (std::size_t j = 0; j < terms; ++j) evidence.push_back({chosen[j], node.parts[j].leaf});
      found = true;
    }
    return found;
  }

  // Assigns each term an occurrence within [low, high], no two at the same
  // word (bipartite matching by augmenting paths).
  bool match_terms_in_window(const std::vector<std::span<const std::uint32_t>>& lists,
                             std::uint32_t low, std::uint32_t high,
                             std::vector<std::uint32_t>& chosen) const {
    const std::size_t terms = lists.size();
    std::vector<std::vector<std::uint32_t>> candidates(terms);
    for (std::size_t j = 0; j < terms; ++j) {
      for (const std::uint32_t k : lists[j]) {
        const std::uint32_t p = occurrences_[k].position;
        if (p >= low && p <= high) candidates[j].push_back(k);
      }
      if (candidates[j].empty()) return false;
    }
    std::map<std::uint32_t, std::size_t> owner;  // word position -> term
    chosen.assign(terms, 0);
    std::vector<char> visited;
    std::map<std::uint32_t, char> seen;
    auto augment = [&](auto&& self, std::size_t j) -> bool {
      for (const std::uint32_t k : candidates[j]) {
        const std::uint32_t p = occurrences_[k].position;
        if (seen[p] != 0) continue;
        seen[p] = 1;
        const auto it = owner.find(p);
        if (it == owner.end() || self(self, it->second)) {
          owner[p] = j;
          chosen[j] = k;
          return true;
        }
      }
      return false;
    };
    for (std::size_t j = 0; j < terms; ++j) {
      seen.clear();
      if (!augment(augment, j)) return false;
    }
    return true;
  }

  bool has_required(const std::vector<std::uint32_t>& required, Scope scope,
                    std::uint32_t scope_id) {
    for (const std::uint32_t r : required) {
      if (r >= finals_.size()) return false;  // an unknown code never fires
      const auto& ids = scope_ids(r, scope);
      if (!std::binary_search(ids.begin(), ids.end(), scope_id)) return false;
    }
    return true;
  }

  // The scopes (at `scope`) in which code `code` has final hits, sorted.
  const std::vector<std::uint32_t>& scope_ids(std::uint32_t code, Scope scope) {
    const std::size_t slot = code * kScopes + static_cast<std::size_t>(scope);
    auto& ids = buffers_.scope_ids[slot];
    if (buffers_.scope_ids_known[slot] == 0) {
      buffers_.scope_ids_known[slot] = 1;
      buffers_.known_scope_ids.push_back(static_cast<std::uint32_t>(slot));
      for (const HitRecord& hit : finals_[code]) ids.push_back(scope_of(hit, scope));
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    return ids;
  }

  // Rule `index` of `code`, whose terms that occur are `terms`.
  void apply_rule(const CompiledCode& code, std::uint32_t index,
                  const std::vector<std::uint32_t>& terms, std::vector<HitRecord>& hits) {
    const CompiledRule& rule = code.rules[index];
    auto& items = buffers_.items;
    scoped_occurrences(terms, rule.scope, items);
    auto& evidence = buffers_.evidence;
    for (std::size_t i = 0; i < items.size();) {
      const std::uint32_t scope_id = items[i].scope();
      std::size_t j = i;
      while (j < items.size() && items[j].scope() == scope_id) ++j;
      fill_group(items.data() + i, items.data() + j);
      i = j;
      evidence.clear();
      const bool holds = evaluate(rule.match, evidence);
      clear_group();
      if (!holds) continue;
      if (!has_required(rule.required, rule.scope, scope_id)) continue;
      // One piece of evidence per span: the same words reached through two leaves count once.
      std::sort(evidence.begin(), evidence.end(), [&](const Evidence& a, const Evidence& b) {
        const Occurrence& x = occurrences_[a.occurrence];
        const Occurrence& y = occurrences_[b.occurrence];
        return std::tuple(x.passage, x.begin, x.end, a.leaf) <
               std::tuple(y.passage, y.begin, y.end, b.leaf);
      });
      evidence.erase(std::unique(evidence.begin(), evidence.end(),
                                 [&](const Evidence& a, const Evidence& b) {
                                   const Occurrence& x = occurrences_[a.occurrence];
                                   const Occurrence& y = occurrences_[b.occurrence];
                                   return x.passage == y.passage && x.begin == y.begin &&
                                          x.end == y.end;
                                 }),
                     evidence.end());
      if (static_cast<int>(evidence.size()) < rule.min_hits) continue;
      for (const Evidence& e : evidence) {
        hits.push_back(
            record(occurrences_[e.occurrence], e.leaf, index, code.weight * rule.weight));
      }
    }
  }

  // Keeps one hit per span: keywords before rules, then the first rule and keyword.
  static void remove_repeated_spans(std::vector<HitRecord>& hits) {
    const auto key = [](const HitRecord& h) {
      return std::tuple(h.passage, h.begin, h.end, h.rule != Hit::kNoRule, h.rule, h.keyword);
    };
    std::sort(hits.begin(), hits.end(),
              [&](const HitRecord& a, const HitRecord& b) { return key(a) < key(b); });
    hits.erase(std::unique(hits.begin(), hits.end(),
                           [](const HitRecord& a, const HitRecord& b) {
                             return a.passage == b.passage && a.begin == b.begin && a.end == b.end;
                           }),
               hits.end());
  }

  void apply_code_conditions(const CompiledCode& code, std::vector<HitRecord>& hits) {
    const Scope scope = code.scope;
    const auto by_scope = [&](const HitRecord& a, const HitRecord& b) {
      return scope_of(a, scope) < scope_of(b, scope);
    };
    if (!std::is_sorted(hits.begin(), hits.end(), by_scope)) {
      std::stable_sort(hits.begin(), hits.end(), by_scope);
    }
    auto& excluded = buffers_.items;
    scoped_occurrences(code.exclusion_terms, scope, excluded);
    auto& kept = buffers_.kept;
    kept.clear();
    auto& ignored = buffers_.evidence;
    for (std::size_t i = 0; i < hits.size();) {
      const std::uint32_t scope_id = scope_of(hits[i], scope);
      std::size_t j = i;
      while (j < hits.size() && scope_of(hits[j], scope) == scope_id) ++j;
      const std::size_t begin = i;
      i = j;
      if (static_cast<int>(j - begin) < code.min_hits) continue;
      if (!has_required(code.required, scope, scope_id)) continue;
      if (!code.exclusions.empty()) {
        const auto low = std::lower_bound(
            excluded.begin(), excluded.end(), scope_id,
            [](const ScopedItem& item, std::uint32_t id) { return item.scope() < id; });
        auto high = low;
        while (high != excluded.end() && high->scope() == scope_id) ++high;
        fill_group(std::to_address(low), std::to_address(high));
        bool blocked = false;
        for (const CompiledNode& exclusion : code.exclusions) {
          ignored.clear();
          if (evaluate(exclusion, ignored)) {
            blocked = true;
            break;
          }
        }
        clear_group();
        if (blocked) continue;
      }
      kept.insert(kept.end(), hits.begin() + static_cast<std::ptrdiff_t>(begin),
                  hits.begin() + static_cast<std::ptrdiff_t>(j));
    }
    hits.swap(kept);
  }

  const CompiledCodes& compiled_;
  std::span<const Occurrence> occurrences_;
  std::span<const Passage> passages_;
  EvaluatorBuffers& buffers_;
  std::vector<std::vector<std::uint32_t>>& occurrences_of_;  // per term used by rules
  std::vector<std::vector<HitRecord>>& finals_;              // per code
  std::vector<std::vector<std::uint32_t>>& in_group_;        // per term
};

}  // namespace

void index_keyword_uses(CompiledCodes& compiled) {
  compiled.use_begin.clear();
  compiled.plain_uses.clear();
  compiled.involved_uses.clear();
  for (const auto& uses : compiled.keyword_uses) {
    compiled.use_begin.push_back({static_cast<std::uint32_t>(compiled.plain_uses.size()),
                                  static_cast<std::uint32_t>(compiled.involved_uses.size())});
    for (const KeywordUse& use : uses) {
      const bool involved = compiled.any_involved && compiled.involved[use.code] != 0;
      (involved ? compiled.involved_uses : compiled.plain_uses).push_back(use);
    }
  }
  compiled.use_begin.push_back({static_cast<std::uint32_t>(compiled.plain_uses.size()),
                                static_cast<std::uint32_t>(compiled.involved_uses.size())});
}

void index_any_parts(CompiledNode& node) {
  node.pattern_parts.clear();
  node.other_parts.clear();
  if (node.kind != RuleNode::Kind::any) return;
  for (std::uint32_t i = 0; i < node.parts.size(); ++i) {
    const CompiledNode& part = node.parts[i];
    if (part.kind == RuleNode::Kind::pattern && part.exclusions.empty()) {
      if (part.term != kNoTerm) node.pattern_parts.push_back({part.term, part.leaf});
    } else {
      node.other_parts.push_back(i);
    }
  }
  std::sort(node.pattern_parts.begin(), node.pattern_parts.end(),
            [](const TermLeaf& a, const TermLeaf& b) {
              return a.term != b.term ? a.term < b.term : a.leaf < b.leaf;
            });
}

std::vector<std::vector<Hit>> evaluate_codes(const CompiledCodes& compiled,
                                             std::span<const Occurrence> occurrences,
                                             std::span<const Passage> passages) {
  thread_local EvaluatorBuffers buffers;
  return Evaluator(compiled, occurrences, passages, buffers).run();
}

}  // namespace goalchain::codebook
