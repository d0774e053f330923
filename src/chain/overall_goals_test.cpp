#include "overall_goals.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class OverallGoalsTest : public ChainTest {
 protected:
  static const codebook::ChainRules& rules() { return *codebook_->chains; }
};

TEST_F(OverallGoalsTest, ASentenceLabelOrHeadingNamesAGoalOneLevelUp) {
  document::Segment segment;
  EXPECT_TRUE(names_overall_goal(rules(), segment, "Syftet är att fler ska få stöd att lämna prostitution."));
  EXPECT_FALSE(names_overall_goal(rules(), segment, "Fler ska få stöd att lämna prostitution."));
  segment.label = "Långsiktigt mål";
  EXPECT_TRUE(names_overall_goal(rules(), segment, "Sexköpen i kommunen ska upphöra."));
  segment.label.clear();
  segment.section = {"2 Inriktning", "2.1 Långsiktigt mål"};
  EXPECT_TRUE(names_overall_goal(rules(), segment, "Sexköpen i kommunen ska upphöra."));
  // Only the whole heading: a heading that goes on names a section.
  segment.section = {"2 Långsiktigt mål och insatser"};
  EXPECT_FALSE(names_overall_goal(rules(), segment, "Sexköpen i kommunen ska upphöra."));
}

// The aim of a project above its goals heads them: no chain of its own, also
// when the goals stand under headings of their own; with an activity of its
// own it stays a chain.
TEST_F(OverallGoalsTest, AGoalOneLevelUpWithNothingOfItsOwnHeadsTheNextGoal) {
  auto chains = chains_of(
      "Projektets inriktning\n\n"
      "Syftet är att fler som säljer sex ska få stöd att lämna prostitution.\n\n"
      "Mål 1\n\nMinst 40 personer i prostitution ska ha fått stöd.\n\n"
      "Mål 2\n\nKunskapen om prostitution ska öka hos socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Minst 40 personer i prostitution ska ha fått stöd.");

  chains = chains_of(
      "Uppdraget\n\n"
      "Syftet är att fler som säljer sex ska få stöd att lämna prostitution.\n"
      "Länsstyrelsen ska genomföra utbildningar om prostitution för socialtjänsten.\n\n"
      "Del 2\n\nMål: Sexköpen i länet ska minska.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_TRUE(chains[0].goal[0].text.starts_with("Syftet är att"));
}

}  // namespace
}  // namespace goalchain::chain
