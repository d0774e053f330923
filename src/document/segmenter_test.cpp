#include "goalchain/document/segmenter.h"

#include "test_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace goalchain::document {
namespace {

using Section = std::vector<std::string>;

std::vector<std::string> texts(const std::vector<Segment>& segments) {
  std::vector<std::string> out;
  for (const auto& s : segments) out.push_back(s.text);
  return out;
}

std::vector<SegmentKind> kinds(const std::vector<Segment>& segments) {
  std::vector<SegmentKind> out;
  for (const auto& s : segments) out.push_back(s.kind);
  return out;
}

TEST(SegmenterTest, EmptyTextHasNoSegments) {
  EXPECT_TRUE(segment_text("").empty());
  EXPECT_TRUE(segment_text("\n\n   \n\t\n").empty());
}

// A table set out in layout mode: each cell a paragraph of its own, row by
// row, its wrapped lines joined (a word hyphenated across them too), an empty
// cell "–"; the label line under the table is a paragraph again.
TEST(SegmenterTest, ATableInLayoutModeGivesACellPerParagraph) {
  const auto segments = segment_text(
      "Mål 2 – Fler ska få stöd\n"
      "Insats                         Ansvarig                  Klart\n"
      "Samtalsstöd för vuxna som      Socialtjänsten i sam-     2026\n"
      "sålt sex.                      verkan med regionen\n"
      "Stödtelefon dygnet runt.       Kvinnojouren\n"
      "Indikator: Antal samtal.\n");
  EXPECT_EQ(texts(segments),
            (std::vector<std::string>{"Mål 2 – Fler ska få stöd", "Insats", "Ansvarig", "Klart",
                                      "Samtalsstöd för vuxna som sålt sex.",
                                      "Socialtjänsten i samverkan med regionen", "2026",
                                      "Stödtelefon dygnet runt.", "Kvinnojouren", "\u2013",
                                      "Indikator: Antal samtal."}));
  EXPECT_EQ(segments[4].line, 3);
  EXPECT_EQ(segments[4].last_line, 4);
  EXPECT_EQ(segments[9].line, 5);  // the empty cell stands on its row's line
}

TEST(SegmenterTest, BlankLinesSeparateParagraphs) {
  const auto segments = segment_text("Första raden\nandra raden.\n\nNytt stycke.\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[0].text, "Första raden andra raden.");
  EXPECT_EQ(segments[0].line, 1);
  EXPECT_EQ(segments[0].last_line, 2);
  EXPECT_EQ(segments[1].text, "Nytt stycke.");
  EXPECT_EQ(segments[1].line, 4);
  EXPECT_EQ(segments[1].last_line, 4);
  EXPECT_TRUE(segments[0].id.empty());
  EXPECT_TRUE(segments[0].section.empty());
}

TEST(SegmenterTest, WhitespaceIsTrimmedAndCollapsed) {
  const auto segments = segment_text("  Ett\t\t ord \u00A0 till  \r\n   och   fler  \r\n");
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].text, "Ett ord till och fler");
}

TEST(SegmenterTest, TextIsComposedToNfc) {
  const auto segments = segment_text("la\u0308nsstyrelsen");  // a + combining diaeresis
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].text, "l\u00E4nsstyrelsen");
}

TEST(SegmenterTest, FormFeedIsAPageBreak) {
  const auto segments = segment_text("Sida ett slutar\n\fSida två börjar\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].text, "Sida ett slutar");
  EXPECT_EQ(segments[0].page, 1);
  EXPECT_EQ(segments[1].text, "Sida två börjar");
  EXPECT_EQ(segments[1].line, 2);
  EXPECT_EQ(segments[1].page, 2);
}

TEST(SegmenterTest, PageIsThePageOfTheFirstLine) {
  const auto segments = segment_text(
      "1. RUBRIK\nText som\nfortsätter\fpå nästa sida.\n\f\fEfter en tom sida.\n");
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[0].page, 1);
  // A sentence split by a page break goes on after it; the segment is on the
  // page of its first line.
  EXPECT_EQ(segments[1].text, "Text som fortsätter på nästa sida.");
  EXPECT_EQ(segments[1].page, 1);
  EXPECT_EQ(segments[1].last_line, 3);
  EXPECT_EQ(segments[2].page, 4);
  EXPECT_EQ(segments[2].section, Section{"1. RUBRIK"});
}

TEST(SegmenterTest, MarkdownHeadings) {
  const auto segments = segment_text("# Handlingsplan\n\n## Mål ##\n\nText.\n\n#Inte rubrik\n");
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(segments[0].text, "Handlingsplan");
  EXPECT_EQ(segments[1].kind, SegmentKind::heading);
  EXPECT_EQ(segments[1].text, "Mål");
  EXPECT_EQ(segments[1].section, Section{"Handlingsplan"});
  EXPECT_EQ(segments[2].section, (Section{"Handlingsplan", "Mål"}));
  EXPECT_EQ(segments[3].kind, SegmentKind::paragraph);  // no space after '#'
  EXPECT_EQ(segments[3].text, "#Inte rubrik");
}

