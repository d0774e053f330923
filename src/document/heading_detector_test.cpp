#include "goalchain/document/heading_detector.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

// The headings of `text`, as "style:level:text".
std::vector<std::string> headings_of(const std::string& text, const codebook::LayoutRules& rules = {}) {
  const auto lines = split_text_lines(text);
  std::vector<std::string> texts;
  for (const auto& line : lines) texts.emplace_back(line.text);
  const std::vector<bool> skip(lines.size(), false);
  const HeadingDetector detector(lines, texts, skip, rules);
  std::vector<std::string> found;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (const HeadingLine* h = detector.heading_at(i)) {
      static const char* kStyles[] = {"markdown", "numbered", "capitals", "section_word", "plain"};
      found.push_back(std::string(kStyles[static_cast<int>(h->style)]) + ":" + std::to_string(h->level) +
                      ":" + h->text);
    }
  }
  return found;
}

using Found = std::vector<std::string>;

TEST(HeadingDetectorTest, NumberedWithoutAPeriodAndWithoutABlankLine) {
  EXPECT_EQ(headings_of("2 Lägesbild\nAntalet anmälningar har ökat.\n2.1 Målgrupper\nKvinnor och flickor.\n"),
            (Found{"numbered:1:2 Lägesbild", "numbered:2:2.1 Målgrupper"}));
}

// Eight lines of a column about 75 characters wide, for the line breaks to measure.
const std::string kColumn =
    "Länsstyrelsen samordnar arbetet mot mäns våld mot kvinnor i länet och stöder\n"
    "kommunerna, regionen och de ideella organisationerna i deras arbete med att\n"
    "förebygga våld, upptäcka den som är utsatt och ge skydd och stöd, och följer\n"
    "upp hur målen i den regionala strategin nås under hela strategiperioden.\n"
    "Arbetet sker i samverkan med Polismyndigheten, Kriminalvården och skolan,\n"
    "och regionkoordinatorn mot prostitution och människohandel stöder kommunerna\n"
    "när någon misstänks vara utsatt, till exempel genom utbildning och råd i\n"
    "enskilda ärenden där socialtjänsten behöver stöd för att kunna agera rätt.\n\n";

// Agreements and minutes number their clauses with the paragraph sign.
TEST(HeadingDetectorTest, AClauseByItsParagraphSign) {
  EXPECT_EQ(headings_of("§ 4 Parternas åtaganden\nFöreningen åtar sig att driva en mottagning.\n\n"
                        "§ 12   Tvist\nTvister löses i dialog.\n"),
            (Found{"numbered:1:§ 4 Parternas åtaganden", "numbered:1:§ 12 Tvist"}));
  // A reference to a clause in running text, or a line ending a sentence, is none.
  EXPECT_EQ(headings_of("Enligt 4 kap.\n§ 2 i lagen gäller detta.\n"), Found{});
}

TEST(HeadingDetectorTest, ShortLinesThatOpenABlock) {
  EXPECT_EQ(headings_of(kColumn + "Bakgrund\nMäns våld mot kvinnor är ett samhällsproblem.\n\n"
                        "Insatser för stöd och skydd\nSocialtjänsten erbjuder samtal.\n"),
            (Found{"plain:0:Bakgrund", "plain:0:Insatser för stöd och skydd"}));
  codebook::LayoutRules rules;
  rules.section_words = {"Bakgrund"};
  EXPECT_EQ(headings_of("Bakgrund\nMäns våld mot kvinnor är ett samhällsproblem.\n", rules),
            (Found{"section_word:0:Bakgrund"}));
}

// The title of a table flattened cell by cell, right after the last cell
// of the table before it, heads the next table.
TEST(HeadingDetectorTest, ATablesTitleAfterTheTableBeforeIsAHeading) {
  const auto found = headings_of(kColumn +
                                 "Tabell 1. Stöd\nMål\nAktivitet\nAnsvarig\n"
                                 "Fler ska få stöd.\nSamtalsgrupper\nKvinnojouren\n"
                                 "Tabell 2. Brottsbekämpning\nMål\nAktivitet\nAnsvarig\n"
                                 "Färre ska köpa sex.\nInsatsvecka\nPolisen\n");
  EXPECT_NE(std::find(found.begin(), found.end(), "plain:0:Tabell 2. Brottsbekämpning"), found.end());
}

