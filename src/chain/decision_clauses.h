// Decisions in minutes: "Socialnämnden beslutar / att ge förvaltningen i
// uppdrag att ..., / att ..., samt / att ...": a lead ending in one of the
// codebook's `decisions`, then clauses that each open with the word after
// it ("att") after a comma or semicolon.
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::chain {

// The byte ranges of the clauses of the decision `sentence` sets out, each
// from its opening word to before the comma or semicolon that ends it; empty
// when the sentence is no decision of two clauses or more. The lead within
// rules.max_subject_words words.
std::vector<std::pair<std::size_t, std::size_t>> decision_clauses(const codebook::ChainRules& rules,
                                                                  std::string_view sentence);

}  // namespace goalchain::chain
