#include "goalchain/writer/workbook_labels.h"

#include "goalchain/report/report_tables.h"
#include "goalchain/report/summary_tables.h"

#include "test_labels.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace goalchain::writer {
namespace {

TEST(WorkbookLabelsTest, EveryReportColumnIsALabelKeyTheShippedCodebookNamesInBothLanguages) {
  report::ReportModel model;
  codebook::Codebook book;
  model.codebook = &book;
  const auto& keys = codebook::workbook_label_keys();
  const auto& shipped = shipped_label_table();
  for (const auto& table :
       {report::tabulate_chains(model), report::tabulate_segments(model),
        report::tabulate_counties(model), report::tabulate_questions(model),
        report::tabulate_county_codes(model), report::tabulate_national_goals(model),
        report::tabulate_completeness(model), report::tabulate_cooccurrence(model),
        report::tabulate_trend(model), report::tabulate_documents(model)}) {
    for (const auto& column : table.columns) {
      EXPECT_NE(std::find(keys.begin(), keys.end(), column), keys.end()) << column;
    }
  }
  for (const auto& key : keys) {
    const auto found = shipped.labels.find(key);
    ASSERT_NE(found, shipped.labels.end()) << key;
    EXPECT_EQ(found->second.languages, (std::vector<std::string>{"sv", "en"})) << key;
  }
}

TEST(WorkbookLabelsTest, ALanguageShowsItsOwnWordsAndFallsBackToTheFirstLanguage) {
  const auto table = codebook::parse_label_table(
      "labels:\n"
      "  sheet.chains: {sv: Kedjor, en: Chains, nb: Kjeder}\n"
      "  sheet.codes: {sv: Koder, en: Codes}\n",
      "labels.yaml");
  ASSERT_TRUE(table.has_value());
  const Labels norwegian(*table, "nb");
  EXPECT_EQ(norwegian.language(), "nb");
  EXPECT_EQ(norwegian("sheet.chains"), "Kjeder");
  EXPECT_EQ(norwegian("sheet.codes"), "Koder") << "no nb text: the first language's";
  EXPECT_EQ(norwegian("no-such-key"), "no-such-key");
  EXPECT_EQ(Labels(*table, "")("sheet.chains"), "Kedjor") << "empty: the first language";
  EXPECT_EQ(Labels()("sheet.chains"), "sheet.chains");
}

TEST(WorkbookLabelsTest, TheShippedCodebookCallsThingsAsTheReportDoes) {
  const Labels sv(shipped_label_table(), "sv");
  const Labels en(shipped_label_table(), "en");
  EXPECT_EQ(sv("sheet.chains"), "Kedjor");
  EXPECT_EQ(en("sheet.chains"), "Chains");
  EXPECT_EQ(sv("goal_without_indicator"), "mål utan indikator");
  EXPECT_EQ(sv("complete_chains"), "Kompletta kedjor");
}

}  // namespace
}  // namespace goalchain::writer
