#include "goal_topics.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

const std::vector<std::string> kLinking = {"och", "till", "för", "hos", "att", "som"};

TEST(GoalTopicsTest, AHeadingNamesTheGoalItSharesMostWordsWith) {
  const std::vector<std::string_view> goals = {
      "Fler kvinnor i prostitution ska upptäckas av socialtjänsten.",
      "Kvinnor som lämnar prostitution ska erbjudas stöd och boende.",
      "Personalen i vården ska ha kunskap om människohandel."};
  EXPECT_EQ(goal_of_topic("3.1 Att upptäcka tidigt", goals, kLinking), 0u);
  EXPECT_EQ(goal_of_topic("3.2 Stöd till kvinnor", goals, kLinking), 1u);
  EXPECT_EQ(goal_of_topic("3.3 Kunskapen hos personalen", goals, kLinking), 2u);
}

TEST(GoalTopicsTest, NoSharedWordOrATieNamesNoGoal) {
  const std::vector<std::string_view> goals = {"Färre ska köpa sex i länet.", "Fler ska få stöd i länet."};
  EXPECT_EQ(goal_of_topic("Övrigt arbete", goals, kLinking), std::nullopt);
  EXPECT_EQ(goal_of_topic("Insatser i länet", goals, kLinking), std::nullopt);
  EXPECT_EQ(goal_of_topic("Att", goals, kLinking), std::nullopt);
}

TEST(GoalTopicsTest, AShortCellRestatesTheGoalWhoseWordsItMostlyHolds) {
  const std::vector<std::string_view> goals = {
      "Fler kvinnor i prostitution ska upptäckas av socialtjänsten.",
      "Kvinnor som lämnar prostitution ska erbjudas stöd och boende.",
      "Personalen i vården ska ha kunskap om människohandel."};
  EXPECT_EQ(restated_goal("2. Stöd och boende erbjuds", goals, kLinking), 1u);
  EXPECT_EQ(restated_goal("3b. Kunskap om människohandel", goals, kLinking), 2u);
  // One word met, or fewer than half, restates nothing.
  EXPECT_EQ(restated_goal("Socialtjänsten", goals, kLinking), std::nullopt);
  EXPECT_EQ(restated_goal("Kunskap om barns rättigheter och skolans ansvar", goals, kLinking), std::nullopt);
  // Two goals meeting it as well: neither.
  EXPECT_EQ(restated_goal("Kvinnor i prostitution", goals, kLinking), std::nullopt);
}

}  // namespace
}  // namespace goalchain::chain