TEST(HeadingDetectorTest, ALineThatContinuesASentenceIsNoHeading) {
  // "(Mika)." ends in a period; "Region Nord" goes on from a wrapped line.
  const std::string text =
      "Stödet till den som säljer sex finns främst utanför länet, hos Mikamottagningen\n"
      "(Mika).\n"
      "Regionkoordinatorn arbetar tillsammans med polisen i hela region och med\n"
      "Region Nord\n"
      "i de fall där det behövs en samordning över länsgränserna för att hjälpa.\n";
  EXPECT_EQ(headings_of(text), Found{});
}

TEST(HeadingDetectorTest, AWrappedLineIsNoHeading) {
  // The first word of the next line would not have fitted: a wrap.
  const std::string text =
      "Länsstyrelsen har i uppdrag att samordna arbetet i länet och att stödja\n"
      "Kommunerna i deras arbete mot prostitution och människohandel i länet.\n"
      "Uppdraget gäller hela perioden och följs upp årligen av länsstyrelsen.\n";
  EXPECT_EQ(headings_of(text), Found{});
}

TEST(HeadingDetectorTest, ChapterWords) {
  codebook::LayoutRules rules;
  rules.chapter_words = {"Kapitel"};
  EXPECT_EQ(headings_of(kColumn + "Kapitel 2 Genomförda insatser\nUnder året hölls sex utbildningar.\n", rules),
            (Found{"numbered:1:Kapitel 2 Genomförda insatser"}));
}

TEST(HeadingDetectorTest, NumberedGoalsAndAreasHeadTheirText) {
  codebook::LayoutRules rules;
  rules.section_words = {"Mål", "Insatsområde"};
  // A final report's goal on a line of its own, though the next line's first
  // word would have fitted after it.
  const std::string goal =
      kColumn +
      "Under 2016 identifierades elva misstänkta offer för människohandel i länet.\n"
      "Mål 1. Stärkt stöd till personer som utsätts för prostitution och människohandel\n"
      "En länsgemensam rutin för stöd till offer för människohandel har tagits fram.\n";
  EXPECT_EQ(headings_of(goal, rules),
            (Found{"section_word:0:Mål 1. Stärkt stöd till personer som utsätts för prostitution "
                   "och människohandel"}));
  // The same goal with a dash between its number and its text.
  EXPECT_EQ(headings_of(kColumn +
                            "Under 2016 identifierades elva misstänkta offer för människohandel i länet.\n"
                            "Mål 2 – Minskad efterfrågan på köp av sexuella tjänster i länet\n"
                            "Länsstyrelsen har genomfört tre kampanjer mot sexköp under perioden.\n",
                        rules),
            (Found{"section_word:0:Mål 2 – Minskad efterfrågan på köp av sexuella tjänster i länet"}));
  // An area with a label's colon.
  EXPECT_EQ(headings_of("Text.\n\nInsatsområde 2: Stöd till utsatta\nMålet är att alla ska "
                        "erbjudas stöd.\n",
                        rules),
            (Found{"section_word:0:Insatsområde 2: Stöd till utsatta"}));
  // The fields of a goal stay label lines, and prose stays prose.
  EXPECT_EQ(headings_of("Text.\n\nAktivitet 1.1: Utbildning för socialtjänsten\nAnsvarig: "
                        "Länsstyrelsen\n",
                        rules),
            Found{});
  EXPECT_EQ(headings_of("Text.\n\nMål 2 i strategin ska nås under perioden\nvilket följs upp "
                        "årligen.\n",
                        rules),
            Found{});
}

TEST(HeadingDetectorTest, ASectionWordInCapitalsIsACapitalsHeadingHoweverShort) {
  codebook::LayoutRules rules;
  rules.section_words = {"Mål", "Åtgärder", "Bakgrund"};
  EXPECT_EQ(headings_of("Text.\n\nBAKGRUND\nKommunen har ett ansvar.\n\nMÅL 1\nFler ska få stöd.\n\n"
                        "ÅTGÄRDER\nSocialtjänsten ska erbjuda samtal.\n",
                        rules),
            (Found{"capitals:1:BAKGRUND", "capitals:1:MÅL 1", "capitals:1:ÅTGÄRDER"}));
}

