// What a chain serves and whom it concerns: the national strategy's goals 1–4
// (the plan's own class first, then the goal's words, then its activities')
// and the target groups named in the goal and its activities, with the words
// as evidence (docs/chains.md, "National goals").
#pragma once

#include "chain_pieces.h"
#include "goalchain/chain/plan_grammar.h"
#include "goalchain/codebook/codebook.h"
#include "hit_index.h"
#include "resolved_rules.h"

#include <set>
#include <span>
#include <string>
#include <tuple>

namespace goalchain::chain {

class ChainClassification {
 public:
  // All must outlive the classifier.
  ChainClassification(const codebook::Codebook& codebook, const ResolvedRules& r, HitIndex& index,
                      const PlanGrammar& grammar)
      : codebook_(codebook), r_(r), index_(index), grammar_(grammar) {}

  // Sets draft.chain's national_goals, target_groups and evidence.
  // `headings`: the headings above the chain, nearest first, the document's
  // title left out.
  void classify(Draft& draft, std::span<const document::Segment* const> headings);

 private:
  void classify_national_goals(Draft& draft, std::span<const document::Segment* const> headings,
                               std::set<int>& goals);
  void add_evidence(Chain& chain, const document::Segment& segment, const codebook::Hit& hit);
  // True when `hit` lies in a partner phrase of the piece ("med stöd av
  // länsstyrelsen" names a partner, no support to victims).
  bool in_partner_phrase(const Piece& piece, const codebook::Hit& hit) const;

  const codebook::Codebook& codebook_;
  const ResolvedRules& r_;
  HitIndex& index_;
  const PlanGrammar& grammar_;
  std::set<std::tuple<std::string, std::string, std::string>> evidence_added_;
};

}  // namespace goalchain::chain
