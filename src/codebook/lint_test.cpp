#include "goalchain/codebook/lint.h"

#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace goalchain::codebook {
namespace {

using Found = std::tuple<int, int, std::string>;  // line, column, start of the message

std::vector<Found> errors_in(const std::vector<util::Diagnostic>& diagnostics) {
  std::vector<Found> out;
  for (const auto& d : diagnostics) {
    if (d.severity == util::Severity::error) out.emplace_back(d.line, d.column, d.message);
  }
  return out;
}

std::vector<util::Diagnostic> warnings_in(const std::vector<util::Diagnostic>& diagnostics) {
  std::vector<util::Diagnostic> out;
  for (const auto& d : diagnostics) {
    if (d.severity == util::Severity::warning) out.push_back(d);
  }
  return out;
}

TEST(LintTest, ReportsTenDistinctMistakesWithTheirPositions) {
  const std::string path = GOALCHAIN_TEST_DATA_DIR "/codebooks/lint-ten-mistakes.yaml";
  const auto diagnostics = lint_codebook(util::read_file(path), path);
  const auto errors = errors_in(diagnostics);
  const std::vector<Found> expected = {
      {9, 12, "invalid colour '#12345G'"},
      {12, 9,
       "pattern 'polisen' of code 'pmh' is shadowed by 'polis*' (line 11): every word it "
       "matches, that pattern matches already"},
      {13, 9, "invalid keyword '': the pattern is empty"},
      {14, 18, "invalid regex 'köp(er|te sex': missing ): köp(er|te sex"},
      {17, 5, "unknown key 'keywrods' in a code"},
      {18, 9, "duplicate code id 'pmh'"},
      {21, 13, "unknown parent 'actors'"},
      {27, 13, "code 'a' is its own ancestor (parent cycle)"},
      {36, 15, "unknown code 'pmhh' in 'requires'"},
      {39, 16, "unknown scope 'sentance'"},
  };
  EXPECT_EQ(errors, expected);
  // Each names the file and shows its line; the typos get suggestions.
  std::vector<std::string> hints;
  for (const auto& d : diagnostics) {
    EXPECT_EQ(d.file, path);
    EXPECT_FALSE(d.source_line.empty());
    EXPECT_FALSE(d.hint.empty());
    if (d.hint.starts_with("did you mean")) hints.push_back(d.hint);
  }
  EXPECT_EQ(hints, (std::vector<std::string>{"did you mean 'keywords'?", "did you mean 'actor'?",
                                             "did you mean 'pmh'?", "did you mean 'sentence'?"}));
}

TEST(LintTest, WarnsAboutPatternsThatCannotMatch) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: w
language: sv
codes:
  - id: x
    label: X
    keywords:
      - "§ –"
      - "sex*-köp"
      - {regex: "a*"}
      - hbtq-person*
    rules:
      - near: {terms: [köp, sex, pengar], within: 1}
  - id: empty
    label: Tom
)",
                                         "w.yaml");
  EXPECT_TRUE(errors_in(diagnostics).empty());
  const auto warnings = warnings_in(diagnostics);
  const std::vector<std::pair<int, std::string>> expected = {
      {1, "the codebook has no 'chains:' and no 'profile:' section"},
      {1, "the codebook has no 'layout:' section"},
      {8, "pattern '§ –' has no letters or digits"},
      {9, "in 'sex*-köp' a wildcard stands next to '-'"},
      {10, "regex 'a*' matches empty text"},
      {13, "'near' with 3 terms within 1 can never match"},
      {14, "code 'empty' has no keywords, rules or child codes"},
  };
  ASSERT_EQ(warnings.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(warnings[i].line, expected[i].first);
    EXPECT_TRUE(warnings[i].message.starts_with(expected[i].second)) << warnings[i].message;
  }
}

TEST(LintTest, FindsShadowsAmongStemsAndRepeats) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: s
language: sv
codes:
  - id: x
    label: X
    keywords:
      - {word: polisen, stem: true}
      - {word: polis, stem: true}
      - "polis*"
      - "*prostitution*"
      - prostitution*
      - köp av sex
      - köp av sex
      - kvinnor
  - id: y
    label: Y
    keywords: [kvinnor, "kvinn*", {word: kvinna, stem: true}]
)",
                                         "s.yaml");
  std::vector<std::pair<int, int>> lines;
  for (const auto& [line, column, message] : errors_in(diagnostics))
    lines.emplace_back(line, column);
  // polisen/polis have one stem (a repeat), and polis* covers both;
  // prostitution* is under *prostitution*; the second "köp av sex" repeats the
  // first. In y, kvinn* covers "kvinnor" and every word with the stem "kvinn".
  // Codes do not shadow each other's patterns.
  EXPECT_EQ(lines, (std::vector<std::pair<int, int>>{
                       {8, 9}, {9, 9}, {12, 9}, {14, 9}, {18, 16}, {18, 35}}));
}

