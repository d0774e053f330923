// Readers of a codebook's `chains:` and `profile:` sections, called by the
// codebook parser with its Checker. Private to src/codebook.
#pragma once

#include "goalchain/codebook/chain_rules.h"
#include "goalchain/codebook/profile_rules.h"
#include "yaml_checker.h"

namespace goalchain::codebook {

// The `chains:` section; its problems go to `check`.
ChainRules read_chain_rules(const YAML::Node& node, Checker& check);

// The `profile:` section; its problems go to `check`.
ProfileRules read_profile_rules(const YAML::Node& node, Checker& check);

}  // namespace goalchain::codebook
