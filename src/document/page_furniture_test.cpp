#include "goalchain/document/page_furniture.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/atomic_file.h"
#include "test_paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace goalchain::document {
namespace {

int count_lines(std::string_view text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::size_t count_of(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(part); pos != std::string_view::npos; pos = text.find(part, pos + 1)) ++count;
  return count;
}

// The removed lines as "text xN".
std::vector<std::string> removed(const CleanedText& cleaned) {
  std::vector<std::string> out;
  for (const RemovedLine& line : cleaned.removed) out.push_back(line.text + " x" + std::to_string(line.count));
  return out;
}

using Strings = std::vector<std::string>;

// Three pages with a running header on pages 2-3, a footer with page numbers
// on every page, and a label line on most pages that must stay.
const std::string kPagedPlan =
    "Länsstyrelsen Exempel\n"
    "Handlingsplan 2020\n"
    "\n"
    "Mål\n"
    "Ansvarig: Länsstyrelsen\n"
    "Text på sidan ett.\n"
    "\n"
    "Länsstyrelsen Exempel | Handlingsplan 2020 | 1 (3)\n"
    "\fLänsstyrelsen Exempel           Handlingsplan 2020\n"
    "\n"
    "Mål\n"
    "Ansvarig: Länsstyrelsen\n"
    "Text på sidan två.\n"
    "\n"
    "Länsstyrelsen Exempel | Handlingsplan 2020 | 2 (3)\n"
    "\fLänsstyrelsen Exempel           Handlingsplan 2020\n"
    "\n"
    "Mål\n"
    "Ansvarig: Länsstyrelsen\n"
    "Text på sidan tre.\n"
    "\n"
    "Länsstyrelsen Exempel | Handlingsplan 2020 | 3 (3)\n";

TEST(PageFurnitureTest, TextWithoutFurnitureIsUnchanged) {
  const std::string text = "Rubrik\n\nEtt stycke text.\nMed två rader.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(cleaned.text, text);
  EXPECT_TRUE(cleaned.removed.empty());
  EXPECT_EQ(remove_page_furniture("").text, "");
}

TEST(PageFurnitureTest, RunningHeaderAndFooterGoWithFormFeeds) {
  const CleanedText cleaned = remove_page_furniture(kPagedPlan);
  EXPECT_EQ(removed(cleaned), (Strings{"Länsstyrelsen Exempel | Handlingsplan 2020 | 1 (3) x3",
                                       "Länsstyrelsen Exempel Handlingsplan 2020 x2"}));
  EXPECT_FALSE(contains(cleaned.text, "(3)"));
  EXPECT_FALSE(contains(cleaned.text, "Exempel      "));
  // Line count and form feeds are kept; the title lines of page 1 stay.
  EXPECT_EQ(count_lines(cleaned.text), count_lines(kPagedPlan));
  EXPECT_EQ(count_pages(cleaned.text), 3);
  EXPECT_TRUE(cleaned.text.starts_with("Länsstyrelsen Exempel\nHandlingsplan 2020\n"));
}

TEST(PageFurnitureTest, RepeatedContentAtTheTopOfEveryPageStays) {
  const CleanedText cleaned = remove_page_furniture(kPagedPlan);
  // "Mål" and "Ansvarig: Länsstyrelsen" are near the top of every page, but a
  // one-word heading and a label line are content.
  EXPECT_EQ(count_of(cleaned.text, "\nMål\nAnsvarig: Länsstyrelsen\nText på sidan"), 3u);
  EXPECT_EQ(count_of(cleaned.text, "\f"), 2u);
}

// A web page printed from a browser: the address and "N/M" at the foot of
// each page, the date and the page's title at the head of the next; a
// fraction alone on a line, or in a line that does not recur, stays.
TEST(PageFurnitureTest, ABrowsersFooterEndsInPageOfPages) {
  const CleanedText cleaned = remove_page_furniture(
      "Mål 1: Färre köper sex\n"
      "Insatserna riktar sig till 1/3 av alla skolor.\n"
      "https://kommun.se/planer/plan-mot-prostitution   1/3\n"
      "2026-02-14 09:41   Plan mot prostitution - Kommunen\n"
      "Mål 2: Fler får stöd\n"
      "2/3\n"
      "https://kommun.se/planer/plan-mot-prostitution   2/3\n"
      "2026-02-14 09:41   Plan mot prostitution - Kommunen\n"
      "Mål 3: Stärkt samverkan\n"
      "https://kommun.se/planer/plan-mot-prostitution   3/3\n");
  EXPECT_EQ(count_of(cleaned.text, "https://"), 0u);
  EXPECT_EQ(count_of(cleaned.text, "09:41"), 0u);
  EXPECT_TRUE(contains(cleaned.text, "till 1/3 av alla skolor."));
  EXPECT_TRUE(contains(cleaned.text, "\n2/3\n"));
  EXPECT_EQ(count_lines(cleaned.text), 10);
}

TEST(PageFurnitureTest, PageNumbersAloneAtThePageEdge) {
  const std::string text =
      "Första sidans text.\n\n1\n"
      "\fAndra sidans text.\n\n- 2 -\n"
      "\fTredje sidans text med 3\n\n3\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(cleaned.text, "Första sidans text.\n\n\n\fAndra sidans text.\n\n\n\fTredje sidans text med 3\n\n\n");
  EXPECT_EQ(removed(cleaned), (Strings{"1 x2", "- 2 - x1"}));
}

TEST(PageFurnitureTest, PageNumberPatternsAreRemovedAnywhere) {
  for (const std::string line : {"9 (38)", "- 9 -", "\u2013 9 \u2013", "Sida 9", "Sida 9 av 38", "sida 9 av 38",
                                 "Page 9 of 38", "9 av 38"}) {
    const CleanedText cleaned = remove_page_furniture("Text före.\n" + line + "\nText efter.\n");
    EXPECT_EQ(cleaned.text, "Text före.\n\f\nText efter.\n") << line;
    ASSERT_EQ(cleaned.removed.size(), 1u) << line;
    EXPECT_EQ(cleaned.removed[0].text, line);
  }
  for (const std::string line : {"Sidan 9 handlar om", "9 (38) är ett tal i texten", "Mål 9", "9 procent",
                                 "2020", "Kapitel 9 av rapporten"}) {
    const std::string text = "Text före.\n" + line + "\nText efter.\n";
    EXPECT_EQ(remove_page_furniture(text).text, text) << line;
  }
}

TEST(PageFurnitureTest, FootersWithoutFormFeedsBecomePageBreaks) {
  const std::string text =
      "Första sidan.\n\n"
      "Jämställdhetsmyndigheten  |  Rapport 2021:14  |  Bilaga 3 9 (38) \n\n"
      "Andra sidan.\n\n"
      "Jämställdhetsmyndigheten  |  Rapport 2021:14  |  Bilaga 3 10 (38) \n"
      "Tredje sidan.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(cleaned.text, "Första sidan.\n\n\f\n\nAndra sidan.\n\n\f\nTredje sidan.\n");
  EXPECT_EQ(removed(cleaned), Strings{"Jämställdhetsmyndigheten | Rapport 2021:14 | Bilaga 3 9 (38) x2"});
  EXPECT_EQ(count_pages(cleaned.text), 3);
}

TEST(PageFurnitureTest, SeparatedFooterWithoutPageNumberNeedsTwoOccurrences) {
  const std::string once = "Text.\nLänsstyrelsen Skåne | Regional strategi\nMer text.\n";
  EXPECT_EQ(remove_page_furniture(once).text, once);
  const std::string twice =
      "Text.\nLänsstyrelsen Skåne | Regional strategi\nMer text.\nLänsstyrelsen Skåne | Regional strategi\n";
  const CleanedText cleaned = remove_page_furniture(twice);
  EXPECT_EQ(cleaned.text, "Text.\n\nMer text.\n\n");  // no page number: no page break
  EXPECT_EQ(removed(cleaned), Strings{"Länsstyrelsen Skåne | Regional strategi x2"});
}

TEST(PageFurnitureTest, MarkdownTableRowsAreNotFooters) {
  const std::string text =
      "| Mål | Ansvar |\n|---|---|\n| 1 | Polisen |\n\n| Mål | Ansvar |\n|---|---|\n| 2 | Kommunen |\n";
  EXPECT_EQ(remove_page_furniture(text).text, text);
}

TEST(PageFurnitureTest, RepeatedCapitalHeaderWithoutFormFeeds) {
  const std::string header = "STOPPA KÖP AV SEXUELLA TJÄNSTER, KOPPLERI OCH MÄNNISKOHANDEL";
  const std::string text = " " + header + " \n\n1. INLEDNING\nText.\n\n" + header + "\n\nMer text.\n\n" +
                           header + "\n\nSlut.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_FALSE(contains(cleaned.text, "STOPPA"));
  EXPECT_EQ(removed(cleaned), Strings{header + " x3"});
  EXPECT_EQ(count_lines(cleaned.text), count_lines(text));
  EXPECT_EQ(count_pages(cleaned.text), 1);  // no page numbers, no page breaks
  // Twice is not enough without a footer beside it.
  const std::string twice = header + "\n\nText.\n\n" + header + "\n\nMer.\n";
  EXPECT_EQ(remove_page_furniture(twice).text, twice);
}

TEST(PageFurnitureTest, RepeatedContentWithoutFormFeedsStays) {
  const std::string text =
      "Mål\nPolisen ska utreda.\nAnsvarig: Polismyndigheten\n\n"
      "Mål\nKommunerna ska ha rutiner.\nAnsvarig: Polismyndigheten\n\n"
      "Mål\nSkolan ska utbilda.\nAnsvarig: Polismyndigheten\n\n"
      "MÅL OCH AKTIVITETER\n\nMÅL OCH AKTIVITETER\n\nMÅL OCH AKTIVITETER\n\n"
      "• Länsstyrelsen följer upp arbetet varje år\n• Länsstyrelsen följer upp arbetet varje år\n"
      "• Länsstyrelsen följer upp arbetet varje år\n"
      "Status: Genomförd.\nStatus: Genomförd.\nStatus: Genomförd.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(cleaned.text, text);
  EXPECT_TRUE(cleaned.removed.empty());
}

TEST(PageFurnitureTest, HeaderBesideRemovedFootersGoesToo) {
  const std::string text =
      "Text ett.\n\nRapport 2021:14 | Sida 1 av 3\n\nRegional handlingsplan mot våld 2020\n\n"
      "Text två.\n\nRapport 2021:14 | Sida 2 av 3\n\nRegional handlingsplan mot våld 2020\n\n"
      "Text tre.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_FALSE(contains(cleaned.text, "Regional handlingsplan"));
  EXPECT_EQ(removed(cleaned), (Strings{"Rapport 2021:14 | Sida 1 av 3 x2", "Regional handlingsplan mot våld 2020 x2"}));
}

TEST(PageFurnitureTest, LoneNumbersWithoutFormFeedsMustRise) {
  const std::string rising = "Text.\n\n1\n\nMer text.\n\n2\n\nSlut.\n";
  const CleanedText cleaned = remove_page_furniture(rising);
  EXPECT_EQ(cleaned.text, "Text.\n\n\f\n\nMer text.\n\n\f\n\nSlut.\n");
  EXPECT_EQ(removed(cleaned), Strings{"1 x2"});
  for (const std::string& text : {std::string("Text.\n\n7\n\nSlut.\n"),             // alone
                                 std::string("Text.\n\n5\n\nMer.\n\n3\n\nSlut.\n"),  // falling
                                 std::string("Tabell\n12\n13\n")}) {                 // not alone
    EXPECT_EQ(remove_page_furniture(text).text, text) << text;
  }
}

TEST(PageFurnitureTest, FootnotesAtThePageFootStay) {
  const std::string text =
      "Text ett.3\n\n3 Socialdepartementet, 2018\n4 Socialdepartementet, 2018\n\n- 1 -\n"
      "\fText två.5\n\n5 Socialdepartementet, 2018\n\n- 2 -\n"
      "\fText tre.6\n\n6 Socialdepartementet, 2018\n\n- 3 -\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(removed(cleaned), Strings{"- 1 - x3"});
  EXPECT_TRUE(contains(cleaned.text, "6 Socialdepartementet, 2018"));
}

// The running footer of the invented examples goes; their content stays.
std::string read_example(const std::string& name) {
  const std::filesystem::path path = std::filesystem::path(GOALCHAIN_SOURCE_DIR) / "examples" / name;
  return util::read_file(path);
}

TEST(PageFurnitureTest, ExamplesLoseTheirRunningHeadersAndFooters) {
  const CleanedText skane = remove_page_furniture(read_example("skane-regional-strategi-2017-2020.txt"));
  EXPECT_EQ(removed(skane), Strings{"Länsstyrelsen Skåne | Regional strategi 2017–2020 | 1 (4) x4"});
  EXPECT_TRUE(contains(skane.text, "Länsstyrelsen Skåne\nREGIONAL STRATEGI\n"));

  const CleanedText vg = remove_page_furniture(read_example("vastra-gotaland-lagesrapport-2020.txt"));
  EXPECT_EQ(removed(vg), (Strings{"1 x3", "Länsstyrelsen Västra Götaland Lägesrapport 2020 x2"}));
  EXPECT_TRUE(contains(vg.text, "Lägesrapport 2020\nArbetet med"));  // the title stays
  EXPECT_EQ(count_of(vg.text, "\nAnsvarig: Länsstyrelsen\n"), 2u);

  const CleanedText stockholm = remove_page_furniture(read_example("stockholm-handlingsplan-2020-2022.txt"));
  EXPECT_EQ(removed(stockholm),
            Strings{"Länsstyrelsen Stockholm | Regional handlingsplan 2020–2022 | 1 (3) x3"});
}

TEST(PageFurnitureTest, ExamplesWithoutFurnitureAreUnchanged) {
  for (const std::string name : {"gotland-handlingsplan-2019.txt", "jamtland-handlingsplan-2020.txt",
                                 "orebro-handlingsplan-2019-2020.txt", "ostergotland-slutredovisning-2017-2020.txt",
                                 "varmland-handlingsplan-2018-2021.txt", "vastmanland-handlingsplan-2020.txt"}) {
    const std::string text = read_example(name);
    EXPECT_EQ(remove_page_furniture(text).text, text) << name;
  }
}

TEST(PageFurnitureTest, AFooterEndingInARisingBarePageNumberMarksPages) {
  // Text without form feeds: "… 2022–2024 6", "… 2022–2024 7" end in a bare
  // number that rises, the page number; each becomes a page break.
  const std::string text =
      "Första sidans text.\n"
      "Länsstyrelsen Östergötland | Regional handlingsplan 2022–2024 6\n"
      "Andra sidans text.\n"
      "Länsstyrelsen Östergötland | Regional handlingsplan 2022–2024 7\n"
      "Tredje sidans text.\n";
  const CleanedText cleaned = remove_page_furniture(text);
  EXPECT_EQ(count_of(cleaned.text, "\f"), 2u);
  EXPECT_FALSE(contains(cleaned.text, "Regional handlingsplan"));
  // The same line with the same number is removed but marks no page.
  const std::string same =
      "Text.\nRapport | Handlingsplan 2022–2024\nMer text.\nRapport | Handlingsplan 2022–2024\nSlut.\n";
  const CleanedText unnumbered = remove_page_furniture(same);
  EXPECT_EQ(count_of(unnumbered.text, "\f"), 0u);
  EXPECT_FALSE(contains(unnumbered.text, "Rapport |"));
}

}  // namespace
}  // namespace goalchain::document
