#include "goalchain/codebook/profile_rules.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace goalchain::codebook {
namespace {

ProfileRules rules_with_places() {
  ProfileRules rules;
  rules.topic = "pmh";
  rules.cooperation = "activity_type.cooperation_group";
  rules.places = {{"internet", "quality.internet"}, {"street", ""}};
  return rules;
}

TEST(ProfileRulesTest, AnswerNamesIncludeEachPlace) {
  const auto names = profile_answer_names(rules_with_places());
  for (const char* name : {"pmh_mentioned", "chains", "national_goal_4", "place.internet",
                           "place.street"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(std::find(names.begin(), names.end(), "place.forest"), names.end());
}

TEST(ProfileRulesTest, AnswerCodeIsTheCodeItCounts) {
  const ProfileRules rules = rules_with_places();
  EXPECT_EQ(profile_answer_code(rules, "pmh_mentioned"), "pmh");
  EXPECT_EQ(profile_answer_code(rules, "cooperation_regional"), "activity_type.cooperation_group");
  EXPECT_EQ(profile_answer_code(rules, "place.internet"), "quality.internet");
  EXPECT_EQ(profile_answer_code(rules, "place.street"), "");
  EXPECT_EQ(profile_answer_code(rules, "chains"), "");
}

TEST(ProfileRulesTest, ChainAnswersAreCountedFromChains) {
  EXPECT_TRUE(profile_answer_counts_chains("complete_chains"));
  EXPECT_TRUE(profile_answer_counts_chains("national_goal_3"));
  EXPECT_FALSE(profile_answer_counts_chains("pmh_mentioned"));
}

}  // namespace
}  // namespace goalchain::codebook
