#include "goalchain/chain/chain_finder.h"

#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/document/yaml_document_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace goalchain::chain {
namespace {

// A small codebook with a `chains:` section like the shipped one's, so that
// these tests do not move when the shipped codebook does.
constexpr const char* kCodebook = R"(goalchain_codebook: 1
name: chains
layout:
  lead_in_words: [ska]
  section_words: [Mål, Lägesbild, Sammanfattning]
codes:
  - id: pmh
    label: PMH
    keywords: ["*prostitution*", "*människohandel*", "*sexköp*", sexuella tjänster]
  - id: pmh.buying
    parent: pmh
    label: Köp av sex
    keywords: [köper sex]
  - id: problem
    label: Problem
    keywords: [problem, problemet, brist, brister]
  - id: goal
    label: Mål
    keywords: [mål, målet, målen]
  - id: activity
    label: Insats
    keywords: ["*insats", "*insatsen", "*insatser", "aktivitet*", "åtgärd*"]
  - id: indicator
    label: Indikator
    keywords: ["*indikator*", "mätetal*", antal, antalet]
  - id: responsibility
    label: Ansvar
    keywords: ["*ansvar*"]
  - id: follow_up
    label: Uppföljning
    keywords: ["*uppföljning*", följs upp, följas upp]
  - id: ns
    label: NS
  - id: NS1
    parent: ns
    label: Förebyggande
    keywords: [attityder]
  - id: NS2
    parent: ns
    label: Stöd
    keywords: ["stöd*", ställa frågor]
  - id: NS3
    parent: ns
    label: Brottsbekämpning
    keywords: ["lagför*", utreda, "insatsveck*"]
  - id: NS4
    parent: ns
    label: Kunskap
    keywords: ["*utbildning", "*kartlägg*", "*analys*"]
  - id: actor
    label: Aktörer
  - id: actor.police
    parent: actor
    label: Polisen
    keywords: [polis, polisen, "polismyndighet*"]
  - id: actor.social_services
    parent: actor
    label: Socialtjänsten
    keywords: ["socialtjänst*"]
  - id: actor.region_health
    parent: actor
    label: Regionen
    keywords: ["öppenvård*", "*sjukvård*"]
  - id: actor.county_board
    parent: actor
    label: Länsstyrelsen
    keywords: ["länsstyrelse*"]
  - id: actor.migration_agency
    parent: actor
    label: Migrationsverket
    keywords: ["migrationsverk*"]
  - id: target
    label: Målgrupper
  - id: target.sex_buyers
    parent: target
    label: Sexköpare
    keywords: ["sexköpare*"]
  - id: target.women
    parent: target
    label: Kvinnor
    keywords: [kvinnor]
  - id: quality
    label: Kvalitet
  - id: quality.measurable
    parent: quality
    label: Mätbar
    keywords: [antal, antalet, minst]
chains:
  topic: pmh
  roles: {problem: problem, goal: goal, activity: activity, indicator: indicator,
          responsibility: responsibility, follow_up: follow_up}
  actors: actor
  target_groups: target
  measurable: quality.measurable
  national_goals: {NS1: 1, NS2: 2, NS3: 3, NS4: 4}
  labels:
    problem: [problem, problembeskrivning, lägesbild, bakgrund]
    goal: [mål, delmål, målsättning]
    activity: [aktivitet, aktiviteter, insats, insatser, åtgärd, åtgärder]
    indicator: [indikator, indikatorer, mätetal]
    responsibility: [ansvarig, ansvariga, ansvar]
    follow_up: [uppföljning]
  obligation: [ska, skall]
  recommendation: [bör]
  goal_verbs: [ha, minska, öka, kunna, få, leva, stärkas, upptäckas, utveckla, bidra till att]
  activity_verbs: [genomföra, genomföras, anordna, erbjuda, ställa, utbilda, ta fram, sprida]
  past_activity: [genomfördes, har genomförts, bildades]
  past_activity_active: [genomförde, har genomfört, genomfört]
  work_itself: [uppdraget, handlingsplanen]
  preamble_labels: [inledning, sammanfattning, förord]
  table_other_columns: [tidplan]
  assignment: [i uppdrag att, uppdrar åt]
  partners: [tillsammans med, i samverkan med, i samarbete med, med stöd av]
  deadlines: [senast den, lämnas senast, rekvisition*]
  plan_itself: [handlingsplanen, planen, strategin]
  lead_in_endings: [att, följande]
  linking_words: [och, samt, av, för, med, är, sker, ansvarar, ansvarig, ansvariga, ansvar,
                  uppföljning, uppföljningen, följs, följer, upp, som, den, det, de, i, inom,
                  till, genom]
)";

class ChainFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    codebook_ = new codebook::Codebook(codebook::parse_codebook(kCodebook));
    matcher_ = new codebook::Matcher(*codebook_);
  }
  static void TearDownTestSuite() {
    delete matcher_;
    delete codebook_;
  }

  static std::vector<Chain> chains_of(const std::string& text) {
    // Read as goalchain code reads it: with the codebook's layout words.
    document::ReadOptions options;
    options.layout = &codebook_->layout;
    auto doc = document::read_text_document(text, "plan-2020.txt", options);
    coding::code_document(doc, *matcher_);
    return find_chains(doc, *codebook_);
  }

  static std::vector<Chain> chains_of_yaml(const std::string& yaml) {
    auto doc = document::read_yaml_document(yaml, "plan-kodad.yaml");
    coding::code_document(doc, *matcher_);
    return find_chains(doc, *codebook_);
  }

  static std::vector<std::string> actor_codes(const Chain& chain) {
    std::vector<std::string> codes;
    for (const auto& actor : chain.responsible) codes.push_back(actor.code);
    std::sort(codes.begin(), codes.end());
    return codes;
  }

  static bool has_flag(const Chain& chain, std::string_view flag) {
    return std::find(chain.flags.begin(), chain.flags.end(), flag) != chain.flags.end();
  }

  static inline codebook::Codebook* codebook_ = nullptr;
  static inline codebook::Matcher* matcher_ = nullptr;
};

TEST_F(ChainFinderTest, RoleOfLabelFirstWordNamesTheRole) {
  const ChainRules& rules = *codebook_->chains;
  EXPECT_EQ(role_of_label(rules, "Mål 2.1"), Role::goal);
  EXPECT_EQ(role_of_label(rules, "Aktivitet 1.2"), Role::activity);
  EXPECT_EQ(role_of_label(rules, "Ansvarig aktör"), Role::responsibility);
  EXPECT_EQ(role_of_label(rules, "MÄTETAL"), Role::indicator);
  EXPECT_EQ(role_of_label(rules, "Uppföljning"), Role::follow_up);
  EXPECT_EQ(role_of_label(rules, "Polisen"), std::nullopt);
  EXPECT_EQ(role_of_label(rules, "Målgrupp"), std::nullopt);
  EXPECT_EQ(role_of_label(rules, "Mål och insatser under de kommande åren"), std::nullopt);
  EXPECT_EQ(role_of_label(rules, ""), std::nullopt);
  EXPECT_EQ(role_of_label(rules, "3. Lägesbild"), Role::problem);
}