TEST(SegmenterTest, NumberedHeadingsNestBySection) {
  const auto segments = segment_text(
      "1. Inledning\n\nText ett.\n\n2. Mål och insatser\n\n2.1 Förebyggande arbete\n\nText "
      "två.\n\n2.1.4 Detalj\nText tre.\n\n2.2. Stöd\n\nText fyra.\n\n3. Uppföljning\nText fem.\n");
  ASSERT_EQ(segments.size(), 11u);
  EXPECT_EQ(kinds(segments),
            (std::vector<SegmentKind>{SegmentKind::heading, SegmentKind::paragraph,
                                      SegmentKind::heading, SegmentKind::heading,
                                      SegmentKind::paragraph, SegmentKind::heading,
                                      SegmentKind::paragraph, SegmentKind::heading,
                                      SegmentKind::paragraph, SegmentKind::heading,
                                      SegmentKind::paragraph}));
  EXPECT_EQ(segments[1].section, Section{"1. Inledning"});
  EXPECT_EQ(segments[2].section, Section{});  // a heading is not in its own section
  EXPECT_EQ(segments[3].section, Section{"2. Mål och insatser"});
  EXPECT_EQ(segments[4].section, (Section{"2. Mål och insatser", "2.1 Förebyggande arbete"}));
  EXPECT_EQ(segments[6].section,
            (Section{"2. Mål och insatser", "2.1 Förebyggande arbete", "2.1.4 Detalj"}));
  EXPECT_EQ(segments[7].text, "2.2. Stöd");
  EXPECT_EQ(segments[7].section, Section{"2. Mål och insatser"});
  EXPECT_EQ(segments[8].section, (Section{"2. Mål och insatser", "2.2. Stöd"}));
  EXPECT_EQ(segments[10].section, Section{"3. Uppföljning"});
  EXPECT_EQ(segments[10].text, "Text fem.");
}

TEST(SegmenterTest, HeadingInterruptsAParagraph) {
  const auto segments = segment_text("Fotnot 2018\n 1.1. GENOMFÖRANDE   \nDatainsamlingen har skett.\n");
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[1].kind, SegmentKind::heading);
  EXPECT_EQ(segments[1].text, "1.1. GENOMFÖRANDE");
  EXPECT_EQ(segments[1].line, 2);
  EXPECT_EQ(segments[2].section, Section{"1.1. GENOMFÖRANDE"});
}

TEST(SegmenterTest, NumberedLinesThatAreNotHeadings) {
  const auto segments = segment_text(
      "1. Polisen ska utveckla arbetet.\n\n"    // ends with a period: list item
      "2. polisen ska utveckla arbetet\n\n"     // lower case: list item
      "3. Följande gäller:\n\n"                 // ends with ':'
      "1 Statskontoret 2006, 2021\n\n"          // footnote: no dot after the number
      "2020. Det året hände mycket\n\n"         // a year, not a section number
      "3.3 Detta är en mening som slutar.\n");  // numbered but a sentence
  ASSERT_EQ(segments.size(), 6u);
  for (const auto& s : segments) EXPECT_NE(s.kind, SegmentKind::heading) << s.text;
  EXPECT_EQ(segments[0].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[0].text, "Polisen ska utveckla arbetet.");
  EXPECT_EQ(segments[1].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[2].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[3].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[4].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[5].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[5].text, "3.3 Detta är en mening som slutar.");
}

TEST(SegmenterTest, OverlongNumberedLineIsNotAHeading) {
  const std::string line = "4. " + std::string(95, 'A');
  EXPECT_EQ(segment_text(line)[0].kind, SegmentKind::list_item);
  EXPECT_EQ(segment_text("4. " + std::string(80, 'A'))[0].kind, SegmentKind::heading);
}

