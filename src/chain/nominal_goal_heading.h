// Goals stated as a noun phrase and set as a heading ("3.1 Minskad
// efterfrågan på sexuella tjänster i länet"), by the codebook's
// nominal_goals.
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace goalchain::chain {

// Where the goal's words begin when `heading`, after any item number, opens
// with one of rules.nominal_goals and has at least two more words (an area's
// name of two words, "Effektivare brottsbekämpning", is no goal); else
// nullopt.
std::optional<std::size_t> nominal_goal_heading(const codebook::ChainRules& rules,
                                                std::string_view heading);

}  // namespace goalchain::chain
