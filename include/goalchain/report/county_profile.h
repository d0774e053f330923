// What a county's documents say about PMH as a whole: the report's per-county
// questions (problem description, target groups, places, cooperation, actors)
// and its chains counted by national goal and completeness.
#pragma once

#include "goalchain/chain/chain.h"
#include "goalchain/codebook/codebook.h"
#include "goalchain/document/document.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace goalchain::report {

using codebook::ProfileRules;

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
  // Chains whose problem is their own section's, and the plan's elsewhere.
  int problem_link_section = 0;
  int problem_link_plan = 0;
  std::array<int, 4> national_goals{};  // chains serving goal 1 … 4
  std::array<int, 6> chain_scores{};    // chains with score 0 … 5
};

// A county's profile built one document at a time: what a run that does not
// keep its documents folds them into.
class CountyProfileBuilder {
 public:
  // `codebook` must outlive the builder.
  CountyProfileBuilder(const codebook::Codebook& codebook, const ProfileRules& rules);
  ~CountyProfileBuilder();
  CountyProfileBuilder(CountyProfileBuilder&&) noexcept;
  CountyProfileBuilder& operator=(CountyProfileBuilder&&) noexcept;

  // Adds a document coded with the codebook, and its chains.
  void add(const document::Document& doc, const std::vector<chain::Chain>& chains);

  // The profile of the documents added so far.
  CountyProfile finish() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The profile of the documents `documents` (indexes into `all`), whose chains
// are chains[d]. Segments must have been coded with `codebook`.
CountyProfile build_county_profile(const std::vector<document::Document>& all,
                                   const std::vector<std::vector<chain::Chain>>& chains,
                                   const std::vector<std::size_t>& documents,
                                   const codebook::Codebook& codebook,
                                   const ProfileRules& rules);

}  // namespace goalchain::report
