#include "goalchain/report/report_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::report {
namespace {

codebook::Codebook test_codebook() {
  codebook::Codebook book;
  book.name = "test";
  for (const char* id : {"pmh", "actor.police"}) {
    codebook::Code code;
    code.id = id;
    code.label = id;
    book.codes.push_back(std::move(code));
  }
  return book;
}

// One Stockholm document of two segments, the second coded pmh (on "sexköp")
// and actor.police (on "Polisen"), with a hand-made chain and profile.
ReportModel test_model(const codebook::Codebook& book) {
  document::Document doc;
  doc.id = "stockholm-plan";
  doc.path = "plans/stockholm-plan.txt";
  for (const auto& c : document::all_counties()) {
    if (c.code == "AB") doc.county = &c;
  }
  document::Segment heading;
  heading.id = "stockholm-plan:1";
  heading.kind = document::SegmentKind::heading;
  heading.text = "2. Brottsbekämpning";
  heading.line = 3;
  heading.last_line = 3;
  document::Segment goal;
  goal.id = "stockholm-plan:2";
  goal.text = "Polisen ska öka antalet ärenden om sexköp.";
  goal.section = {"2. Brottsbekämpning"};
  goal.page = 2;
  goal.line = 5;
  goal.last_line = 6;
  goal.hits = {codebook::Hit{1, 0, 0, 7}, codebook::Hit{0, 0, 37, 44}};
  goal.manual_codes = {"goal"};
  doc.segments = {heading, goal};
  std::vector<document::Document> docs;
  docs.push_back(std::move(doc));
  ReportModel model = build_report(std::move(docs), book, "1.0");

  chain::Chain chain;
  chain.id = "stockholm-plan:chain-1";
  chain.section = {"2. Brottsbekämpning"};
  chain.goal = {chain::ChainElement{"Polisen ska öka antalet ärenden om sexköp.", "stockholm-plan:2",
                                    2, 5, {}}};
  chain.responsible = {chain::ResponsibleActor{"actor.police", "Polisen", "Polisen",
                                               "stockholm-plan:2", 5}};
  chain.national_goals = {1, 3};
  chain.elements.goal = true;
  chain.elements.responsibility = true;
  chain.score = 2;
  chain.flags = {"goal_without_indicator"};
  chain.page = 2;
  chain.line = 5;
  model.chains.assign(1, {chain});
  CountyProfile& profile = model.counties.at(0).profile;
  profile.pmh_mentioned = true;
  profile.pmh_segments = 1;
  profile.intersectional = false;
  profile.places = {{"internet", true}, {"street", false}};
  profile.actors = {"actor.police"};
  profile.chains = 1;
  profile.national_goals = {1, 0, 1, 0};
  return model;
}

std::size_t column(const ReportTable& table, const std::string& id) {
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    if (table.columns[i] == id) return i;
  }
  ADD_FAILURE() << "no column " << id;
  return 0;
}

TEST(ReportTablesTest, OneRowPerChainWithListsJoined) {
  const auto book = test_codebook();
  const auto table = tabulate_chains(test_model(book));
  ASSERT_EQ(table.rows.size(), 1u);
  const auto& row = table.rows[0];
  ASSERT_EQ(row.size(), table.columns.size());
  EXPECT_EQ(std::get<std::string>(row[column(table, "chain_id")]), "stockholm-plan:chain-1");
  EXPECT_EQ(std::get<std::string>(row[column(table, "county")]), "Stockholm");
  EXPECT_EQ(std::get<std::string>(row[column(table, "national_goals")]), "1; 3");
  EXPECT_EQ(std::get<std::string>(row[column(table, "responsible")]), "Polisen");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(row[column(table, "indicators")]));
  EXPECT_EQ(std::get<bool>(row[column(table, "G")]), true);
  EXPECT_EQ(std::get<bool>(row[column(table, "I")]), false);
  EXPECT_EQ(std::get<long long>(row[column(table, "score")]), 2);
  EXPECT_EQ(std::get<bool>(row[column(table, "complete")]), false);
  EXPECT_EQ(std::get<std::string>(row[column(table, "flags")]), "goal_without_indicator");
  EXPECT_EQ(std::get<long long>(row[column(table, "line")]), 5);
}

TEST(ReportTablesTest, OneRowPerSegmentWithCodesAndWords) {
  const auto book = test_codebook();
  const auto table = tabulate_segments(test_model(book));
  ASSERT_EQ(table.rows.size(), 2u);
  const auto& coded = table.rows[1];
  EXPECT_EQ(std::get<std::string>(coded[column(table, "segment_id")]), "stockholm-plan:2");
  EXPECT_EQ(std::get<long long>(coded[column(table, "page")]), 2);
  EXPECT_EQ(std::get<std::string>(coded[column(table, "section")]), "2. Brottsbekämpning");
  EXPECT_EQ(std::get<std::string>(coded[column(table, "codes")]), "actor.police; pmh");  // in text order
  EXPECT_EQ(std::get<std::string>(coded[column(table, "terms")]), "actor.police: Polisen; pmh: sexköp");
  EXPECT_EQ(std::get<std::string>(coded[column(table, "manual_codes")]), "goal");
  // The heading has no codes: empty values, not empty strings.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(table.rows[0][column(table, "codes")]));
}

TEST(ReportTablesTest, OneRowPerCountyWithItsProfile) {
  const auto book = test_codebook();
  const auto table = tabulate_counties(test_model(book));
  ASSERT_EQ(table.rows.size(), 1u);
  const auto& row = table.rows[0];
  EXPECT_EQ(std::get<std::string>(row[column(table, "county_code")]), "AB");
  EXPECT_EQ(std::get<long long>(row[column(table, "coded_segments")]), 1);
  EXPECT_EQ(std::get<bool>(row[column(table, "pmh_mentioned")]), true);
  EXPECT_EQ(std::get<bool>(row[column(table, "intersectional")]), false);
  // A question the codebook cannot answer stays empty.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(row[column(table, "prevalence_mapping")]));
  EXPECT_EQ(std::get<std::string>(row[column(table, "places")]), "internet");
  EXPECT_EQ(std::get<long long>(row[column(table, "national_goal_1")]), 1);
  EXPECT_EQ(std::get<long long>(row[column(table, "national_goal_2")]), 0);
  EXPECT_EQ(std::get<long long>(row[column(table, "national_goal_3")]), 1);
}

}  // namespace
}  // namespace goalchain::report
