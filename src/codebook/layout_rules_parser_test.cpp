// The codebook's `layout:` section, read through the codebook parser.
#include "goalchain/codebook/codebook_parser.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

const std::string kCodes = "codes:\n  - id: a\n    label: {sv: A, en: A}\n    keywords: [a]\n";

ParsedCodebook parse(const std::string& layout) {
  return parse_codebook_with_diagnostics("goalchain_codebook: 1\nname: t\nlanguage: sv\n" + layout + kCodes,
                                         "t.yaml");
}

TEST(LayoutRulesParserTest, ReadsEveryList) {
  const auto parsed = parse(
      "layout:\n"
      "  section_words: [Bakgrund, Syfte och mål]\n"
      "  title_words: [handlingsplan]\n"
      "  issuer_forms: [\"Länsstyrelsen *\", \"* kommun\"]\n"
      "  reference_abbreviations: [skr., dnr]\n"
      "  contents_headings: [Innehåll]\n"
      "  chapter_words: [Kapitel]\n"
      "  common_words: [och, att]\n"
      "  lead_in_words: [ska]\n"
      "  continuation_words: [i, med]\n");
  ASSERT_TRUE(parsed.diagnostics.empty()) << parsed.diagnostics.front().message;
  const LayoutRules& r = parsed.codebook.layout;
  EXPECT_EQ(r.section_words, (std::vector<std::string>{"Bakgrund", "Syfte och mål"}));
  EXPECT_EQ(r.title_words, std::vector<std::string>{"handlingsplan"});
  EXPECT_EQ(r.issuer_forms, (std::vector<std::string>{"Länsstyrelsen *", "* kommun"}));
  EXPECT_EQ(r.reference_abbreviations, (std::vector<std::string>{"skr.", "dnr"}));
  EXPECT_EQ(r.contents_headings, std::vector<std::string>{"Innehåll"});
  EXPECT_EQ(r.chapter_words, std::vector<std::string>{"Kapitel"});
  EXPECT_EQ(r.common_words, (std::vector<std::string>{"och", "att"}));
  EXPECT_EQ(r.lead_in_words, std::vector<std::string>{"ska"});
  EXPECT_EQ(r.continuation_words, (std::vector<std::string>{"i", "med"}));
  EXPECT_FALSE(r.empty());
}

TEST(LayoutRulesParserTest, ReadsQuestionLabels) {
  const auto parsed = parse(
      "layout:\n"
      "  question_labels: {\"Vem gör vad?\": Ansvar, Hur mäter vi: Indikatorer}\n");
  ASSERT_TRUE(parsed.diagnostics.empty()) << parsed.diagnostics.front().message;
  using Pair = std::pair<std::string, std::string>;
  EXPECT_EQ(parsed.codebook.layout.question_labels,
            (std::vector<Pair>{{"Vem gör vad?", "Ansvar"}, {"Hur mäter vi", "Indikatorer"}}));
  EXPECT_FALSE(parsed.codebook.layout.empty());
  const auto wrong = parse("layout:\n  question_labels: [Ansvar]\n");
  ASSERT_EQ(wrong.diagnostics.size(), 1u);
  EXPECT_NE(wrong.diagnostics[0].message.find("must be a map"), std::string::npos);
  const auto empty = parse("layout:\n  question_labels: {\"?\": Ansvar}\n");
  ASSERT_EQ(empty.diagnostics.size(), 1u);
  EXPECT_NE(empty.diagnostics[0].message.find("empty"), std::string::npos);
}

TEST(LayoutRulesParserTest, NoLayoutIsEmpty) {
  const auto parsed = parse("");
  EXPECT_TRUE(parsed.diagnostics.empty());
  EXPECT_TRUE(parsed.codebook.layout.empty());
}

TEST(LayoutRulesParserTest, EveryMistakeWithLineAndHint) {
  const auto parsed = parse(
      "layout:\n"
      "  section_word: [Bakgrund]\n"         // line 5: unknown key
      "  title_words: handlingsplan\n"       // line 6: not a list
      "  issuer_forms: [\"*\", \"Region *\", \"Region *\"]\n"  // line 7: names nothing; twice
      "  contents_headings: [\"\"]\n");     // line 8: empty
  std::vector<std::pair<int, std::string>> got;
  for (const auto& d : parsed.diagnostics) got.emplace_back(d.line, d.message + " | " + d.hint);
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[0].first, 5);
  EXPECT_NE(got[0].second.find("did you mean 'section_words'?"), std::string::npos);
  EXPECT_EQ(got[1].first, 6);
  EXPECT_NE(got[1].second.find("must be a list"), std::string::npos);
  EXPECT_EQ(got[2].first, 7);
  EXPECT_NE(got[2].second.find("names nothing") + got[3].second.find("names nothing"), 2 * std::string::npos);
  EXPECT_EQ(got[4].first, 8);
  EXPECT_NE(got[4].second.find("is empty"), std::string::npos);
}

TEST(LayoutRulesParserTest, LayoutMustBeAMap) {
  const auto parsed = parse("layout: [Bakgrund]\n");
  ASSERT_EQ(parsed.diagnostics.size(), 1u);
  EXPECT_NE(parsed.diagnostics[0].message.find("'layout' must be a map"), std::string::npos);
}

}  // namespace
}  // namespace goalchain::codebook
