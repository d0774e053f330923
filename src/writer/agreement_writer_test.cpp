#include "goalchain/writer/agreement_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace goalchain::writer {
namespace {

agreement::AgreementReport sample() {
  std::vector<agreement::Unit> units(4);
  units[0] = {"d:1", "plan.yaml", 3, "Mål: stärka samverkan", {{"goal"}, {"goal", "pmh"}}, {"pmh: sexköp* → sexköp"}};
  units[1] = {"d:2", "plan.yaml", 5, "Text", {{"goal"}, {"goal"}}, {}};
  units[2] = {"d:3", "plan.yaml", 7, "Mer", {{}, {}}, {}};
  units[3] = {"d:4", "plan.yaml", 9, "Sista", {{}, {}}, {}};
  return agreement::compute_agreement(units, {"manuell", "kodbok"}, true, "segment", {"pmh", "goal"});
}

TEST(AgreementWriterTest, TableShowsFiguresAndUndefinedAsDash) {
  const std::string table = render_agreement_table(sample());
  EXPECT_NE(table.find("Agreement: manuell vs kodbok, unit segment, 4 units"), std::string::npos);
  // goal: both 2, neither 2 -> kappa 1.000; pmh only from the codebook: recall undefined.
  EXPECT_NE(table.find("1.000"), std::string::npos);
  EXPECT_NE(table.find("–"), std::string::npos);
  EXPECT_EQ(table.find("nan"), std::string::npos);
  EXPECT_NE(table.find("plan.yaml:3 [d:1]"), std::string::npos);
  EXPECT_NE(table.find("pmh: sexköp* → sexköp"), std::string::npos);
}

TEST(AgreementWriterTest, JsonUsesNullForUndefined) {
  const auto json = nlohmann::json::parse(render_agreement_json(sample()));
  ASSERT_EQ(json["codes"].size(), 2u);
  EXPECT_EQ(json["codes"][0]["code"], "pmh");
  EXPECT_TRUE(json["codes"][0]["recall"].is_null());
  // pmh: only the codebook, once in 4 units: p_o = 3/4; p_e = 0*0.25 + 1*0.75 = 0.75 -> kappa 0.
  EXPECT_DOUBLE_EQ(json["codes"][0]["kappa"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(json["codes"][1]["kappa"].get<double>(), 1.0);
  EXPECT_EQ(json["disagreements"].size(), 1u);
  EXPECT_EQ(json["disagreements"][0]["codes"][1], nlohmann::json::array({"goal", "pmh"}));
}

TEST(AgreementWriterTest, CsvHasOneRowPerCodeAndTheAverages) {
  const std::string csv = render_agreement_csv(sample());
  EXPECT_EQ(csv.rfind("code,both,only manuell,only kodbok,neither,agreement,kappa,alpha,", 0), 0u);
  EXPECT_NE(csv.find("\r\npmh,0,0,1,3,0.750,0.000,"), std::string::npos);
  EXPECT_NE(csv.find("\r\nmacro,,,,,"), std::string::npos);
  EXPECT_NE(csv.find("\r\nmicro,,,,,"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::writer
