#include "goalchain/codebook/codebook.h"

#include "goalchain/util/diagnostic.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

const char* const kValid = R"(goalchain_codebook: 1
name: test
title: Testkodbok
language: sv
codes:
  - id: pmh
    label: {sv: Prostitution och människohandel, en: Prostitution and trafficking}
    description: PMH-ämnet
    keywords: [prostitution*, "*prostitution", köp av sexuella tjänster]
  - id: actor
    label: Aktörer
  - id: actor.police
    parent: actor
    label: Polisen
    keywords: [polis, polisen]
)";

// Every diagnostic parse_codebook throws for `yaml`.
std::vector<util::Diagnostic> errors_of(const std::string& yaml) {
  try {
    parse_codebook(yaml, "book.yaml");
  } catch (const util::DiagnosticError& e) {
    return e.diagnostics();
  }
  return {};
}

TEST(CodebookTest, ParsesCodesLabelsParentsAndKeywords) {
  const Codebook book = parse_codebook(kValid, "book.yaml");
  EXPECT_EQ(book.name, "test");
  EXPECT_EQ(book.title, "Testkodbok");
  EXPECT_EQ(book.path, "book.yaml");
  ASSERT_EQ(book.codes.size(), 3u);
  EXPECT_EQ(book.codes[0].label, "Prostitution och människohandel");
  EXPECT_EQ(book.codes[0].label_en, "Prostitution and trafficking");
  EXPECT_EQ(book.codes[0].keywords.size(), 3u);
  EXPECT_EQ(book.codes[0].line, 6);
  EXPECT_EQ(book.codes[1].label, "Aktörer");
  EXPECT_TRUE(book.codes[1].keywords.empty());
  EXPECT_EQ(book.codes[2].parent, "actor");
}

TEST(CodebookTest, FindsCodesAndAncestors) {
  const Codebook book = parse_codebook(kValid);
  EXPECT_EQ(book.find("actor.police"), 2u);
  EXPECT_EQ(book.find("actor.polis"), std::nullopt);
  EXPECT_EQ(book.ancestors_of(2), (std::vector<std::size_t>{2, 1}));
  EXPECT_EQ(book.ancestors_of(0), (std::vector<std::size_t>{0}));
}

TEST(CodebookTest, UnknownKeySuggestsTheRightOneWithPosition) {
  std::string yaml = kValid;
  yaml.replace(yaml.find("    keywords: [polis"), 13, "    keywrods:");
  const auto errors = errors_of(yaml);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].file, "book.yaml");
  EXPECT_EQ(errors[0].line, 15);
  EXPECT_EQ(errors[0].column, 5);
  EXPECT_EQ(errors[0].message, "unknown key 'keywrods' in a code");
  EXPECT_EQ(errors[0].hint, "did you mean 'keywords'?");
  EXPECT_EQ(errors[0].source_line, "    keywrods: [polis, polisen]");
}

TEST(CodebookTest, UnknownParentSuggestsClosestId) {
  std::string yaml = kValid;
  yaml.replace(yaml.find("parent: actor"), 13, "parent: actr");
  const auto errors = errors_of(yaml);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "unknown parent 'actr'");
  EXPECT_EQ(errors[0].hint, "did you mean 'actor'?");
  EXPECT_EQ(errors[0].line, 13);
  EXPECT_EQ(errors[0].column, 13);
}

TEST(CodebookTest, ReportsEveryProblemAtOnce) {
  const auto errors = errors_of(R"(goalchain_codebook: 1
name: broken
codes:
  - id: a
    label: A
    keywords: ["*", "mitt ?"]
  - id: a
    label: Again
  - id: "bad id"
    label: X
  - id: b
    keywords: [x]
  - id: c
    parent: d
    label: C
  - id: d
    parent: c
    label: D
)");
  std::vector<std::string> messages;
  for (const auto& e : errors) messages.push_back(e.message);
  EXPECT_EQ(messages, (std::vector<std::string>{
                          "invalid keyword '*': '*' must be attached to a word",
                          "invalid keyword 'mitt ?': '?' must be attached to a word",
                          "duplicate code id 'a'",
                          "invalid code id 'bad id'",
                          "code 'b' has no 'label'",
                          "code 'c' is its own ancestor (parent cycle)",
                      }));
  EXPECT_EQ(errors[2].hint, "first defined at line 4");
  EXPECT_EQ(errors[2].line, 7);
}

TEST(CodebookTest, BrokenYamlGivesPositionAndHint) {
  const auto errors =
      errors_of("goalchain_codebook: 1\nname: x\ncodes:\n  - id: a\n    keywords: [*prost]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].line, 5);
  EXPECT_NE(errors[0].message.find("not valid YAML"), std::string::npos);
  EXPECT_NE(errors[0].hint.find("quoted"), std::string::npos);
}

TEST(CodebookTest, RequiresVersionNameAndCodes) {
  const auto errors = errors_of("title: nothing else\n");
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].message, "missing 'goalchain_codebook: 1'");
  EXPECT_EQ(errors[1].message, "missing 'name'");
  EXPECT_EQ(errors[2].message, "missing 'codes'");
  const auto version =
      errors_of("goalchain_codebook: 2\nname: x\ncodes:\n  - id: a\n    label: A\n");
  ASSERT_EQ(version.size(), 1u);
  EXPECT_EQ(version[0].message, "unsupported codebook format '2'");
  EXPECT_EQ(errors_of("- just\n- a list\n").front().line, 1);
}

TEST(CodebookTest, LoadingAMissingFileIsAClearError) {
  try {
    load_codebook("/nonexistent/codebook.yaml");
    FAIL() << "expected DiagnosticError";
  } catch (const util::DiagnosticError& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].file, "/nonexistent/codebook.yaml");
    EXPECT_NE(e.diagnostics()[0].message.find("cannot read codebook"), std::string::npos);
  }
}

}  // namespace
}  // namespace goalchain::codebook
