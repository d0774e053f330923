#include "problem_linkage.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class ProblemLinkageTest : public ChainTest {};

TEST_F(ProblemLinkageTest, ProblemComesFromTheSectionOrThoseAbove) {
  const auto chains = chains_of(
      "1. Bakgrund\n\nEtt problem är att få sexköpare lagförs.\n\n"
      "2. Prostitution i länet\n\nProblemet är att prostitutionen flyttat ut på nätet.\n"
      "Det gäller främst unga kvinnor.\n\nEtt annat problem är lokalerna.\n\n"
      "2.1 Mål\n\nMål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: Polisen genomför insatsveckor mot sexköp.\n"
      "Indikator: Antal lagförda.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  // Section 2 (a parent), not section 1 (a sibling), and only the problem text about the topic.
  ASSERT_EQ(chain.problem.size(), 1u);
  EXPECT_EQ(chain.problem[0].text,
            "Problemet är att prostitutionen flyttat ut på nätet. Det gäller främst unga kvinnor.");
  EXPECT_EQ(chain.score, 5);
  EXPECT_TRUE(chain.complete);
  EXPECT_FALSE(has_flag(chain, "vague_goal"));  // sexköpare: a target group
}

// A plan whose chapter headings are capitals and whose areas of work are
// plain headings under them: the areas under "LÄGESBILD" are no problem
// description, their goals are chains.
TEST_F(ProblemLinkageTest, ANumberedAreaUnderAProblemHeadingIsNoProblemDescription) {
  const auto chains = chains_of(
      "LÄGESBILD\n"
      "Problemet är att prostitutionen flyttat ut på nätet.\n\n"
      "Insatsområde 1: Brottsbekämpning\n"
      "Målet är att fler sexköpare ska lagföras.\n"
      "Polisen ska genomföra insatsveckor mot sexköp.\n\n"
      "Insatsområde 2: Stöd till utsatta\n"
      "Målet är att alla som vill lämna prostitution ska erbjudas stöd.\n"
      "Socialtjänsten ska erbjuda samtalsstöd till den som vill lämna prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal.at(0).text, "Målet är att fler sexköpare ska lagföras.");
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_EQ(chains[0].problem[0].text, "Problemet är att prostitutionen flyttat ut på nätet.");
  EXPECT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[1].goal.at(0).text, "Målet är att alla som vill lämna prostitution ska erbjudas stöd.");
}

// Pattern 4: the plan's problem description beside the goals.
TEST_F(ProblemLinkageTest, ThePlansProblemServesGoalsBesideIt) {
  const auto chains = chains_of(
      "1. Lägesbild\n\n"
      "Prostitutionen i länet sker i allt högre grad via nätet.\n\n"
      "2. Mål och insatser\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: Polisen genomför insatsveckor mot sexköp.\n"
      "Indikator: Antal lagförda.\n\n"
      "3. Hedersrelaterat våld\n\nEtt problem är att få anmäler.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.problem.size(), 1u);
  EXPECT_EQ(chain.problem[0].text, "Prostitutionen i länet sker i allt högre grad via nätet.");
  EXPECT_EQ(chain.problem_link, "plan");
  EXPECT_TRUE(chain.complete);
}

TEST_F(ProblemLinkageTest, ASectionsOwnProblemComesBeforeThePlans) {
  const auto chains = chains_of(
      "1. Lägesbild\n\nProstitutionen i länet sker via nätet.\n\n"
      "2. Sexköp\n\nEtt problem är att få sexköpare lagförs.\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_EQ(chains[0].problem[0].text, "Ett problem är att få sexköpare lagförs.");
  EXPECT_EQ(chains[0].problem_link, "section");
}

TEST_F(ProblemLinkageTest, AProblemHeadingMayNameItsTopic) {
  const auto chains = chains_of(
      "Lägesbild prostitution och människohandel\n\n"
      "Polisen bedömer att prostitutionen i länet främst sker i lägenheter.\n\n"
      "Prostitution och människohandel\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_TRUE(chains[0].problem[0].text.starts_with("Polisen bedömer"));
  EXPECT_EQ(chains[0].problem_link, "plan");
}

// "6.1 Så ser det ut" beside "6.2 Det här vill vi uppnå": the problem section
// describes what its sibling's goals answer, before the plan's first one.
TEST_F(ProblemLinkageTest, AProblemSectionServesItsSiblings) {
  const auto chains = chains_of(
      "Lägesbild\n\nEtt problem är att få sexköpare lagförs.\n\n"
      "6. Prostitution och människohandel\n\n"
      "6.1 Så ser det ut\n\n"
      "Problemet är att sexköpen i länet sker via nätet.\n\n"
      "6.2 Det här vill vi uppnå\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_EQ(chains[0].problem[0].text, "Problemet är att sexköpen i länet sker via nätet.");
  EXPECT_EQ(chains[0].problem_link, "section");
}

// No problem heading: the problem stands in an introduction, after the goals,
// or under a heading the codebook does not know.
TEST_F(ProblemLinkageTest, WithoutAProblemHeadingThePlansProblemStandsWhereNoChainDoes) {
  for (const std::string& problem_first : {std::string("yes"), std::string("no")}) {
    const std::string problem =
        "Prostitution i staden\n\nEtt problem är att sexköpen flyttat ut på nätet.\n\n";
    const std::string goals =
        "Mål och insatser\n\nMål: Polisen ska lagföra fler sexköpare.\n"
        "Insats: Polisen genomför insatsveckor mot sexköp.\n\n";
    const auto chains = chains_of(problem_first == "yes" ? problem + goals : goals + problem);
    ASSERT_EQ(chains.size(), 1u) << problem_first;
    ASSERT_EQ(chains[0].problem.size(), 1u) << problem_first;
    EXPECT_EQ(chains[0].problem[0].text, "Ett problem är att sexköpen flyttat ut på nätet.");
    EXPECT_EQ(chains[0].problem_link, "plan");
  }
}

// A problem sentence in another goal's section is not the plan's.
TEST_F(ProblemLinkageTest, AProblemInAnotherGoalsSectionIsNotThePlans) {
  const auto chains = chains_of(
      "Mål 1\n\nMål: Polisen ska lagföra fler sexköpare.\n"
      "Ett problem är att få sexköpare lagförs.\n\n"
      "Mål 2\n\nMål: Kommunerna ska erbjuda stöd till personer i prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_TRUE(chains[1].problem.empty());
}

}  // namespace
}  // namespace goalchain::chain
