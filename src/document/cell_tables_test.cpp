#include "goalchain/document/cell_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

std::vector<bool> table_lines(std::string_view text) {
  const auto lines = split_text_lines(text);
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  return find_cell_table_lines(lines, texts, std::vector<bool>(lines.size(), false));
}

codebook::LayoutRules rules() {
  codebook::LayoutRules rules;
  rules.continuation_words = {"och", "i", "med"};
  return rules;
}

TEST(CellTablesTest, AHeaderRowOfThreeShortLinesOpensATableUpToABlankOrLongerLine) {
  const auto in_table = table_lines(
      "Tabell 2. Prostitution och människohandel\n"
      "Mål\nAktivitet\nAnsvarig\n"
      "Sexköpen i\nSundsvall ska\nminska.\n"
      "\n"
      "Efter tabellen följer en lång rad med vanlig löptext som fyller spalten.");
  const std::vector<bool> expected = {false, true, true, true, true, true, true, false, false};
  EXPECT_EQ(in_table, expected);
}

// Cells set one to a line at full width: a longer line that ends as a cell
// does, with a capital opening the next, is a cell; wrapped prose (the next
// line in lower case) ends the table, and so does a title over the next
// table's header row.
TEST(CellTablesTest, LongerLinesAreCellsWhileEachEndsAsACellDoes) {
  const auto in_table = table_lines(
      "Mål\nAktivitet\nAnsvarig\n"
      "Fler personer som säljer sex ska erbjudas samtalsstöd i hela länet.\n"
      "Antal personer som fått stöd genom socialtjänstens uppsökande arbete\n"
      "Region Norrbotten\n"
      "Tabell 2. Brottsbekämpning\n"
      "Mål\nAktivitet\nAnsvarig\n"
      "Insatsvecka mot sexköp\n"
      "Polisen samordnar arbetet med de andra myndigheterna och kommunerna inom\n"
      "ramen för den regionala styrgruppen.");
  const std::vector<bool> expected = {true, true, true, true, true, true, false,
                                      true, true, true, true, false, false};
  EXPECT_EQ(in_table, expected);
}

// The header row set again at the top of the next page is no row of cells.
TEST(CellTablesTest, AHeaderRowRepeatedAfterAPageBreakIsFound) {
  const std::string text =
      "Mål\nAktivitet\nAnsvarig\nFärre ska köpa sex.\nInsatsvecka\nAntal anmälda brott som\n"
      "\n\fMål\nAktivitet\nAnsvarig\nhar lett till åtal\n";
  const auto lines = split_text_lines(text);
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  const auto found = find_repeated_table_headers(lines, texts, std::vector<bool>(lines.size(), false));
  std::vector<std::size_t> repeated;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i]) repeated.push_back(i);
  }
  ASSERT_EQ(repeated.size(), 3u);
  EXPECT_EQ(texts[repeated[0]], "Mål");
  EXPECT_EQ(texts[repeated[2]], "Ansvarig");
  EXPECT_EQ(texts[repeated[2] + 1], "har lett till åtal");
}

TEST(CellTablesTest, ATableGoesOnOverAPageBreak) {
  const auto in_table = table_lines("Mål\nAktivitet\n\n\fAnsvarig\nSexköpen ska\n\n\fminska.\n\nText");
  // Lines: Mål, Aktivitet, blank, blank, page break, Ansvarig, Sexköpen ska,
  // blank, blank, page break, minska., blank, Text.
  const std::vector<bool> expected = {true,  true,  false, false, false, true, true,
                                      false, false, false, true,  false, false};
  EXPECT_EQ(in_table, expected);
}

TEST(CellTablesTest, ALongLineEndingNoSentenceIsACellOfAWideColumn) {
  const auto in_table = table_lines(
      "Nr\nÅtgärd\nAnsvar\n"
      "1.1\n"
      "Samtal om sexköpslagen med alla elever i gymnasieskolans andra årskurs\n"
      "Utbildningsförvaltningen\n"
      "Information om sexköpslagen till arbetsgivare med många anställda i\n"
      "kommunen\n"
      "Polisen\n"
      "\n"
      "Här slutar tabellen och ett vanligt stycke tar vid, vars rader är\n"
      "brutna som prosa bryts.");
  const std::vector<bool> expected = {true, true, true, true, true, true, true, true, true,
                                      false, false, false};
  EXPECT_EQ(in_table, expected);
}

TEST(CellTablesTest, AHeaderPrintedAgainAfterAPageBreakIsARepeat) {
  const auto lines = split_text_lines(
      "Nr\nÅtgärd\nAnsvar\n1.1\nSamtalsstöd i grupp och\n\n\f"
      "Nr\nÅtgärd\nAnsvar\nenskilt\nSocialtjänsten\n\n\fNr\nÅtgärd\nTidplan\n");
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  const auto repeated = find_repeated_table_headers(lines, texts, std::vector<bool>(lines.size(), false));
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < repeated.size(); ++i) {
    if (repeated[i]) at.push_back(i);
  }
  // The second header repeats the first; the third differs in a cell.
  ASSERT_EQ(at.size(), 3u);
  EXPECT_EQ(texts[at[0]], "Nr");
  EXPECT_EQ(texts[at[2] + 1], "enskilt");
}

TEST(CellTablesTest, NoTableWithoutAHeaderRow) {
  // Short lines that are no header cells: figures, sentences, a list.
  const auto in_table = table_lines("Mål\n2024\nAnsvarig\nTidplan.\nSocialförvaltningen");
  EXPECT_EQ(in_table, std::vector<bool>(5, false));
  // Two header cells make no row.
  EXPECT_EQ(table_lines("Mål\nAktivitet\n\nAnsvarig"), std::vector<bool>(4, false));
}

TEST(CellTablesTest, ACellGoesOnAfterAHyphenOrAContinuationWord) {
  EXPECT_TRUE(cell_goes_on_after("Sexköpen i", rules()));
  EXPECT_TRUE(cell_goes_on_after("Barn- och", rules()));
  EXPECT_TRUE(cell_goes_on_after("i samverkan med", rules()));
  EXPECT_TRUE(cell_goes_on_after("utbildnings-", rules()));
  EXPECT_FALSE(cell_goes_on_after("Kommunstyrelsens förvaltning", rules()));
  EXPECT_FALSE(cell_goes_on_after("Socialförvaltningen", rules()));
  EXPECT_FALSE(cell_goes_on_after("-", rules()));
  EXPECT_FALSE(cell_goes_on_after("", rules()));
  EXPECT_FALSE(cell_goes_on_after("Sexköpen i", codebook::LayoutRules{}));
}

TEST(CellTablesTest, ADashAloneIsAnEmptyCell) {
  EXPECT_TRUE(is_empty_cell("–"));
  EXPECT_TRUE(is_empty_cell("-"));
  EXPECT_FALSE(is_empty_cell("– erbjuda stöd"));
  EXPECT_FALSE(is_empty_cell(""));
}

}  // namespace
}  // namespace goalchain::document
