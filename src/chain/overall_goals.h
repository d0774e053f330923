// Goals one level above the plan's goals ("Långsiktigt mål", "Syftet är att
// ...", "The overall objective of the project is to ..."), by the codebook's
// overall_goals: with nothing of their own, they only head the goals under
// them.
#pragma once

#include "goalchain/codebook/chain_rules.h"
#include "goalchain/document/document.h"

#include <string_view>

namespace goalchain::chain {

// True when `sentence` (the goal's, its label included) opens with one of
// rules.overall_goals, or when the whole of `segment`'s label line or of the
// heading right above it, after any item numbers ("C.1.2"), is one.
bool names_overall_goal(const codebook::ChainRules& rules, const document::Segment& segment,
                        std::string_view sentence);

}  // namespace goalchain::chain
