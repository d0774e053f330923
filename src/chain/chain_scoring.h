// Which of the five elements the report counted a chain has, its score and
// completeness, and the flags of what is missing or vague (docs/chains.md,
// "What a chain holds").
#pragma once

#include "chain_pieces.h"
#include "goalchain/codebook/chain_rules.h"
#include "hit_index.h"
#include "resolved_rules.h"

namespace goalchain::chain {

// Sets draft.chain's elements, score, complete and flags from its elements,
// responsible actors and problem, which must have been found.
void score_chain(Draft& draft, const codebook::ChainRules& rules, const ResolvedRules& r,
                 HitIndex& index);

}  // namespace goalchain::chain
