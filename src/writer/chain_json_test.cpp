#include "goalchain/writer/chain_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace goalchain::writer {
namespace {

// A plan whose segments the chains below refer to.
document::Document plan() {
  document::Document doc;
  doc.id = "plan";
  const std::vector<std::pair<std::vector<std::string>, std::string>> segments = {
      {{}, "Lägesbild"},
      {{"Lägesbild"}, "Sexköp sker via nätet."},
      {{"2. Stöd"}, "Mål: Fler får stöd."},
      {{"2. Stöd"}, "Socialtjänsten ger stöd. Kommunens samordnare ansvarar."},
      {{"2. Stöd"}, "Årligen följs arbetet upp"},
      {{"2. Stöd"}, "av nämnden."},
  };
  for (std::size_t s = 0; s < segments.size(); ++s) {
    document::Segment segment;
    segment.id = "plan:" + std::to_string(s + 1);
    segment.section = segments[s].first;
    segment.text = segments[s].second;
    segment.line = static_cast<int>(s) + 1;
    doc.segments.push_back(std::move(segment));
  }
  return doc;
}

nlohmann::ordered_json written(const document::Document& doc, const chain::Chain& chain) {
  const std::vector<chain::Chain> chains = {chain};
  const DocumentRefs refs(doc, &chains);
  std::ostringstream out;
  util::JsonStream json(out);
  write_chain_json(json, chain, refs);
  json.finish();
  return nlohmann::ordered_json::parse(out.str());
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& j) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  return keys;
}

TEST(ChainJsonTest, ElementsAreSegmentPositionsWithCharacterRanges) {
  const auto doc = plan();
  chain::Chain chain;
  chain.id = "plan:chain-1";
  chain.section = {"2. Stöd", "Mål: Fler får stöd."};  // a goal heading: a path of the chain alone
  chain.problem.push_back({"Sexköp sker via nätet.", "plan:2", 1, 2, {}});
  chain.problem_link = "plan";
  chain.goal.push_back({"Fler får stöd.", "plan:3", 1, 3, {}});
  chain.activities.push_back({"Socialtjänsten ger stöd.", "plan:4", 1, 4, {}});
  chain.responsible.push_back({"", "", "Kommunens samordnare", "plan:4", 4});
  chain.responsible.push_back({"actor.social_services", "Socialtjänsten", "Socialtjänsten", "plan:4", 4});
  // A follow-up running on into the next segment, and one more: one element.
  chain.follow_up.push_back({"Årligen följs arbetet upp av nämnden.", "plan:5", 1, 5,
                             {{"Årligen följs arbetet upp", "plan:5", 1, 5},
                              {"av nämnden.", "plan:6", 1, 6}}});
  chain.follow_up.push_back({"Socialtjänsten ger stöd.", "plan:4", 1, 4, {}});
  chain.national_goals = {2};
  chain.target_groups = {"target.women"};
  chain.evidence.push_back({"NS2", "stöd", "plan:4", 4});
  chain.elements = {true, true, true, false, true};
  chain.score = 4;
  chain.flags = {"goal_without_indicator"};
  chain.page = 1;
  chain.line = 3;
  const auto j = written(doc, chain);
  EXPECT_EQ(keys_of(j), (std::vector<std::string>{"section", "problem", "goal", "national_goals",
                                                  "activities", "responsible", "follow_up",
                                                  "target_groups", "score", "complete", "flags",
                                                  "evidence", "location", "problem_link"}));
  EXPECT_EQ(j["section"], 3);  // [], ["Lägesbild"], ["2. Stöd"], then the chain's own
  EXPECT_EQ(j["problem"].dump(), "[[1,0,22]]");
  EXPECT_EQ(j["goal"].dump(), "[[2,5,19]]");  // "Mål: " left out: characters 5 to 19
  EXPECT_EQ(j["activities"].dump(), "[[[3,0,24]]]");
  EXPECT_EQ(j["responsible"].dump(), R"([[null,3,25,45],["actor.social_services",3,0,14]])");
  EXPECT_EQ(j["follow_up"].dump(), "[[4,0,25],[5,0,11],[3,0,24]]");
  EXPECT_EQ(j["evidence"].dump(), R"([["NS2",3,19,23]])");
  EXPECT_EQ(j["score"], 4);
  EXPECT_EQ(j["complete"], false);
  EXPECT_EQ(j["location"], (nlohmann::ordered_json{{"page", 1}, {"line", 3}}));
  EXPECT_EQ(j["problem_link"], "plan");
}

TEST(ChainJsonTest, EmptyListsAbsentElementsAndNoProblemLinkAreLeftOut) {
  const auto doc = plan();
  chain::Chain chain;
  chain.section = {"2. Stöd"};
  chain.activities.push_back({"Socialtjänsten ger stöd.", "plan:4", 1, 4, {}});
  chain.score = 1;
  chain.page = 1;
  chain.line = 4;
  const auto j = written(doc, chain);
  EXPECT_EQ(keys_of(j), (std::vector<std::string>{"section", "activities", "score", "complete",
                                                  "location"}));
  EXPECT_EQ(j["section"], 2);
}

TEST(ChainJsonTest, WordsNotInTheirSegmentAreWrittenOut) {
  const auto doc = plan();
  chain::Chain chain;
  chain.section = {"2. Stöd"};
  chain.goal.push_back({"Ingenstans i texten.", "plan:3", 1, 3, {}});
  chain.activities.push_back({"Ett annat dokument.", "other:1", 1, 1, {}});
  const auto j = written(doc, chain);
  EXPECT_EQ(j["goal"].dump(), R"([[2,"Ingenstans i texten."]])");
  EXPECT_EQ(j["activities"].dump(), R"([[[null,"Ett annat dokument."]]])");
}

TEST(ChainJsonTest, ProfileMembersGoIntoTheOpenObject) {
  report::CountyProfile profile;
  profile.pmh_mentioned = true;
  profile.places = {{"internet", true}, {"street", std::nullopt}};
  profile.chains = 3;
  profile.national_goals = {0, 1, 2, 0};
  std::ostringstream out;
  util::JsonStream json(out);
  json.begin_object();
  write_county_profile_members(json, profile);
  json.end_object();
  json.finish();
  const auto j = nlohmann::ordered_json::parse(out.str());
  EXPECT_EQ(j["pmh_mentioned"], true);
  EXPECT_TRUE(j["problem_covers_sex_buyers"].is_null());
  EXPECT_EQ(j["places"]["internet"], true);
  EXPECT_TRUE(j["places"]["street"].is_null());
  EXPECT_EQ(j["chains"], 3);
  EXPECT_EQ(j["national_goals"]["2"], 1);
  EXPECT_EQ(j["national_goals"]["3"], 2);
  EXPECT_EQ(j["chain_scores"].size(), 6u);
}

}  // namespace
}  // namespace goalchain::writer
