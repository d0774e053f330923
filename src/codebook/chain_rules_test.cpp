#include "goalchain/codebook/chain_rules.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

TEST(ChainRulesTest, AFinalStarMatchesEveryEnding) {
  EXPECT_TRUE(matches_word("genomför*", "genomföra"));
  EXPECT_TRUE(matches_word("genomför*", "genomför"));
  EXPECT_FALSE(matches_word("genomför*", "genomgå"));
  EXPECT_TRUE(matches_word("ska", "ska"));
  EXPECT_FALSE(matches_word("ska", "skall"));
}

TEST(ChainRulesTest, PhrasesMatchWordByWord) {
  const std::vector<Phrase> phrases = {{"i", "samverkan", "med"}, {"tillsammans", "med"}};
  const std::vector<std::string> words = {"polisen", "ska", "i", "samverkan", "med", "kommunerna"};
  EXPECT_EQ(phrase_at(phrases, words, 2), 0u);
  EXPECT_EQ(phrase_at(phrases, words, 1), std::nullopt);
  EXPECT_EQ(phrase_at(phrases, words, 4), std::nullopt);  // "med kommunerna": no phrase
  EXPECT_EQ(phrase_at({{"med", "stöd", "av"}}, {"med", "stöd"}, 0), std::nullopt);  // too short
}

TEST(ChainRulesTest, RoleNamesRoundTrip) {
  for (const auto role : {ChainRole::problem, ChainRole::goal, ChainRole::activity,
                          ChainRole::indicator, ChainRole::responsibility, ChainRole::follow_up}) {
    EXPECT_EQ(chain_role_from_string(to_string(role)), role);
  }
  EXPECT_EQ(chain_role_from_string("mål"), std::nullopt);
}

TEST(ChainRulesTest, NumbersBeforeALabelAreSkipped) {
  ChainRules rules;
  rules.field_labels = {{"lägesbild", ChainRole::problem}, {"mål", ChainRole::goal}};
  EXPECT_EQ(role_of_label(rules, "3.2 Lägesbild i länet"), ChainRole::problem);
  EXPECT_EQ(role_of_label(rules, "Mål 2.1"), ChainRole::goal);
  EXPECT_EQ(role_of_label(rules, "2020"), std::nullopt);
  EXPECT_EQ(role_of_label(rules, "Lägesbild för hela länet i dag"), std::nullopt);
}

}  // namespace
}  // namespace goalchain::codebook
