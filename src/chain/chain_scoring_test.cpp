#include "chain_scoring.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class ChainScoringTest : public ChainTest {};

TEST_F(ChainScoringTest, ActivityWithoutGoalAndFollowUpThatOnlyNamesWho) {
  const auto chains = chains_of(
      "4. Stöd till personer i prostitution\n\n"
      "Insats 4.2: Personal inom öppenvården och socialtjänsten ska ställa frågor om\n"
      "sex mot ersättning till personer i prostitution.\n"
      "Ansvariga för insatsen är öppenvården och socialtjänsten.\n"
      "Uppföljning: sjukvårdsledningen samt socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  EXPECT_TRUE(chain.goal.empty());
  ASSERT_EQ(chain.activities.size(), 1u);
  EXPECT_EQ(chain.activities[0].text.rfind("Personal inom öppenvården", 0), 0u);
  EXPECT_EQ(actor_codes(chain),
            (std::vector<std::string>{"actor.region_health", "actor.social_services"}));
  ASSERT_EQ(chain.follow_up.size(), 1u);
  EXPECT_EQ(chain.follow_up[0].text, "sjukvårdsledningen samt socialtjänsten.");
  EXPECT_EQ(chain.national_goals, std::vector<int>{2});
  EXPECT_TRUE(has_flag(chain, "activity_without_goal"));
  EXPECT_TRUE(has_flag(chain, "follow_up_not_described"));
  EXPECT_FALSE(has_flag(chain, "goal_without_indicator"));  // no goal to flag
}

TEST_F(ChainScoringTest, DescribedFollowUpIsNotFlagged) {
  const auto chains = chains_of(
      "1. Stöd\n\nInsats: Socialtjänsten ska erbjuda stöd till personer i prostitution.\n"
      "Uppföljning: socialtjänsten sammanställer resultaten varje halvår i en rapport.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].follow_up.size(), 1u);
  EXPECT_FALSE(has_flag(chains[0], "follow_up_not_described"));
}

// A final report's results are follow-up of the goal, never an indicator,
// and do not count as a follow-up that names who but not how.
TEST_F(ChainScoringTest, AResultIsFollowUpButNoIndicatorAndNotFlagged) {
  const auto chains = chains_of(
      "3. Efterfrågan\n\n"
      "Mål: Sexköpen i länet ska minska.\n"
      "Resultat: Antalet anmälda sexköp ökade.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
  ASSERT_EQ(chains[0].follow_up.size(), 1u);
  EXPECT_EQ(chains[0].follow_up[0].text, "Resultat: Antalet anmälda sexköp ökade.");
  EXPECT_FALSE(has_flag(chains[0], "follow_up_not_described"));
}

}  // namespace
}  // namespace goalchain::chain
