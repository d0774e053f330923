#include "goalchain/writer/chain_agreement_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace goalchain::writer {
namespace {

using agreement::ComparedChain;

agreement::ChainAgreementReport sample_report() {
  ComparedChain hand;
  hand.id = "a-hand:4";
  hand.anchor = "Fler sexköp ska upptäckas.";
  hand.line = 12;
  hand.activities = {"Insatsveckor mot sexköp."};
  ComparedChain found = hand;
  found.id = "a:chain-1";
  found.line = 30;
  found.activities = {};
  ComparedChain extra;
  extra.id = "a:chain-2";
  extra.anchor = "Rekvisitionen ska lämnas senast den 1 december.";
  extra.line = 40;
  auto a = agreement::compare_chains({hand}, {found, extra}, "a-hand.yaml", "a.txt");
  auto b = agreement::compare_chains({hand}, {}, "b-hand.yaml", "b.txt");
  return agreement::build_chain_agreement_report({a, b});
}

TEST(ChainAgreementWriterTest, CsvHasOneRowPerPlanAndATotal) {
  EXPECT_EQ(render_chain_agreement_csv(sample_report()),
            "plan,hand,hand_chains,found_chains,matched,recall,precision,activities,indicators,"
            "responsible,problem,national_goals,complete,elements\r\n"
            "a.txt,a-hand.yaml,1,2,1,1.000,0.500,0.000,1.000,1.000,1.000,1.000,1.000,0.833\r\n"
            "b.txt,b-hand.yaml,1,0,0,0.000,,,,,,,,\r\n"
            "total,,2,2,1,0.500,0.500,0.000,1.000,1.000,1.000,1.000,1.000,0.833\r\n");
}

TEST(ChainAgreementWriterTest, JsonHoldsFiguresMatchesMissedAndExtra) {
  const auto json = nlohmann::json::parse(render_chain_agreement_json(sample_report()));
  EXPECT_DOUBLE_EQ(json["threshold"].get<double>(), 0.5);
  const auto& a = json["documents"][0];
  EXPECT_EQ(a["document"], "a.txt");
  EXPECT_EQ(a["figures"]["matched"], 1);
  EXPECT_DOUBLE_EQ(a["figures"]["precision"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(a["matched"][0]["elements"]["activities"].get<double>(), 0.0);
  EXPECT_EQ(a["matched"][0]["hand"]["line"], 12);
  EXPECT_EQ(a["extra"][0]["id"], "a:chain-2");
  const auto& b = json["documents"][1];
  EXPECT_TRUE(b["figures"]["precision"].is_null());
  EXPECT_TRUE(b["figures"]["elements"]["complete"].is_null());
  EXPECT_EQ(b["missed"][0]["anchor"], "Fler sexköp ska upptäckas.");
  EXPECT_EQ(json["total"]["hand_chains"], 2);
}

TEST(ChainAgreementWriterTest, TableShowsFiguresAndEachPlansChains) {
  const std::string table = render_chain_agreement_table(sample_report());
  EXPECT_NE(table.find("plan   hand_chains  found_chains"), std::string::npos) << table;
  EXPECT_NE(table.find("\ntotal "), std::string::npos) << table;
  EXPECT_NE(table.find("b.txt"), std::string::npos);
  EXPECT_NE(table.find("    hand:  line 12 [a-hand:4] Fler sexköp ska upptäckas."), std::string::npos)
      << table;
  EXPECT_NE(table.find("  extra:  line 40 [a:chain-2] Rekvisitionen"), std::string::npos) << table;
  EXPECT_NE(table.find("  missed: line 12 [a-hand:4]"), std::string::npos) << table;
  EXPECT_NE(table.find("activities 0.000, indicators 1.000"), std::string::npos) << table;
}

}  // namespace
}  // namespace goalchain::writer
