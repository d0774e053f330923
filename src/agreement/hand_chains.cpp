#include "goalchain/agreement/hand_chains.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace goalchain::agreement {
namespace {

using document::Segment;
using document::SegmentKind;

std::string folded_words(std::string_view text) {
  std::string out;
  for (const auto& token : util::tokenize_words(text)) {
    if (!out.empty()) out += ' ';
    out += token.folded;
  }
  return out;
}

template <typename T>
void sort_distinct(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

class HandReader {
 public:
  HandReader(const codebook::Codebook& codebook, const chain::ChainRules& rules)
      : codebook_(codebook), actors_(codebook.find(rules.actors)) {
    for (const auto& [id, number] : rules.national_goals) national_goal_of_id_[id] = number;
  }

  std::vector<ComparedChain> read(const document::Document& hand) {
    bool problem = false;
    for (const Segment& segment : hand.segments) {
      switch (segment.kind) {
        case SegmentKind::problem:
          problem = true;
          break;
        case SegmentKind::goal:
          open(segment);
          break;
        case SegmentKind::activity:
          add_activity(segment);
          break;
        case SegmentKind::indicator:
          if (auto* chain = chain_of_parent(segment)) chain->indicators.push_back(segment.text);
          break;
        case SegmentKind::responsible:
          if (auto* chain = chain_of_parent(segment)) add_actors(*chain, segment);
          break;
        default:
          break;
      }
    }
    for (std::size_t c = 0; c < chains_.size(); ++c) {
      ComparedChain& chain = chains_[c];
      sort_distinct(chain.actors);
      sort_distinct(chain.national_goals);
      chain.problem = problem;
      chain.complete = problem && has_goal_[c] && !chain.activities.empty() &&
                       !chain.indicators.empty() && !chain.actors.empty();
    }
    return std::move(chains_);
  }

 private:
  void open(const Segment& segment) {
    ComparedChain chain;
    chain.id = segment.id;
    chain.anchor = segment.text;
    chain.line = segment.line;
    add_national_goals(chain, segment);
    chains_.push_back(std::move(chain));
    has_goal_.push_back(segment.kind == SegmentKind::goal);
    chain_of_segment_[segment.id] = chains_.size() - 1;
  }

  void add_activity(const Segment& segment) {
    ComparedChain* chain = chain_of_parent(segment);
    if (chain == nullptr) {
      open(segment);
      chains_.back().activities.push_back(segment.text);
      return;
    }
    chain->activities.push_back(segment.text);
    add_national_goals(*chain, segment);
    chain_of_segment_[segment.id] = chain_of_segment_.at(segment.parent);
  }

  ComparedChain* chain_of_parent(const Segment& segment) {
    const auto it = chain_of_segment_.find(segment.parent);
    return it == chain_of_segment_.end() ? nullptr : &chains_[it->second];
  }

  void add_national_goals(ComparedChain& chain, const Segment& segment) const {
    for (const auto& code : segment.manual_codes) {
      if (auto it = national_goal_of_id_.find(code); it != national_goal_of_id_.end()) {
        chain.national_goals.push_back(it->second);
      }
    }
  }

  bool is_actor(std::size_t code) const {
    if (!actors_ || code == *actors_) return false;
    const auto above = codebook_.ancestors_of(code);
    return std::find(above.begin(), above.end(), *actors_) != above.end();
  }

  // The actor codes a responsible item names, from the codebook's hits and
  // the manual codes; its folded words when it names none.
  void add_actors(ComparedChain& chain, const Segment& segment) const {
    std::set<std::string> codes;
    for (const auto& hit : segment.hits) {
      if (is_actor(hit.code)) codes.insert(codebook_.codes[hit.code].id);
    }
    for (const auto& id : segment.manual_codes) {
      if (auto code = codebook_.find(id); code && is_actor(*code)) codes.insert(id);
    }
    if (codes.empty()) {
      chain.actors.push_back(folded_words(segment.text));
      return;
    }
    chain.actors.insert(chain.actors.end(), codes.begin(), codes.end());
  }

  const codebook::Codebook& codebook_;
  std::optional<std::size_t> actors_;
  std::map<std::string, int> national_goal_of_id_;
  std::vector<ComparedChain> chains_;
  std::vector<char> has_goal_;
  std::map<std::string, std::size_t> chain_of_segment_;  // goal or activity id → chain
};

}  // namespace

std::vector<ComparedChain> read_hand_chains(const document::Document& hand,
                                            const codebook::Codebook& codebook,
                                            const chain::ChainRules& rules) {
  return HandReader(codebook, rules).read(hand);
}

std::vector<ComparedChain> reduce_found_chains(const std::vector<chain::Chain>& chains) {
  std::vector<ComparedChain> reduced;
  for (const chain::Chain& chain : chains) {
    ComparedChain c;
    c.id = chain.id;
    if (!chain.goal.empty()) {
      c.anchor = chain.goal.front().text;
      c.line = chain.goal.front().line;
    } else if (!chain.activities.empty()) {
      c.anchor = chain.activities.front().text;
      c.line = chain.activities.front().line;
    } else {
      c.line = chain.line;
    }
    for (const auto& a : chain.activities) c.activities.push_back(a.text);
    for (const auto& i : chain.indicators) c.indicators.push_back(i.text);
    for (const auto& actor : chain.responsible) {
      c.actors.push_back(actor.code.empty() ? folded_words(actor.raw) : actor.code);
    }
    sort_distinct(c.actors);
    c.problem = !chain.problem.empty();
    c.national_goals = chain.national_goals;
    sort_distinct(c.national_goals);
    c.complete = chain.complete;
    reduced.push_back(std::move(c));
  }
  return reduced;
}

}  // namespace goalchain::agreement
