// Which codes answer which question of the county profile, from a codebook's
// `profile:` section. docs/chains.md describes each.
#pragma once

#include "goalchain/codebook/chain_rules.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace goalchain::codebook {

// One column of the report's questions table (`profile: questions:`): which
// county profile answer it shows, under which heading. The answer is one of
// profile_answer_names(): "pmh_mentioned", "place.internet", "chains", ...
struct ProfileQuestion {
  std::string answer;
  std::string label;     // heading in the codebook's language
  std::string label_en;  // heading in English; the label when empty
  int line = 0;          // where the codebook states it
  int column = 0;
};

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

  // The report's questions, in the order of their columns.
  std::vector<ProfileQuestion> questions;

  std::vector<NamedCode> named_codes;  // every code the section names
};

// Every answer a county profile gives, as a question names it: the fixed ones
// and "place.<name>" for each of `rules.places`.
std::vector<std::string> profile_answer_names(const ProfileRules& rules);

// True for answers counted from chains ("chains", "national_goal_2", ...).
bool profile_answer_counts_chains(std::string_view answer);

// The code whose segments an answer counts ("" for answers counted from
// chains, or when the codebook names none): "pmh" for "pmh_mentioned".
std::string profile_answer_code(const ProfileRules& rules, std::string_view answer);

}  // namespace goalchain::codebook
