#include "goalchain/util/yaml_check.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::util {
namespace {

void expect_problem(const YamlCheck& check, int line, int column, const std::string& message) {
  ASSERT_EQ(check.problems.size(), 1u);
  const Diagnostic& d = check.problems[0];
  EXPECT_EQ(d.file, "in.yaml");
  EXPECT_EQ(d.line, line) << d.message;
  EXPECT_EQ(d.column, column) << d.message;
  EXPECT_NE(d.message.find(message), std::string::npos) << d.message;
  EXPECT_FALSE(d.hint.empty());
}

TEST(YamlCheckTest, PlainYamlHasNoProblems) {
  const YamlCheck check =
      check_yaml_text("a: 1\nb: &x [1, 2]\nc: *x\nd: {e: [f, g]}\n", "in.yaml");
  EXPECT_TRUE(check.problems.empty());
  EXPECT_TRUE(check.loadable);
}

TEST(YamlCheckTest, SelfReferencingAliasesAreStoppedWhereTheyPoint) {
  for (const std::string text :
       {"sections: &s [{heading: A, sections: *s}]\n", "all: &p [polis, {any: *p}]\n",
        "a: &x {b: *x}\n"}) {
    SCOPED_TRACE(text);
    const YamlCheck check = check_yaml_text(text, "in.yaml");
    ASSERT_EQ(check.problems.size(), 1u);
    EXPECT_FALSE(check.loadable);
    EXPECT_EQ(check.problems[0].line, 1);
    EXPECT_EQ(check.problems[0].column, static_cast<int>(text.find('*')) + 1);
  }
  const YamlCheck check = check_yaml_text("a: &x {b: *x}\n", "in.yaml");
  EXPECT_EQ(check.problems[0].message, "alias '*x' lies inside the node '&x' it refers to");
}

TEST(YamlCheckTest, AnAliasBombStopsAtTheExpansionLimit) {
  // Each level lists the one before ten times: 10^9 nodes from a few lines.
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) text += (j ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  YamlLimits limits;
  limits.max_alias_nodes = 5000;
  const YamlCheck check = check_yaml_text(text, "in.yaml", limits);
  EXPECT_FALSE(check.loadable);
  expect_problem(check, 4, 25, "aliases expand to more than 5000 nodes");
}

TEST(YamlCheckTest, ModestAliasesStayWithinTheLimit) {
  std::string text = "base: &b [a, b, c]\n";
  for (int i = 0; i < 100; ++i) text += "k" + std::to_string(i) + ": *b\n";
  EXPECT_TRUE(check_yaml_text(text, "in.yaml").problems.empty());
}

TEST(YamlCheckTest, DeepNestingIsAClearErrorAtTheLevelBeyondTheLimit) {
  const std::string text = "a: " + std::string(250, '[') + std::string(250, ']') + "\n";
  const YamlCheck check = check_yaml_text(text, "in.yaml");
  EXPECT_FALSE(check.loadable);
  // The map is level 1, so the 100th '[' (column 103) is level 101.
  expect_problem(check, 1, 103, "nested more than 100 levels deep");
}

TEST(YamlCheckTest, DuplicateKeysAreReportedAndTheTextStaysLoadable) {
  const YamlCheck check = check_yaml_text("a: 1\nb:\n  c: 2\n  c: 3\na: 4\n", "in.yaml");
  EXPECT_TRUE(check.loadable);
  ASSERT_EQ(check.problems.size(), 2u);
  EXPECT_EQ(check.problems[0].line, 4);
  EXPECT_EQ(check.problems[0].column, 3);
  EXPECT_EQ(check.problems[0].message, "duplicate key 'c'");
  EXPECT_EQ(check.problems[0].hint, "'c' is already given on line 3; give each key once");
  EXPECT_EQ(check.problems[1].line, 5);
  EXPECT_EQ(check.problems[1].message, "duplicate key 'a'");
}

TEST(YamlCheckTest, TheSameKeyInTwoMapsIsNoDuplicate) {
  EXPECT_TRUE(check_yaml_text("- {id: a, label: A}\n- {id: b, label: B}\n", "in.yaml")
                  .problems.empty());
  // A value equal to a key is no key.
  EXPECT_TRUE(check_yaml_text("a: b\nb: a\n", "in.yaml").problems.empty());
}

TEST(YamlCheckTest, ASecondDocumentIsReported) {
  const YamlCheck check = check_yaml_text("a: 1\n---\nb: 2\n", "in.yaml");
  EXPECT_TRUE(check.loadable);
  ASSERT_EQ(check.problems.size(), 1u);
  EXPECT_EQ(check.problems[0].line, 2);
  EXPECT_NE(check.problems[0].message.find("second YAML document"), std::string::npos);
  // A leading '---' starts the first document.
  EXPECT_TRUE(check_yaml_text("---\na: 1\n", "in.yaml").problems.empty());
}

TEST(YamlCheckTest, InvalidUtf8IsNamedByLineAndColumnBeforeParsing) {
  const YamlCheck check = check_yaml_text("a: ok\nlabel: K\xF6p\n", "in.yaml");
  EXPECT_FALSE(check.loadable);
  expect_problem(check, 2, 9, "not valid UTF-8 (byte 0xF6)");
}

TEST(YamlCheckTest, ControlCharactersAreRefusedWhereTheyStand) {
  // Fuzzing found yaml-cpp turning a NUL inside a key into a byte that is not
  // UTF-8, which then reached "did you mean".
  const YamlCheck check = check_yaml_text(std::string("county: V\n  coun\x01\0ty: K\n", 24),
                                          "in.yaml");
  EXPECT_FALSE(check.loadable);
  ASSERT_EQ(check.problems.size(), 2u);
  EXPECT_EQ(check.problems[0].line, 2);
  EXPECT_EQ(check.problems[0].column, 7);
  EXPECT_EQ(check.problems[0].message, "control character 0x01, which YAML does not allow");
  EXPECT_EQ(check.problems[1].column, 8);
  EXPECT_TRUE(check_yaml_text("a: \"tab\there\"\r\nb: c\n", "in.yaml").problems.empty());
}

TEST(YamlCheckTest, SyntaxErrorsAreLeftToTheReader) {
  const YamlCheck check = check_yaml_text("a: [1, 2\nb: 3\n", "in.yaml");
  EXPECT_TRUE(check.problems.empty());
  EXPECT_TRUE(check.loadable);
}

}  // namespace
}  // namespace goalchain::util
