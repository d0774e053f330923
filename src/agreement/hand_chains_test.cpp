#include "goalchain/agreement/hand_chains.h"

#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/yaml_document_reader.h"

#include <gtest/gtest.h>

namespace goalchain::agreement {
namespace {

constexpr const char* kCodebook = R"(goalchain_codebook: 1
name: hand
codes:
  - id: pmh
    label: PMH
    keywords: ["*prostitution*", "*sexköp*"]
  - id: NS2
    label: Stöd
  - id: NS3
    label: Brottsbekämpning
  - id: actor
    label: Aktörer
  - id: actor.police
    parent: actor
    label: Polisen
    keywords: ["polis*"]
  - id: actor.county_board
    parent: actor
    label: Länsstyrelsen
    keywords: ["länsstyrelse*"]
  - id: actor.prosecution
    parent: actor
    label: Åklagare
)";

constexpr const char* kHand = R"(goalchain: 1
county: Kalmar
type: handlingsplan
period: 2021
sections:
  - heading: Lägesbild
    problem: Sexköp förekommer i länets turistorter.
  - heading: Mål
    goals:
      - goal: Fler sexköp ska upptäckas.
        codes: [NS3]
        activities:
          - activity: Polisen ska genomföra insatsveckor.
            codes: [NS2]
            responsible: [Polismyndigheten, Kommunerna i länet]
            indicators: [Antal ärenden.]
          - activity: Utbildning för åklagare.
        responsible:
          - text: Åklagarkammaren
            codes: [actor.prosecution]
      - goal: Kunskapen om prostitution ska öka.
    activities:
      - activity: En konferens om prostitution.
        responsible: [Länsstyrelsen]
)";

class HandChainsTest : public ::testing::Test {
 protected:
  std::vector<ComparedChain> read(const std::string& yaml) {
    const codebook::Codebook book = codebook::parse_codebook(kCodebook);
    const codebook::Matcher matcher(book);
    document::ReadOptions options;
    for (const auto& code : book.codes) options.known_codes.push_back(code.id);
    document::Document hand = document::read_yaml_document(yaml, "plan-hand.yaml", options);
    coding::code_document(hand, matcher);
    chain::ChainRules rules;
    rules.actors = "actor";
    rules.national_goals = {{"NS2", 2}, {"NS3", 3}};
    return read_hand_chains(hand, book, rules);
  }
};

TEST_F(HandChainsTest, EachGoalAndEachLoneActivityIsAChain) {
  const auto chains = read(kHand);
  ASSERT_EQ(chains.size(), 3u);
  const ComparedChain& first = chains[0];
  EXPECT_EQ(first.anchor, "Fler sexköp ska upptäckas.");
  EXPECT_EQ(first.id, "plan-hand:4");
  EXPECT_EQ(first.activities,
            (std::vector<std::string>{"Polisen ska genomföra insatsveckor.", "Utbildning för åklagare."}));
  EXPECT_EQ(first.indicators, std::vector<std::string>{"Antal ärenden."});
  // Codes from the codebook's hits and the manual codes; words where none names an actor.
  EXPECT_EQ(first.actors, (std::vector<std::string>{"actor.police", "actor.prosecution",
                                                    "kommunerna i länet"}));
  EXPECT_EQ(first.national_goals, (std::vector<int>{2, 3}));
  EXPECT_TRUE(first.problem);  // the Lägesbild beside the goals serves them
  EXPECT_TRUE(first.complete);

  EXPECT_EQ(chains[1].anchor, "Kunskapen om prostitution ska öka.");
  EXPECT_TRUE(chains[1].activities.empty());
  EXPECT_FALSE(chains[1].complete);

  // A lone activity: its own anchor, no goal, so never complete.
  EXPECT_EQ(chains[2].anchor, "En konferens om prostitution.");
  EXPECT_EQ(chains[2].activities, std::vector<std::string>{"En konferens om prostitution."});
  EXPECT_EQ(chains[2].actors, std::vector<std::string>{"actor.county_board"});
  EXPECT_FALSE(chains[2].complete);
}

TEST_F(HandChainsTest, NoProblemEntryMeansNoProblem) {
  std::string yaml = kHand;
  yaml.erase(yaml.find("    problem:"), yaml.find("  - heading: Mål") - yaml.find("    problem:"));
  const auto chains = read(yaml);
  ASSERT_FALSE(chains.empty());
  EXPECT_FALSE(chains[0].problem);
  EXPECT_FALSE(chains[0].complete);
}

TEST(ReduceFoundChainsTest, AnchorsOnTheGoalElseTheFirstActivity) {
  chain::Chain with_goal;
  with_goal.id = "p:chain-1";
  with_goal.goal.push_back({"Fler sexköp ska upptäckas.", "p:3", 1, 7, {}});
  with_goal.activities.push_back({"Insatsveckor.", "p:4", 1, 8, {}});
  with_goal.responsible.push_back({"actor.police", "Polisen", "Polisen", "p:4", 8});
  with_goal.responsible.push_back({"", "", "Kommunerna i länet", "p:5", 9});
  with_goal.responsible.push_back({"actor.police", "Polisen", "polismyndigheten", "p:5", 9});
  with_goal.problem.push_back({"Sexköp förekommer.", "p:2", 1, 4, {}});
  with_goal.national_goals = {3};
  chain::Chain without_goal;
  without_goal.id = "p:chain-2";
  without_goal.activities.push_back({"En konferens.", "p:9", 1, 20, {}});

  const auto reduced = reduce_found_chains({with_goal, without_goal});
  ASSERT_EQ(reduced.size(), 2u);
  EXPECT_EQ(reduced[0].anchor, "Fler sexköp ska upptäckas.");
  EXPECT_EQ(reduced[0].line, 7);
  EXPECT_EQ(reduced[0].actors, (std::vector<std::string>{"actor.police", "kommunerna i länet"}));
  EXPECT_TRUE(reduced[0].problem);
  EXPECT_EQ(reduced[0].national_goals, std::vector<int>{3});
  EXPECT_EQ(reduced[1].anchor, "En konferens.");
  EXPECT_EQ(reduced[1].line, 20);
  EXPECT_FALSE(reduced[1].problem);
}

}  // namespace
}  // namespace goalchain::agreement
