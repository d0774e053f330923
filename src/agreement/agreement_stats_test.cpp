#include "goalchain/agreement/agreement_stats.h"

#include <gtest/gtest.h>

namespace goalchain::agreement {
namespace {

constexpr double kTolerance = 0.0005;  // three decimals

TEST(AgreementStatsTest, PerfectAgreement) {
  // A = B = [1,1,0,0]: p_o = 1; p_e = 0.5*0.5 + 0.5*0.5 = 0.5; kappa = (1-0.5)/(1-0.5) = 1.
  const BinaryTable t{2, 0, 0, 2};
  EXPECT_NEAR(*percent_agreement(t), 1.0, kTolerance);
  EXPECT_NEAR(*cohen_kappa(t), 1.0, kTolerance);
  // Coincidences: o_11 = 4, o_00 = 4, nothing off the diagonal, so D_o = 0 and alpha = 1.
  EXPECT_NEAR(*krippendorff_alpha_nominal({{1, 1}, {1, 1}, {0, 0}, {0, 0}}), 1.0, kTolerance);
}

TEST(AgreementStatsTest, AgreementBelowChance) {
  // A = [1,0,1,0], B = [0,1,0,1]: p_o = 0; p_e = 0.5; kappa = (0-0.5)/0.5 = -1.
  const BinaryTable t{0, 2, 2, 0};
  EXPECT_NEAR(*percent_agreement(t), 0.0, kTolerance);
  EXPECT_NEAR(*cohen_kappa(t), -1.0, kTolerance);
  // o_10 = o_01 = 4, n_1 = n_0 = 4, n = 8:
  // alpha = 1 - (n-1) * (o_10+o_01) / (2 n_1 n_0) = 1 - 7*8/32 = -0.75.
  EXPECT_NEAR(*krippendorff_alpha_nominal({{1, 0}, {0, 1}, {1, 0}, {0, 1}}), -0.75, kTolerance);
}

TEST(AgreementStatsTest, TextbookTable) {
  // both 20, only A 5, only B 10, neither 15 (n = 50): p_o = 35/50 = 0.7;
  // A says yes 25/50 = 0.5, B 30/50 = 0.6; p_e = 0.5*0.6 + 0.5*0.4 = 0.5;
  // kappa = (0.7-0.5)/(1-0.5) = 0.4.
  const BinaryTable t{20, 5, 10, 15};
  EXPECT_NEAR(*percent_agreement(t), 0.7, kTolerance);
  EXPECT_NEAR(*cohen_kappa(t), 0.4, kTolerance);
  EXPECT_NEAR(*prevalence_a(t), 0.5, kTolerance);
  EXPECT_NEAR(*prevalence_b(t), 0.6, kTolerance);
  // Precision = 20/30 = 0.667, recall = 20/25 = 0.8, F1 = 2*0.667*0.8/1.467 = 0.727.
  const auto pr = precision_recall(t);
  EXPECT_NEAR(*pr.precision, 0.667, kTolerance);
  EXPECT_NEAR(*pr.recall, 0.8, kTolerance);
  EXPECT_NEAR(*pr.f1, 0.727, kTolerance);
  // Alpha: o_11 = 40, o_00 = 30, o_10 = o_01 = 15; n_1 = 55, n_0 = 45, n = 100;
  // alpha = 1 - 99 * 30 / (2 * 55 * 45) = 1 - 2970/4950 = 0.4.
  std::vector<UnitValues> units;
  for (int i = 0; i < 20; ++i) units.push_back({1, 1});
  for (int i = 0; i < 5; ++i) units.push_back({1, 0});
  for (int i = 0; i < 10; ++i) units.push_back({0, 1});
  for (int i = 0; i < 15; ++i) units.push_back({0, 0});
  EXPECT_NEAR(*krippendorff_alpha_nominal(units), 0.4, kTolerance);
}

TEST(AgreementStatsTest, ConstantCodeLeavesKappaUndefined) {
  // Neither side ever uses the code: p_e = 1, so kappa is 0/0 and alpha has no D_e.
  const BinaryTable t{0, 0, 0, 6};
  EXPECT_NEAR(*percent_agreement(t), 1.0, kTolerance);
  EXPECT_FALSE(cohen_kappa(t).has_value());
  EXPECT_FALSE(krippendorff_alpha_nominal({{0, 0}, {0, 0}, {0, 0}}).has_value());
  const auto pr = precision_recall(t);
  EXPECT_FALSE(pr.precision.has_value());
  EXPECT_FALSE(pr.recall.has_value());
  EXPECT_FALSE(pr.f1.has_value());
  EXPECT_FALSE(cohen_kappa(BinaryTable{}).has_value());
  EXPECT_FALSE(percent_agreement(BinaryTable{}).has_value());
}

TEST(AgreementStatsTest, ThreeCoders) {
  // Units (1,1,1), (1,1,0), (0,0,0). Each unit has m = 3 values, so each ordered
  // pair counts 1/2. Unit 1: six (1,1) pairs -> o_11 += 3. Unit 2: two (1,1),
  // two (1,0), two (0,1) -> o_11 += 1, o_10 += 1, o_01 += 1. Unit 3: o_00 += 3.
  // n_1 = 5, n_0 = 4, n = 9; alpha = 1 - 8 * 2 / (2 * 5 * 4) = 0.6.
  EXPECT_NEAR(*krippendorff_alpha_nominal({{1, 1, 1}, {1, 1, 0}, {0, 0, 0}}), 0.6, kTolerance);
}

TEST(AgreementStatsTest, MissingValuesFollowKrippendorffsWorkedExample) {
  // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the
  // nominal example: 4 coders, 12 units, missing values; alpha = 0.743.
  const std::optional<int> _;
  const std::vector<UnitValues> units = {
      {1, 1, _, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
      {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {_, 5, 5, 5}, {_, _, 1, 1}, {_, 3, _, _},
  };
  EXPECT_NEAR(*krippendorff_alpha_nominal(units), 0.743, kTolerance);
  // A unit with one value is not pairable: adding one changes nothing.
  auto more = units;
  more.push_back({_, _, 4, _});
  EXPECT_NEAR(*krippendorff_alpha_nominal(more), 0.743, kTolerance);
}

TEST(AgreementStatsTest, FiguresToThreeDecimals) {
  // both 5, only A 2, only B 1, neither 2 (n = 10): p_o = 7/10 = 0.7;
  // p_A = 7/10, p_B = 6/10; p_e = 0.7*0.6 + 0.3*0.4 = 0.54;
  // kappa = (0.7 - 0.54) / (1 - 0.54) = 0.16/0.46 = 0.347826 -> 0.348.
  const BinaryTable t{5, 2, 1, 2};
  EXPECT_NEAR(*cohen_kappa(t), 0.348, kTolerance);
  // Precision 5/6 = 0.833, recall 5/7 = 0.714, F1 = 2*5 / (2*5 + 2 + 1) = 10/13 = 0.769.
  const auto pr = precision_recall(t);
  EXPECT_NEAR(*pr.precision, 0.833, kTolerance);
  EXPECT_NEAR(*pr.recall, 0.714, kTolerance);
  EXPECT_NEAR(*pr.f1, 0.769, kTolerance);
  // Alpha: o_11 = 2*5 = 10, o_00 = 2*2 = 4, o_10 = o_01 = 2 + 1 = 3;
  // n_1 = 13, n_0 = 7, n = 20; alpha = 1 - 19 * 6 / (2 * 13 * 7) = 1 - 114/182 = 0.374.
  std::vector<UnitValues> units;
  for (int i = 0; i < 5; ++i) units.push_back({1, 1});
  for (int i = 0; i < 2; ++i) units.push_back({1, 0});
  units.push_back({0, 1});
  for (int i = 0; i < 2; ++i) units.push_back({0, 0});
  EXPECT_NEAR(*krippendorff_alpha_nominal(units), 0.374, kTolerance);
}

TEST(AgreementStatsTest, OneSideConstantGivesKappaZeroNotUndefined) {
  // Only B uses the code, once in 10 units: p_o = 0.9; p_A = 0, p_B = 0.1;
  // p_e = 0*0.1 + 1*0.9 = 0.9; kappa = (0.9 - 0.9) / 0.1 = 0.
  const BinaryTable t{0, 0, 1, 9};
  EXPECT_NEAR(*cohen_kappa(t), 0.0, kTolerance);
  // o_00 = 18, o_01 = o_10 = 1; n_0 = 19, n_1 = 1, n = 20;
  // alpha = 1 - 19 * 2 / (2 * 19 * 1) = 0.
  std::vector<UnitValues> units(9, UnitValues{0, 0});
  units.push_back({0, 1});
  EXPECT_NEAR(*krippendorff_alpha_nominal(units), 0.0, kTolerance);
  // Precision 0/1 = 0; recall undefined (A never gave the code), so F1 too.
  const auto pr = precision_recall(t);
  EXPECT_NEAR(*pr.precision, 0.0, kTolerance);
  EXPECT_FALSE(pr.recall.has_value());
  EXPECT_FALSE(pr.f1.has_value());
}

TEST(AgreementStatsTest, MissingValuesDerivedByHand) {
  // Three coders, "_" = no value: (1,1,_), (0,0,0), (1,_,0), (_,_,1).
  // Unit 1: m = 2, two (1,1) pairs of weight 1/(m-1) = 1 -> o_11 = 2.
  // Unit 2: m = 3, six (0,0) pairs of weight 1/2 -> o_00 = 3.
  // Unit 3: m = 2, (1,0) and (0,1) -> o_10 = o_01 = 1.
  // Unit 4: m = 1, not pairable.
  // n_1 = 2 + 1 = 3, n_0 = 3 + 1 = 4, n = 7;
  // alpha = 1 - (n-1) * (o_10+o_01) / (2 n_1 n_0) = 1 - 6*2/24 = 0.500.
  const std::optional<int> _;
  EXPECT_NEAR(*krippendorff_alpha_nominal({{1, 1, _}, {0, 0, 0}, {1, _, 0}, {_, _, 1}}), 0.5,
              kTolerance);
  // Reading the gaps as "not coded" (0) instead gives another figure: every unit
  // has m = 3 and pairs weigh 1/2. (1,1,0): o_11 += 1, o_10 += 1, o_01 += 1;
  // (0,0,0): o_00 += 3; (1,0,0) and (0,0,1): each o_10 += 1, o_01 += 1, o_00 += 1.
  // o_11 = 1, o_10 = o_01 = 3, o_00 = 5; n_1 = 4, n_0 = 8, n = 12;
  // alpha = 1 - 11 * 6 / (2 * 4 * 8) = 1 - 66/64 = -0.031.
  EXPECT_NEAR(*krippendorff_alpha_nominal({{1, 1, 0}, {0, 0, 0}, {1, 0, 0}, {0, 0, 1}}), -0.031,
              kTolerance);
}

TEST(AgreementStatsTest, TablesAdd) {
  BinaryTable t{1, 2, 3, 4};
  t += BinaryTable{10, 20, 30, 40};
  EXPECT_EQ(t.both, 11);
  EXPECT_EQ(t.only_a, 22);
  EXPECT_EQ(t.only_b, 33);
  EXPECT_EQ(t.neither, 44);
  EXPECT_EQ(t.total(), 110);
}

}  // namespace
}  // namespace goalchain::agreement