TEST(HeadingDetectorTest, TheItemsOfANumberedListAreNoHeadings) {
  // Items one after the other, one wrapped onto a line in lower case: a list.
  EXPECT_EQ(headings_of("Planen har tre aktiviteter.\n\n"
                        "1. Samtalsgrupper för pojkar i årskurs 9\n"
                        "2. En kampanj mot sexköp på stadens bussar och i\n"
                        "sociala medier\n"
                        "3. En föreläsning för tränare i idrottsföreningar\n\n"
                        "Ansvarig: samordnaren.\n"),
            Found{});
  // Numbered headings with their own text between them stay headings.
  EXPECT_EQ(headings_of("1. Inledning\nPlanen gäller för hela kommunen.\n"
                        "2. Bakgrund\nSexköpen har ökat i länet.\n"),
            (Found{"numbered:1:1. Inledning", "numbered:1:2. Bakgrund"}));
}

TEST(HeadingDetectorTest, ALeadInWithoutItsColonIsNoHeading) {
  codebook::LayoutRules rules;
  rules.lead_in_words = {"ska"};
  EXPECT_EQ(headings_of("Text.\n\nLänsstyrelserna ska\n• fortsätta utveckla det förebyggande "
                        "arbetet,\n",
                        rules),
            Found{});
}

TEST(HeadingDetectorTest, TableCellsAreNoHeadings) {
  EXPECT_EQ(headings_of("Text.\n\nINSATS\nDELTAGARE\nKOSTNAD\nUtbildning\n240\n85 000\n\nText.\n"), Found{});
  EXPECT_EQ(headings_of("Text.\n\nPolisen\nKommunen\nRegionen\n\nText.\n"), Found{});
}

TEST(HeadingDetectorTest, AShortLineThatHeadsNothingIsText) {
  // The subtitle stands right above a heading of a higher rank; the
  // signature ends the text; the line before a page break goes on in lower case.
  EXPECT_EQ(headings_of("Redovisning till myndigheten\n\nSAMMANFATTNING\nText.\n\nAnna Berglund\n"),
            (Found{"capitals:1:SAMMANFATTNING"}));
  EXPECT_EQ(headings_of("Text som fortsätter\n\fpå nästa sida.\n"), Found{});
}

TEST(HeadingDetectorTest, FootnoteLikeLinesAreNoHeadings) {
  EXPECT_EQ(headings_of("Texten slutar här.\n\n1 Statskontoret 2006, 2021\n"), Found{});
  EXPECT_EQ(headings_of("Texten slutar här.\n\n1 Brå 2021\n"), Found{});
}

// A numbered heading that ends in the year or period it covers, after two
// words or more: the chapters of annual reports and plans.
TEST(HeadingDetectorTest, ANumberedHeadingMayEndInAYearOrPeriod) {
  EXPECT_EQ(headings_of("Texten slutar här.\n\n4 Resultat och uppföljning 2024\nVi nådde målen.\n\n"
                        "5 Arbetet under 2025–2026\nVi fortsätter.\n\n6 Läsåret 2025/26 i korthet\nKort.\n"),
            (Found{"numbered:1:4 Resultat och uppföljning 2024", "numbered:1:5 Arbetet under 2025–2026"}));
}

TEST(HeadingDetectorTest, CapitalHeadingWrapsOverTwoLines) {
  EXPECT_EQ(headings_of("2.1. UTBILDNINGAR FÖR YRKESVERKSAMMA\nOCH HÄLSO- OCH SJUKVÅRD\nText.\n"),
            (Found{"numbered:2:2.1. UTBILDNINGAR FÖR YRKESVERKSAMMA OCH HÄLSO- OCH SJUKVÅRD"}));
}

TEST(HeadingDetectorTest, ANumberedItemRunningOnIntoASentenceIsNoHeading) {
  // "1. Alla kommuner ... om" goes on in lower case and ends the sentence
  // below: a numbered list item wrapped over two lines.
  const std::string text =
      "1. Alla kommuner i länet ska ha en utsedd kontaktperson för ärenden om\n"
      "prostitution och människohandel.\n"
      "2. Fler personer som köper sex ska upptäckas.\n";
  EXPECT_EQ(headings_of(text), Found{});
  EXPECT_EQ(headings_of("3.2 Insatser\nFör att nå mål 1 ska länsstyrelsen:\n"),
            Found{"numbered:2:3.2 Insatser"});
}

}  // namespace
}  // namespace goalchain::document
