#include "chain_classification.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class ChainClassificationTest : public ChainTest {};

TEST_F(ChainClassificationTest, NationalGoalsFallBackToTheHeadingAbove) {
  const auto chains = chains_of(
      "2. Stöd till utsatta för prostitution\n\nMål: Fler ska få hjälp.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{2});
  ASSERT_FALSE(chains[0].evidence.empty());
  EXPECT_EQ(chains[0].evidence[0].term, "Stöd");
}

TEST_F(ChainClassificationTest, NationalGoalsAreThePlansOwnClassThenTheGoalsThenTheActivities) {
  // The area the plan files the goal under, though the goal names knowledge.
  const auto filed = chains_of(
      "3.2 Stöd till utsatta\n\n"
      "Alla kommuner ska ha rutiner för utbildning om människohandel.\n");
  ASSERT_EQ(filed.size(), 1u);
  EXPECT_EQ(filed[0].national_goals, std::vector<int>{2});
  // The goal's own words before its activities'.
  const auto goal = chains_of(
      "3. Mål och insatser\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: En utbildning om människohandel för socialtjänsten.\n");
  ASSERT_EQ(goal.size(), 1u);
  EXPECT_EQ(goal[0].national_goals, std::vector<int>{3});
  // A goal about violence in general also serves what its topical activity serves.
  const auto general = chains_of(
      "3. Våld i nära relationer\n\n"
      "Mål: Fler våldsutsatta kvinnor ska få stöd.\n"
      "Länsstyrelsen ska:\n"
      "- erbjuda kommunerna en kartläggning av våldet,\n"
      "- anordna en utbildning om människohandel för personal på boenden.\n");
  ASSERT_EQ(general.size(), 1u);
  EXPECT_EQ(general[0].national_goals, (std::vector<int>{2, 4}));
}

}  // namespace
}  // namespace goalchain::chain
