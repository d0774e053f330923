#include "goalchain/document/footnotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// Headings in these fixtures are lines starting with "#".
bool opens_heading(std::string_view line) { return line.starts_with("#") || line.starts_with("\u2022"); }

struct Found {
  int number = 0;
  int first_line = 0;  // source line numbers
  int last_line = 0;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& found) {
  return out << "{" << found.number << ", " << found.first_line << "-" << found.last_line << "}";
}

std::vector<Found> find(const std::string& text) {
  const std::vector<TextLine> lines = split_text_lines(text);
  std::vector<Found> found;
  for (const Footnote& note : find_footnotes(lines, opens_heading).notes) {
    found.push_back({note.number, lines[note.first].number, lines[note.last].number});
  }
  return found;
}

TEST(FootnotesTest, BlockAfterTheTextItAnnotates) {
  const std::string text =
      "Insatser krävs från flera myndighetsområden.1 Sedan lagen\n"  // 1
      "infördes har den halverats.2 Internet har ökat.3\n"          // 2
      "\n"                                                           // 3
      "1 Statskontoret 2006, 2021\n"                                 // 4
      "2 Arbetsmarknadsdepartementet, 1998; SOU 1995:15\n"           // 5
      "3 SOU 2010:49\n"                                              // 6
      "\f# 1.1. GENOMFÖRANDE\n";                                     // 7
  EXPECT_EQ(find(text), (std::vector<Found>{{1, 4, 4}, {2, 5, 5}, {3, 6, 6}}));
  const Footnotes notes = find_footnotes(split_text_lines(text), opens_heading);
  ASSERT_EQ(notes.blocks.size(), 1u);
  EXPECT_EQ(notes.blocks[0].numbers, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(notes.blocks[0].text_begin, 0u);
}

TEST(FootnotesTest, MarkerGluedToAWordCounts) {
  EXPECT_EQ(find("exempel på intersektionella analyser25 i planen.\n\n25 Intersektionell analys.\n"),
            (std::vector<Found>{{25, 3, 3}}));
  EXPECT_EQ(find("Se strategin.\u00B9\n\n\u00B9 Se avsnitt 5.\n\u00B2 Grovt koppleri.\n"),
            (std::vector<Found>{{1, 3, 3}, {2, 4, 4}}));
}

TEST(FootnotesTest, NoMarkerNoFootnote) {
  // A numbered line after a blank line is not a footnote unless the text
  // above points to it.
  EXPECT_TRUE(find("Text utan markör.\n\n1 Statskontoret 2006, 2021\n").empty());
  EXPECT_TRUE(find("Mål 1 gäller.\n\n1 Polisen ska utreda.\n").empty());
  // A marker on a line below does not count.
  EXPECT_TRUE(find("Text.\n\n1 Statskontoret 2006\nmer text.1\n").empty());
}

TEST(FootnotesTest, LinesThatAreNotFootnotes) {
  // Lower case after the number, four digits, a leading zero, no space.
  EXPECT_TRUE(find("kommuner.3\n\n3 september hölls mötet.\n").empty());
  EXPECT_TRUE(find("år.2017\n\n2017 skiljer sig.\n").empty());
  EXPECT_TRUE(find("text.1\n\n01 Statskontoret\n").empty());
  EXPECT_TRUE(find("text.1\n\n1Statskontoret\n").empty());
  // Digits glued to digits or after a colon are no markers: "2021:14", "5,2".
  EXPECT_TRUE(find("Rapport 2021:14 och 5,2 miljoner\n\n14 Statskontoret\n").empty());
  EXPECT_TRUE(find("Det gällde 5,2 miljoner\n\n2 Statskontoret\n").empty());
}

TEST(FootnotesTest, NumberingContinuesWithoutABlankLine) {
  const std::string text =
      "text.1\n\n1 Första källan\n"   // 1-3
      "\fmer text förtydligas.2\n"     // 4, on page 2
      "2 Andra källan\n";               // 5
  EXPECT_EQ(find(text), (std::vector<Found>{{1, 3, 3}, {2, 5, 5}}));
  // Without the earlier block, "2" does not continue any numbering.
  EXPECT_TRUE(find("mer text förtydligas.2\n2 Andra källan\n").empty());
}

TEST(FootnotesTest, WrappedFootnoteContinuesAfterABlankLine) {
  const std::string text =
      "uppgifterna.23\n"
      "\n"
      "23 Jämställdhetsmyndigheten noterar att uppgifterna avseende anslag och utgifter för\n"  // 3
      "\n"
      "2017 skiljer sig.\n"                   // 5
      "24 Länsstyrelsen Örebro, 2021\n"      // 6
      " 3. LÄNSSTYRELSERNAS VERKSAMHET\n";   // 7: indented, a new page
  EXPECT_EQ(find(text), (std::vector<Found>{{23, 3, 5}, {24, 6, 6}}));
}

TEST(FootnotesTest, IndentedLineEndsTheFootnote) {
  const std::string text =
      "analyser25 i planen ska\n"
      "\n"
      "25 Intersektionell analys kan ses som ett verktyg för att förstå hur faktorer\n"  // 3
      "\n"
      "maktstrukturer som kön och ålder påverkar varandra.\n"       // 5
      " utveckla kunskaper hos aktörer i länet.\n";                  // 6
  EXPECT_EQ(find(text), (std::vector<Found>{{25, 3, 5}}));
}

TEST(FootnotesTest, ParagraphAfterAShortFootnoteIsNotSwallowed) {
  const std::string text =
      "enligt strategin.10\n"
      "\n"
      "10 Ibid\n"
      "\n"
      "Regeringen har gett länsstyrelserna ett flertal tillfälliga uppdrag som berör\n"
      "prostitution och människohandel.\n"
      "\n"
      "Nästa stycke.\n";
  EXPECT_EQ(find(text), (std::vector<Found>{{10, 3, 3}}));
}

TEST(FootnotesTest, TextRunningToThePageEndStillBelongsToTheFootnote) {
  const std::string text =
      "förtydligas.31\n"
      "\n"
      "31 Jämställdhetsmyndigheten har gjort en översyn.\n"            // 3
      "\n"
      "Arbetet har resulterat i en samverkansmodell och avtal.\n"      // 5
      "Översynen har förankrats med berörda parter.\n"                 // 6
      " 4. SAMMANFATTANDE IAKTTAGELSER\n";                             // 7
  EXPECT_EQ(find(text), (std::vector<Found>{{31, 3, 6}}));
  const std::string paged =
      "förtydligas.31\n\n31 Jämställdhetsmyndigheten har gjort en översyn.\n\nArbetet har resulterat.\n\f"
      "Ny sida.\n";
  EXPECT_EQ(find(paged), (std::vector<Found>{{31, 3, 5}}));
}

TEST(FootnotesTest, PageBreakAndHeadingEndTheBlock) {
  EXPECT_EQ(find("text.1\n\n1 Källa ett\n\fnästa sida börjar\n"), (std::vector<Found>{{1, 3, 3}}));
  EXPECT_EQ(find("text.1\n\n1 Källa ett\n# Rubrik\n"), (std::vector<Found>{{1, 3, 3}}));
  EXPECT_EQ(find("text.1\n\n1 Källa ett\n\u2022 punkt\n"), (std::vector<Found>{{1, 3, 3}}));
  EXPECT_EQ(find("text.1\n\n1 Källa ett\nfortsätter här\n"), (std::vector<Found>{{1, 3, 4}}));
}

TEST(FootnotesTest, MarkerOnThePreviousPageCounts) {
  EXPECT_EQ(find("strategin.1\n\fText.\n\n1 Se avsnitt 5.\n"), (std::vector<Found>{{1, 4, 4}}));
  EXPECT_TRUE(find("strategin.1\n\fText.\n\fMer.\n\n1 Se avsnitt 5.\n").empty());
}

TEST(FootnotesTest, StripsMarkersGluedToWords) {
  EXPECT_EQ(strip_footnote_markers("intersektionella analyser25 i både", {25}),
            "intersektionella analyser i både");
  EXPECT_EQ(strip_footnote_markers("prostitution och människohandel1 för region Väst", {1, 2}),
            "prostitution och människohandel för region Väst");
  EXPECT_EQ(strip_footnote_markers("KAST-mottagning27. Umeå", {27, 28}), "KAST-mottagning. Umeå");
  EXPECT_EQ(strip_footnote_markers("grooming26 och delmål36.", {26, 36}), "grooming och delmål.");
}

TEST(FootnotesTest, LeavesOtherDigitsAlone) {
  EXPECT_EQ(strip_footnote_markers("enligt strategin.14 Det", {14}), "enligt strategin.14 Det");
  EXPECT_EQ(strip_footnote_markers("År 201723 2018", {23}), "År 201723 2018");
  EXPECT_EQ(strip_footnote_markers("Mika-28 och", {28}), "Mika-28 och");
  EXPECT_EQ(strip_footnote_markers("vitamin B12 och", {12}), "vitamin B12 och");  // one letter
  EXPECT_EQ(strip_footnote_markers("Covid19 spred sig", {1, 2}), "Covid19 spred sig");
  EXPECT_EQ(strip_footnote_markers("människohandel7 här", {1, 2}), "människohandel7 här");
  EXPECT_EQ(strip_footnote_markers("analyser25b", {25}), "analyser25b");
  EXPECT_EQ(strip_footnote_markers("strategin\u00B9", {1}), "strategin\u00B9");
}

}  // namespace
}  // namespace goalchain::document
