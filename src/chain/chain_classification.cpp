#include "chain_classification.h"

#include <algorithm>

namespace goalchain::chain {

using document::Segment;

bool ChainClassification::in_partner_phrase(const Piece& piece, const codebook::Hit& hit) const {
  if (hit.begin < piece.content || hit.end > piece.end) return false;
  const auto reading = grammar_.read(std::string_view(piece.segment->text)
                                         .substr(piece.content, piece.end - piece.content));
  return std::any_of(reading.partner_phrases.begin(), reading.partner_phrases.end(), [&](auto range) {
    return hit.begin >= piece.content + range.first && hit.end <= piece.content + range.second;
  });
}

void ChainClassification::add_evidence(Chain& chain, const Segment& segment,
                                       const codebook::Hit& hit) {
  Evidence evidence{codebook_.codes[hit.code].id, segment.text.substr(hit.begin, hit.end - hit.begin),
                    segment.id, segment.line};
  if (evidence_added_.emplace(evidence.code, evidence.term, evidence.segment_id).second) {
    chain.evidence.push_back(std::move(evidence));
  }
}

// The national goals a chain serves, as the report's analysts classed each
// goal: the plan's own class first — the nearest heading above that names
// one ("Insatsområde 1: Effektivare brottsbekämpning", "3.2 Skydd och
// stöd") —, else the goal's words, else its activities'. A goal that does
// not name the topic ("Fler våldsutsatta kvinnor ska få stöd") also serves
// what its topical activities serve: they are why it is a chain. A chain
// without a goal: its activities' words, else the heading's.
void ChainClassification::classify_national_goals(Draft& draft,
                                                  std::span<const Segment* const> headings,
                                                  std::set<int>& goals) {
  Chain& chain = draft.chain;
  auto collect = [&](const Segment& segment, const codebook::Hit& hit) {
    if (auto it = r_.national_goal_of_code.find(hit.code); it != r_.national_goal_of_code.end()) {
      goals.insert(it->second);
      add_evidence(chain, segment, hit);
    }
  };
  auto collect_piece = [&](const Piece& piece, const codebook::Hit& hit) {
    if (!in_partner_phrase(piece, hit)) collect(*piece.segment, hit);
  };
  // An activity that serves no stated goal is classed by what it is
  // ("Insats 3.2: Polisen ska kartlägga sexköp på nätet" under "3. Stöd").
  if (draft.goal.empty()) each_hit(index_, draft.activities, collect_piece);
  if (!goals.empty()) return;
  for (const Segment* heading : headings) {
    for (const auto& hit : heading->hits) collect(*heading, hit);
    if (!goals.empty()) return;
  }
  each_hit(index_, draft.goal, collect_piece);
  bool goal_topical = false;
  each_hit(index_, draft.goal, [&](const Piece&, const codebook::Hit& hit) {
    goal_topical = goal_topical || r_.is_topical(hit);
  });
  if (!goals.empty() && (goal_topical || draft.goal.empty())) return;
  const bool all = goals.empty();
  for (const Element& activity : draft.activities) {
    const std::span<const Element> one(&activity, 1);
    bool topical = all;
    each_hit(index_, one,
             [&](const Piece&, const codebook::Hit& hit) { topical = topical || r_.is_topical(hit); });
    if (topical) each_hit(index_, one, collect_piece);
  }
}

void ChainClassification::classify(Draft& draft, std::span<const Segment* const> headings) {
  Chain& chain = draft.chain;
  evidence_added_.clear();
  std::set<int> goals;
  classify_national_goals(draft, headings, goals);
  std::set<std::size_t> targets;
  auto collect = [&](const Piece& piece, const codebook::Hit& hit) {
    if (!r_.is_target_group(hit)) return;
    targets.insert(hit.code);
    add_evidence(chain, *piece.segment, hit);
  };
  each_hit(index_, draft.goal, collect);
  each_hit(index_, draft.activities, collect);
  chain.national_goals.assign(goals.begin(), goals.end());
  for (const std::size_t code : targets) chain.target_groups.push_back(codebook_.codes[code].id);
}

}  // namespace goalchain::chain