TEST_F(ChainFinderTest, GoalWithMeasuredFollowUpAndSubjectAsResponsible) {
  const auto chains = chains_of(
      "Handlingsplan\n\n1. Brottsbekämpning\n\n"
      "Mål 1.1: Polisen ska utreda och lagföra fler sexköpare.\n"
      "Arbetet följs upp med antalet ärenden som redovisas till åklagare.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  EXPECT_EQ(chain.id, "plan-2020:chain-1");
  ASSERT_EQ(chain.goal.size(), 1u);
  EXPECT_EQ(chain.goal[0].text, "Polisen ska utreda och lagföra fler sexköpare.");
  EXPECT_EQ(chain.goal[0].line, 5);
  EXPECT_EQ(chain.line, 5);
  ASSERT_EQ(chain.indicators.size(), 1u);
  EXPECT_EQ(chain.indicators[0].text,
            "Arbetet följs upp med antalet ärenden som redovisas till åklagare.");
  EXPECT_EQ(chain.indicators[0].segment_id, chain.goal[0].segment_id);
  ASSERT_EQ(chain.follow_up.size(), 1u);  // a measured follow-up is both
  EXPECT_EQ(chain.follow_up[0].text, chain.indicators[0].text);
  ASSERT_EQ(chain.responsible.size(), 1u);
  EXPECT_EQ(chain.responsible[0].code, "actor.police");
  EXPECT_EQ(chain.responsible[0].label, "Polisen");
  EXPECT_EQ(chain.responsible[0].raw, "Polisen");
  EXPECT_EQ(chain.national_goals, std::vector<int>{3});
  EXPECT_EQ(chain.target_groups, std::vector<std::string>{"target.sex_buyers"});
  EXPECT_EQ(chain.section, std::vector<std::string>{"1. Brottsbekämpning"});
  EXPECT_TRUE(chain.elements.goal);
  EXPECT_TRUE(chain.elements.indicator);
  EXPECT_TRUE(chain.elements.responsibility);
  EXPECT_FALSE(chain.elements.activity);
  EXPECT_FALSE(chain.elements.problem);
  EXPECT_EQ(chain.score, 3);
  EXPECT_FALSE(chain.complete);
  EXPECT_TRUE(chain.flags.empty());
  const bool evidence = std::any_of(chain.evidence.begin(), chain.evidence.end(), [](auto& e) {
    return e.code == "NS3" && e.term == "utreda";
  });
  EXPECT_TRUE(evidence);
}

TEST_F(ChainFinderTest, MeasureWithoutFollowUpIsNoIndicator) {
  const auto chains = chains_of(
      "1. Läget\n\nMål: Polisen ska lagföra fler för människohandel.\n"
      "Antalet anmälningar har ökat.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
  EXPECT_TRUE(has_flag(chains[0], "goal_without_indicator"));
  // The role-less sentence continues the goal.
  EXPECT_EQ(chains[0].goal[0].text,
            "Polisen ska lagföra fler för människohandel. Antalet anmälningar har ökat.");
}

TEST_F(ChainFinderTest, ActivityWithoutGoalAndFollowUpThatOnlyNamesWho) {
  const auto chains = chains_of(
      "4. Stöd till personer i prostitution\n\n"
      "Insats 4.2: Personal inom öppenvården och socialtjänsten ska ställa frågor om\n"
      "sex mot ersättning till personer i prostitution.\n"
      "Ansvariga för insatsen är öppenvården och socialtjänsten.\n"
      "Uppföljning: sjukvårdsledningen samt socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  EXPECT_TRUE(chain.goal.empty());
  ASSERT_EQ(chain.activities.size(), 1u);
  EXPECT_EQ(chain.activities[0].text.rfind("Personal inom öppenvården", 0), 0u);
  EXPECT_EQ(actor_codes(chain),
            (std::vector<std::string>{"actor.region_health", "actor.social_services"}));
  ASSERT_EQ(chain.follow_up.size(), 1u);
  EXPECT_EQ(chain.follow_up[0].text, "sjukvårdsledningen samt socialtjänsten.");
  EXPECT_EQ(chain.national_goals, std::vector<int>{2});
  EXPECT_TRUE(has_flag(chain, "activity_without_goal"));
  EXPECT_TRUE(has_flag(chain, "follow_up_not_described"));
  EXPECT_FALSE(has_flag(chain, "goal_without_indicator"));  // no goal to flag
}

TEST_F(ChainFinderTest, DescribedFollowUpIsNotFlagged) {
  const auto chains = chains_of(
      "1. Stöd\n\nInsats: Socialtjänsten ska erbjuda stöd till personer i prostitution.\n"
      "Uppföljning: socialtjänsten sammanställer resultaten varje halvår i en rapport.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].follow_up.size(), 1u);
  EXPECT_FALSE(has_flag(chains[0], "follow_up_not_described"));
}

TEST_F(ChainFinderTest, PartnersAfterTillsammansMedAreResponsibleButNotLaterActors) {
  const auto chains = chains_of(
      "2. Samverkan\n\nMål 2: Samverkan mot människohandel ska stärkas.\n"
      "Aktivitet 2.1: Länsstyrelsen ska tillsammans med Polismyndigheten och\n"
      "Migrationsverket genomföra insatsveckor mot sexköp och informera om\n"
      "dem i socialtjänsten.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.activities.size(), 1u);
  EXPECT_EQ(actor_codes(chain), (std::vector<std::string>{"actor.county_board",
                                                          "actor.migration_agency",
                                                          "actor.police"}));
  EXPECT_EQ(chain.national_goals, std::vector<int>{3});
  EXPECT_TRUE(has_flag(chain, "goal_without_indicator"));
  EXPECT_TRUE(has_flag(chain, "vague_goal"));
  EXPECT_FALSE(has_flag(chain, "goal_without_responsible"));
}

TEST_F(ChainFinderTest, ActorsLateInASentenceAreNoSubject) {
  const auto chains = chains_of(
      "1. Kunskap\n\nMål: Kunskapen om prostitution ska öka genom en utbildning för "
      "polisen.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].responsible.empty());
  EXPECT_TRUE(has_flag(chains[0], "goal_without_responsible"));
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{4});
}

TEST_F(ChainFinderTest, NamedResponsibleWinsAndUnknownActorsKeepTheirWords) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska lagföra fler sexköpare.\n"
      "Ansvarig: Kommunens trygghetssamordnare\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].responsible.size(), 1u);
  EXPECT_EQ(chains[0].responsible[0].code, "");
  EXPECT_EQ(chains[0].responsible[0].raw, "Kommunens trygghetssamordnare");
}

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
  ASSERT_EQ(chain.goal[0].parts.size(), 2u);
  EXPECT_EQ(chain.goal[0].parts[0].text, "Polisen ska utreda fler ärenden om köp av");
  EXPECT_EQ(chain.goal[0].parts[0].segment_id, chain.goal[0].segment_id);
  EXPECT_EQ(chain.goal[0].parts[1].text, "sexuella tjänster i hela länet.");
  EXPECT_EQ(chain.goal[0].parts[1].page, 2);
  EXPECT_NE(chain.goal[0].parts[1].segment_id, chain.goal[0].segment_id);
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

TEST_F(ChainFinderTest, ProblemComesFromTheSectionOrThoseAbove) {
  const auto chains = chains_of(
      "1. Bakgrund\n\nEtt problem är att få sexköpare lagförs.\n\n"
      "2. Prostitution i länet\n\nProblemet är att prostitutionen flyttat ut på nätet.\n"
      "Det gäller främst unga kvinnor.\n\nEtt annat problem är lokalerna.\n\n"
      "2.1 Mål\n\nMål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: Polisen genomför insatsveckor mot sexköp.\n"
      "Indikator: Antal lagförda.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  // Section 2 (a parent), not section 1 (a sibling), and only the problem text about the topic.
  ASSERT_EQ(chain.problem.size(), 1u);
  EXPECT_EQ(chain.problem[0].text,
            "Problemet är att prostitutionen flyttat ut på nätet. Det gäller främst unga kvinnor.");
  EXPECT_EQ(chain.score, 5);
  EXPECT_TRUE(chain.complete);
  EXPECT_FALSE(has_flag(chain, "vague_goal"));  // sexköpare: a target group
}

TEST_F(ChainFinderTest, NationalGoalsFallBackToTheHeadingAbove) {
  const auto chains = chains_of(
      "2. Stöd till utsatta för prostitution\n\nMål: Fler ska få hjälp.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{2});
  ASSERT_FALSE(chains[0].evidence.empty());
  EXPECT_EQ(chains[0].evidence[0].term, "Stöd");
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

// Pattern 1: "X ska <göra>" is an activity with X responsible, "X ska <bli,
// ha, nå>" a goal; deadlines are nothing.
TEST_F(ChainFinderTest, TheVerbAfterSkaTellsAGoalFromAnActivity) {
  const auto chains = chains_of(
      "2. Stöd till personer i prostitution\n\n"
      "Personer som utsatts för prostitution ska kunna få stöd i hela länet.\n"
      "Socialtjänsten ska erbjuda stödsamtal till personer som säljer sexuella tjänster.\n"
      "Rekvisitionen ska lämnas senast den 1 december.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.goal.size(), 1u);
  EXPECT_TRUE(chain.goal[0].text.starts_with("Personer som utsatts"));
  ASSERT_EQ(chain.activities.size(), 1u);
  EXPECT_TRUE(chain.activities[0].text.starts_with("Socialtjänsten ska erbjuda"));
  EXPECT_EQ(actor_codes(chain), std::vector<std::string>{"actor.social_services"});
}

TEST_F(ChainFinderTest, EveryActivityWithSkaIsNoGoal) {
  const auto chains = chains_of(
      "3. Brottsbekämpning\n\n"
      "Polisen ska genomföra insatsveckor mot sexköp.\n\n"
      "Polisen ska utbilda sina utredare om människohandel.\n");
  ASSERT_EQ(chains.size(), 2u);  // two activities without a goal: a chain each
  for (const Chain& chain : chains) {
    EXPECT_TRUE(chain.goal.empty());
    EXPECT_EQ(actor_codes(chain), std::vector<std::string>{"actor.police"});
  }
}

TEST_F(ChainFinderTest, DeadlinesThePlanItselfAndRecommendationsAreNoGoals) {
  const auto chains = chains_of(
      "1. Om planen\n\n"
      "Handlingsplanen ska ha fokus på prostitution och människohandel.\n"
      "Ansökan om medel mot prostitution ska lämnas senast den 1 mars.\n"
      "Kommunerna bör ta fram rutiner mot prostitution.\n");
  EXPECT_TRUE(chains.empty());
}

// Pattern 2: lead-ins give their actor to the list under them and are never
// elements; a lead-in that does not name the topic loses no PMH task.
TEST_F(ChainFinderTest, ALeadInGivesItsActorToTheTasksUnderIt) {
  const auto chains = chains_of(
      "4. Samordning\n\n"
      "Mål: Samverkan mot prostitution och människohandel ska stärkas.\n\n"
      "Genom samordningsfunktionen ska länsstyrelserna stödja och bidra till att:\n\n"
      "• utbilda och höja kompetensen om prostitution hos yrkesverksamma\n"
      "• samla och sprida kunskap om människohandel\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.goal.size(), 1u);
  EXPECT_TRUE(chain.goal[0].text.starts_with("Samverkan mot prostitution"));
  ASSERT_EQ(chain.activities.size(), 2u);
  EXPECT_TRUE(chain.activities[0].text.starts_with("utbilda och höja"));
  EXPECT_TRUE(chain.activities[1].text.starts_with("samla och sprida"));
  EXPECT_EQ(actor_codes(chain), std::vector<std::string>{"actor.county_board"});
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

TEST_F(ChainFinderTest, AProblemSectionDescribesWhatWasDone) {
  const auto chains = chains_of(
      "1. Bakgrund\n\n"
      "Under 2017 genomfördes en kartläggning av prostitution i länet.\n\n"
      "2. Bakgrund och mål\n\n"
      "Polisen ska genomföra insatsveckor mot sexköp.\n");
  // Section 1 holds the plan's problem, not an activity; "Bakgrund och mål"
  // is no problem heading, so the activity under it stays one.
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Polisen ska genomföra"));
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_TRUE(chains[0].problem[0].text.starts_with("Under 2017 genomfördes"));
  EXPECT_EQ(chains[0].problem_link, "plan");
}

TEST_F(ChainFinderTest, ASentenceAboutThePlanNamesNoResponsible) {
  const auto chains = chains_of(
      "2. Mål\n\nMål: Färre ska köpa sexuella tjänster.\n"
      "Strategin anger inte vem som har ansvar för målet.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].responsible.empty());
  EXPECT_TRUE(has_flag(chains[0], "goal_without_responsible"));
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

// Pattern 3: past tense in final reports, assignments and partners.
TEST_F(ChainFinderTest, PastTenseAndAssignmentsAreActivitiesWithTheirActors) {
  const auto chains = chains_of(
      "2. Genomförda insatser\n\n"
      "Under 2019 genomfördes en utbildningsdag om människohandel i samverkan med polisen.\n\n"
      "Länsstyrelsen ges i uppdrag att kartlägga prostitutionen i länet.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("Under 2019 genomfördes"));
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.police"});
  EXPECT_TRUE(chains[1].activities[0].text.starts_with("Länsstyrelsen ges i uppdrag"));
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.county_board"});
}

// Pattern 4: the plan's problem description beside the goals.
TEST_F(ChainFinderTest, ThePlansProblemServesGoalsBesideIt) {
  const auto chains = chains_of(
      "1. Lägesbild\n\n"
      "Prostitutionen i länet sker i allt högre grad via nätet.\n\n"
      "2. Mål och insatser\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: Polisen genomför insatsveckor mot sexköp.\n"
      "Indikator: Antal lagförda.\n\n"
      "3. Hedersrelaterat våld\n\nEtt problem är att få anmäler.\n");
  ASSERT_EQ(chains.size(), 1u);
  const Chain& chain = chains[0];
  ASSERT_EQ(chain.problem.size(), 1u);
  EXPECT_EQ(chain.problem[0].text, "Prostitutionen i länet sker i allt högre grad via nätet.");
  EXPECT_EQ(chain.problem_link, "plan");
  EXPECT_TRUE(chain.complete);
}

TEST_F(ChainFinderTest, ASectionsOwnProblemComesBeforeThePlans) {
  const auto chains = chains_of(
      "1. Lägesbild\n\nProstitutionen i länet sker via nätet.\n\n"
      "2. Sexköp\n\nEtt problem är att få sexköpare lagförs.\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_EQ(chains[0].problem[0].text, "Ett problem är att få sexköpare lagförs.");
  EXPECT_EQ(chains[0].problem_link, "section");
}

TEST_F(ChainFinderTest, TheTopicFiresThroughACodeBelowIt) {
  // "köper sex" is a code below pmh: the goal is about the topic.
  const auto chains = chains_of("1. Brottsbekämpning\n\nMål: Fler män som köper sex ska lagföras.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Fler män som köper sex ska lagföras.");
}

TEST_F(ChainFinderTest, AProblemHeadingMayNameItsTopic) {
  const auto chains = chains_of(
      "Lägesbild prostitution och människohandel\n\n"
      "Polisen bedömer att prostitutionen i länet främst sker i lägenheter.\n\n"
      "Prostitution och människohandel\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].problem.size(), 1u);
  EXPECT_TRUE(chains[0].problem[0].text.starts_with("Polisen bedömer"));
  EXPECT_EQ(chains[0].problem_link, "plan");
}

TEST_F(ChainFinderTest, NationalGoalsAreThePlansOwnClassThenTheGoalsThenTheActivities) {
  // The area the plan files the goal under, though the goal names knowledge.
  const auto filed = chains_of(
      "3.2 Stöd till utsatta\n\n"
      "Alla kommuner ska ha rutiner för utbildning om människohandel.\n");
  ASSERT_EQ(filed.size(), 1u);
  EXPECT_EQ(filed[0].national_goals, std::vector<int>{2});
  // The goal's own words before its activities'.
  const auto goal = chains_of(
      "3. Mål och insatser\n\n"
      "Mål: Polisen ska lagföra fler sexköpare.\n"
      "Insats: En utbildning om människohandel för socialtjänsten.\n");
  ASSERT_EQ(goal.size(), 1u);
  EXPECT_EQ(goal[0].national_goals, std::vector<int>{3});
  // A goal about violence in general also serves what its topical activity serves.
  const auto general = chains_of(
      "3. Våld i nära relationer\n\n"
      "Mål: Fler våldsutsatta kvinnor ska få stöd.\n"
      "Länsstyrelsen ska:\n"
      "- erbjuda kommunerna en kartläggning av våldet,\n"
      "- anordna en utbildning om människohandel för personal på boenden.\n");
  ASSERT_EQ(general.size(), 1u);
  EXPECT_EQ(general[0].national_goals, (std::vector<int>{2, 4}));
}

TEST_F(ChainFinderTest, WhoDoesTheActivitiesIsResponsibleWithTheNamedOnes) {
  const auto chains = chains_of(
      "2. Stöd\n\n"
      "Mål: Socialtjänsten ska ha rutiner för ärenden om människohandel.\n"
      "Insats: Öppenvården ska erbjuda samtal i samverkan med polisen.\n"
      "Ansvarig: Länsstyrelsen\n");
  ASSERT_EQ(chains.size(), 1u);
  // The goal's subject is whom it concerns, not who answers for it.
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.county_board",
                                                              "actor.police",
                                                              "actor.region_health"}));
}

TEST_F(ChainFinderTest, AnAssigneeEndsAtTheTaskAndAnActiveReportNamesItsDoer) {
  const auto chains = chains_of(
      "2. Uppdrag och genomförande\n\n"
      "Regeringen uppdrar åt Länsstyrelsen att stödja polisen i arbetet mot människohandel.\n\n"
      "Socialtjänsten genomförde 2019 en utbildning om prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.county_board"});
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"});
}

TEST_F(ChainFinderTest, CarryingOutTheAssignmentIsAResponsibilityNoActivity) {
  const auto chains = chains_of(
      "2. Prostitution\n\n"
      "Målet är att färre ska utnyttjas i prostitution.\n"
      "Länsstyrelsen ska genomföra uppdraget i samverkan med polisen.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].activities.empty());
  EXPECT_EQ(actor_codes(chains[0]),
            (std::vector<std::string>{"actor.county_board", "actor.police"}));
}

TEST_F(ChainFinderTest, ASummaryOrAForewordOpensNoChain) {
  const auto chains = chains_of(
      "Sammanfattning\n\nMålet är att fler sexköpare ska lagföras.\n\n"
      "Förord\n\nMålet är att färre ska köpa sexuella tjänster i länet.\n\n"
      "Mål och insatser\n\nMålet är att fler sexköpare ska lagföras.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].line, 11);
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

}  // namespace
}  // namespace goalchain::chain
