// Recovers the chains of a coded document: every goal with its activities,
// indicators, responsible actors and follow-up, and what is missing.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/chain/chain_rules.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <vector>

namespace goalchain::chain {

// The chains of `document`, whose segments must have been coded with
// `codebook`. YAML-coded documents give their structure; in text and PDF it is
// inferred from field labels, list items under a goal and the codes of each
// sentence (docs/chains.md). Only chains where rules.topic fires in the goal,
// an activity or a heading above them are kept.
std::vector<Chain> find_chains(const document::Document& document,
                               const codebook::Codebook& codebook, const ChainRules& rules);

}  // namespace goalchain::chain