TEST(SegmenterTest, AllCapitalLinesAreLevelOneHeadings) {
  const auto segments = segment_text("INNEHÅLL\n\n1. BAKGRUND\n\nText.\n\nSAMMANFATTNING\nText två.\n");
  ASSERT_EQ(segments.size(), 5u);
  EXPECT_EQ(segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(segments[0].text, "INNEHÅLL");
  EXPECT_EQ(segments[1].section, Section{});  // "1." is level 1 too: it pops "INNEHÅLL"
  EXPECT_EQ(segments[1].kind, SegmentKind::heading);
  EXPECT_EQ(segments[2].section, Section{"1. BAKGRUND"});
  EXPECT_EQ(segments[3].kind, SegmentKind::heading);
  EXPECT_EQ(segments[3].section, Section{});
  EXPECT_EQ(segments[4].section, Section{"SAMMANFATTNING"});
  EXPECT_EQ(segments[4].text, "Text två.");
}

TEST(SegmenterTest, ShortOrMixedCaseLinesAreNotCapitalHeadings) {
  for (const std::string line :
       {"EU", "SOU 2010:49", "A B C D", "Länsstyrelsen Skåne", "STOPPA köp", "• PUNKT ETT",
        "- ANDRA PUNKTEN"}) {
    const auto segments = segment_text(line);
    ASSERT_EQ(segments.size(), 1u) << line;
    EXPECT_NE(segments[0].kind, SegmentKind::heading) << line;
  }
  const std::string long_caps(91, 'A');
  EXPECT_EQ(segment_text(long_caps)[0].kind, SegmentKind::paragraph);
}

TEST(SegmenterTest, WrappedCapitalHeadingIsJoined) {
  const auto segments = segment_text(
      "2.2. STORT UPPDRAG MED PROSTITUTION \n"
      "OCH MÄNNISKOHANDEL I PERIFERIN \n"
      "Det regionala samordningsuppdraget är omfattande.\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(segments[0].text, "2.2. STORT UPPDRAG MED PROSTITUTION OCH MÄNNISKOHANDEL I PERIFERIN");
  EXPECT_EQ(segments[0].line, 1);
  EXPECT_EQ(segments[0].last_line, 2);
  EXPECT_EQ(segments[1].section,
            Section{"2.2. STORT UPPDRAG MED PROSTITUTION OCH MÄNNISKOHANDEL I PERIFERIN"});
  EXPECT_EQ(segments[1].line, 3);
}

TEST(SegmenterTest, ConsecutiveNumberedHeadingsAreNotJoined) {
  const auto segments = segment_text("1. INLEDNING\n1.1. GENOMFÖRANDE\nText.\n");
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[0].text, "1. INLEDNING");
  EXPECT_EQ(segments[1].text, "1.1. GENOMFÖRANDE");
  EXPECT_EQ(segments[1].section, Section{"1. INLEDNING"});
}

TEST(SegmenterTest, SentenceCaseHeadingDoesNotSwallowTheNextLine) {
  const auto segments = segment_text("2.1 Ett glest befolkat län\nJÄMTLAND\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].text, "2.1 Ett glest befolkat län");
  EXPECT_EQ(segments[1].text, "JÄMTLAND");
}

TEST(SegmenterTest, BulletListItems) {
  const auto segments = segment_text(
      "Utvecklingsområden:\n"
      "• insatser för att påverka attityder\n"
      "• förebyggande insatser riktade till barn\n"
      "  och unga som riskerar att hamna i prostitution\n"
      "- tredje punkten\n"
      "– fjärde punkten\n"
      "* femte\n"
      "▪ sjätte\n"
      "\n"
      "Efter listan.\n");
  // "Utvecklingsområden:" alone on its line is the label of the list below it,
  // not a segment of its own.
  ASSERT_EQ(segments.size(), 7u);
  EXPECT_EQ(segments[0].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[0].text, "insatser för att påverka attityder");
  EXPECT_EQ(segments[1].text,
            "förebyggande insatser riktade till barn och unga som riskerar att hamna i prostitution");
  EXPECT_EQ(segments[1].line, 3);
  EXPECT_EQ(segments[1].last_line, 4);
  EXPECT_EQ(texts(segments)[2], "tredje punkten");
  EXPECT_EQ(texts(segments)[3], "fjärde punkten");
  EXPECT_EQ(texts(segments)[4], "femte");
  EXPECT_EQ(segments[5].text, "sjätte");
  for (std::size_t i = 0; i <= 5; ++i) {
    EXPECT_EQ(segments[i].kind, SegmentKind::list_item);
    EXPECT_EQ(segments[i].label, "Utvecklingsområden");
  }
  EXPECT_EQ(segments[6].kind, SegmentKind::paragraph);  // after a blank line
  EXPECT_EQ(segments[6].text, "Efter listan.");
  EXPECT_EQ(segments[6].label, "");  // the blank line ended the labelled list
}

TEST(SegmenterTest, EnumeratedListItems) {
  const auto segments = segment_text("a) första\nb. andra\n1) tredje\n12. fjärde rad.\n");
  ASSERT_EQ(segments.size(), 4u);
  for (const auto& s : segments) EXPECT_EQ(s.kind, SegmentKind::list_item) << s.text;
  EXPECT_EQ(texts(segments),
            (std::vector<std::string>{"första", "andra", "tredje", "fjärde rad."}));
}

TEST(SegmenterTest, DashesInsideTextAreNotListItems) {
  const auto segments = segment_text(
      "Stöd från hälso-\noch sjukvård -- och -inte en lista\ns. 14 i rapporten\n", shipped_layout());
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[0].text, "Stöd från hälso- och sjukvård -- och -inte en lista s. 14 i rapporten");
}

TEST(SegmenterTest, LabelledFieldsStartTheirOwnParagraph) {
  const auto segments = segment_text(
      "Mål 2: Myndighetssamverkan ska\n"
      "stärkas.\n"
      "Aktivitet 2.1: Insatsveckor mot sexköp.\n"
      "Ansvarig: Länsstyrelsen tillsammans med\n"
      "Polismyndigheten\n"
      "Indikator: Antal insatsveckor.\n");
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(texts(segments), (std::vector<std::string>{
                                 "Mål 2: Myndighetssamverkan ska stärkas.",
                                 "Aktivitet 2.1: Insatsveckor mot sexköp.",
                                 "Ansvarig: Länsstyrelsen tillsammans med Polismyndigheten",
                                 "Indikator: Antal insatsveckor.",
                             }));
  for (const auto& s : segments) EXPECT_EQ(s.kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[2].line, 4);
  EXPECT_EQ(segments[2].last_line, 5);
}

TEST(SegmenterTest, LabelEndsAListItem) {
  const auto segments = segment_text("• utbildning för personal\nAnsvarig: Kommunerna\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[1].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[1].text, "Ansvarig: Kommunerna");
}

TEST(SegmenterTest, ColonsThatAreNotLabelsContinueTheParagraph) {
  const auto segments = segment_text(
      "Texten börjar här,\n"
      "Grupper som bedöms särskilt utsatta är: unga\n"
      "klockan 10:30 samlas gruppen\n"
      "Mål:inget mellanslag.\n");
  ASSERT_EQ(segments.size(), 1u);
  EXPECT_EQ(segments[0].last_line, 4);
}

TEST(SegmenterTest, LabelAloneOnItsLine) {
  // The label is no segment of its own: the line below carries it.
  const auto segments = segment_text("Stycke.\nIndikator:\nAntal deltagare.\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[1].text, "Antal deltagare.");
  EXPECT_EQ(segments[1].label, "Indikator");
  EXPECT_EQ(segments[0].label, "");
}


TEST(SegmenterTest, ALeadInWithAVerbOfObligationIsTextNotALabel) {
  codebook::LayoutRules rules;
  rules.lead_in_words = {"ska"};
  const std::string text = "Länsstyrelsen ska:\n\n• samordna arbetet\n• anordna en konferens\n";
  const auto read = segment_text(text, rules);
  ASSERT_EQ(read.size(), 3u);
  EXPECT_EQ(read[0].kind, SegmentKind::paragraph);
  EXPECT_EQ(read[0].text, "Länsstyrelsen ska:");  // the chain finder reads it as a lead-in
  EXPECT_EQ(read[1].label, "");
  // Without the word it has the shape of a label, and heads the list.
  const auto shaped = segment_text(text);
  ASSERT_EQ(shaped.size(), 2u);
  EXPECT_EQ(shaped[0].label, "Länsstyrelsen ska");
}

TEST(SegmenterTest, HyphenatedWordsAreRejoined) {
  const auto segments = segment_text(
      "Få människo-\nhandelsärenden leder till åtal. Polisens och åklagar-\n"
      "nas resurser räcker inte. Stöd ges av hälso-\noch sjukvård och kommun-\n"
      "eller myndighetsgemensamma resurscentra till utsatta EU/EES-\nmedborgare och unga hbtq-\n"
      "personer.\n\n"
      "\u2022 kompetens- och metod-\n  stöd till kommuner\n",
      shipped_layout());  // its hanging-hyphen words and hyphen prefixes
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].text,
            "Få människohandelsärenden leder till åtal. Polisens och åklagarnas resurser räcker inte. "
            "Stöd ges av hälso- och sjukvård och kommun- eller myndighetsgemensamma resurscentra till "
            "utsatta EU/EES-medborgare och unga hbtq-personer.");
  EXPECT_EQ(segments[0].last_line, 7);
  EXPECT_EQ(segments[1].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[1].text, "kompetens- och metodstöd till kommuner");
}

TEST(SegmenterTest, HyphenatedWordKeepsItsHyphenWhenTheDocumentWritesItSo) {
  const auto segments = segment_text("Målgruppen är unga barnrätts-\nperspektiv.\n\nEtt barnrätts-perspektiv.\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].text, "Målgruppen är unga barnrätts-perspektiv.");
}

TEST(SegmenterTest, NoJoiningAcrossBlankLinesButAcrossPages) {
  const auto segments = segment_text("Ett stycke om människo-\n\nhandel i länet.\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].text, "Ett stycke om människo-");
  EXPECT_EQ(segments[1].text, "handel i länet.");
  // A page break (pdftotext's form feed, a removed footer) splits a word that
  // goes on on the next page.
  EXPECT_EQ(texts(segment_text("Ett stycke om människo-\n\fhandel i länet.\n")),
            std::vector<std::string>{"Ett stycke om människohandel i länet."});
}

TEST(SegmenterTest, FootnotesAreSegmentsOfTheirOwn) {
  const auto segments = segment_text(
      "1. INLEDNING\n"                                                               // 1
      "Insatser krävs från flera myndighetsområden.1 Det gäller även\n"              // 2
      "människohandel2 och prostitution.\n"                                          // 3
      "\n"                                                                           // 4
      "1 Statskontoret 2006, 2021\n"                                                 // 5
      "2 Jämställdhetsmyndigheten noterar att uppgifterna avseende anslag och utgifter för\n"  // 6
      "\n"                                                                           // 7
      "2017 skiljer sig.\n"                                                          // 8
      " 1.1. GENOMFÖRANDE\n"                                                         // 9
      "Datainsamlingen har skett genom dokumentanalyser.\n");                       // 10
  ASSERT_EQ(segments.size(), 6u);
  EXPECT_EQ(kinds(segments),
            (std::vector<SegmentKind>{SegmentKind::heading, SegmentKind::paragraph, SegmentKind::footnote,
                                      SegmentKind::footnote, SegmentKind::heading, SegmentKind::paragraph}));
  // The marker glued to a word goes; the one after a period stays.
  EXPECT_EQ(segments[1].text,
            "Insatser krävs från flera myndighetsområden.1 Det gäller även människohandel och prostitution.");
  EXPECT_EQ(segments[2].text, "1 Statskontoret 2006, 2021");
  EXPECT_EQ(segments[2].line, 5);
  EXPECT_EQ(segments[2].section, Section{"1. INLEDNING"});
  EXPECT_EQ(segments[3].text,
            "2 Jämställdhetsmyndigheten noterar att uppgifterna avseende anslag och utgifter för 2017 skiljer sig.");
  EXPECT_EQ(segments[3].line, 6);
  EXPECT_EQ(segments[3].last_line, 8);
  EXPECT_EQ(segments[4].text, "1.1. GENOMFÖRANDE");
  EXPECT_EQ(segments[5].section, (Section{"1. INLEDNING", "1.1. GENOMFÖRANDE"}));
}

TEST(SegmenterTest, NumberedLineWithoutAMarkerIsNoFootnote) {
  const auto segments = segment_text("Texten slutar här.\n\n1 Statskontoret 2006, 2021\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[1].kind, SegmentKind::paragraph);
}

TEST(SegmenterTest, CapitalTableCellsDoNotOpenSections) {
  const auto segments = segment_text(
      "3.3. FÅ RIKTADE MÅL\n"
      "Text före tabellen.\n"
      "\n"
      "MÅL\nAKTIVITET\nANSVAR\nINDIKATOR\n"
      "\n"
      "KOSTNAD\n75 080 595\n"
      "\n"
      "TOTALT 185 080 595\n"
      "\n"
      "Efter tabellen.\n");
  for (const auto& segment : segments) {
    if (segment.text != "3.3. FÅ RIKTADE MÅL") {
      EXPECT_NE(segment.kind, SegmentKind::heading) << segment.text;
    }
  }
  ASSERT_FALSE(segments.empty());
  EXPECT_EQ(segments.back().text, "Efter tabellen.");
  EXPECT_EQ(segments.back().section, Section{"3.3. FÅ RIKTADE MÅL"});
  EXPECT_EQ(texts(segments)[2], "MÅL AKTIVITET ANSVAR INDIKATOR");
}

TEST(SegmenterTest, ShortCellsOfAFlattenedTableStayApart) {
  // One cell a line, as a PDF table of goal, activity, responsible, timing
  // and indicator comes out; the short cells end no sentence.
  const auto segments = segment_text(
      "Text före tabellen.\n"
      "\n"
      "En kampanj mot sexköp riktad till besökare.\n"
      "Länsstyrelsen och Polismyndigheten\n"
      "Våren 2022\n"
      "Antal som nåtts av kampanjen.\n");
  EXPECT_EQ(texts(segments),
            (std::vector<std::string>{"Text före tabellen.",
                                      "En kampanj mot sexköp riktad till besökare.",
                                      "Länsstyrelsen och Polismyndigheten", "Våren 2022",
                                      "Antal som nåtts av kampanjen."}));
}

TEST(SegmenterTest, CapitalHeadingOverTwoLinesIsStillAHeading) {
  const auto segments = segment_text("REGIONAL STRATEGI\nMOT MÄNS VÅLD\nText.\n\nBAKGRUND\nText två.\n");
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(segments[0].text, "REGIONAL STRATEGI MOT MÄNS VÅLD");
  EXPECT_EQ(segments[2].kind, SegmentKind::heading);
  EXPECT_EQ(segments[3].section, Section{"BAKGRUND"});
}

// In a table flattened cell by cell, a wide cell wrapped before a figure
// with words goes on; a cell in figures alone, or after a narrow cell, is a
// cell of its own.
TEST(SegmenterTest, AWideCellWrappedBeforeAFigureWithWordsGoesOn) {
  const auto segments = segment_text(
      "Nr\nÅtgärd\nAnsvar\nTidplan\nUppföljning\n"
      "2.1\n"
      "Rutin för att ställa frågor om sex mot ersättning i utredningar om unga\n"
      "13–20 år\n"
      "Socialtjänsten\n"
      "2026–2027\n"
      "Andel utredningar där frågan ställts\n"
      "2.2\n"
      "Uppsökande arbete på annonssajter två veckor per halvår i hela länet\n"
      "Socialtjänsten\n"
      "2026–2027\n"
      "Antal personer som kontaktats\n");
  std::vector<std::string> texts;
  for (const auto& segment : segments) texts.push_back(segment.text);
  const std::vector<std::string> expected = {
      "Nr", "Åtgärd", "Ansvar", "Tidplan", "Uppföljning", "2.1",
      "Rutin för att ställa frågor om sex mot ersättning i utredningar om unga 13–20 år",
      "Socialtjänsten", "2026–2027", "Andel utredningar där frågan ställts", "2.2",
      "Uppsökande arbete på annonssajter två veckor per halvår i hela länet", "Socialtjänsten",
      "2026–2027", "Antal personer som kontaktats"};
  EXPECT_EQ(texts, expected);
}

// The doer in brackets ends an item of a list without final stops: a line
// with a capital under it is text of its own; one in lower case goes on.
TEST(SegmenterTest, ABracketEndingAListItemEndsIt) {
  const auto segments = segment_text(
      "Det gör vi genom att:\n"
      "- ge nya medarbetare en introduktion om människohandel\n"
      "(Socialförvaltningen)\n"
      "Mätetal saknas ännu.\n"
      "- utbilda personal (skola och socialtjänst)\n"
      "i hela kommunen\n");
  std::vector<std::string> texts;
  for (const auto& segment : segments) texts.push_back(segment.text);
  const std::vector<std::string> expected = {
      "Det gör vi genom att:",
      "ge nya medarbetare en introduktion om människohandel (Socialförvaltningen)",
      "Mätetal saknas ännu.",
      "utbilda personal (skola och socialtjänst) i hela kommunen"};
  EXPECT_EQ(texts, expected);
}

// A numbered label after the last item of a list opens a paragraph of its
// own; a number without a dot or colon ("Enligt 4 kap.") does not.
TEST(SegmenterTest, ANumberedLabelEndsTheListItemAboveIt) {
  const auto segments = segment_text(
      "Indikatorer:\n"
      "– Antal utredningar där bedömningsstödet använts\n"
      "Delmål 2.3 Barn som upplevt våld ska erbjudas stöd.\n"
      "– Gruppverksamhet för barn som upplevt våld startar två gånger\n"
      "Enligt 4 kap. socialtjänstlagen.\n");
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[0].text, "Antal utredningar där bedömningsstödet använts");
  EXPECT_EQ(segments[1].text, "Delmål 2.3 Barn som upplevt våld ska erbjudas stöd.");
  EXPECT_EQ(segments[2].text, "Gruppverksamhet för barn som upplevt våld startar två gånger Enligt 4 kap. socialtjänstlagen.");
}

// A field label with its value starts a line of its own, so the line above
// it stands apart however near the column's width it ends: a heading.
TEST(SegmenterTest, ALineAboveAFieldLabelStandsApartAsAHeading) {
  codebook::LayoutRules rules;
  rules.section_words = {"Område"};
  const auto segments = segment_text(
      "Kommunen arbetar brottsförebyggande tillsammans med polisen och med andra\n"
      "aktörer i ett lokalt råd som möts varje månad och följer upp lägesbilden.\n"
      "Rådet tar varje år fram en åtgärdsplan som beskriver vad som ska göras\n"
      "under året och vem som ansvarar för varje åtgärd i de olika områdena.\n"
      "Arbetet utgår från den lägesbild som rådet tar fram varje höst och som\n"
      "bygger på statistik från polisen, enkäter till elever och trygghetsvandringar.\n"
      "Område D Prostitution och människohandel för sexuella ändamål i kommunen\n"
      "Inriktning: Det ska vara svårt att köpa sex och lätt att få stöd.\n",
      rules);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[1].kind, SegmentKind::heading);
  EXPECT_EQ(segments[1].text, "Område D Prostitution och människohandel för sexuella ändamål i kommunen");
}

// A declarative heading of three words or more goes on by a few words ("Så
// vet vi att vi når målet" for "Så vet vi"); its answer ends at a heading
// that opens with a section word, as a web page's print has no blank lines.
TEST(SegmenterTest, AQuestionLabelGoesOnByAFewWordsAndItsAnswerEndsAtASectionHeading) {
  codebook::LayoutRules rules;
  rules.section_words = {"Mål", "Insatser"};
  rules.question_labels = {{"Så vet vi", "Uppföljning"}, {"När", "Tidplan"}};
  const auto segments = segment_text(
      "Så vet vi att vi når målet\n"
      "- Antalet personer som fått stöd av socialtjänsten under året\n"
      "Visa mindre\n"
      "Mål 2: Fler får stöd\n"
      "Insatser\n"
      "- Samtalsstöd erbjuds till alla som vill lämna prostitution\n"
      "När det gäller stöd till unga\n",
      rules);
  ASSERT_EQ(segments.size(), 6u);
  EXPECT_EQ(segments[0].text, "Antalet personer som fått stöd av socialtjänsten under året");
  EXPECT_EQ(segments[0].label, "Uppföljning");
  EXPECT_EQ(segments[2].kind, SegmentKind::heading);
  EXPECT_EQ(segments[3].kind, SegmentKind::heading);
  EXPECT_TRUE(segments[4].label.empty());
  // A phrase of fewer than three words must stand alone.
  EXPECT_TRUE(segments.back().label.empty());
  EXPECT_EQ(segments.back().text, "När det gäller stöd till unga");
}

}  // namespace
}  // namespace goalchain::document

