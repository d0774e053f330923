#include "goalchain/codebook/codebook_parser.h"
#include "goalchain/codebook/label_table.h"
#include "goalchain/codebook/lint.h"
#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

// Three lines: `labels:` is line 4.
constexpr const char* kHead = R"(goalchain_codebook: 1
name: r
codes: [{id: pmh, label: PMH, keywords: [prostitution]}]
)";

TEST(LabelTableParserTest, ReadsEachKeysTextsAndTheLanguagesInOrder) {
  const auto table = parse_label_table(std::string(kHead) + R"(labels:
  sheet.chains: {sv: Kedjor, en: Chains}
  "yes": {sv: ja, en: "yes", nb: ja}
  agree.only: {sv: "Bara {}", en: "Only {}"}
)",
                                       "r.yaml");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->languages, (std::vector<std::string>{"sv", "en", "nb"}));
  EXPECT_EQ(table->find("sheet.chains", "en"), "Chains");
  EXPECT_EQ(table->find("sheet.chains", "nb"), "Kedjor") << "falls back to the first language";
  EXPECT_EQ(table->find("yes", "nb"), "ja");
  EXPECT_EQ(table->find("agree.only", "sv"), "Bara {}");
  EXPECT_FALSE(table->find("sheet.codes", "sv").has_value());
  EXPECT_EQ(table->labels.at("sheet.chains").line, 5);
  EXPECT_TRUE(table->has_language("nb"));
  EXPECT_FALSE(table->has_language("de"));
}

TEST(LabelTableParserTest, ACodebookWithoutTheSectionHasNoTable) {
  EXPECT_FALSE(parse_label_table(kHead, "r.yaml"));
}

TEST(LabelTableParserTest, EveryMistakeIsReportedWithItsPlaceAndTheCodebookParserReportsThemToo) {
  const std::string text = std::string(kHead) + R"(labels:
  sheet.chain: {sv: Kedjor}
  sheet.codes: Koder
  sheet.run: {SV: Körning}
  sheet.trend: {sv: ""}
  sheet.charts: {sv: [Diagram]}
)";
  try {
    parse_label_table(text, "r.yaml");
    FAIL() << "expected errors";
  } catch (const util::DiagnosticError& e) {
    const auto& d = e.diagnostics();
    ASSERT_EQ(d.size(), 5u);
    EXPECT_EQ(d[0].file, "r.yaml");
    EXPECT_EQ(d[0].line, 5);
    EXPECT_EQ(d[0].column, 3);
    EXPECT_NE(d[0].message.find("unknown label 'sheet.chain'"), std::string::npos);
    EXPECT_EQ(d[0].hint, "did you mean 'sheet.chains'?");
    EXPECT_EQ(d[1].line, 6);
    EXPECT_NE(d[1].message.find("must map languages"), std::string::npos);
    EXPECT_EQ(d[2].line, 7);
    EXPECT_NE(d[2].message.find("'SV'"), std::string::npos);
    EXPECT_EQ(d[3].line, 8);
    EXPECT_NE(d[3].message.find("is empty"), std::string::npos);
    EXPECT_EQ(d[4].line, 9);
    EXPECT_NE(d[4].message.find("must be text"), std::string::npos);
  }
  EXPECT_THROW(parse_codebook(text, "r.yaml"), util::DiagnosticError);
}

TEST(LabelTableParserTest, BrokenYamlIsAnErrorWithItsPlace) {
  try {
    parse_label_table(std::string(kHead) + "labels:\n  sheet.chains: {sv: Kedjor\n", "r.yaml");
    FAIL() << "expected an error";
  } catch (const util::DiagnosticError& e) {
    ASSERT_FALSE(e.diagnostics().empty());
    EXPECT_EQ(e.diagnostics()[0].file, "r.yaml");
    EXPECT_GT(e.diagnostics()[0].line, 0);
  }
}

TEST(LabelTableParserTest, TheCodebookCarriesItsLabels) {
  const Codebook book = parse_codebook(std::string(kHead) + R"(labels:
  sheet.chains: {sv: Kedjor, en: Chains}
)",
                                       "r.yaml");
  EXPECT_EQ(book.labels.find("sheet.chains", "en"), "Chains");
}

TEST(LabelTableParserTest, LintNamesEveryLabelThatLacksALanguageOthersHave) {
  const auto diagnostics = lint_codebook(std::string(kHead) + R"(labels:
  sheet.chains: {sv: Kedjor, en: Chains, nb: Kjeder}
  sheet.codes: {sv: Koder, en: Codes}
)",
                                         "r.yaml");
  int found = 0;
  for (const auto& d : diagnostics) {
    if (d.message.find("label 'sheet.codes' has no 'nb' text") == std::string::npos) continue;
    ++found;
    EXPECT_EQ(d.severity, util::Severity::warning);
    EXPECT_EQ(d.line, 6);
    EXPECT_NE(d.message.find("show its 'sv' one"), std::string::npos);
  }
  EXPECT_EQ(found, 1);
}

TEST(LabelTableTest, ACodebooksLabelsLieOverTheShippedOnesKeyByKeyAndLanguageByLanguage) {
  const auto shipped = parse_label_table(std::string(kHead) + R"(labels:
  sheet.chains: {sv: Kedjor, en: Chains}
  pmh_mentioned: {sv: PMH nämns, en: PMH mentioned}
)",
                                         "shipped.yaml");
  const auto own = parse_label_table(std::string(kHead) + R"(labels:
  pmh_mentioned: {en: Trafficking mentioned, de: Menschenhandel erwähnt}
)",
                                     "own.yaml");
  ASSERT_TRUE(shipped && own);
  const LabelTable merged = merge_label_tables(*shipped, *own);
  EXPECT_EQ(merged.languages, (std::vector<std::string>{"sv", "en", "de"}));
  EXPECT_EQ(merged.find("pmh_mentioned", "en"), "Trafficking mentioned");
  EXPECT_EQ(merged.find("pmh_mentioned", "sv"), "PMH nämns");
  EXPECT_EQ(merged.find("pmh_mentioned", "de"), "Menschenhandel erwähnt");
  EXPECT_EQ(merged.find("sheet.chains", "de"), "Kedjor");
  const auto missing = missing_label_keys(merged);
  EXPECT_EQ(missing.size(), workbook_label_keys().size() - 2);
  EXPECT_TRUE(missing_label_keys(LabelTable{}).size() == workbook_label_keys().size());
}

}  // namespace
}  // namespace goalchain::codebook
