#include "goalchain/chain/chain_finder.h"

#include "chain_test_fixture.h"
#include "goalchain/util/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace goalchain::chain {
namespace {

class ChainFinderTest : public ChainTest {};

TEST_F(ChainFinderTest, OnlyGoalsAboutTheTopicFormChains) {
  const auto chains = chains_of(
      "2. Hedersrelaterat våld\n\n"
      "Mål: Kunskapen om hedersrelaterat våld ska öka.\nAnsvarig: Länsstyrelsen.\n\n"
      "3. Prostitution och människohandel\n\n"
      "Mål: Kunskapen om utsattheten ska öka.\nAnsvarig: Länsstyrelsen.\n");
  ASSERT_EQ(chains.size(), 1u);  // the second goal, through its heading
  EXPECT_EQ(chains[0].section, std::vector<std::string>{"3. Prostitution och människohandel"});
  EXPECT_EQ(chains[0].id, "plan-2020:chain-1");
}

// A heading that names the topic beside other topics is shared: the goals
// under it are the topic's only by their own words.
TEST_F(ChainFinderTest, AHeadingSharedWithOtherTopicsMakesNoChainTopical) {
  const auto chains = chains_of(
      "2. Hedersrelaterat våld, prostitution och människohandel\n\n"
      "Mål: Kunskapen om hedersrelaterat förtryck ska öka.\nAnsvarig: Länsstyrelsen.\n\n"
      "Mål: Personer i prostitution ska få stöd.\nAnsvarig: Socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Personer i prostitution ska få stöd.");
}

// The title set as a paragraph names the document: no element of its own.
TEST_F(ChainFinderTest, TheTitleSetAsAParagraphGivesNoElement) {
  auto doc = coded_text(
      "Insatser mot prostitution som genomfördes 2021\n\n"
      "1. Mål\n\nMål: Sexköpen i länet ska minska.\n");
  ASSERT_FALSE(doc.segments.empty());
  ASSERT_EQ(doc.segments[0].kind, document::SegmentKind::paragraph);
  doc.title = doc.segments[0].text;
  const auto chains = find_chains(doc, *codebook_);
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Sexköpen i länet ska minska.");
  // Not the title found, but a line of the title page before the first
  // heading that ends no sentence: no element either.
  doc.title.clear();
  EXPECT_EQ(find_chains(doc, *codebook_).size(), 1u);
  // A sentence there is read as any other.
  doc.segments[0].text += ".";
  EXPECT_EQ(find_chains(doc, *codebook_).size(), 2u);  // read as a past activity
}

TEST_F(ChainFinderTest, ANewSectionEndsTheChain) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska lagföra fler sexköpare.\n\n"
      "2. Uppföljning\n\nArbetet följs upp med antalet ärenden om prostitution.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
}

TEST_F(ChainFinderTest, ASubsectionDoesNotEndTheChain) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska lagföra fler sexköpare.\n\n"
      "1.1 Uppföljning\n\nArbetet följs upp med antalet ärenden om prostitution.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].indicators.size(), 1u);
}

TEST_F(ChainFinderTest, APageBreakDoesNotCutAChain) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska utreda fler ärenden om köp av\n"
      "\fsexuella tjänster i hela länet.\n"
      "Arbetet följs upp med antalet ärenden.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.goal.size(), 1u);
  EXPECT_EQ(chain.goal[0].text,
            "Polisen ska utreda fler ärenden om köp av sexuella tjänster i hela länet.");
  EXPECT_EQ(chain.goal[0].page, 1);
  // The segmenter carries the sentence over the page break: one segment.
  EXPECT_TRUE(chain.goal[0].parts.empty());
  ASSERT_EQ(chain.indicators.size(), 1u);
  EXPECT_EQ(chain.indicators[0].page, 2);
}

TEST_F(ChainFinderTest, AParagraphThatEndsBeforeThePageBreakIsNotContinued) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska utreda fler ärenden om sexköp.\n"
      "\fArbetet följs upp med antalet ärenden.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].goal[0].parts.empty());
  EXPECT_EQ(chains[0].indicators.size(), 1u);  // still the same chain
}

TEST_F(ChainFinderTest, ListItemsUnderAGoalAreActivities) {
  const auto chains = chains_of(
      "1. Kunskap om prostitution\n\nMål: Yrkesverksamma ska känna till regelverket.\n"
      "• En utbildning för skolkuratorer\n• En konferens för chefer\n"
      "Indikatorer:\n• Antal deltagare\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[0].text, "En utbildning för skolkuratorer");
  EXPECT_EQ(chains[0].activities[1].text, "En konferens för chefer");
  // The list under "Indikatorer:" holds indicators; the label alone is a
  // lead-in, no (empty) indicator of its own (issue 14).
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal deltagare");
}

TEST_F(ChainFinderTest, ListItemsWithoutAGoalAboveThemAreNoChain) {
  const auto chains = chains_of(
      "1. Bakgrund om prostitution\n\n• En utbildning för skolkuratorer\n"
      "• En konferens för chefer\n");
  EXPECT_TRUE(chains.empty());
}

TEST_F(ChainFinderTest, EachActivityWithoutAGoalIsAChainOfItsOwn) {
  const auto chains = chains_of(
      "3. Stöd vid prostitution\n\n"
      "Insats 3.1: Socialtjänsten ska erbjuda stödsamtal.\nAnsvarig: socialtjänsten.\n"
      "Insats 3.2: Polisen ska kartlägga sexköp på nätet.\nAnsvarig: polisen.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.social_services"});
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.police"});
  EXPECT_EQ(chains[1].national_goals, std::vector<int>{4});
  EXPECT_EQ(chains[1].id, "plan-2020:chain-2");
}

TEST_F(ChainFinderTest, GoalHeadingsOpenChains) {
  const auto chains = chains_of(
      "# Mål 2: Färre sexköp i länet\n\nInsats: Polisen genomför insatsveckor.\n\n"
      "# Mål 3: Fler som lämnar prostitution\n\nInsats: Socialtjänsten ger stöd.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre sexköp i länet");
  EXPECT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[1].goal[0].text, "Fler som lämnar prostitution");
  EXPECT_EQ(chains[1].national_goals, std::vector<int>{2});
}

TEST_F(ChainFinderTest, YamlDocumentsGiveTheStructure) {
  const auto chains = chains_of_yaml(R"(goalchain: 1
county: Västmanland
type: handlingsplan
period: 2020
sections:
  - heading: Problembild
    problem: Prostitution i länet är ett problem.
  - heading: Mål
    goals:
      - goal: Samverkan mot människohandel ska stärkas.
        activities:
          - activity: Insatsveckor i två kommuner.
            responsible: [Polismyndigheten, Länsstyrelsen]
            indicators: [Antal insatsveckor]
        follow_up: Länsstyrelsen följer upp i december varje år.
      - goal: Kunskapen om sexköp ska öka.
    activities:
      - activity: En utbildning om prostitution.
    text: |
      Mål: Detta är prosa om prostitution och ingen kedja.
)");
  ASSERT_EQ(chains.size(), 3u);
  const Chain& first = chains[0];
  ASSERT_EQ(first.activities.size(), 1u);
  EXPECT_EQ(first.indicators.size(), 1u);
  EXPECT_EQ(first.follow_up.size(), 1u);
  EXPECT_EQ(actor_codes(first), (std::vector<std::string>{"actor.county_board", "actor.police"}));
  EXPECT_EQ(first.responsible[0].raw, "Polismyndigheten");
  // Problembild stands beside Mål, not above it: the plan's problem (issue 14).
  EXPECT_TRUE(first.elements.problem);
  EXPECT_EQ(first.problem_link, "plan");
  EXPECT_EQ(first.national_goals, std::vector<int>{3});
  const Chain& second = chains[1];
  EXPECT_TRUE(second.activities.empty());
  EXPECT_TRUE(second.indicators.empty());
  const Chain& third = chains[2];
  EXPECT_TRUE(third.goal.empty());
  EXPECT_EQ(third.activities.size(), 1u);
}

