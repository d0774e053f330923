// Which codes answer which question of the county profile, from a codebook's
// `profile:` section. docs/chains.md describes each.
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <string>
#include <utility>
#include <vector>

namespace goalchain::codebook {

// A code the codebook lacks answers nothing (null in outputs).
struct ProfileRules {
  std::string topic;  // a PMH passage: a segment where it fires, or one under
                      // a heading where it fires
  std::string problem;
  std::string sex_buyers;
  std::string target_groups;
  std::string actors;
  std::string intersectional;
  std::string prevalence_mapping;
  // Places, by the name they get in outputs: {"internet", "quality.internet"}.
  std::vector<std::pair<std::string, std::string>> places;
  std::string cooperation;
  std::vector<std::string> local_partners;
  std::vector<std::string> regional_partners;
  std::string inter_county;

  std::vector<NamedCode> named_codes;  // every code the section names
};

}  // namespace goalchain::codebook
