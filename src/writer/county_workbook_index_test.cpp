#include "goalchain/writer/county_workbook_index.h"

#include "goalchain/document/county.h"

#include <gtest/gtest.h>

namespace goalchain::writer {
namespace {

codebook::Codebook two_level_codebook() {
  codebook::Codebook book;
  book.name = "t";
  for (const auto& [id, parent] : {std::pair{"pmh", ""}, std::pair{"actor", ""},
                                   std::pair{"actor.police", "actor"}}) {
    codebook::Code code;
    code.id = id;
    code.label = id;
    code.parent = parent;
    book.codes.push_back(std::move(code));
  }
  return book;
}

document::Segment segment(const std::string& id, std::vector<codebook::Hit> hits = {}) {
  document::Segment s;
  s.id = id;
  s.text = "Polisen ska förebygga sexköp.";
  s.hits = std::move(hits);
  return s;
}

// One county with a plan of five segments: 0 and 4 plain, 1 coded actor.police,
// 2 in a chain only, 3 coded by hand.
report::ReportModel plan_model(const codebook::Codebook& book) {
  document::Document plan;
  plan.id = "plan";
  plan.path = "in/plan.txt";
  for (const auto& county : document::all_counties()) {
    if (county.code == "AB") plan.county = &county;
  }
  plan.segments = {segment("plan:1"), segment("plan:2", {codebook::Hit{2, 0, 0, 7}}),
                   segment("plan:3"), segment("plan:4"), segment("plan:5")};
  plan.segments[3].manual_codes = {"pmh"};
  std::vector<document::Document> docs;
  docs.push_back(std::move(plan));
  report::ReportModel model = report::build_report(std::move(docs), book, "0.1.0");
  chain::Chain chain;
  chain.id = "plan:chain-1";
  chain.goal.push_back(chain::ChainElement{"Mål", "plan:3", 1, 3, {}});
  chain.activities.push_back(chain::ChainElement{"Aktivitet", "plan:2", 1, 2, {}});
  chain.complete = true;
  model.chains.assign(1, {chain});
  return model;
}

TEST(CountyWorkbookIndexTest, ListsCodedHandCodedAndChainSegmentsInOrder) {
  const auto book = two_level_codebook();
  const auto model = plan_model(book);
  ASSERT_EQ(model.counties.size(), 1u);
  const CountyWorkbookIndex index(model, model.counties[0]);
  ASSERT_EQ(index.segments().size(), 3u);
  EXPECT_EQ(index.segments()[0].segment, 1u);
  EXPECT_EQ(index.segments()[1].segment, 2u);
  EXPECT_EQ(index.segments()[2].segment, 3u);
  EXPECT_EQ(index.segment_row("plan:3"), 1u);
  EXPECT_EQ(index.segment_row("plan:1"), std::nullopt);
  EXPECT_EQ(index.segment_row("plan:5"), std::nullopt);
}

TEST(CountyWorkbookIndexTest, FindsTheFirstRowOfACodeOrACodeBelowItAndOfAChain) {
  const auto book = two_level_codebook();
  const auto model = plan_model(book);
  const CountyWorkbookIndex index(model, model.counties[0]);
  EXPECT_EQ(index.first_segment_with(2), 0u);  // actor.police
  EXPECT_EQ(index.first_segment_with(1), 0u);  // actor, through actor.police
  EXPECT_EQ(index.first_segment_with(0), std::nullopt) << "pmh only by hand: the engine's count";
  EXPECT_EQ(index.first_chain([](const chain::Chain& c) { return c.complete; }), 0u);
  EXPECT_EQ(index.first_chain([](const chain::Chain& c) { return !c.complete; }), std::nullopt);
  EXPECT_EQ(county_workbook_path(model.counties[0]).generic_string(),
            "counties/" + model.counties[0].slug + ".xlsx");
}

}  // namespace
}  // namespace goalchain::writer