TEST_F(ChainFinderTest, ANonTopicLeadInLosesNoTopicTask) {
  const auto chains = chains_of(
      "5. Länsstyrelsens uppdrag\n\n"
      "Länsstyrelsen ska:\n\n"
      "• samordna arbetet mot hedersrelaterat våld\n"
      "• anordna en konferens om människohandel för socialtjänsten\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("anordna en konferens"));
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.county_board"});
}

TEST_F(ChainFinderTest, AnySentenceEndingInAColonLeadsTheListAfterIt) {
  const auto chains = chains_of(
      "4. Kunskap\n\n"
      "Insatser som genomförs utan att vara knutna till ett särskilt mål:\n\n"
      "• en utbildning om människohandel för socialsekreterare\n"
      "• en konferens om prostitution på nätet\n");
  ASSERT_EQ(chains.size(), 2u);  // two tasks without a goal; the lead-in is neither
  ASSERT_EQ(chains[0].activities.size(), 1u);
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[0].goal.empty());
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("en utbildning"));
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("en konferens"));
}

TEST_F(ChainFinderTest, ALabelHeadingContinuesTheGoalAboveIt) {
  const auto chains = chains_of(
      "# Mål 1\n\nPersoner i prostitution ska kunna få stöd.\n\n"
      "# Åtgärder\n\nSocialtjänsten ska erbjuda stödsamtal.\n\n"
      "# Mål 2\n\nSexköpen ska minska.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "Socialtjänsten ska erbjuda stödsamtal.");
  EXPECT_TRUE(chains[1].activities.empty());
}

TEST_F(ChainFinderTest, TheTopicFiresThroughACodeBelowIt) {
  // "köper sex" is a code below pmh: the goal is about the topic.
  const auto chains = chains_of("1. Brottsbekämpning\n\nMål: Fler män som köper sex ska lagföras.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Fler män som köper sex ska lagföras.");
}

TEST_F(ChainFinderTest, ANumberedGoalHeadingOpensItsChainAfterAProblemSection) {
  const auto chains = chains_of(
      "Lägesbild\n\n"
      "Flera kommuner saknade kunskap om hur människohandelsärenden ska hanteras.\n"
      "Mål 1. Stärkt stöd till personer som utsätts för prostitution och människohandel\n"
      "En utbildning om människohandel har genomförts för socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text,
            "Stärkt stöd till personer som utsätts för prostitution och människohandel");
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].problem_link, "plan");
}

