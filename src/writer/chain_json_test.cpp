#include "goalchain/writer/chain_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace goalchain::writer {
namespace {

nlohmann::ordered_json written(const chain::Chain& chain) {
  std::ostringstream out;
  util::JsonStream json(out);
  write_chain_json(json, chain);
  json.finish();
  return nlohmann::ordered_json::parse(out.str());
}

TEST(ChainJsonTest, FieldsFollowTheContract) {
  chain::Chain chain;
  chain.id = "plan:chain-1";
  chain.section = {"2. Stöd"};
  chain.activities.push_back({"Socialtjänsten ger stöd.", "plan:4", 1, 7, {}});
  chain.responsible.push_back({"", "", "Kommunens samordnare", "plan:5", 8});
  chain.follow_up.push_back({"Årligen.", "plan:6", 1, 9, {}});
  chain.follow_up.push_back({"Av nämnden.", "plan:7", 2, 12, {}});
  chain.national_goals = {2};
  chain.elements.activity = true;
  chain.elements.responsibility = true;
  chain.score = 2;
  chain.flags = {"activity_without_goal"};
  chain.page = 1;
  chain.line = 7;
  const auto j = written(chain);
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "section", "problem", "goal", "national_goals",
                                            "activities", "indicators", "responsible",
                                            "follow_up", "target_groups", "elements", "score",
                                            "complete", "flags", "evidence", "location",
                                            "problem_link"}));
  EXPECT_TRUE(j["goal"].is_null());
  EXPECT_TRUE(j["problem"].is_null());
  EXPECT_EQ(j["activities"][0]["segment"], "plan:4");
  EXPECT_FALSE(j["activities"][0].contains("parts"));  // one piece: no parts
  EXPECT_TRUE(j["responsible"][0]["code"].is_null());
  EXPECT_EQ(j["responsible"][0]["raw"], "Kommunens samordnare");
  // Two follow-ups become one element with both pieces.
  EXPECT_EQ(j["follow_up"]["text"], "Årligen. Av nämnden.");
  EXPECT_EQ(j["follow_up"]["segment"], "plan:6");
  ASSERT_EQ(j["follow_up"]["parts"].size(), 2u);
  EXPECT_EQ(j["follow_up"]["parts"][1]["segment"], "plan:7");
  EXPECT_EQ(j["follow_up"]["parts"][1]["page"], 2);
  EXPECT_EQ(j["elements"]["activity"], true);
  EXPECT_EQ(j["elements"]["goal"], false);
  EXPECT_EQ(j["score"], 2);
  EXPECT_EQ(j["complete"], false);
  EXPECT_EQ(j["location"], (nlohmann::ordered_json{{"page", 1}, {"line", 7}}));
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