namespace goalchain::document {
namespace {

codebook::LayoutRules layout_rules() {
  codebook::LayoutRules rules;
  rules.section_words = {"Insatsområden", "Uppföljning"};
  rules.contents_headings = {"Innehåll"};
  return rules;
}

TEST(SegmenterLayoutTest, ContentsPagesAreSegmentsOfTheirOwnKind) {
  const auto segments = segment_text(
      "Innehåll\nInledning ....... 2\nInsatsområden ....... 3\nUppföljning ....... 5\n\n"
      "Inledning\nPlanen gäller hela kommunen.\n\nInsatsområden\nText.\n\nUppföljning\nText.\n"
      "Mer text.\n\nÄnnu mer text om planen.\n",
      layout_rules());
  ASSERT_GE(segments.size(), 4u);
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(segments[i].kind, SegmentKind::contents) << segments[i].text;
    EXPECT_TRUE(segments[i].section.empty());
  }
  EXPECT_EQ(segments[4].kind, SegmentKind::heading);
  EXPECT_EQ(segments[4].text, "Inledning");
}

TEST(SegmenterLayoutTest, HeadingsWithoutBlankLinesNestByAdjacencyAndSectionWords) {
  const auto segments = segment_text(
      "Insatsområden\nFörebyggande arbete\nKommunen ska arbeta förebyggande.\n\n"
      "Upptäckt, skydd och stöd\nSocialtjänsten ska fråga om våld.\n\n"
      "Uppföljning\nPlanen följs upp varje år.\n",
      layout_rules());
  std::vector<std::string> tree;
  for (const auto& s : segments) {
    if (s.kind != SegmentKind::heading) continue;
    std::string path;
    for (const auto& h : s.section) path += h + " > ";
    tree.push_back(path + s.text);
  }
  EXPECT_EQ(tree, (std::vector<std::string>{"Insatsområden", "Insatsområden > Förebyggande arbete",
                                            "Insatsområden > Upptäckt, skydd och stöd", "Uppföljning"}));
}

TEST(SegmenterLayoutTest, ALabelHeadsItsListUntilTheNextLabelOrHeading) {
  const auto segments = segment_text(
      "Mål 1: Fler ska få stöd.\nAktiviteter:\n• Utbildning för handläggare.\n• En rutin.\n"
      "Ansvar:\nLänsstyrelsen och kommunerna.\nIndikator:\nAndel kommuner med en rutin.\n\n"
      "Efter blocket.\n");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& s : segments) got.emplace_back(s.label, s.text);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"", "Mål 1: Fler ska få stöd."},
                     {"Aktiviteter", "Utbildning för handläggare."},
                     {"Aktiviteter", "En rutin."},
                     {"Ansvar", "Länsstyrelsen och kommunerna."},
                     {"Indikator", "Andel kommuner med en rutin."},
                     {"", "Efter blocket."}}));
}

