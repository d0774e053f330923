#include "goalchain/document/yaml_scalar_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::document {
namespace {

// Lines of the scalar that starts at the first occurrence of `start` in `source`.
ScalarLines lines_at(const std::string& source, const std::string& start,
                     const std::string& value) {
  const std::size_t offset = source.find(start);
  EXPECT_NE(offset, std::string::npos) << start;
  return locate_scalar_lines(source, offset, value);
}

using Lines = std::vector<std::string>;

TEST(ScalarLinesTest, LiteralBlockStartsOnTheLineAfterTheIndicator) {
  const std::string source = "a: 1\ntext: |\n\n  first\n\n  second\nb: 2\n";
  const ScalarLines lines = lines_at(source, "|", "\nfirst\n\nsecond\n");
  EXPECT_TRUE(lines.exact);
  EXPECT_EQ(lines.first_line, 3);
  EXPECT_EQ(lines.lines, (Lines{"", "first", "", "second"}));
  EXPECT_EQ(lines.first_content_line(), 4);
  EXPECT_EQ(lines.last_content_line(), 6);
}

TEST(ScalarLinesTest, FoldedBlockKeepsItsSourceLinesAndStopsAtTheNextKey) {
  const std::string source = "text: >-\n  one\n  two\n\n  three\n\nnext: x\n";
  const ScalarLines lines = lines_at(source, ">", "one two\nthree");
  EXPECT_TRUE(lines.exact);
  EXPECT_EQ(lines.first_line, 2);
  EXPECT_EQ(lines.lines, (Lines{"one", "two", "", "three"}));
  EXPECT_EQ(lines.last_content_line(), 5);
}

TEST(ScalarLinesTest, EmptyFoldedBlockDoesNotTakeTheNextKey) {
  const std::string source = "text: >\nnext: x\n";
  const ScalarLines lines = lines_at(source, ">", "");
  EXPECT_TRUE(lines.lines.empty());
  EXPECT_EQ(lines.first_content_line(), 2);
}

TEST(ScalarLinesTest, PlainScalarOverSeveralLinesWithABlankLine) {
  const std::string source =
      "- goal: Stärka samverkan\n"
      "    mellan myndigheter.\n"
      "\n"
      "    Andra stycket. # en kommentar\n"
      "  codes: [NS3]\n";
  const ScalarLines lines =
      lines_at(source, "Stärka", "Stärka samverkan mellan myndigheter.\nAndra stycket.");
  EXPECT_TRUE(lines.exact);
  EXPECT_EQ(lines.first_line, 1);
  EXPECT_EQ(lines.lines, (Lines{"Stärka samverkan", "mellan myndigheter.", "", "Andra stycket."}));
  EXPECT_EQ(lines.last_content_line(), 4);
}

TEST(ScalarLinesTest, PlainScalarEndsBeforeATrailingComment) {
  const std::string source = "goal: Kort mål # kommentar\nnext: x\n";
  const ScalarLines lines = lines_at(source, "Kort", "Kort mål");
  EXPECT_TRUE(lines.exact);
  EXPECT_EQ(lines.lines, (Lines{"Kort mål"}));
}

TEST(ScalarLinesTest, FlowItemFallsBackToItsOwnLine) {
  const std::string source = "x: 1\nresponsible: [Polisen, Kommunen]\n";
  const ScalarLines lines = lines_at(source, "Kommunen", "Kommunen");
  EXPECT_FALSE(lines.exact);
  EXPECT_EQ(lines.first_content_line(), 2);
  EXPECT_EQ(lines.last_content_line(), 2);
}

TEST(ScalarLinesTest, QuotedScalarsSpanUpToTheClosingQuote) {
  const std::string single = "a: 'it''s\n  two lines'\nb: 'x'\n";
  const ScalarLines s = lines_at(single, "'it", "it's two lines");
  EXPECT_FALSE(s.exact);
  EXPECT_EQ(s.first_line, 1);
  EXPECT_EQ(s.lines, (Lines{"it''s", "two lines"}));

  const std::string dq = "a: \"say \\\"hi\\\"\n\n  again\"\nb: 1\n";
  const ScalarLines d = lines_at(dq, "\"say", "say \"hi\"\nagain");
  EXPECT_FALSE(d.exact);
  EXPECT_EQ(d.first_content_line(), 1);
  EXPECT_EQ(d.last_content_line(), 3);
}

TEST(ScalarLinesTest, TaggedScalarUsesTheValueFromItsFirstLine) {
  const std::string source = "a: 1\nb: !!str 2020\n";
  const ScalarLines lines = lines_at(source, "!!str", "2020");
  EXPECT_FALSE(lines.exact);
  EXPECT_EQ(lines.first_line, 2);
  EXPECT_EQ(lines.lines, (Lines{"2020"}));
}

}  // namespace
}  // namespace goalchain::document
