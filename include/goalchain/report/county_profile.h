// What a county's documents say about PMH as a whole: the report's per-county
// questions (problem description, target groups, places, cooperation, actors)
// and its chains counted by national goal and completeness.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace goalchain::report {

// Which codes answer which question. The defaults suit the shipped codebooks;
// docs/chains.md describes each. A code the codebook lacks answers nothing.
struct ProfileRules {
  std::string topic = "pmh";  // a PMH passage: a segment where it fires, or one under
                              // a heading where it fires
  std::string problem = "problem";
  std::string sex_buyers = "target.sex_buyers";
  std::string target_groups = "target";
  std::string actors = "actor";
  std::string intersectional = "quality.intersectional";
  std::string prevalence_mapping = "activity_type.prevalence_mapping";
  // Places, by the name they get in outputs.
  std::vector<std::pair<std::string, std::string>> places = {{"internet", "quality.internet"},
                                                             {"street", "quality.street"}};
  std::string cooperation = "activity_type.cooperation_group";
  std::vector<std::string> local_partners = {"actor.municipality", "actor.social_services",
                                             "actor.school"};
  std::vector<std::string> regional_partners = {"actor.county_board", "actor.region_health",
                                                "actor.regional_coordinator"};
  std::string inter_county = "quality.inter_county";
};

// A question the codebook may be unable to answer: nullopt when it lacks the code.
using Answer = std::optional<bool>;

struct CountyProfile {
  bool pmh_mentioned = false;  // the topic fires in some segment
  int pmh_segments = 0;        // PMH passages
  bool problem_description = false;        // a PMH passage that is a problem description
  Answer problem_covers_sex_buyers;        // ... naming sex buyers
  std::vector<std::string> target_groups;  // code ids named in PMH passages, codebook order
  Answer intersectional;
  std::vector<std::pair<std::string, Answer>> places;  // in ProfileRules::places order
  Answer prevalence_mapping;
  Answer cooperation_local;     // a cooperation group with a local partner in one passage
  Answer cooperation_regional;  // ... with a regional partner
  Answer cooperation_between_counties;
  std::vector<std::string> actors;  // actor code ids named in PMH passages, codebook order
  int chains = 0;
  int complete_chains = 0;
  std::array<int, 4> national_goals{};  // chains serving goal 1 … 4
  std::array<int, 6> chain_scores{};    // chains with score 0 … 5
};

// The profile of the documents `documents` (indexes into `all`), whose chains
// are chains[d]. Segments must have been coded with `codebook`.
CountyProfile build_county_profile(const std::vector<document::Document>& all,
                                   const std::vector<std::vector<chain::Chain>>& chains,
                                   const std::vector<std::size_t>& documents,
                                   const codebook::Codebook& codebook,
                                   const ProfileRules& rules = {});

}  // namespace goalchain::report
