#include "goalchain/agreement/chain_agreement.h"

#include <gtest/gtest.h>

namespace goalchain::agreement {
namespace {

ComparedChain chain_with(std::string id, std::string anchor,
                         std::vector<std::string> activities = {}) {
  ComparedChain c;
  c.id = std::move(id);
  c.anchor = std::move(anchor);
  c.activities = std::move(activities);
  return c;
}

TEST(ChainAgreementTest, OverlapIsTheJaccardOfDistinctFoldedWords) {
  // 4 words shared, 6 in either.
  EXPECT_DOUBLE_EQ(text_overlap("Fler sexköp ska upptäckas", "Fler sexköp ska upptäckas och lagföras"),
                   4.0 / 6.0);
  EXPECT_DOUBLE_EQ(text_overlap("Polisen SKA, polisen ska.", "polisen ska"), 1.0);
  EXPECT_DOUBLE_EQ(text_overlap("Mål 1", ""), 0.0);
  EXPECT_DOUBLE_EQ(text_overlap("", ""), 0.0);
}

TEST(ChainAgreementTest, TextsAreMatchedOneToOneFromTheHighestOverlapDown) {
  const std::vector<std::string> a = {"polisen ska genomföra insatsveckor",
                                      "länsstyrelsen ska utbilda personal"};
  const std::vector<std::string> b = {"länsstyrelsen ska utbilda personal i kommunerna",
                                      "polisen ska genomföra insatsveckor mot sexköp"};
  using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;
  EXPECT_EQ(match_texts(a, b), (Pairs{{0, 1}, {1, 0}}));
  // The exact copy wins; the longer text is left without a partner.
  EXPECT_EQ(match_texts({"x y z"}, {"x y z w", "x y z"}), (Pairs{{0, 1}}));
  // Below half the words in common: no match (2 of 5).
  EXPECT_TRUE(match_texts({"a b c"}, {"a b d e"}).empty());
  EXPECT_EQ(match_texts({"a b c"}, {"a b c d"}), (Pairs{{0, 0}}));  // 3 of 4
}

TEST(ChainAgreementTest, ElementAgreementPerElement) {
  ComparedChain hand = chain_with("h", "goal", {"utbildning för socialtjänsten",
                                                "insatsvecka mot sexköp", "kampanj på nätet"});
  ComparedChain found = chain_with("f", "goal", {"insatsvecka mot sexköp i två kommuner",
                                                 "utbildning för socialtjänsten"});
  hand.actors = {"actor.county_board", "actor.police"};
  found.actors = {"actor.police"};
  hand.national_goals = {3};
  hand.problem = true;
  // 2 matched of 3 + 2 − 2 = 3.
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::activities, hand, found), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::indicators, hand, found), 1.0);
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::responsible, hand, found), 0.5);
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::national_goals, hand, found), 0.0);
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::problem, hand, found), 0.0);
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::complete, hand, found), 1.0);
  found.national_goals = {3, 4};
  EXPECT_DOUBLE_EQ(element_agreement(ComparedElement::national_goals, hand, found), 0.5);
}

TEST(ChainAgreementTest, ComparesChainsByTheirAnchors) {
  const std::vector<ComparedChain> hand = {
      chain_with("h:1", "Fler sexköp ska upptäckas och lagföras i länet."),
      chain_with("h:2", "Kunskapen om omfattningen ska öka."),
  };
  const std::vector<ComparedChain> found = {
      chain_with("p:chain-1", "Fler sexköp ska upptäckas och lagföras"),
      chain_with("p:chain-2", "Rekvisitionen ska lämnas senast den 1 december."),
      chain_with("p:chain-3", "Kunskapen om omfattningen av prostitution ska öka."),
  };
  const auto result = compare_chains(hand, found, "hand.yaml", "plan.txt");
  ASSERT_EQ(result.matched.size(), 2u);
  EXPECT_EQ(result.matched[0].hand.id, "h:1");
  EXPECT_EQ(result.matched[0].found.id, "p:chain-1");
  EXPECT_DOUBLE_EQ(result.matched[0].overlap, 6.0 / 8.0);
  EXPECT_EQ(result.matched[1].found.id, "p:chain-3");
  EXPECT_DOUBLE_EQ(result.matched[1].overlap, 5.0 / 7.0);
  EXPECT_TRUE(result.missed.empty());
  ASSERT_EQ(result.extra.size(), 1u);
  EXPECT_EQ(result.extra[0].id, "p:chain-2");

  const auto figures = summarize_chain_agreement({result});
  EXPECT_EQ(figures.hand_chains, 2);
  EXPECT_EQ(figures.found_chains, 3);
  EXPECT_EQ(figures.matched, 2);
  EXPECT_DOUBLE_EQ(*figures.recall, 1.0);
  EXPECT_DOUBLE_EQ(*figures.precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*figures.elements_mean, 1.0);  // empty against empty everywhere
}

TEST(ChainAgreementTest, PoolsDocumentsAndLeavesUndefinedFiguresEmpty) {
  // Plan A: both hand chains matched, activities agreeing 1 and 1/2.
  const auto a = compare_chains(
      {chain_with("a:1", "alpha beta gamma", {"x y"}), chain_with("a:2", "delta epsilon", {"u v"})},
      {chain_with("a:chain-1", "alpha beta gamma", {"x y"}),
       chain_with("a:chain-2", "delta epsilon", {"u v", "w z"})},
      "a-hand.yaml", "a.txt");
  // Plan B: nothing found.
  const auto b = compare_chains({chain_with("b:1", "one"), chain_with("b:2", "two")}, {},
                                "b-hand.yaml", "b.txt");
  const auto report = build_chain_agreement_report({a, b});
  ASSERT_EQ(report.figures.size(), 2u);
  EXPECT_DOUBLE_EQ(*report.figures[0].elements[0], 0.75);
  EXPECT_DOUBLE_EQ(*report.figures[1].recall, 0.0);
  EXPECT_FALSE(report.figures[1].precision.has_value());
  EXPECT_FALSE(report.figures[1].elements[0].has_value());
  EXPECT_EQ(report.figures[1].matched, 0);
  EXPECT_EQ(report.total.hand_chains, 4);
  EXPECT_EQ(report.total.found_chains, 2);
  EXPECT_DOUBLE_EQ(*report.total.recall, 0.5);
  EXPECT_DOUBLE_EQ(*report.total.precision, 1.0);
  EXPECT_DOUBLE_EQ(*report.total.elements[0], 0.75);
  // Activities 0.75, the other five 1: mean (0.75 + 5) / 6.
  EXPECT_DOUBLE_EQ(*report.total.elements_mean, 5.75 / 6.0);
  EXPECT_EQ(report.documents[1].missed.size(), 2u);
}

}  // namespace
}  // namespace goalchain::agreement