TEST(LintTest, ShippedAndTestCodebooksHaveNoErrors) {
  for (const std::string path : {GOALCHAIN_SOURCE_DIR "/codebooks/pmh-sv.yaml",
                                 GOALCHAIN_TEST_DATA_DIR "/codebooks/mini.yaml"}) {
    const auto diagnostics = lint_codebook(util::read_file(path), path);
    for (const auto& d : diagnostics) {
      EXPECT_NE(d.severity, util::Severity::error) << util::format_diagnostic(d);
    }
  }
}

TEST(LintTest, NamesEveryCodeTheChainAndProfileRulesLack) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: c
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
  - id: goal
    label: Mål
    keywords: [mål]
chains:
  topic: pmh
  roles: {goal: goal, activity: activty}
  actors: actor
  national_goals: {NS1: 1}
profile:
  topic: pmhh
  places: {street: null}
)",
                                         "c.yaml");
  EXPECT_TRUE(errors_in(diagnostics).empty());
  const auto warnings = warnings_in(diagnostics);
  const std::vector<std::tuple<int, int, std::string>> expected = {
      {1, 1, "the codebook has no 'layout:' section"},
      {10, 1, "'chains' has no labels, obligation, recommendation"},
      {12, 33, "'chains.roles.activity' names code 'activty', which the codebook lacks"},
      {13, 11, "'chains.actors' names code 'actor', which the codebook lacks"},
      {14, 20, "'chains.national_goals' names code 'NS1', which the codebook lacks"},
      {16, 10, "'profile.topic' names code 'pmhh', which the codebook lacks"},
  };
  ASSERT_EQ(warnings.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(warnings[i].line, std::get<0>(expected[i]));
    EXPECT_EQ(warnings[i].column, std::get<1>(expected[i]));
    EXPECT_TRUE(warnings[i].message.starts_with(std::get<2>(expected[i]))) << warnings[i].message;
  }
  EXPECT_EQ(warnings[5].hint, "did you mean 'pmh'?");
}

TEST(LintTest, AChainsSectionWithoutTopicOrRolesIsAnError) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: c
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
chains:
  actors: pmh
  obligaton: [ska]
profile:
  topic: pmh
)",
                                         "c.yaml");
  const auto errors = errors_in(diagnostics);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(std::get<2>(errors[0]), "'chains' has no 'topic'");
  EXPECT_EQ(std::get<2>(errors[1]), "'chains' has no 'roles'");
  EXPECT_EQ(std::get<0>(errors[2]), 9);
  EXPECT_EQ(std::get<2>(errors[2]), "unknown key 'obligaton' in 'chains'");
}

TEST(LintTest, BrokenYamlIsOneErrorWithPosition) {
  const auto diagnostics = lint_codebook("goalchain_codebook: 1\ncodes: [\n", "b.yaml");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, util::Severity::error);
  EXPECT_NE(diagnostics[0].message.find("not valid YAML"), std::string::npos);
  EXPECT_GT(diagnostics[0].line, 0);
}

TEST(LintTest, NamesEveryQuestionThatCanOnlyAnswerUnknown) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: c
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
profile:
  topic: pmh
  intersectional: quality.intersectional
  places: {street: null}
  questions:
    - {answer: pmh_mentioned, label: PMH nämns}
    - {answer: intersectional, label: Intersektionell analys}
    - {answer: prevalence_mapping, label: Omfattningskartläggning}
    - {answer: place.street, label: Gatan}
    - {answer: chains, label: Kedjor}
)",
                                         "c.yaml");
  EXPECT_TRUE(errors_in(diagnostics).empty());
  std::vector<std::pair<int, std::string>> found;
  for (const auto& w : warnings_in(diagnostics)) found.emplace_back(w.line, w.message);
  // In the order of their places. The street is null on purpose; the others
  // would say "unknown" (or 0) unseen.
  const std::vector<std::pair<int, std::string>> expected = {
      {1, "the codebook has no 'chains:' section: goalchain finds no chains with it"},
      {1, "the codebook has no 'layout:' section: headings, titles and lead-ins are found "
          "without its words, and documents are typed and split into sentences by the shipped "
          "pmh-sv's Swedish words"},
      {9, "'profile.intersectional' names code 'quality.intersectional', which the codebook "
          "lacks: that rule never fires"},
      {13, "question 'intersectional' can only answer 'unknown': code "
           "'quality.intersectional' is missing"},
      {14, "question 'prevalence_mapping' can only answer 'unknown': the profile names no "
           "code for it"},
      {16, "question 'chains' counts chains, but the codebook has no 'chains:' section: it is "
           "always 0"},
  };
  EXPECT_EQ(found, expected);
}

