#include "chain_scoring.h"

#include "goalchain/util/word_tokens.h"
#include "responsible_actors.h"

#include <algorithm>

namespace goalchain::chain {
namespace {

// A follow-up says how, not only who: besides actor names and linking words
// it has words of its own. Results ("Resultat: Uppnått.") say what came of
// the work, not how it is followed up: they are not looked at.
bool described(const std::vector<Element>& follow_ups, const codebook::ChainRules& rules,
               const ResolvedRules& r, HitIndex& index) {
  for (const Element& element : follow_ups) {
    if (element.first().result) continue;
    int own = 0;
    for (const Piece& piece : element.parts) {
      for (const auto& word : util::tokenize_words(piece_text(piece))) {
        const bool actor = actor_at(index, r, *piece.segment, piece.content + word.begin);
        if (!actor && !contains(rules.linking_words, word.folded)) ++own;
      }
    }
    if (own >= rules.min_follow_up_words) return true;
  }
  return false;
}

}  // namespace

void score_chain(Draft& draft, const codebook::ChainRules& rules, const ResolvedRules& r,
                 HitIndex& index) {
  Chain& chain = draft.chain;
  ChainElements& e = chain.elements;
  e.problem = !chain.problem.empty();
  e.goal = !chain.goal.empty();
  e.activity = !chain.activities.empty();
  e.indicator = !chain.indicators.empty();
  e.responsibility = !chain.responsible.empty();
  chain.score = int{e.problem} + int{e.goal} + int{e.activity} + int{e.indicator} +
                int{e.responsibility};
  chain.complete = chain.score == 5;

  if (!e.goal) chain.flags.push_back("activity_without_goal");
  if (e.goal && !e.indicator) chain.flags.push_back("goal_without_indicator");
  if (e.goal && !e.responsibility) chain.flags.push_back("goal_without_responsible");
  if (e.goal) {
    bool measurable = false;
    bool target = false;
    each_hit(index, draft.goal, [&](const Piece&, const codebook::Hit& hit) {
      measurable = measurable || r.is_measurable(hit);
      target = target || r.is_target_group(hit);
    });
    if (!measurable && !target) chain.flags.push_back("vague_goal");
  }
  const bool followed_up = std::any_of(draft.follow_up.begin(), draft.follow_up.end(),
                                       [](const Element& e) { return !e.first().result; });
  if (followed_up && !described(draft.follow_up, rules, r, index)) {
    chain.flags.push_back("follow_up_not_described");
  }
}

}  // namespace goalchain::chain
