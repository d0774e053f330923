#include "goalchain/writer/summary_links.h"

#include "test_labels.h"

#include <gtest/gtest.h>

namespace goalchain::writer {
namespace {

codebook::Codebook one_code_codebook() {
  codebook::Codebook book;
  book.name = "t";
  codebook::Code code;
  code.id = "pmh";
  code.label = "PMH";
  book.codes.push_back(code);
  return book;
}

document::Segment segment(const std::string& id, std::vector<codebook::Hit> hits = {}) {
  document::Segment s;
  s.id = id;
  s.text = "Sexköp och människohandel.";
  s.hits = std::move(hits);
  return s;
}

document::Document plan(const std::string& id, int from, int to) {
  document::Document doc;
  doc.id = id;
  doc.path = "in/" + id + ".txt";
  for (const auto& county : document::all_counties()) {
    if (county.code == "M") doc.county = &county;
  }
  doc.period = {from, to};
  doc.segments = {segment(id + ":1"), segment(id + ":2", {codebook::Hit{0, 0, 0, 6}})};
  return doc;
}

chain::Chain chain_of(const std::string& segment_id, bool complete, std::vector<int> goals) {
  chain::Chain chain;
  chain.goal.push_back(chain::ChainElement{"Mål", segment_id, 1, 1, {}});
  chain.elements.goal = true;
  chain.complete = complete;
  chain.national_goals = std::move(goals);
  return chain;
}

// Skåne with two plans (documents 0 and 1, by path): a complete chain serving
// goal 2 in the earlier plan, an incomplete one serving goal 4 in the later.
report::ReportModel two_plan_model(const codebook::Codebook& book) {
  std::vector<document::Document> docs;
  docs.push_back(plan("a-2017", 2017, 2019));
  docs.push_back(plan("b-2020", 2020, 2022));
  report::ReportModel model = report::build_report(std::move(docs), book, "0.1.0");
  model.chains = {{chain_of("a-2017:2", true, {2})}, {chain_of("b-2020:2", false, {4})}};
  return model;
}

TEST(SummaryLinksTest, FiguresLinkToTheFirstRowOfWhatTheyCounted) {
  const auto book = one_code_codebook();
  const auto model = two_plan_model(book);
  ASSERT_EQ(model.counties.size(), 1u);
  const auto& county = model.counties[0];
  const SummaryLinks links(model, Labels(shipped_label_table(), "sv"));
  const std::string workbook = "external:counties/" + county.slug + ".xlsx#";
  EXPECT_EQ(links.to_figure(county, "documents"), workbook + "'Översikt'!A3");
  EXPECT_EQ(links.to_figure(county, "coded_segments"), workbook + "'Segment'!A2");
  EXPECT_EQ(links.to_figure(county, {}, 0), workbook + "'Segment'!A2");
  EXPECT_EQ(links.to_figure(county, "chains"), workbook + "'Kedjor'!A2");
  EXPECT_EQ(links.to_figure(county, "complete_chains"), workbook + "'Kedjor'!A2");
  EXPECT_EQ(links.to_figure(county, "incomplete_chains"), workbook + "'Kedjor'!A3");
  EXPECT_EQ(links.to_figure(county, "national_goal_4"), workbook + "'Kedjor'!A3");
  EXPECT_EQ(links.to_figure(county, "national_goal_1"), "") << "no chain serves goal 1";
  EXPECT_EQ(links.to_figure(county, "with_indicator_pct"), "") << "no chain has an indicator";
  EXPECT_EQ(links.to_figure(county, "county"), "") << "not a figure";
  const std::vector<std::size_t> later = {1};
  EXPECT_EQ(links.to_figure(county, "chains", {}, &later), workbook + "'Kedjor'!A3");
  EXPECT_EQ(links.to_figure(county, "complete_chains", {}, &later), "");
  EXPECT_EQ(links.to_document_segments(county, 1), workbook + "'Segment'!A3");
  EXPECT_EQ(links.to_document_chains(county, 1), workbook + "'Kedjor'!A3");
  const SummaryLinks english(model, Labels(shipped_label_table(), "en"));
  EXPECT_EQ(english.to_figure(county, "chains"), workbook + "'Chains'!A2");
}

TEST(SummaryLinksTest, ACountyOfAnotherModelGetsNoLink) {
  const auto book = one_code_codebook();
  const auto model = two_plan_model(book);
  const SummaryLinks links(model, Labels(shipped_label_table(), "sv"));
  const report::CountyReport stranger = model.counties[0];
  EXPECT_EQ(links.to_figure(stranger, "chains"), "");
}

}  // namespace
}  // namespace goalchain::writer
