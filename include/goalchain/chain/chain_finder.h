// Recovers the chains of a coded document: every goal with its activities,
// indicators, responsible actors and follow-up, and what is missing.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <vector>

namespace goalchain::chain {

using codebook::ChainRules;

// The chains of `document`, whose segments must have been coded with
// `codebook`. YAML-coded documents give their structure; in text and PDF it is
// inferred from field labels, list items under a goal and the codes of each
// sentence read by the plan grammar of `rules` (docs/chains.md). Only chains
// where rules.topic fires in the goal, an activity, an indicator or a heading
// above them (not the document's title) are kept.
std::vector<Chain> find_chains(const document::Document& document,
                               const codebook::Codebook& codebook, const ChainRules& rules);

// The same with the codebook's own `chains:` rules; no chains when it has none.
std::vector<Chain> find_chains(const document::Document& document,
                               const codebook::Codebook& codebook);

}  // namespace goalchain::chain