TEST(LintTest, FlagsKeywordsOfOneOrTwoLettersUnlessMarkedShort) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: k
language: sv
codes:
  - id: actor
    label: Aktör
    keywords:
      - rk
      - {word: lst}
      - {word: bo, short: true}
      - "å"
      - "ab*"
      - r k
      - {regex: "rk"}
)",
                                         "k.yaml");
  EXPECT_TRUE(errors_in(diagnostics).empty());
  std::vector<Found> found;
  for (const auto& d : warnings_in(diagnostics)) {
    if (d.message.starts_with("keyword")) found.emplace_back(d.line, d.column, d.message);
  }
  const std::vector<Found> expected = {
      {8, 9,
       "keyword 'rk' of code 'actor' has 2 letters: it matches that whole word wherever it "
       "stands, also as another word's abbreviation"},
      {11, 9,
       "keyword 'å' of code 'actor' has 1 letter: it matches that whole word wherever it "
       "stands, also as another word's abbreviation"},
  };
  EXPECT_EQ(found, expected);
  const auto bad = lint_codebook("goalchain_codebook: 1\nname: k\ncodes:\n  - id: a\n    label: A\n"
                                 "    keywords: [{word: rk, shrot: true}]\n",
                                 "k.yaml");
  ASSERT_EQ(errors_in(bad).size(), 1u);
  EXPECT_EQ(std::get<0>(errors_in(bad).front()), 6);
  EXPECT_EQ(std::get<2>(errors_in(bad).front()), "unknown key 'shrot' in a pattern");
}

TEST(LintTest, NamesTheListsARuleReadsThatAreMissingOrEmpty) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: l
language: en
codes:
  - id: pmh
    label: PMH
    keywords: [trafficking]
layout:
  section_words: [Background]
  title_words: []
  document_types:
    handlingsplan: {words: []}
  hyphen_prefixes: []
counties:
  - {name: Aland, code: AX, slug: aland}
county_forms: ["* County"]
)",
                                         "l.yaml");
  EXPECT_TRUE(errors_in(diagnostics).empty());
  std::vector<std::pair<int, std::string>> found;
  for (const auto& d : warnings_in(diagnostics)) found.emplace_back(d.line, d.message);
  const std::vector<std::pair<int, std::string>> expected = {
      {1, "the codebook has no 'chains:' and no 'profile:' section: goalchain finds no chains "
          "with it, and county profiles answer no question"},
      {8, "'layout' has no issuer_forms, reference_abbreviations, contents_headings, "
          "chapter_words, common_words, lead_in_words, continuation_words: the rules that read "
          "them never fire"},
      {8, "'layout' has no 'sentence_abbreviations': the shipped pmh-sv's Swedish ones are used"},
      {8, "'layout' has no 'hanging_hyphen_words': the shipped pmh-sv's Swedish ones are used"},
      {10, "'layout: title_words' is an empty list: the rule that reads it never fires"},
      {12, "'layout: document_types: handlingsplan: words' is an empty list: the rule that "
           "reads it never fires"},
      {13, "'layout: hyphen_prefixes' is an empty list: the rule that reads it never fires"},
      {14, "the codebook has 'counties:' but no 'unknown_county:': documents without a county "
           "are reported under the shipped pmh-sv's unknown county"},
  };
  EXPECT_EQ(found, expected);
}

TEST(LintTest, NamesTheChainListsTheSectionLacks) {
  const auto diagnostics = lint_codebook(R"(goalchain_codebook: 1
name: c
language: sv
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
chains:
  topic: pmh
  roles: {goal: pmh}
  obligation: [ska]
)",
                                         "c.yaml");
  const auto warnings = warnings_in(diagnostics);
  const auto chains = std::find_if(warnings.begin(), warnings.end(), [](const auto& d) {
    return d.message.starts_with("'chains' has no");
  });
  ASSERT_NE(chains, warnings.end());
  EXPECT_EQ(chains->line, 8);
  EXPECT_NE(chains->message.find("labels, recommendation, goal_verbs"), std::string::npos)
      << chains->message;
  EXPECT_EQ(chains->message.find("obligation"), std::string::npos) << chains->message;
  EXPECT_NE(chains->message.find("problem_headings, intention"), std::string::npos) << chains->message;
}

}  // namespace
}  // namespace goalchain::codebook
