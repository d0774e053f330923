#include "goalchain/document/layout_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

codebook::LayoutRules rules() {
  codebook::LayoutRules rules;
  rules.continuation_words = {"och", "i", "med", "för", "till"};
  return rules;
}

std::vector<LayoutTable> tables_of(std::string_view text) {
  const auto lines = split_text_lines(text);
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  return find_layout_tables(lines, texts, std::vector<bool>(lines.size(), false), rules());
}

// The cell's lines joined with '|'.
std::string cell_text(const LayoutCell& cell) {
  std::string text;
  for (const CellLine& line : cell.lines) {
    if (!text.empty()) text += '|';
    text += line.text;
  }
  return text;
}

std::vector<std::string> row_texts(const std::vector<LayoutCell>& row) {
  std::vector<std::string> texts;
  for (const auto& cell : row) texts.push_back(cell_text(cell));
  return texts;
}

TEST(LayoutTablesTest, CellsSideBySideAreReadRowByRowEachWrappedWithinItsColumn) {
  const auto tables = tables_of(
      "Insats                          Ansvarig                 Tidplan\n"
      "Utbildningsdag om sexuell       Länsstyrelsen,           Hösten 2025\n"
      "exploatering för kuratorer.     elevhälsan\n"
      "Stödsamtal för den som sålt     Socialförvaltningen i    2026\n"
      "sex.                            samverkan med Region\n"
      "                                Gävleborg\n"
      "Indikator: Antal kuratorer som gått utbildningen.\n");
  ASSERT_EQ(tables.size(), 1u);
  const LayoutTable& table = tables[0];
  EXPECT_EQ(table.first, 0u);
  EXPECT_EQ(table.last, 5u);
  EXPECT_EQ(row_texts(table.header), (std::vector<std::string>{"Insats", "Ansvarig", "Tidplan"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(row_texts(table.rows[0]),
            (std::vector<std::string>{"Utbildningsdag om sexuell|exploatering för kuratorer.",
                                      "Länsstyrelsen,|elevhälsan", "Hösten 2025"}));
  // "Gävleborg" alone in the second column goes on its cell.
  EXPECT_EQ(row_texts(table.rows[1]),
            (std::vector<std::string>{"Stödsamtal för den som sålt|sex.",
                                      "Socialförvaltningen i|samverkan med Region|Gävleborg", "2026"}));
}

TEST(LayoutTablesTest, ACellWrappedAfterALinkingWordGoesOnEvenBeforeACapital) {
  const auto tables = tables_of(
      "Aktivitet                     Ansvar                Klart\n"
      "Informationsträff för        Polisen tillsammans    v. 12\n"
      "Taxiförbundet.                med kommunen           2025\n"
      "Kampanj mot sexköp           Kommunikationsenheten  2026\n");
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(row_texts(tables[0].rows[0]),
            (std::vector<std::string>{"Informationsträff för|Taxiförbundet.",
                                      "Polisen tillsammans|med kommunen", "v. 12|2025"}));
  EXPECT_EQ(row_texts(tables[0].rows[1]),
            (std::vector<std::string>{"Kampanj mot sexköp", "Kommunikationsenheten", "2026"}));
}

TEST(LayoutTablesTest, MultiWordHeadersCentredOverTheirColumnsAndAnEmptyCell) {
  const auto tables = tables_of(
      "Mål                        Åtgärd                    Ansvarig förvaltning\n"
      "Färre unga ska utnyttjas.  Uppsökande arbete på      Socialförvaltningen\n"
      "                           nätet.\n"
      "                           Föräldraträffar om        Skolförvaltningen\n"
      "                           risker på nätet.\n");
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  // The goal cell above spans the second row: its first cell is empty.
  EXPECT_EQ(row_texts(tables[0].rows[1]),
            (std::vector<std::string>{"", "Föräldraträffar om|risker på nätet.", "Skolförvaltningen"}));
}

TEST(LayoutTablesTest, AHeaderCellWrappedOntoTheLineBelowStaysInTheHeader) {
  const auto tables = tables_of(
      "Aktivitet              Ansvarig          Klart\n"
      "                       förvaltning       senast\n"
      "Kampanj mot sexköp.    Kommunstyrelsen   2025\n");
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(row_texts(tables[0].header),
            (std::vector<std::string>{"Aktivitet", "Ansvarig|förvaltning", "Klart|senast"}));
  ASSERT_EQ(tables[0].rows.size(), 1u);
  EXPECT_EQ(row_texts(tables[0].rows[0]),
            (std::vector<std::string>{"Kampanj mot sexköp.", "Kommunstyrelsen", "2025"}));
}

TEST(LayoutTablesTest, AHeaderShiftedRightOfItsCellsStillGivesTheColumn) {
  const auto tables = tables_of(
      "Åtgärd                          Ansvar             Klart\n"
      "Rutin för stöd till vuxna.   Socialtjänsten     2025\n");
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(row_texts(tables[0].rows[0]),
            (std::vector<std::string>{"Rutin för stöd till vuxna.", "Socialtjänsten", "2025"}));
}

TEST(LayoutTablesTest, ATableGoesOnOverAPageBreakButEndsAtABlankLine) {
  const auto tables = tables_of(
      "Insats                  Ansvar              Klart\n"
      "Samtalsstöd till vuxna  Socialtjänsten      Löpande\n"
      "i prostitution.\n"
      "\n\f"
      "Handledning för         Regionkoordinatorn  2026\n"
      "kuratorerna.\n"
      "\n"
      "Uppföljningen görs        varje år      av nämnden.\n");
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(cell_text(tables[0].rows[1][0]), "Handledning för|kuratorerna.");
  EXPECT_EQ(tables[0].last, tables[0].rows[1][0].lines.back().line);
}

// Matrices that set a blank line under the header and between their rows:
// the table goes on over a blank line with a row laid out in its columns,
// each cell opening in a capital or a number, and ends at a heading, a line
// in lower case or the next table's header.
TEST(LayoutTablesTest, BlankLinesBetweenRowsLaidOutInTheColumnsDoNotEndTheTable) {
  const auto tables = tables_of(
      "Mål                  Insats                 Ansvar\n"
      "\n"
      "1. Fler ska få       1.1 Samtalsstöd i      Socialtjänsten\n"
      "stöd.                grupp.\n"
      "\n"
      "                     1.2 Jourtelefon        Kvinnojouren\n"
      "\n"
      "2. Sexköpen ska      2.1 Kampanj            Polisen\n"
      "minska.\n"
      "\n"
      "Mål                  Insats                 Ansvar\n"
      "\n"
      "3. Färre ska         3.1 Kartläggning       Länsstyrelsen\n"
      "utnyttjas.\n"
      "\n"
      "4 Uppföljning\n");
  ASSERT_EQ(tables.size(), 2u);
  ASSERT_EQ(tables[0].rows.size(), 3u);
  EXPECT_EQ(row_texts(tables[0].rows[0]),
            (std::vector<std::string>{"1. Fler ska få|stöd.", "1.1 Samtalsstöd i|grupp.", "Socialtjänsten"}));
  EXPECT_EQ(row_texts(tables[0].rows[1]), (std::vector<std::string>{"", "1.2 Jourtelefon", "Kvinnojouren"}));
  EXPECT_EQ(cell_text(tables[0].rows[2][0]), "2. Sexköpen ska|minska.");
  EXPECT_EQ(tables[1].first, 10u);
  ASSERT_EQ(tables[1].rows.size(), 1u);
  EXPECT_EQ(tables[1].last, 13u);
}

TEST(LayoutTablesTest, ProseUnderTheTableEndsIt) {
  // A field label, a line running across the columns, and a line of one
  // part after a cell that ended its sentence.
  for (const std::string below : {"Indikator: –", "Ärenden om köp av sexuell tjänst ökade i hela länet.",
                                  "Se även bilaga 2."}) {
    const auto tables = tables_of(
        "Åtgärd                Ansvar            Klart\n"
        "Insatsvecka mot       Polisen           v. 38\n"
        "sexköp.\n" +
        below + "\n");
    ASSERT_EQ(tables.size(), 1u) << below;
    EXPECT_EQ(tables[0].last, 2u) << below;
    EXPECT_EQ(cell_text(tables[0].rows[0][0]), "Insatsvecka mot|sexköp.") << below;
  }
}

TEST(LayoutTablesTest, NoTableWithoutAHeaderOfThreeShortCellsAndARowUnderIt) {
  // Two header cells; a header over a single part; header cells with digits.
  EXPECT_TRUE(tables_of("Åtgärd        Ansvar\nKampanj       Polisen\n").empty());
  EXPECT_TRUE(tables_of("Åtgärd   Ansvar   Klart\nEn rad vanlig text som löper över sidans bredd.\n").empty());
  EXPECT_TRUE(tables_of("Sida 2   Mars 2024   Dnr 12\nKampanj   Polisen   2025\n").empty());
  // Words with single spaces between them are one part, not a header row.
  EXPECT_TRUE(tables_of("Mål och åtgärder\nKampanj   Polisen   2025\n").empty());
}

TEST(LayoutTablesTest, TwoTablesOneAfterTheOther) {
  const auto tables = tables_of(
      "Mål 1 – Färre köper sex\n"
      "Åtgärd          Ansvar        Klart\n"
      "Kampanj.        Polisen       2025\n"
      "Indikator: Antal anmälningar.\n"
      "Mål 2 – Stöd till fler\n"
      "Åtgärd          Ansvar        Klart\n"
      "Samtalsstöd.    Kommunen      2026\n");
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].first, 1u);
  EXPECT_EQ(tables[0].last, 2u);
  EXPECT_EQ(tables[1].first, 5u);
  EXPECT_EQ(row_texts(tables[1].rows[0]), (std::vector<std::string>{"Samtalsstöd.", "Kommunen", "2026"}));
}

}  // namespace
}  // namespace goalchain::document
