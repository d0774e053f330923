#include "goalchain/report/county_profile.h"

#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"

#include <gtest/gtest.h>

namespace goalchain::report {
namespace {

constexpr const char* kCodebook = R"(goalchain_codebook: 1
name: profile
codes:
  - id: pmh
    label: PMH
    keywords: ["*prostitution*", "*sexköp*"]
  - id: problem
    label: Problem
    keywords: [problem, problemet]
  - id: target
    label: Målgrupper
  - id: target.sex_buyers
    parent: target
    label: Sexköpare
    keywords: ["sexköpare*"]
  - id: target.women
    parent: target
    label: Kvinnor
    keywords: [kvinnor]
  - id: actor
    label: Aktörer
  - id: actor.police
    parent: actor
    label: Polisen
    keywords: [polisen]
  - id: actor.municipality
    parent: actor
    label: Kommunerna
    keywords: [kommunerna]
  - id: activity_type.cooperation_group
    label: Samverkansgrupp
    keywords: ["*nätverk*"]
  - id: quality.internet
    label: Internet
    keywords: [nätet]
profile:
  topic: pmh
  problem: problem
  sex_buyers: target.sex_buyers
  target_groups: target
  actors: actor
  intersectional: quality.intersectional
  prevalence_mapping: activity_type.prevalence_mapping
  places: {internet: quality.internet, street: quality.street}
  cooperation: activity_type.cooperation_group
  local_partners: [actor.municipality, actor.social_services, actor.school]
  regional_partners: [actor.county_board, actor.region_health, actor.regional_coordinator]
  inter_county: quality.inter_county
)";

document::Document coded(const std::string& text, const codebook::Codebook& book) {
  auto doc = document::read_text_document(text, "plan-2020.txt");
  coding::code_document(doc, codebook::Matcher(book));
  return doc;
}

TEST(CountyProfileTest, ReadsPmhPassagesOnly) {
  const auto book = codebook::parse_codebook(kCodebook);
  std::vector<document::Document> docs;
  docs.push_back(coded(
      "1. Prostitution\n\nProblemet är att sexköpare söker sig till nätet.\n\n"
      "Kommunerna har ett nätverk med polisen.\n\n"
      "2. Annat våld\n\nKvinnor utsätts för våld.\n",
      book));
  std::vector<std::vector<chain::Chain>> chains(1);
  chain::Chain complete;
  complete.complete = true;
  complete.score = 5;
  complete.national_goals = {1, 3};
  complete.problem_link = "plan";
  chains[0].push_back(complete);
  chain::Chain partial;
  partial.score = 2;
  partial.national_goals = {3};
  chains[0].push_back(partial);

  const auto profile = build_county_profile(docs, chains, {0}, book, *book.profile);
  EXPECT_TRUE(profile.pmh_mentioned);
  EXPECT_EQ(profile.pmh_segments, 3);  // the heading and the two paragraphs under it
  EXPECT_TRUE(profile.problem_description);
  EXPECT_EQ(profile.problem_covers_sex_buyers, true);
  // Women are named only under the heading about other violence.
  EXPECT_EQ(profile.target_groups, std::vector<std::string>{"target.sex_buyers"});
  EXPECT_EQ(profile.actors, (std::vector<std::string>{"actor.police", "actor.municipality"}));
  EXPECT_EQ(profile.cooperation_local, true);
  EXPECT_EQ(profile.cooperation_regional, std::nullopt);  // no regional partner code
  EXPECT_EQ(profile.cooperation_between_counties, std::nullopt);  // no such code
  EXPECT_EQ(profile.intersectional, std::nullopt);
  ASSERT_EQ(profile.places.size(), 2u);
  EXPECT_EQ(profile.places[0], (std::pair<std::string, Answer>{"internet", true}));
  EXPECT_EQ(profile.places[1], (std::pair<std::string, Answer>{"street", std::nullopt}));
  EXPECT_EQ(profile.chains, 2);
  EXPECT_EQ(profile.complete_chains, 1);
  EXPECT_EQ(profile.problem_link_plan, 1);
  EXPECT_EQ(profile.problem_link_section, 0);
  EXPECT_EQ(profile.national_goals, (std::array<int, 4>{1, 0, 2, 0}));
  EXPECT_EQ(profile.chain_scores, (std::array<int, 6>{0, 0, 1, 0, 0, 1}));
}

TEST(CountyProfileTest, ADocumentWithoutPmhAnswersNo) {
  const auto book = codebook::parse_codebook(kCodebook);
  std::vector<document::Document> docs;
  docs.push_back(coded("1. Våld\n\nProblemet är att kvinnor utsätts för våld av polisen.\n", book));
  const std::vector<std::vector<chain::Chain>> chains(1);
  const auto profile = build_county_profile(docs, chains, {0}, book, *book.profile);
  EXPECT_FALSE(profile.pmh_mentioned);
  EXPECT_EQ(profile.pmh_segments, 0);
  EXPECT_FALSE(profile.problem_description);
  EXPECT_EQ(profile.problem_covers_sex_buyers, false);
  EXPECT_TRUE(profile.target_groups.empty());
  EXPECT_TRUE(profile.actors.empty());
  EXPECT_EQ(profile.places[0].second, false);
  EXPECT_EQ(profile.chains, 0);
}

}  // namespace
}  // namespace goalchain::report