TEST_F(ChainFinderTest, AFlattenedTableGivesEachCellItsColumnsRole) {
  // A table of goals, activities, responsible, timing and indicators, one
  // cell a line as PDF extraction leaves it; a row without a goal cell goes
  // on under the goal above.
  const auto chains = chains_of(
      "2. Lägesbild\n\n"
      "Polisen bedömer att sexköpen i länet främst sker via annonssajter och i hyrda\n"
      "lägenheter, och att köparna ofta är män som bor i länet och har familj och arbete.\n"
      "Socialtjänsten har få ärenden om prostitution, vilket tyder på att de som säljer\n"
      "sex inte söker sig dit och att personalen sällan frågar om sex mot ersättning.\n"
      "Människohandel för sexuella ändamål har upptäckts vid två tillfällen de senaste\n"
      "åren, båda gångerna i samband med insatsveckor som polisen genomförde i länet.\n"
      "Länets kommuner saknar i regel rutiner för hur sådana ärenden ska handläggas och\n"
      "vem som ska ansvara för stödet till den som vill lämna prostitutionen bakom sig.\n\n"
      "3. Prostitution och människohandel\n\n"
      "Mål\nAktivitet\nAnsvarig\nTidplan\nIndikator\n\n"
      "Sexköpen i länet ska minska.\n"
      "En kampanj mot sexköp riktad till besökare.\n"
      "Länsstyrelsen och Polismyndigheten\n"
      "Våren 2022\n"
      "Antal som nåtts av kampanjen.\n\n"
      "Insatsveckor mot sexköp ska genomföras varje år.\n"
      "Polismyndigheten\n"
      "Hösten 2022\n"
      "Antal insatsveckor.\n\n"
      "Personer i prostitution ska upptäckas tidigare.\n"
      "En utbildning för socialtjänsten om att fråga om sex mot ersättning.\n"
      "Socialtjänsten\n"
      "2023\n"
      "Antal utbildade.\n\n"
      "4. Uppföljning\n\nPlanen följs upp årligen.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Sexköpen i länet ska minska.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_TRUE(chains[0].activities[1].text.starts_with("Insatsveckor mot sexköp"));
  EXPECT_EQ(chains[0].indicators.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.county_board", "actor.police"}));
  EXPECT_EQ(chains[1].goal[0].text, "Personer i prostitution ska upptäckas tidigare.");
  ASSERT_EQ(chains[1].activities.size(), 1u);
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_EQ(chains[1].indicators[0].text, "Antal utbildade.");
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"});
}

// A numbered goal over each table of its measures, the tables with a column
// of row numbers ("Nr") and cells as wide as the page: a wrapped cell, a cell
// wrapped onto a line that looks like a cell of its own, and the header
// printed again where a page break cuts a cell.
TEST_F(ChainFinderTest, NumberedGoalsOverTablesWithRowNumbers) {
  const std::string header = "Nr\nÅtgärd\nAnsvar\nTidplan\nUppföljning\n";
  const auto chains = chains_of(
      "3. Prostitution och människohandel\n\n"
      "Mål 1. Färre personer i kommunen ska köpa sexuella tjänster av andra personer.\n" +
      header +
      "1.1\n"
      "Samtal om sexköpslagen med alla elever i gymnasieskolans andra årskurs\n"
      "Utbildningsförvaltningen\n"
      "Våren 2026\n"
      "Antal elever som deltagit i samtalen\n"
      "1.2\n"
      "Information om sexköpslagen till arbetsgivare med många anställda i\n"
      "kommunen\n"
      "Polisen\n"
      "2027\n"
      "–\n\n"
      "Mål 2. Den som säljer sex ska få stöd av socialtjänsten och hitta vägar ut\n"
      "ur prostitutionen.\n" +
      header +
      "2.1\n"
      "Rutin för att ställa frågor om sex mot ersättning till unga i åldern\n"
      "15–20 år\n"
      "Socialtjänsten\n"
      "Hösten 2026\n"
      "Antal utredningar där frågan ställts\n"
      "2.2\n"
      "Samtalsstöd till kvinnor som vill lämna prostitutionen, i grupp och\n"
      "\f" + header +
      "enskilt hos socialtjänstens mottagning\n"
      "Socialtjänsten\n"
      "Löpande\n"
      "Antal kvinnor som fått samtalsstöd\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_TRUE(chains[0].goal[0].text.starts_with("Färre personer"));
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[1].text,
            "Information om sexköpslagen till arbetsgivare med många anställda i kommunen");
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  ASSERT_EQ(chains[0].responsible.size(), 2u);
  EXPECT_EQ(chains[0].responsible[0].raw, "Utbildningsförvaltningen");
  EXPECT_EQ(chains[0].responsible[1].code, "actor.police");
  EXPECT_TRUE(chains[1].goal[0].text.ends_with("ur prostitutionen."));
  ASSERT_EQ(chains[1].activities.size(), 2u);
  EXPECT_EQ(chains[1].activities[1].text,
            "Samtalsstöd till kvinnor som vill lämna prostitutionen, i grupp och enskilt hos socialtjänstens "
            "mottagning");
  EXPECT_EQ(chains[1].activities[0].text,
            "Rutin för att ställa frågor om sex mot ersättning till unga i åldern 15–20 år");
  ASSERT_EQ(chains[1].indicators.size(), 2u);
  EXPECT_EQ(chains[1].indicators[1].text, "Antal kvinnor som fått samtalsstöd");
}

// A goal heading with its label states the goal; a paragraph under it that
// reads as a goal by its verbs, before any insats, explains it: no goal of
// its own. "Målet är att ..." under such a heading states one.
TEST_F(ChainFinderTest, AParagraphUnderAGoalHeadingExplainsTheGoal) {
  const auto chains = chains_of(
      "Mål och insatser\n\n"
      "Mål 1: Färre män köper sex i kommunen\n\n"
      "Köpen av sex driver prostitutionen. Kommunen ska därför vända sig till dem som köper sex.\n\n"
      "Insatser\n\n"
      "Socialtjänsten ska erbjuda samtal till personer som köper sex.\n\n"
      "Mål 2: Fler som säljer sex får stöd\n\n"
      "Målet är att alla som säljer sex ska få stöd av socialtjänsten.\n\n"
      "Socialtjänsten ska erbjuda samtalsstöd till personer i prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre män köper sex i kommunen");
  EXPECT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[1].goal[0].text.starts_with("Målet är att alla")) << chains[1].goal[0].text;
}

// "Ansvariga för område D:" after the last goal of an area answers for every
// goal of that area, each goal under a heading of its own, and for none of
// another area.
TEST_F(ChainFinderTest, AResponsibilityLabelThatNamesTheAreaCoversItsGoals) {
  const auto chains = chains_of(
      "Område C Våld i nära relationer\n\n"
      "Mål C1: Färre ska utsättas för våld i nära relationer och för människohandel.\n"
      "Det gör vi genom att:\n"
      "- utbilda personalen om människohandel (Socialtjänsten)\n\n"
      "Område D Prostitution och människohandel\n\n"
      "Mål D1: Färre sexköp ska ske i kommunen.\n"
      "Det gör vi genom att:\n"
      "- genomföra insatser mot sexköp på hotell\n\n"
      "Mål D2\n\n"
      "Personer som utnyttjas i prostitution ska få stöd att lämna.\n"
      "Det gör vi genom att:\n"
      "- erbjuda stödsamtal till den som vill lämna prostitution\n"
      "Mätetal: antal personer som fått stödsamtal.\n\n"
      "Ansvariga för område D: Polisen och socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 3u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.social_services"});
  EXPECT_EQ(actor_codes(chains[1]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
  EXPECT_EQ(actor_codes(chains[2]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
}

// "Mål 2: ..." wrapped into a paragraph stays in the section that "Mål 1:
// ..." opened as a heading: the heading of a goal of the same level classes
// its own goal, not the next.
TEST_F(ChainFinderTest, AnotherGoalsHeadingDoesNotClassAGoal) {
  const auto chains = chains_of(
      "Mål och insatser\n\n"
      "Mål 1: Attityder till sexköp ska förändras\n\n"
      "Kommunen ska genomföra en kampanj om sexköp.\n\n"
      "Mål 2: Personer i prostitution ska få stöd och hjälp att lämna\n"
      "prostitutionen.\n"
      "Socialtjänsten ska erbjuda samtal till den som vill lämna prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{1});
  EXPECT_TRUE(chains[1].goal[0].text.starts_with("Personer i prostitution")) << chains[1].goal[0].text;
  EXPECT_EQ(chains[1].national_goals, std::vector<int>{2});
}

// A web page's "Om planen" presents the plan: its history of the city's work
// ("har arbetat mot prostitution sedan ...") is no activity.
TEST_F(ChainFinderTest, AHeadingAboutThePlanOpensAPreamble) {
  const auto chains = chains_of(
      "Om planen\n\n"
      "Staden har samordnat arbetet mot prostitution och människohandel sedan 1990-talet.\n\n"
      "Mål 1: Färre köper sex i staden\n\n"
      "Socialtjänsten ska erbjuda samtal till den som köper sex.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre köper sex i staden");
}

// Under an "Insatser" heading, a later sentence of a paragraph goes on with
// the first, unless it opens with its doer: a deed of its own.
TEST_F(ChainFinderTest, ALaterSentenceThatOpensWithItsDoerIsAnActivityOfItsOwn) {
  const auto chains = chains_of(
      "Mål 1: Färre köper sex i staden\n\n"
      "Insatser\n\n"
      "Samtal erbjuds till den som köper sex. Samtalen hålls på mottagningen. "
      "Polisen informerar hotellen om sexköpslagen.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[0].text, "Samtal erbjuds till den som köper sex. Samtalen hålls på mottagningen.");
  EXPECT_EQ(chains[0].activities[1].text, "Polisen informerar hotellen om sexköpslagen.");
}

// A row with no goal cell whose activity names no deed: the cell after it
// opens with a known actor and names partners in a few more words, so it is
// the row's responsible cell and the row goes on under the goal above.
TEST_F(ChainFinderTest, ALongerActorCellAfterANominalActivityMarksARowWithoutAGoal) {
  const auto chains = chains_of(
      "3. Prostitution och människohandel\n\n"
      "Mål\nAktivitet\nAnsvarig\nIndikator\n"
      "Sexköpen i länet ska minska.\n"
      "En kampanj mot sexköp riktad till besökare.\n"
      "Länsstyrelsen\n"
      "Antal som nåtts av kampanjen.\n"
      "Utbildning för hotellens personal om tecken på sexköp.\n"
      "Polismyndigheten tillsammans med hotellen i länets kommuner\n"
      "Antal utbildade.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[1].text, "Utbildning för hotellens personal om tecken på sexköp.");
  EXPECT_EQ(chains[0].indicators.size(), 2u);
  const auto codes = actor_codes(chains[0]);
  EXPECT_NE(std::find(codes.begin(), codes.end(), "actor.police"), codes.end());
}

// A row whose activity is written in its goal column, opening with a deed
// and no "ska" ("Ta fram en rutin ...", "Genomföra ...", "Anordna ..."), its
// activity cell empty: the activity is a chain of its own, not one more
// activity of the goal above; the table cell by cell or in layout mode.
TEST_F(ChainFinderTest, AnActivityInATablesGoalColumnIsAChainOfItsOwn) {
  for (const std::string deed : {"Ta fram en rutin för stöd till vuxna.",
                                 "Genomföra en kartläggning av sexköp.",
                                 "Anordna en konferens om människohandel."}) {
    for (const bool layout : {false, true}) {
      // Each cell padded to its column's width of 45 characters.
      const auto row = [](std::vector<std::string> cells) {
        std::string line;
        for (const std::string& cell : cells) {
          line += cell;
          line += std::string(45 - util::count_code_points(cell), ' ');
        }
        return line + '\n';
      };
      const std::string table =
          layout ? row({"Mål", "Aktivitet", "Ansvarig"}) +
                       row({"Sexköpen ska minska.", "En kampanj mot sexköp.", "Polisen"}) +
                       row({deed, "–", "Socialtjänsten"})
                 : "Mål\nAktivitet\nAnsvarig\nSexköpen ska minska.\nEn kampanj mot sexköp.\nPolisen\n" +
                       deed + "\n–\nSocialtjänsten\n";
      const auto chains = chains_of("3. Prostitution och människohandel\n\n" + table);
      ASSERT_EQ(chains.size(), 2u) << deed << layout;
      EXPECT_EQ(chains[0].activities.size(), 1u) << deed << layout;
      EXPECT_TRUE(chains[1].goal.empty()) << deed << layout;
      ASSERT_EQ(chains[1].activities.size(), 1u) << deed << layout;
      EXPECT_EQ(chains[1].activities[0].text, deed) << layout;
      EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"}) << deed << layout;
    }
  }
}

// A goal cell that opens with its number ("2. Färre ...") is one cell: the
// number is no cell of its own that would shift the row's columns.
TEST_F(ChainFinderTest, ANumberOpeningATableCellIsNoCellOfItsOwn) {
  // Each cell padded to its column's width of 45 characters, as layout mode
  // sets a matrix.
  const auto row = [](std::vector<std::string> cells) {
    std::string line;
    for (const std::string& cell : cells) {
      line += cell;
      line += std::string(45 - util::count_code_points(cell), ' ');
    }
    return line + '\n';
  };
  const auto chains = chains_of("3. Prostitution och människohandel\n\n" +
                                row({"Mål", "Aktivitet", "Ansvarig", "Indikator"}) +
                                row({"2. Färre unga ska sälja sex.", "2.1 Samtal i skolan.", "Elevhälsan",
                                     "Antal skolor med samtal."}));
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].goal[0].text.ends_with("Färre unga ska sälja sex.")) << chains[0].goal[0].text;
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "2.1 Samtal i skolan.");
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal skolor med samtal.");
}

// An activity cell that holds a lead-in and its dashed tasks: each task is
// an activity of the row's goal, done by the lead-in's actor.
TEST_F(ChainFinderTest, ALeadInWithDashedTasksInATableCellGivesEachTask) {
  const auto row = [](std::vector<std::string> cells) {
    std::string line;
    for (const std::string& cell : cells) {
      line += cell;
      line += std::string(70 - util::count_code_points(cell), ' ');
    }
    return line + '\n';
  };
  const auto chains = chains_of(
      "3. Prostitution och människohandel\n\n" + row({"Mål", "Aktivitet", "Indikator"}) +
      row({"Färre ska utnyttjas i prostitution.", "Länsstyrelsen ska: – samordna ett nätverk – sprida en rutin",
           "Antal kommuner med rutin."}));
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[0].text, "samordna ett nätverk");
  EXPECT_EQ(chains[0].activities[1].text, "sprida en rutin");
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.county_board"});
}

// Minutes: the decision's "att" clauses are tasks each, the lead and a
// clause with no role of its own no element; the goals stated after them
// take the tasks that share their words (a name such as a town says nothing).
TEST_F(ChainFinderTest, ADecisionsClausesJoinTheGoalsStatedAfterThem) {
  const auto chains = chains_of(
      "Beslut\n\n"
      "Nämnden beslutar att ge socialtjänsten i uppdrag att erbjuda stödsamtal till kvinnor i "
      "prostitution i Kalmar, att ge polisen i uppdrag att genomföra insatsveckor mot sexköp, "
      "samt att lägga informationen till handlingarna.\n\n"
      "Bedömning\n\n"
      "Nämnden föreslår två mål:\n"
      "- Stöd till kvinnor i prostitution.\n"
      "- Färre sexköp i Kalmar.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("att ge socialtjänsten"));
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.social_services"});
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("att ge polisen"));
}

// School plans and others set the goals first and then blocks of tasks, each
// closed by a line naming the goal it serves ("Kopplat till mål: 2") and who
// answers for it; the indicators under "Indikatorer:" name their goal by its
// label and number ("Mål 1 – antal ...").
TEST_F(ChainFinderTest, ALineNamingTheGoalClosesTheBlockOfTasksAboveIt) {
  const auto chains = chains_of(
      "2 Mål\n\n"
      "Mål 1. Fler unga i prostitution ska få stöd.\n"
      "Mål 2. Färre unga ska utnyttjas i prostitution.\n\n"
      "3 Insatser\n\n"
      "Kuratorerna ska:\n"
      "- ställa frågor om sex mot ersättning i samtal med eleverna,\n"
      "- hänvisa till ungdomsmottagningen.\n"
      "Kopplat till mål: 1\n"
      "Ansvarig: Elevhälsochefen\n\n"
      "Socialtjänsten samordnar samtal om sexköp i alla nior.\n"
      "Bidrar till mål 2\n"
      "Ansvarig: Polisen\n\n"
      "4 Uppföljning\n\n"
      "Indikatorer:\n"
      "Mål 1 – antal elever som fått stöd.\n"
      "Mål 2 – andel elever som känner till lagen om sexköp.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("ställa frågor"));
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "antal elever som fått stöd.");
  EXPECT_EQ(actor_codes(chains[1]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("Socialtjänsten samordnar"));
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_TRUE(chains[1].indicators[0].text.starts_with("andel elever"));
}

// Within a paragraph, the sentence that names a goal joins it; the next
// task that names none is one of its own.
TEST_F(ChainFinderTest, ATaskAfterTheSentenceNamingAGoalIsItsOwn) {
  const auto chains = chains_of(
      "1 Mål\n\nMål 1. Färre ska köpa sexuella tjänster.\n\n"
      "2 Planerat arbete\n\n"
      "För att nå mål 1 ska Polisen genomföra insatsveckor mot sexköp. "
      "Länsstyrelsen ska dessutom anordna en konferens om människohandel.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("För att nå mål 1"));
  EXPECT_TRUE(chains[1].goal.empty());
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("Länsstyrelsen ska dessutom"));
}

// A follow-up column's cell that names a measure is the row's indicator, as
// "Uppföljning: antalet ..." is; in a table of results it stays a result.
TEST_F(ChainFinderTest, AFollowUpCellThatNamesAMeasureIsAnIndicator) {
  const auto chains = chains_of(
      "3. Prostitution\n\n"
      "Mål\nAktivitet\nAnsvarig\nUppföljning\n\n"
      "Sexköpen i länet ska minska.\n"
      "En kampanj mot sexköp.\n"
      "Polisen\n"
      "Antal anmälda sexköp per år.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal anmälda sexköp per år.");
  const auto results = chains_of(
      "3. Prostitution\n\n"
      "Mål\nAktivitet\nAnsvarig\nResultat\n\n"
      "Sexköpen i länet ska minska.\n"
      "En kampanj mot sexköp.\n"
      "Polisen\n"
      "Antal anmälda sexköp ökade till 30.\n");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].indicators.empty());
  ASSERT_EQ(results[0].follow_up.size(), 1u);
}

TEST_F(ChainFinderTest, AGoalHeadingThatOnlyHeadsSubGoalsIsNoChain) {
  const auto chains = chains_of(
      "Handlingsplan 2024\n\n# Mål 2: Ingen ska utnyttjas i prostitution\n\n"
      "## Delmål 2.1: Färre sexköp i länet\n\nInsats: Polisen genomför insatsveckor.\n\n"
      "## Delmål 2.2: Fler ska få stöd att lämna prostitution\n\n"
      "Insats: Socialtjänsten ska erbjuda stödsamtal.\n\n"
      "# Mål 3: Sexköpen ska minska\n\n# Mål 4: Fler sexköp ska lagföras\n\n"
      "Insats: Polisen genomför insatsveckor mot sexköp.\n");
  ASSERT_EQ(chains.size(), 4u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre sexköp i länet");
  EXPECT_EQ(chains[1].goal[0].text, "Fler ska få stöd att lämna prostitution");
  // A goal without activities beside the next one (not above it) stays a chain.
  EXPECT_EQ(chains[2].goal[0].text, "Sexköpen ska minska");
  EXPECT_TRUE(chains[2].activities.empty());
  EXPECT_EQ(chains[3].activities.size(), 1u);
}

TEST_F(ChainFinderTest, AGoalOverOneLabelledALevelDownIsNoChain) {
  const auto chains = chains_of(
      "1. Prostitution\n\nMål: Prostitutionen i länet ska minska.\n\n"
      "Delmål 1.1: Färre ska köpa sex.\n\nInsats: Polisen genomför insatsveckor.\n\n"
      "Mål: Fler sexköpare ska lagföras.\n\nMål: Färre ska sälja sex.\n");
  ASSERT_EQ(chains.size(), 3u);
  EXPECT_EQ(chains[0].goal[0].text, "Färre ska köpa sex.");
  EXPECT_EQ(chains[0].activities.size(), 1u);
  // Goals of one level, one after the other, are chains each.
  EXPECT_EQ(chains[1].goal[0].text, "Fler sexköpare ska lagföras.");
  EXPECT_EQ(chains[2].goal[0].text, "Färre ska sälja sex.");
}

TEST_F(ChainFinderTest, ATableWithoutAGoalColumnHoldsTheActivitiesOfTheGoalAbove) {
  // The goal's label and number end in a colon, a dash or a full stop: the
  // next goal's label ends the table above it all the same.
  for (const std::string separator : {": ", " – ", ". "}) {
  SCOPED_TRACE(separator);
  const auto chains = chains_of(
      "2. Lägesbild\n\n"
      "Polisen bedömer att sexköpen i länet främst sker via annonssajter och i hyrda\n"
      "lägenheter, och att köparna ofta är män som bor i länet och har familj och arbete.\n"
      "Socialtjänsten har få ärenden om prostitution, vilket tyder på att de som säljer\n"
      "sex inte söker sig dit och att personalen sällan frågar om sex mot ersättning.\n\n"
      "3. Förebyggande arbete\n\n"
      "Delmål 3.1" + separator + "Sexköpen i länet ska minska.\n\n"
      "Aktivitet\nAnsvarig\nIndikator\n\n"
      "En kampanj mot sexköp riktad till besökare.\n"
      "Länsstyrelsen\n"
      "Antal som nåtts av kampanjen.\n\n"
      "Föreläsningar om sexköp på gymnasieskolor.\n"
      "Polismyndigheten\n"
      "Antal skolor.\n\n"
      "Delmål 3.2" + separator + "Fler ska få stöd att lämna prostitution.\n\n"
      "Aktivitet\nAnsvarig\nIndikator\n\n"
      "Stödsamtal för personer som säljer sex.\n"
      "Socialtjänsten\n"
      "Antal samtal.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Sexköpen i länet ska minska.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].indicators.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.county_board", "actor.police"}));
  EXPECT_EQ(chains[1].goal[0].text, "Fler ska få stöd att lämna prostitution.");
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"});
  }
}

// Pattern 5: the rules are the codebook's; without them no chain is found,
// and the topic filter holds whatever the topic's code is called.
TEST_F(ChainFinderTest, WithoutChainRulesNoChainIsFound) {
  auto doc = document::read_text_document(
      "1. Mål\n\nMål: Polisen ska lagföra fler sexköpare.\n", "plan.txt");
  coding::code_document(doc, *matcher_);
  codebook::Codebook bare = *codebook_;
  bare.chains.reset();
  EXPECT_TRUE(find_chains(doc, bare).empty());
  EXPECT_EQ(find_chains(doc, *codebook_).size(), 1u);
}

TEST_F(ChainFinderTest, ARuleNamingAMissingTopicKeepsNoChain) {
  auto doc = document::read_text_document(
      "1. Mål\n\nMål: Polisen ska lagföra fler sexköpare.\n", "plan.txt");
  coding::code_document(doc, *matcher_);
  ChainRules rules = *codebook_->chains;
  rules.topic = "no.such.code";
  EXPECT_TRUE(find_chains(doc, *codebook_, rules).empty());
}

// Issue 17 point 5: the work and the output grow with the document, not with
// its square. One paragraph of many sentences (a 4 MB line in the issue) and
// many sections with a problem each: doubling the document doubles the chains'
// words, within a small margin.
std::size_t chain_bytes(const std::vector<Chain>& chains) {
  std::size_t bytes = 0;
  auto add = [&](const std::vector<ChainElement>& elements) {
    for (const auto& e : elements) bytes += e.text.size();
  };
  for (const Chain& chain : chains) {
    add(chain.problem);
    add(chain.goal);
    add(chain.activities);
    add(chain.indicators);
    add(chain.follow_up);
    bytes += chain.evidence.size() + chain.responsible.size();
  }
  return bytes;
}

TEST_F(ChainFinderTest, ChainsGrowLinearlyWithTheDocument) {
  auto one_line = [](int n) {
    std::string text = "1. Prostitution\n\n";
    for (int i = 0; i < n; ++i) {
      text += "Ett problem är att få sexköpare lagförs. Sexköpen ska minska i länet. "
              "Polisen ska genomföra insatsveckor mot människohandel. ";
    }
    return text + "\n";
  };
  auto sections = [](int n) {
    std::string text = "1. Lägesbild\n\nProstitutionen i länet sker via nätet.\n\n";
    for (int i = 0; i < n; ++i) {
      text += "2." + std::to_string(i) + " Mål\n\nEtt problem är att få sexköpare lagförs.\n\n"
              "Mål: Polisen ska lagföra fler sexköpare.\nIndikator: Antal lagförda.\n\n";
    }
    return text;
  };
  for (const auto& make : {std::function<std::string(int)>(one_line),
                           std::function<std::string(int)>(sections)}) {
    const auto small = chains_of(make(400));
    const auto large = chains_of(make(800));
    ASSERT_GE(small.size(), 400u);
    EXPECT_EQ(large.size(), 2 * small.size());
    const double ratio =
        static_cast<double>(chain_bytes(large)) / static_cast<double>(chain_bytes(small));
    EXPECT_LT(ratio, 2.1);
  }
}

// Goals in one section, their activities in the next, tied by "För att nå
// mål N": the goals are found by their place in their list; an activity
// that names no goal after them is a chain of its own.
TEST_F(ChainFinderTest, AGoalReferenceJoinsActivitiesOfAnotherSection) {
  const auto chains = chains_of(
      "Rapport\n\n3.1 Mål för 2024\n"
      "Länsstyrelsen har satt två mål för arbetet mot prostitution:\n"
      "1. Alla kommuner ska ha en kontaktperson för ärenden om\n"
      "prostitution.\n"
      "2. Fler som köper sex ska upptäckas.\n\n"
      "3.2 Insatser\n"
      "För att nå mål 1 ska länsstyrelsen:\n"
      "• erbjuda kommunerna en mall,\n"
      "• utbilda kontaktpersonerna.\n"
      "Indikator: Antal kommuner med kontaktperson.\n\n"
      "För att nå mål 2 ska Polisen genomföra insatsveckor mot sexköp.\n\n"
      "Länsstyrelsen har fått i uppdrag att ta fram en lägesbild av prostitution.\n");
  ASSERT_EQ(chains.size(), 3u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text,
            "Alla kommuner ska ha en kontaktperson för ärenden om prostitution.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].indicators.size(), 1u);
  ASSERT_EQ(chains[1].activities.size(), 1u);
  ASSERT_FALSE(chains[1].responsible.empty());
  EXPECT_EQ(chains[1].responsible[0].code, "actor.police");  // the subject after "ska"
  EXPECT_TRUE(chains[2].goal.empty());
}

// A goal number too large for an int names no goal, and nothing throws: the
// activity serves the one goal of the section before, as without a number.
TEST_F(ChainFinderTest, AGoalNumberBeyondAnyPlaceNamesNoGoal) {
  const auto chains = chains_of(
      "Rapport\n\n3.1 Mål för 2024\n"
      "1. Alla kommuner ska ha en kontaktperson för ärenden om prostitution.\n\n"
      "3.2 Insatser\n"
      "För att nå mål 99999999999 ska Polisen genomföra insatsveckor mot sexköp.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].activities.size(), 1u);
}

// An agreement's commitments: each party's lead-in without a colon over
// lettered items that name the goals they serve in brackets, away from the
// goals; an item that names two goals serves both, the party is responsible,
// and the reference is no part of what is done.
TEST_F(ChainFinderTest, ItemsNamingTheirGoalInBracketsJoinIt) {
  const auto chains = chains_of(
      "Avtal om samverkan\n\n2. Mål\n\n"
      "Mål 1. Fler fall av människohandel ska utredas.\n\n"
      "Mål 2. Kvinnor i prostitution ska kunna få stöd.\n\n"
      "3. Åtaganden\n\n"
      "Polismyndigheten förbinder sig att\n"
      "a) genomföra två insatsveckor om året (mål 1),\n"
      "b) ställa frågor om stöd vid varje ingripande (mål 1 och 2).\n\n"
      "Socialtjänsten ansvarar för att\n"
      "a) erbjuda samtal inom en vecka [2].\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[0].text, "genomföra två insatsveckor om året");
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.police"}));
  ASSERT_EQ(chains[1].activities.size(), 2u);
  EXPECT_EQ(chains[1].activities[0].text, "ställa frågor om stöd vid varje ingripande");
  EXPECT_EQ(chains[1].activities[1].text, "erbjuda samtal inom en vecka");
  EXPECT_EQ(actor_codes(chains[1]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
}

// A task on another topic beside the topic's goal ("Därutöver ... om
// hedersrelaterat våld") is not done for it; under a goal on that other
// topic it is the goal's.
TEST_F(ChainFinderTest, ATaskOnAnotherTopicIsNoActivityOfTheTopicsGoal) {
  const auto chains = chains_of(
      "Slutrapport\n\n3. Mål och insatser\n\n"
      "Mål: Fler personer i prostitution ska få stöd.\n"
      "Socialtjänsten genomförde samtal med personer i prostitution. "
      "Därutöver genomförde länsstyrelsen utbildningar om hedersrelaterat våld.\n\n"
      "4. Heder\n\n"
      "Mål: Färre unga ska utsättas för hedersrelaterat våld.\n"
      "Länsstyrelsen genomförde utbildningar om hedersrelaterat våld och om prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "Socialtjänsten genomförde samtal med personer i prostitution.");
  EXPECT_EQ(chains[1].activities.size(), 1u);
}

// A lead-in that describes ("består av:") gives its items no role; one
// with a deed ("genomförde:") or an obligation gives them the task's.
TEST_F(ChainFinderTest, ALeadInThatNamesNoDeedMakesNoTasks) {
  const auto described = chains_of(
      "Plan\n\n2. Resurser\n\n"
      "Teamet mot prostitution består av tre personer:\n"
      "- en samordnare för människohandel (0,5)\n"
      "- en socialsekreterare för stöd till personer i prostitution (1,0)\n");
  EXPECT_TRUE(described.empty());
  const auto done = chains_of(
      "Plan\n\n2. Insatser\n\n"
      "Under året genomförde länsstyrelsen följande:\n"
      "- en utbildningsdag om människohandel\n"
      "- en kampanj mot sexköp\n");
  ASSERT_EQ(done.size(), 2u);
  EXPECT_EQ(done[0].activities[0].text, "en utbildningsdag om människohandel");
}

// Goals lettered per area ("Mål A.", "Mål B."), then one list of tasks
// naming their goal by letter in brackets, and the follow-up of each goal
// in a closing section by its label and letter.
TEST_F(ChainFinderTest, GoalsLetteredInsteadOfNumberedAreReferredToByTheirLetter) {
  const auto chains = chains_of(
      "Lägesrapport\n\n2. Åtgärder\n\n"
      "Mål A. Alla kommuner ska ha en rutin mot människohandel.\n\n"
      "Mål B. Köpen av sexuella tjänster i länet ska minska.\n\n"
      "Länsstyrelsen kommer att:\n"
      "1. skriva en mall för rutinen (mål A)\n"
      "2. hålla en kampanj mot sexköp i hamnen (mål B)\n"
      "3. erbjuda stöd till de kommuner som har brister i rutinen (mål A)\n\n"
      "3. Uppföljning\n\n"
      "Mål A följs upp med antalet kommuner med en rutin. "
      "Mål B följs upp med antalet anmälda sexköp.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Alla kommuner ska ha en rutin mot människohandel.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].activities[0].text, "skriva en mall för rutinen");
  // a problem's words in a relative clause do not make a task a problem
  EXPECT_EQ(chains[0].activities[1].text, "erbjuda stöd till de kommuner som har brister i rutinen");
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_NE(chains[0].indicators[0].text.find("antalet kommuner"), std::string::npos);
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(chains[1].activities[0].text, "hålla en kampanj mot sexköp i hamnen");
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_NE(chains[1].indicators[0].text.find("antalet anmälda sexköp"), std::string::npos);
  // With an obligation the label heads a goal about follow-up.
  const auto goal = chains_of(
      "Plan\n\n2. Mål\n\nMål C Uppföljningen av insatserna mot sexköp ska bli bättre.\n");
  ASSERT_EQ(goal.size(), 1u);
  EXPECT_EQ(goal[0].goal.size(), 1u);
}

// A strategy's chapter in parts: numbered goals, then bullets that name
// their goal in brackets with the one responsible on the line, then the
// indicators, each opening with its goal's number.
TEST_F(ChainFinderTest, BulletsAndIndicatorsNamingTheGoalsNumberJoinIt) {
  const auto chains = chains_of(
      "Strategi\n\nVÅLD OCH PROSTITUTION\n\n"
      "Vad vi vill uppnå\n"
      "4.1 Efterfrågan på sexuella tjänster ska minska.\n"
      "4.2 Fler utsatta för människohandel ska få stöd.\n\n"
      "Vad vi gör\n"
      "• Samtal med unga män om sexköp [4.1] Ansvar: Polisen\n"
      "• Stödsamtal för personer i prostitution [4.2] Ansvarig: Socialtjänsten\n\n"
      "Hur vi följer upp\n"
      "4.1 Antal anmälda sexköp i länet.\n"
      "4.2 Antal personer som fått stödsamtal.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "Samtal med unga män om sexköp");
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.police"}));
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "4.1 Antal anmälda sexköp i länet.");
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[1]), (std::vector<std::string>{"actor.social_services"}));
  EXPECT_EQ(chains[1].indicators.size(), 1u);
}

// Goals in prose paragraphs: a vision before them is no chain, and what the
// paragraph says is done to get there serves its goal.
TEST_F(ChainFinderTest, TheWayToAGoalInProseServesIt) {
  const auto chains = chains_of(
      "Handlingsplan\n\n2. Prostitution\n\n"
      "Vår vision är ett län fritt från prostitution. Målet är att efterfrågan på "
      "sexuella tjänster ska minska. För att nå dit ska Polisen ha fler insatsveckor. "
      "Socialtjänsten ska erbjuda samtal till sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
}

// Who does what in a section of roles apart from the goals: each line
// names a task in words of its own and the actors doing it; they are
// responsible for the chain whose activities name it best, and a line that
// names no activity gives nothing.
TEST_F(ChainFinderTest, ASectionOfRolesGivesResponsibilityToTheTasksItNames) {
  const auto chains = chains_of(
      "Handlingsplan\n\n2. Mål\n\n"
      "Målet är att efterfrågan på sexuella tjänster ska minska. Vi ska "
      "genomföra informationsträffar för hotellpersonal om sexköp.\n\n"
      "Målet är att fler i prostitution ska få stöd. Vi ska erbjuda "
      "stödsamtal i alla stadsdelar.\n\n"
      "Bilaga 2. Roller och ansvar\n\n"
      "Stödsamtal i stadsdelarna: socialtjänsten i samverkan med öppenvården.\n\n"
      "Information till hotell: polisen.\n\n"
      "Tillsyn av serveringstillstånd: länsstyrelsen.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.police"}));
  EXPECT_EQ(actor_codes(chains[1]), (std::vector<std::string>{"actor.region_health", "actor.social_services"}));
}

// A table of indicators after the goals whose goal column names each goal
// by its number, and whose middle column refers to the items serving it:
// each indicator joins its goal; the references are no elements, nor is an
// indicator still to be made.
TEST_F(ChainFinderTest, ATableRowNamingAGoalByNumberJoinsIt) {
  const auto chains = chains_of(
      "Överenskommelse\n\n2. Mål\n\n"
      "Mål 1. Fler fall av människohandel ska utredas.\n\n"
      "Mål 2. Kvinnor i prostitution ska kunna få stöd.\n\n"
      "3. Uppföljning\n\n"
      "Mål    Åtgärder    Indikator\n"
      "1      3.1 a–b     Antal utredda ärenden om\n"
      "                   människohandel per år\n"
      "2      3.2 a,      Indikator saknas, tas fram\n"
      "       3.3 b       under 2026\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal utredda ärenden om människohandel per år");
  EXPECT_TRUE(chains[0].activities.empty());
  EXPECT_TRUE(chains[1].indicators.empty());
  EXPECT_TRUE(chains[1].activities.empty());
}

// A section of activities right after a section with one goal serves it.
TEST_F(ChainFinderTest, ASectionOfActivitiesServesTheOneGoalBeforeIt) {
  const auto chains = chains_of(
      "Slutredovisning\n\nMål för perioden\n"
      "Målet för perioden var att yrkesverksamma skulle ha kunskap om prostitution.\n\n"
      "Genomförda insatser\n"
      "Länsstyrelsen genomförde fyra utbildningsdagar.\n"
      "Ett nätverk bildades 2019 i samarbete med Polismyndigheten.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].activities.size(), 2u);
  const auto with_two_goals = chains_of(
      "Slutredovisning\n\nMål för perioden\n"
      "Målet var att yrkesverksamma skulle ha kunskap om prostitution.\n"
      "Målet var att färre skulle köpa sexuella tjänster.\n\n"
      "Genomförda insatser\n"
      "Länsstyrelsen genomförde fyra utbildningsdagar om prostitution.\n");
  EXPECT_EQ(with_two_goals.size(), 3u);  // which goal the deed serves is not said
}

// "Ansvariga: ..." once after the goals of an area covers those that name
// no responsibility of their own.
TEST_F(ChainFinderTest, AResponsibilityAfterTheGoalsOfASectionCoversThem) {
  const auto chains = chains_of(
      "Plan\n\n4.3 Prostitution och människohandel\n"
      "Mål 4.3.1 Personer som säljer sex ska upptäckas.\n"
      "Indikator: Antal patienter som hänvisats.\n\n"
      "Mål 4.3.2 Vårdpersonal ska ha kunskap om människohandel.\n\n"
      "Ansvar för området: Öppenvården, med stöd av socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 2u);
  for (const auto& chain : chains) {
    ASSERT_EQ(chain.responsible.size(), 2u) << chain.goal[0].text;
    EXPECT_EQ(chain.responsible[0].code, "actor.region_health");
  }
  const auto own = chains_of(
      "Plan\n\n4.3 Prostitution och människohandel\n"
      "Mål 4.3.1 Personer som säljer sex ska upptäckas.\nAnsvarig: Polisen.\n\n"
      "Mål 4.3.2 Vårdpersonal ska ha kunskap om människohandel.\n"
      "Ansvarig: Öppenvården.\n");
  ASSERT_EQ(own.size(), 2u);
  ASSERT_EQ(own[0].responsible.size(), 1u);
  EXPECT_EQ(own[0].responsible[0].code, "actor.police");
}

// Who carries out the assignment answers for each chain of its section.
TEST_F(ChainFinderTest, WhoCarriesOutTheAssignmentAnswersForItsSection) {
  const auto chains = chains_of(
      "Regeringsbeslut\n\nRegeringens beslut\n"
      "Målet är att fler som utsätts för prostitution ska upptäckas.\n"
      "Uppdraget ska genomföras i samverkan med Polismyndigheten.\n"
      "Målet är att efterfrågan på sexuella tjänster ska minska.\n\n"
      "Nationell samordning\n"
      "Regeringen uppdrar åt Migrationsverket att kartlägga människohandel.\n");
  ASSERT_EQ(chains.size(), 3u);
  ASSERT_FALSE(chains[1].responsible.empty());
  EXPECT_EQ(chains[1].responsible[0].code, "actor.police");
  for (const auto& actor : chains[2].responsible) EXPECT_NE(actor.code, "actor.police");
}

// "Delmål 1.2 ..." without a colon opens a goal, also after a list under
// "Indikatorer:"; an activity set under a goal's label is a chain of its own.
TEST_F(ChainFinderTest, NumberedGoalLabelsAndActivitiesSetAsGoals) {
  const auto chains = chains_of(
      "Strategi\n\nÖvergripande mål 1\n"
      "Delmål 1.1 Unga ska ha kunskap om samtycke.\n"
      "Indikatorer:\n"
      "- Andel elever som fått undervisning.\n"
      "Delmål 1.2 Efterfrågan på sexuella tjänster ska minska.\n"
      "Indikator: tas fram under 2025.\n\n"
      "Mål 1.3 Genomföra en kampanj mot sexköp.\n"
      "Indikator: Antal män som nåtts av kampanjen.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Efterfrågan på sexuella tjänster ska minska.");
  EXPECT_TRUE(chains[0].indicators.empty());  // still to be made
  EXPECT_TRUE(chains[1].goal.empty());
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(chains[1].activities[0].text, "Genomföra en kampanj mot sexköp.");
  EXPECT_EQ(chains[1].indicators.size(), 1u);
}

// "med stöd av länsstyrelsen" names a partner: no support to victims.
TEST_F(ChainFinderTest, APartnerPhraseDoesNotClassTheChain) {
  const auto chains = chains_of(
      "Rapport\n\n2.2 Arbetet under året\n"
      "En insatsvecka mot sexköp genomfördes i oktober av Polisen med stöd av länsstyrelsen.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{3});
  ASSERT_EQ(chains[0].responsible.size(), 2u);
  EXPECT_EQ(chains[0].responsible[0].code, "actor.police");  // the passive's agent
}

// "4.2 Insatser för projektmål 2": the heading of a section of activities
// names the goal its activities serve, among several goals stated before.
TEST_F(ChainFinderTest, AHeadingOfActivitiesNamesTheGoalTheyServe) {
  const auto chains = chains_of(
      "Slutredovisning\n\n1 Projektmål\n\n"
      "1. Fler som utnyttjas i prostitution ska upptäckas.\n"
      "2. Sexköpen i länet ska minska.\n\n"
      "2 Genomförda insatser\n\n"
      "2.1 Insatser för projektmål 2\n\n"
      "Polisen genomförde insatsveckor mot sexköp.\n\n"
      "2.2 Aktiviteter kopplade till delmål 1\n\n"
      "Socialtjänsten genomförde utbildningar om prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Socialtjänsten genomförde"));
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("Polisen genomförde"));
}

// A figure named as the subject of an active past verb, with nobody named
// before it, is a result; with an actor before it, what that actor did.
TEST_F(ChainFinderTest, AFigureAfterAPastVerbWithNoActorBeforeIsAResult) {
  const auto chains = chains_of(
      "Slutredovisning\n\nMål för perioden\n"
      "Målet för perioden var att yrkesverksamma skulle ha kunskap om prostitution.\n\n"
      "Genomförda insatser\n"
      "Polisen genomförde 12 utbildningar om prostitution. Totalt genomförde 300 poliser utbildningen.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Polisen genomförde 12"));
  ASSERT_EQ(chains[0].follow_up.size(), 1u);
  EXPECT_EQ(chains[0].follow_up[0].text, "Totalt genomförde 300 poliser utbildningen.");
}

// Lines of a title page before the first heading that end no sentence name
// the document, and "kommer att" states an activity ahead.
TEST_F(ChainFinderTest, TitlePageLinesAreNoElementsAndAnIntentionIsAnActivity) {
  const auto chains = chains_of(
      "Länsstyrelsen\n\nSlutredovisning\n\n"
      "Redovisning av uppdraget att utveckla arbetet mot prostitution\n\n"
      "1 Fortsatt arbete\n\n"
      "Socialtjänsten kommer under 2025 att erbjuda utbildning om prostitution.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Socialtjänsten kommer"));
  ASSERT_FALSE(chains[0].responsible.empty());
  EXPECT_EQ(chains[0].responsible[0].raw, "Socialtjänsten");
}

// A table of indicators at the end whose goal cells restate the goals set
// out earlier in a few words, numbered or set as headings: each row joins
// the goal it restates, and opens no chain of its own, also after a row whose
// indicator and source cells stand on one line.
TEST_F(ChainFinderTest, ATableRowRestatingAGoalJoinsIt) {
  const auto chains = chains_of(
      "1. Upptäcka\n\nMål: Fler personer i prostitution ska upptäckas av socialtjänsten.\n\n"
      "2. Stöd\n\nMål: Kvinnor som lämnar prostitution ska erbjudas stöd och boende.\n\n"
      "3. Uppföljning\n\n"
      "Mål\nIndikator\nTidplan\n"
      "1. Fler upptäcks av socialtjänsten\n"
      "Antal ärenden om prostitution hos socialtjänsten Varje år\n"
      "2. Stöd och boende erbjuds\n"
      "Antal kvinnor som fått boende\n"
      "Varje år\n");
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_TRUE(chains[0].indicators[0].text.starts_with("Antal ärenden om prostitution"));
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_EQ(chains[1].indicators[0].text, "Antal kvinnor som fått boende");
}

// A flattened table whose activity cell is a bulleted list: the items are
// one cell, and the responsible cell after them is the row's. When the last
// item runs into the responsible cell, the next row's goal still opens a row.
TEST_F(ChainFinderTest, ABulletedListInATableIsOneCell) {
  const auto chains = chains_of(
      "3. Prostitution och människohandel\n\n"
      "Mål\nIndikator\nAktivitet\nAnsvarig\n"
      "Personer i prostitution ska upptäckas tidigare.\n"
      "Antal ärenden om sex mot ersättning\n"
      "• Utbildning för socialsekreterare om sex mot ersättning.\n"
      "• Frågor om sex mot ersättning i alla nybesök.\n"
      "Socialtjänsten\n"
      "Sexköpen i länet ska minska.\n"
      "Antal anmälda sexköp\n"
      "• En kampanj mot sexköp\n"
      "Polismyndigheten\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].activities.size(), 2u);
  EXPECT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.social_services"});
  EXPECT_EQ(chains[1].goal[0].text, "Sexköpen i länet ska minska.");
  EXPECT_EQ(chains[1].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.police"});
  const auto ran_on = chains_of(
      "3. Prostitution och människohandel\n\n"
      "Mål\nIndikator\nAktivitet\nAnsvarig\n"
      "Personer i prostitution ska upptäckas tidigare.\n"
      "Antal ärenden om sex mot ersättning\n"
      "• Utbildning för socialsekreterare om sex mot ersättning\n"
      "• Frågor om sex mot ersättning ställs vid alla nybesök på mottagningarna i länet\n"
      "Socialtjänsten\n"
      "Sexköpen i länet ska minska.\n"
      "Antal anmälda sexköp\n"
      "• En kampanj mot sexköp\n"
      "Polismyndigheten\n");
  ASSERT_EQ(ran_on.size(), 2u);
  EXPECT_EQ(ran_on[1].goal[0].text, "Sexköpen i länet ska minska.");
  EXPECT_EQ(ran_on[1].indicators.size(), 1u);
  EXPECT_EQ(ran_on[1].activities.size(), 1u);
}

// An application form: goals under "Mål 1" / "Mål 2" headings, the measures
// apart under a question of how the goals are measured as "Mål 1: antal ...",
// and the activities a section later, each naming its goal "(mål 2)": each
// joins the goal its heading numbers.
TEST_F(ChainFinderTest, GoalsNumberedByTheirHeadingsGatherTheirMeasuresAndTasks) {
  const auto chains = chains_of(
      "PROJEKTETS MÅL\n\n"
      "Mål 1\n\nFler kvinnor i prostitution ska få stöd av projektet.\n\n"
      "Mål 2\n\nKunskapen om sexköp ska öka hos socialtjänsten.\n\n"
      "Hur vet vi om vi har nått målen?\n"
      "Vi följer upp målen så här:\n"
      "- Mål 1: antal kvinnor i prostitution som fått stöd\n"
      "- Mål 2: antal socialsekreterare som gått utbildningen om sexköp\n\n"
      "GENOMFÖRANDE\n\n"
      "Länsstyrelsen ska genomföra en utbildning om sexköp för socialtjänsten (mål 2). "
      "Socialtjänsten ska erbjuda stödsamtal till kvinnor i prostitution (mål 1).\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal[0].text, "Fler kvinnor i prostitution ska få stöd av projektet.");
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "antal kvinnor i prostitution som fått stöd");
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Socialtjänsten ska erbjuda"));
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("Länsstyrelsen ska genomföra"));
}

// An agreement: lettered goals in one clause, a party's commitments in a
// clause headed by an activity label, and the indicators in a third under a
// lead-in that names them, each naming its goal by letter. Each commitment
// joins the goal sharing most of its words; each indicator its goal.
TEST_F(ChainFinderTest, AnAgreementsCommitmentsAndIndicatorsJoinItsLetteredGoals) {
  const auto text = std::string(
      "Överenskommelse om partnerskap\n\n§ 1 Parter\n\nKommunen och föreningen.\n\n"
      "§ 2 Partnerskapets mål\n\nParterna är överens om följande mål:\n"
      "a) Fler kvinnor i prostitution ska få stöd.\n"
      "b) Kunskapen om sexköp ska öka hos socialtjänsten.\n\n"
      "§ 3 Föreningens åtgärder\n\nFöreningen åtar sig att:\n"
      "– erbjuda samtal och stöd till kvinnor i prostitution\n"
      "– medverka i en utbildning om sexköp för socialtjänsten\n\n"
      "§ 4 Uppföljning\n\nPartnerskapet följs upp med följande indikatorer:\n"
      "1. antal kvinnor i kontakt med föreningen (mål a)\n"
      "2. antal deltagare i utbildningen (mål b)\n");
  const auto chains = chains_of(text);
  ASSERT_EQ(chains.size(), 2u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("erbjuda samtal"));
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "antal kvinnor i kontakt med föreningen");
  ASSERT_EQ(chains[1].activities.size(), 1u);
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("medverka i en utbildning"));
  ASSERT_EQ(chains[1].indicators.size(), 1u);
}

// Who answers for the plan's activities, said once in a section that holds
// no chain, is responsible for every chain, named by the one word before the
// responsibility.
TEST_F(ChainFinderTest, WhoAnswersForThePlansActivitiesIsResponsibleForEveryChain) {
  const auto chains = chains_of(
      "Plan mot sexuell exploatering\n\n"
      "Så är planen byggd\n\nUngdomsenheten ansvarar för alla insatser i handlingsplanen.\n\n"
      "1. Stöd\n\nMål: Fler unga i prostitution ska få stöd.\n\n"
      "2. Kunskap\n\nMål: Kunskapen om sexköp ska öka.\n");
  ASSERT_EQ(chains.size(), 2u);
  for (const auto& chain : chains) {
    ASSERT_EQ(chain.responsible.size(), 1u);
    EXPECT_EQ(chain.responsible[0].raw, "Ungdomsenheten");
  }
}

// Who does what, answered under a question of roles as "X ansvarar för A och
// B": each task's doer is responsible for the chains whose activities name
// it; a question that asks for no part of a goal ends the answer.
TEST_F(ChainFinderTest, AnAnswerOfWhoDoesWhatGivesEachTaskItsDoer) {
  const auto chains = chains_of(
      "Projektplan\n\nMÅL\n\nMål 1\n\nFler kvinnor i prostitution ska få stöd.\n\n"
      "GENOMFÖRANDE\n\n"
      "Samtal för kvinnor i prostitution ska genomföras varje vecka (mål 1). "
      "En utbildning om sexköp ska genomföras för socialtjänsten (mål 1).\n\n"
      "Vem ansvarar för vad?\n"
      "Stödpersonerna ansvarar för samtalen. Kuratorn ansvarar för utbildningen.\n"
      "Finns det risker?\n"
      "Personalen kan bli igenkänd.\n");
  ASSERT_EQ(chains.size(), 1u);
  std::vector<std::string> raws;
  for (const auto& actor : chains[0].responsible) raws.push_back(actor.raw);
  EXPECT_EQ(raws, (std::vector<std::string>{"Stödpersonerna", "Kuratorn"}));
}

// Two goals listed together, then one list of activities: each activity
// joins the goal of the list it names by words or by the topic, so a goal of
// another topic keeps only its own and is no chain.
TEST_F(ChainFinderTest, OneListOfActivitiesUnderAListOfGoalsIsShared) {
  const auto chains = chains_of(
      "Plan för fältarbetet\n\n1. Alla unga\n\nMål\n"
      "• Unga ska ha kunskap om vart de vänder sig om någon erbjuder pengar för sexuella tjänster.\n"
      "• Rökningen bland unga ska minska.\n\n"
      "Insatser\n"
      "• Lektioner om prostitution i årskurs 8\n"
      "• Föräldramöten om rökning och tobak\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_TRUE(chains[0].goal[0].text.starts_with("Unga ska ha kunskap"));
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(chains[0].activities[0].text, "Lektioner om prostitution i årskurs 8");
}

}  // namespace
}  // namespace goalchain::chain
