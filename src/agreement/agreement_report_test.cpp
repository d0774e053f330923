#include "goalchain/agreement/agreement_report.h"

#include <gtest/gtest.h>

namespace goalchain::agreement {
namespace {

Unit make_unit(std::string id, std::set<std::string> a, std::set<std::string> b) {
  Unit unit;
  unit.id = std::move(id);
  unit.codes = {std::move(a), std::move(b)};
  return unit;
}

TEST(AgreementReportTest, TablesPerCodeInCodebookOrder) {
  const std::vector<Unit> units = {
      make_unit("u1", {"pmh", "goal"}, {"pmh"}),
      make_unit("u2", {"pmh"}, {"pmh", "NS3"}),
      make_unit("u3", {}, {}),
      make_unit("u4", {"goal"}, {"goal"}),
  };
  const auto report = compute_agreement(units, {"manuell", "kodbok"}, true, "segment",
                                        {"pmh", "goal", "indicator"});
  EXPECT_EQ(report.units, 4);
  ASSERT_EQ(report.codes.size(), 3u);  // indicator is unused: no row
  EXPECT_EQ(report.codes[0].code, "pmh");
  EXPECT_EQ(report.codes[1].code, "goal");
  EXPECT_EQ(report.codes[2].code, "NS3");  // not in the order: after it
  // pmh: both 2 (u1, u2), neither 2 -> perfect.
  EXPECT_EQ(report.codes[0].table.both, 2);
  EXPECT_EQ(report.codes[0].table.neither, 2);
  EXPECT_NEAR(*report.codes[0].kappa, 1.0, 1e-9);
  // goal: A has u1, u4; B has u4 -> both 1, only_a 1, neither 2.
  // p_o = 3/4; A yes 0.5, B yes 0.25; p_e = 0.125 + 0.375 = 0.5; kappa = 0.25/0.5 = 0.5.
  EXPECT_EQ(report.codes[1].table.only_a, 1);
  EXPECT_NEAR(*report.codes[1].kappa, 0.5, 1e-9);
  EXPECT_NEAR(*report.codes[1].precision_recall.recall, 0.5, 1e-9);
  EXPECT_NEAR(*report.codes[1].precision_recall.precision, 1.0, 1e-9);
  // NS3 only from the codebook: precision 0, recall undefined.
  EXPECT_NEAR(*report.codes[2].precision_recall.precision, 0.0, 1e-9);
  EXPECT_FALSE(report.codes[2].precision_recall.recall.has_value());
  // Micro: summed table both 3, only_a 1, only_b 1, neither 7 -> precision 3/4, recall 3/4.
  EXPECT_NEAR(*report.micro.precision, 0.75, 1e-9);
  EXPECT_NEAR(*report.micro.recall, 0.75, 1e-9);
  // Macro recall: mean of pmh 1.0 and goal 0.5 (NS3 undefined, left out) = 0.75.
  EXPECT_NEAR(*report.macro.recall, 0.75, 1e-9);
  // Disagreements: u1 and u2.
  ASSERT_EQ(report.disagreements.size(), 2u);
  EXPECT_EQ(report.disagreements[0].id, "u1");
  EXPECT_EQ(report.disagreements[1].id, "u2");
}

TEST(AgreementReportTest, ThreeSidesUseAlphaOverAll) {
  std::vector<Unit> units(3);
  units[0].codes = {{"x"}, {"x"}, {"x"}};
  units[1].codes = {{"x"}, {"x"}, {}};
  units[2].codes = {{}, {}, {}};
  const auto report = compute_agreement(units, {"A", "B", "C"}, false, "segment", {"x"});
  ASSERT_EQ(report.codes.size(), 1u);
  // Same units as AgreementStatsTest.ThreeCoders: alpha = 0.6.
  EXPECT_NEAR(*report.codes[0].alpha, 0.6, 0.0005);
  ASSERT_EQ(report.disagreements.size(), 1u);
}

TEST(AgreementReportTest, NoCodesAnywhereGivesNoRowsAndNoAverages) {
  const auto report = compute_agreement({make_unit("u", {}, {})}, {"A", "B"}, false, "segment", {});
  EXPECT_TRUE(report.codes.empty());
  EXPECT_FALSE(report.macro.kappa.has_value());
  EXPECT_TRUE(report.disagreements.empty());
}

}  // namespace
}  // namespace goalchain::agreement