TEST(SegmenterLayoutTest, ALabelAtTheEndHeadsNothingAndStaysText) {
  const auto segments = segment_text("Text.\n\nAktiviteter:\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[1].text, "Aktiviteter:");
  EXPECT_EQ(segments[1].label, "");
}

TEST(SegmenterTest, ASentenceGoesOnAfterAPageBreak) {
  // A page break (a removed footer) splits "social-" / "tjänsten.": the
  // item goes on, and the hyphen joins the word.
  const auto segments = segment_text(
      "b) Kommunerna ska utse en kontaktperson inom social-\n\f\ntjänsten.\nAnsvarig: Kommunerna\n");
  ASSERT_EQ(segments.size(), 2u);
  EXPECT_EQ(segments[0].kind, SegmentKind::list_item);
  EXPECT_EQ(segments[0].text, "Kommunerna ska utse en kontaktperson inom socialtjänsten.");
  EXPECT_EQ(segments[0].page, 1);
  EXPECT_EQ(segments[1].text, "Ansvarig: Kommunerna");
  // A sentence ended before the break, a capital after it, or a blank line
  // without a page break: a new paragraph.
  EXPECT_EQ(texts(segment_text("Planen gäller i tre år.\n\fdärefter görs en ny.\n")),
            (std::vector<std::string>{"Planen gäller i tre år.", "därefter görs en ny."}));
  EXPECT_EQ(texts(segment_text("Stödet ges av\n\nkommunen och regionen.\n")),
            (std::vector<std::string>{"Stödet ges av", "kommunen och regionen."}));
}

TEST(SegmenterTest, ANumberedLineWhoseSentenceEndsOnTheNextLineIsNoHeading) {
  const auto segments = segment_text(
      "3.2 Upptäckt, skydd och stöd\n"
      "3.2.1 Mål: Genomföra en länsgemensam utbildning om människohandel för\n"
      "socialsekreterare.\n"
      "3.2.2 Mål: Personer som utsatts ska få stöd oavsett vilken kommun de bor\n"
      "i länet.\n"
      "3.2.3 Mål: Fler personer som säljer sex ska få stöd från\n"
      "mottagningen för\n"
      "personer i prostitution.\n"
      "3.3 Insatser för att förebygga prostitution och\n"
      "människohandel\n"
      "Text under rubriken.\n");
  ASSERT_EQ(segments.size(), 6u);
  EXPECT_EQ(kinds(segments), (std::vector<SegmentKind>{SegmentKind::heading, SegmentKind::paragraph,
                                                       SegmentKind::paragraph, SegmentKind::paragraph,
                                                       SegmentKind::heading, SegmentKind::paragraph}));
  EXPECT_EQ(segments[1].text,
            "3.2.1 Mål: Genomföra en länsgemensam utbildning om människohandel för socialsekreterare.");
  EXPECT_EQ(segments[1].section, (Section{"3.2 Upptäckt, skydd och stöd"}));
  EXPECT_EQ(segments[2].text, "3.2.2 Mål: Personer som utsatts ska få stöd oavsett vilken kommun de bor i länet.");
  EXPECT_EQ(segments[3].text,
            "3.2.3 Mål: Fler personer som säljer sex ska få stöd från mottagningen för personer i prostitution.");
  // A numbered heading wrapped without a period stays a heading.
  EXPECT_TRUE(segments[4].text.starts_with("3.3 Insatser för att förebygga prostitution och"));
}

TEST(SegmenterTest, ATableFlattenedCellByCellWithWrappedCells) {
  codebook::LayoutRules rules;
  rules.continuation_words = {"i", "och", "med"};
  const auto segments = segment_text(
      "Mål\nAktivitet\nAnsvarig\nTidplan\nUppföljning\n"
      "Sexköpen i\nSundsvall ska\nminska.\n"
      "Kampanj mot\nsexköp i samverkan med\nPolisen.\n"
      "Kommunstyrelsens\nförvaltning\n"
      "Sommaren 2024\noch 2025\n"
      "Antal visningar.\n"
      "Skolkuratorerna\nutbildas.\n"
      "Barn- och\nutbildnings-\nförvaltningen\n"
      "Läsåret 2024/25\n"
      "–\n",
      rules);
  EXPECT_EQ(texts(segments),
            (std::vector<std::string>{"Mål", "Aktivitet", "Ansvarig", "Tidplan", "Uppföljning",
                                      "Sexköpen i Sundsvall ska minska.",
                                      "Kampanj mot sexköp i samverkan med Polisen.",
                                      "Kommunstyrelsens förvaltning", "Sommaren 2024 och 2025",
                                      "Antal visningar.", "Skolkuratorerna utbildas.",
                                      "Barn- och utbildningsförvaltningen", "Läsåret 2024/25", "–"}));
  for (const auto& segment : segments) EXPECT_EQ(segment.kind, SegmentKind::paragraph) << segment.text;
}

TEST(SegmenterTest, AFlattenedTablesHeaderRightUnderItsCaptionStaysApartFromIt) {
  codebook::LayoutRules rules;
  rules.continuation_words = {"i", "och", "med"};
  const auto segments = segment_text(
      "Antal utbildade handläggare.\n"
      "\n"
      "Tabell 2. Prostitution och människohandel\n"
      "Mål\nAktivitet\nAnsvarig\nTidplan\n"
      "Sexköpen i\nSundsvall ska\nminska.\n"
      "Kampanj mot\nsexköp.\n"
      "Kommunstyrelsen\n"
      "2025\n",
      rules);
  ASSERT_GE(segments.size(), 3u);
  EXPECT_EQ(segments[1].text, "Tabell 2. Prostitution och människohandel");
  EXPECT_EQ(segments[2].text, "Mål");
  EXPECT_EQ(segments.back().text, "2025");
}

TEST(SegmenterTest, ALabelsReachEndsAtAParagraphAfterItsList) {
  const auto segments = segment_text(
      "Delmål 1.1 Unga ska ha kunskap om samtycke.\n"
      "Indikatorer:\n"
      "- Andel elever som fått undervisning.\n"
      "Delmål 1.2 Efterfrågan på sexuella tjänster ska minska.\n"
      "Indikatorer:\n"
      "- Antal anmälda brott.\n");
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[1].label, "Indikatorer");
  EXPECT_EQ(segments[2].text, "Delmål 1.2 Efterfrågan på sexuella tjänster ska minska.");
  EXPECT_EQ(segments[2].label, "");
  EXPECT_EQ(segments[3].label, "Indikatorer");
}

