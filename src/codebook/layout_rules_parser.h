// Reads a codebook's `layout:` section (private to src/codebook).
#pragma once

#include "goalchain/codebook/layout_rules.h"
#include "yaml_checker.h"

namespace goalchain::codebook {

// Fills `rules` from the `layout:` map `node`: every key a list of words or
// phrases. Unknown keys, non-lists, empty or duplicate entries and issuer
// forms without a name beside '*' are reported through `check`.
void read_layout_rules(const YAML::Node& node, Checker& check, LayoutRules& rules);

}  // namespace goalchain::codebook
