#include "goalchain/codebook/profile_rules.h"

namespace goalchain::codebook {
namespace {

// Answers that do not depend on the codebook's places, in the order of
// docs/chains.md.
constexpr std::string_view kFixedAnswers[] = {
    "pmh_mentioned",       "pmh_segments",          "problem_description",
    "problem_covers_sex_buyers", "target_groups",   "intersectional",
    "prevalence_mapping",  "cooperation_local",     "cooperation_regional",
    "cooperation_between_counties", "actors",       "chains",
    "complete_chains",     "national_goal_1",       "national_goal_2",
    "national_goal_3",     "national_goal_4",       "problem_link_section",
    "problem_link_plan"};

constexpr std::string_view kPlacePrefix = "place.";

}  // namespace

std::vector<std::string> profile_answer_names(const ProfileRules& rules) {
  std::vector<std::string> names(std::begin(kFixedAnswers), std::end(kFixedAnswers));
  for (const auto& place : rules.places) names.push_back(std::string(kPlacePrefix) + place.first);
  return names;
}

bool profile_answer_counts_chains(std::string_view answer) {
  return answer == "chains" || answer == "complete_chains" ||
         answer.starts_with("national_goal_") || answer.starts_with("problem_link_");
}

std::string profile_answer_code(const ProfileRules& rules, std::string_view answer) {
  if (answer.starts_with(kPlacePrefix)) {
    for (const auto& [name, code] : rules.places) {
      if (answer.substr(kPlacePrefix.size()) == name) return code;
    }
    return {};
  }
  const std::pair<std::string_view, const std::string*> by_answer[] = {
      {"pmh_mentioned", &rules.topic},
      {"pmh_segments", &rules.topic},
      {"problem_description", &rules.problem},
      {"problem_covers_sex_buyers", &rules.sex_buyers},
      {"target_groups", &rules.target_groups},
      {"intersectional", &rules.intersectional},
      {"prevalence_mapping", &rules.prevalence_mapping},
      {"cooperation_local", &rules.cooperation},
      {"cooperation_regional", &rules.cooperation},
      {"cooperation_between_counties", &rules.inter_county},
      {"actors", &rules.actors},
  };
  for (const auto& [name, code] : by_answer) {
    if (answer == name) return *code;
  }
  return {};
}

}  // namespace goalchain::codebook
