// The chains a hand reading states, and found chains reduced the same way, for
// `goalchain agree --chains`.
#pragma once

#include "goalchain/agreement/chain_agreement.h"
#include "goalchain/chain/chain.h"
#include "goalchain/chain/chain_finder.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <vector>

namespace goalchain::agreement {

// The chains of a YAML-coded document read as a hand reading, coded with
// `codebook`: one per `goal` entry, and one per activity that stands under no
// goal, in document order. A chain holds the activities whose parent is its
// goal; the indicators and responsible items of the goal and of those
// activities; the actor codes (below rules.actors) of its responsible items,
// from the codebook's hits and the manual codes, or an item's folded words
// when neither names an actor; the national goals whose codes
// (rules.national_goals) are among the manual codes of the goal and its
// activities. A chain has a problem when the document has a `problem` entry
// anywhere: a hand reading writes only problem descriptions of its topic as
// `problem:`, and a plan's problem description serves all its goals, beside
// them or above them (issue 14). Complete: a problem, a goal, an activity, an
// indicator and a responsible actor.
std::vector<ComparedChain> read_hand_chains(const document::Document& hand,
                                            const codebook::Codebook& codebook,
                                            const chain::ChainRules& rules);

// The chains find_chains gave, reduced for comparison: responsible actors by
// their code, or their folded words when no code names them.
std::vector<ComparedChain> reduce_found_chains(const std::vector<chain::Chain>& chains);

}  // namespace goalchain::agreement
