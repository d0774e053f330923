#include "goalchain/document/delimited_tables.h"

#include "goalchain/document/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

std::vector<LayoutTable> tables_of(std::string_view text, std::vector<bool> skip = {}) {
  const auto lines = split_text_lines(text);
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  if (skip.empty()) skip.assign(lines.size(), false);
  return find_delimited_tables(lines, texts, skip);
}

std::vector<std::string> row_texts(const std::vector<LayoutCell>& row) {
  std::vector<std::string> texts;
  for (const auto& cell : row) texts.push_back(cell.lines.empty() ? "" : cell.lines.front().text);
  return texts;
}

using Texts = std::vector<std::string>;

TEST(DelimitedTablesTest, SplitsTabAndMarkdownRowsIntoTrimmedCells) {
  EXPECT_EQ(split_delimited_row("Insats\tAnsvar\tTid"), (Texts{"Insats", "Ansvar", "Tid"}));
  EXPECT_EQ(split_delimited_row("| Mål | Insats |  |"), (Texts{"Mål", "Insats", ""}));
  EXPECT_TRUE(split_delimited_row("Vanlig mening utan tabb.").empty());
  EXPECT_TRUE(split_delimited_row("|---|:---:|").empty());
  EXPECT_TRUE(split_delimited_row("| ensam cell |").empty());
  EXPECT_TRUE(is_markdown_separator("| --- | :-- |"));
  EXPECT_FALSE(is_markdown_separator("| Mål | Insats |"));
}

TEST(DelimitedTablesTest, ATabTableEndsWhereTheNumberOfCellsChangesAndTheNextOneOpens) {
  const auto tables = tables_of(
      "Delmål 2: Färre ska köpa sex.\n"
      "Mätetal\tUtgångsläge\tMålvärde\n"
      "Antal samtal hos mottagningen\t9\t20\n"
      "Insats\tAnsvar\n"
      "Kampanj mot sexköp inför festivalen\tKommunikationsavdelningen\n"
      "Samtal med den som köpt sex\tMottagningen\n"
      "Texten fortsätter här.\n");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].first, 1u);
  EXPECT_EQ(tables[0].last, 2u);
  EXPECT_EQ(row_texts(tables[0].header), (Texts{"Mätetal", "Utgångsläge", "Målvärde"}));
  ASSERT_EQ(tables[0].rows.size(), 1u);
  EXPECT_EQ(row_texts(tables[0].rows[0]), (Texts{"Antal samtal hos mottagningen", "9", "20"}));
  EXPECT_EQ(tables[1].first, 3u);
  EXPECT_EQ(tables[1].last, 5u);
  EXPECT_EQ(tables[1].rows.size(), 2u);
}

TEST(DelimitedTablesTest, AMarkdownTableKeepsItsEmptyCellsAndPassesOverItsSeparatorRow) {
  const auto tables = tables_of(
      "| Mål | Insats | Ansvar |\n"
      "|---|---|---|\n"
      "| Fler ska få stöd | Stödsamtal | Socialtjänsten |\n"
      "| | Uppsökande arbete | |\n");
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].last, 3u);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_TRUE(tables[0].rows[1][0].lines.empty());
  EXPECT_EQ(row_texts(tables[0].rows[1]), (Texts{"", "Uppsökande arbete", ""}));
}

TEST(DelimitedTablesTest, NoTableFromOneRowAHeaderWithAnEmptyCellOrSkippedLines) {
  EXPECT_TRUE(tables_of("Insats\tAnsvar\nEn mening efter.\n").empty());
  EXPECT_TRUE(tables_of("Insats\t\tAnsvar\nKampanj\tX\tY\n").empty());
  EXPECT_TRUE(tables_of("1 Inledning\t3\n2 Mål\t5\n", {true, true}).empty());
}

TEST(DelimitedTablesTest, TheSegmenterGivesEachCellASegmentOfItsOwn) {
  const auto segments = segment_text(
      "Insats\tAnsvar\n"
      "Kampanj mot sexköp\tKommunikationsavdelningen\n"
      "Efter tabellen.\n");
  Texts texts;
  for (const auto& segment : segments) {
    texts.push_back(segment.text);
    EXPECT_EQ(segment.table, segment.text == "Efter tabellen." ? 0 : 1) << segment.text;
  }
  EXPECT_EQ(texts, (Texts{"Insats", "Ansvar", "Kampanj mot sexköp", "Kommunikationsavdelningen",
                          "Efter tabellen."}));
}

}  // namespace
}  // namespace goalchain::document
