#include "nominal_goal_heading.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class NominalGoalHeadingTest : public ChainTest {
 protected:
  static const codebook::ChainRules& rules() { return *codebook_->chains; }
};

TEST_F(NominalGoalHeadingTest, AHeadingOpeningWithANominalGoalIsAGoal) {
  EXPECT_EQ(nominal_goal_heading(rules(), "4.2 Stärkt stöd till den som vill lämna prostitution"),
            std::string_view("4.2 ").size());
  EXPECT_EQ(nominal_goal_heading(rules(), "Ökad kunskap om människohandel"), 0u);
  EXPECT_FALSE(nominal_goal_heading(rules(), "4.2 Stöd till den som vill lämna prostitution"));
  EXPECT_FALSE(nominal_goal_heading(rules(), "4.2 Ökad"));  // nothing is named
  EXPECT_FALSE(nominal_goal_heading(rules(), "3.3 Effektivare brottsbekämpning"));  // an area
}

// Activities in a table right under a goal stated as a noun phrase join it;
// a goal under such a heading makes it only the heading.
TEST_F(NominalGoalHeadingTest, TheHeadingOpensTheChainOfWhatStandsUnderIt) {
  auto chains = chains_of(
      "3 Mål och insatser\n\n"
      "3.1 Minskad efterfrågan på sexköp bland unga män\n\n"
      "Polisen ska genomföra insatsveckor mot sexköp två gånger per år.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Minskad efterfrågan på sexköp bland unga män");
  EXPECT_EQ(chains[0].activities.size(), 1u);

  chains = chains_of(
      "3 Mål och insatser\n\n"
      "3.1 Minskad efterfrågan på sexköp\n\n"
      "Mål: Färre unga män ska köpa sex.\n"
      "Polisen ska genomföra insatsveckor mot sexköp.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre unga män ska köpa sex.");
}

// Each goal heading over its own flattened table, titled by a label line
// ("Insatser") above the header: the title is no column, and the next goal
// heading ends the table before it.
TEST_F(NominalGoalHeadingTest, AGoalHeadingEndsATableWithoutAGoalColumn) {
  const auto chains = chains_of(
      "2 Mål\n\n"
      "2.1 Minskad efterfrågan på sexköp\n"
      "Insatser\n"
      "Insats\n"
      "Ansvar\n"
      "Indikator\n"
      "Kampanj mot sexköp riktad till unga män\n"
      "Polisen\n"
      "Antal anmälda sexköp\n\n"
      "2.2 Stärkt stöd till personer i prostitution\n"
      "Insatser\n"
      "Insats\n"
      "Ansvar\n"
      "Indikator\n"
      "Samtalsstöd för personer i prostitution\n"
      "Socialtjänsten\n"
      "Antal personer som fått samtalsstöd\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Minskad efterfrågan på sexköp");
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "Kampanj mot sexköp riktad till unga män");
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.police"});
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[1].goal[0].text, "Stärkt stöd till personer i prostitution");
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"});
}

}  // namespace
}  // namespace goalchain::chain