TEST(SegmenterTest, AQualifiedNumberedGoalIsAHeading) {
  codebook::LayoutRules rules;
  rules.section_words = {"Mål"};
  const auto segments = segment_text(
      "1. Mål\n"
      "Ansvariga aktörer: Kommunerna.\n"
      "\n"
      "Övergripande mål 2: Våldsutsatta ska upptäckas och få skydd och stöd\n"
      "Delmål 2.1 Våldsutsatta kvinnor och barn ska få stöd av samma kvalitet.\n",
      rules);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[2].kind, SegmentKind::heading);
  EXPECT_EQ(segments[2].text, "Övergripande mål 2: Våldsutsatta ska upptäckas och få skydd och stöd");
  EXPECT_EQ(segments[3].section, (Section{"1. Mål", segments[2].text}));
  // Without the section word it is a label line with its value.
  const auto plain = segment_text(
      "Övergripande fråga 2: Våldsutsatta ska upptäckas och få skydd och stöd\n"
      "Delmål 2.1 Våldsutsatta kvinnor och barn ska få stöd av samma kvalitet.\n",
      rules);
  for (const auto& segment : plain) EXPECT_NE(segment.kind, SegmentKind::heading) << segment.text;
}

// A question heading alone on a line is the label it stands for: the lines
// under it carry that label, and none of them is a heading, however short,
// until a blank line.
TEST(SegmenterTest, AQuestionHeadsTheLinesUnderItAsItsLabel) {
  codebook::LayoutRules rules;
  rules.section_words = {"Område"};
  rules.question_labels = {{"Vem gör det?", "Ansvar"}, {"När", "Tidplan"}};
  const auto segments = segment_text(
      "Område 1: Stöd\n"
      "Vem gör det?\n"
      "1.1 Socialtjänsten i samverkan med regionen\n"
      "när?\n"
      "Våren 2027\n",
      rules);
  ASSERT_EQ(segments.size(), 3u);
  EXPECT_EQ(segments[0].kind, SegmentKind::heading);
  EXPECT_EQ(segments[1].text, "1.1 Socialtjänsten i samverkan med regionen");
  EXPECT_EQ(segments[1].kind, SegmentKind::paragraph);
  EXPECT_EQ(segments[1].label, "Ansvar");
  EXPECT_EQ(segments[2].text, "Våren 2027");
  EXPECT_EQ(segments[2].label, "Tidplan");
  // Without the codebook's questions the numbered line is a heading.
  codebook::LayoutRules without = rules;
  without.question_labels.clear();
  const auto plain = segment_text("Område 1: Stöd\nVem gör det?\n1.1 Socialtjänsten i samverkan med regionen\n",
                                  without);
  EXPECT_EQ(plain.back().kind, SegmentKind::heading);
}

}  // namespace
}  // namespace goalchain::document
