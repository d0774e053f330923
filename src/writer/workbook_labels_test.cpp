#include "goalchain/writer/workbook_labels.h"

#include "goalchain/report/report_tables.h"
#include "goalchain/report/summary_tables.h"

#include <gtest/gtest.h>

namespace goalchain::writer {
namespace {

TEST(WorkbookLabelsTest, EveryReportColumnHasAHeadingInBothLanguages) {
  report::ReportModel model;
  codebook::Codebook book;
  model.codebook = &book;
  for (const auto& table :
       {report::tabulate_chains(model), report::tabulate_segments(model),
        report::tabulate_counties(model), report::tabulate_questions(model),
        report::tabulate_county_codes(model), report::tabulate_national_goals(model),
        report::tabulate_completeness(model), report::tabulate_cooccurrence(model),
        report::tabulate_trend(model), report::tabulate_documents(model)}) {
    for (const auto& column : table.columns) {
      EXPECT_TRUE(has_label(column)) << column;
      EXPECT_FALSE(label(column, Language::sv).empty()) << column;
      EXPECT_FALSE(label(column, Language::en).empty()) << column;
    }
  }
}

TEST(WorkbookLabelsTest, SwedishByDefaultEnglishOnRequest) {
  EXPECT_EQ(label("sheet.chains", Language::sv), "Kedjor");
  EXPECT_EQ(label("sheet.chains", Language::en), "Chains");
  EXPECT_EQ(label("goal_without_indicator", Language::sv), "mål utan indikator");
  EXPECT_EQ(label("no-such-key", Language::en), "no-such-key");
  EXPECT_FALSE(has_label("no-such-key"));
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_EQ(parse_language("sv"), Language::sv);
  EXPECT_FALSE(parse_language("de").has_value());
}

}  // namespace
}  // namespace goalchain::writer
