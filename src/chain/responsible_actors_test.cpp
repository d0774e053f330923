#include "responsible_actors.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace goalchain::chain {
namespace {

class ResponsibleActorsTest : public ChainTest {};

TEST_F(ResponsibleActorsTest, GoalWithMeasuredFollowUpAndSubjectAsResponsible) {
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

// An activity that opens with known actors and a verb in the active voice:
// they do it, whatever the verb. Not a passive, a state ("får", "har"), a
// genitive ("Polisens") nor a name within a word ("Polis-samtal").
TEST_F(ResponsibleActorsTest, ActorsOpeningAnActivityInTheActiveVoiceDoIt) {
  const auto actors_of = [&](const std::string& task) {
    const auto chains = chains_of("Mål 1: Färre ska köpa sex.\nInsatser:\n- " + task + "\n");
    return chains.size() == 1 ? actor_codes(chains[0]) : std::vector<std::string>{std::to_string(chains.size())};
  };
  EXPECT_EQ(actors_of("Socialtjänsten gör uppsökande arbete om prostitution på nätet"),
            std::vector<std::string>{"actor.social_services"});
  EXPECT_EQ(actors_of("Polisen och Migrationsverket kontrollerar massagesalonger om människohandel"),
            (std::vector<std::string>{"actor.migration_agency", "actor.police"}));
  EXPECT_TRUE(actors_of("Socialtjänsten utbildas om prostitution").empty());
  EXPECT_TRUE(actors_of("Socialtjänsten får medel för samtal om prostitution").empty());
  EXPECT_TRUE(actors_of("Polisens arbete mot sexköp följs av kommunen").empty());
  EXPECT_TRUE(actors_of("Polis-samtal om sexköp hålls på skolorna").empty());
}

// After a comma, one word with a capital is an actor of its own; a
// qualifier of the name before it opens in lower case or runs to more words.
TEST_F(ResponsibleActorsTest, OneCapitalisedWordAfterACommaIsAnActorOfItsOwn) {
  const auto names_of = [&](const std::string& line) {
    const auto chains = chains_of("Mål 1: Färre ska köpa sex.\nAktivitet: En kampanj mot sexköp.\n" + line + "\n");
    std::vector<std::string> names;
    if (chains.size() != 1) return std::vector<std::string>{std::to_string(chains.size())};
    for (const auto& actor : chains[0].responsible) names.push_back(actor.code.empty() ? actor.raw : actor.code);
    return names;
  };
  EXPECT_EQ(names_of("Ansvar: Socialtjänsten, Fältgruppen"),
            (std::vector<std::string>{"actor.social_services", "Fältgruppen"}));
  EXPECT_EQ(names_of("Ansvar: Socialtjänsten, enheten Vuxen"), std::vector<std::string>{"actor.social_services"});
  EXPECT_EQ(names_of("Ansvar: Socialtjänsten, Region Norr"), std::vector<std::string>{"actor.social_services"});
}

// A table's responsible cell lists names before its partners, however many
// words the partners take.
TEST_F(ResponsibleActorsTest, AResponsibleCellListsNamesBeforeItsPartners) {
  const auto chains = chains_of(
      "Mål och åtgärder\n\n"
      "Mål 1. Färre ska köpa sexuella tjänster i kommunen under planperioden.\n"
      "Nr\nÅtgärd\nAnsvar\nTidplan\n"
      "1.1\n"
      "En kampanj mot sexköp på hotellen i kommunen under sommaren\n"
      "Enheten Vuxen, med stöd av polisen och Migrationsverket i hela länet\n"
      "Hösten 2026\n");
  ASSERT_EQ(chains.size(), 1u);
  std::vector<std::string> names;
  for (const auto& actor : chains[0].responsible) names.push_back(actor.code.empty() ? actor.raw : actor.code);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Enheten Vuxen", "actor.migration_agency", "actor.police"}));
}

TEST_F(ResponsibleActorsTest, PartnersAfterTillsammansMedAreResponsibleButNotLaterActors) {
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

TEST_F(ResponsibleActorsTest, ActorsLateInASentenceAreNoSubject) {
  const auto chains = chains_of(
      "1. Kunskap\n\nMål: Kunskapen om prostitution ska öka genom en utbildning för "
      "polisen.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].responsible.empty());
  EXPECT_TRUE(has_flag(chains[0], "goal_without_responsible"));
  EXPECT_EQ(chains[0].national_goals, std::vector<int>{4});
}

TEST_F(ResponsibleActorsTest, NamedResponsibleWinsAndUnknownActorsKeepTheirWords) {
  const auto chains = chains_of(
      "1. Brottsbekämpning\n\nMål: Polisen ska lagföra fler sexköpare.\n"
      "Ansvarig: Kommunens trygghetssamordnare\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].responsible.size(), 1u);
  EXPECT_EQ(chains[0].responsible[0].code, "");
  EXPECT_EQ(chains[0].responsible[0].raw, "Kommunens trygghetssamordnare");
}

// Pattern 2: lead-ins give their actor to the list under them and are never
// elements; a lead-in that does not name the topic loses no PMH task.
// A commitment names its doer as an assignment does.
TEST_F(ResponsibleActorsTest, WhoHasCommittedToATaskIsResponsible) {
  const auto chains = chains_of(
      "Plan\n\n1. Brottsbekämpning\n\n"
      "Mål: Sexköpen i hamnen ska minska.\n"
      "Polisen har åtagit sig att genomföra en insatsvecka mot sexköp i hamnen.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.police"});
}

// A quarter or date after the one responsible, as verksamhetsplaner write
// "Ansvar: X, Q2.", says when, not who.
TEST_F(ResponsibleActorsTest, WhenAfterTheResponsiblesNameIsNoPartOfIt) {
  const auto chains = chains_of(
      "Plan\n\n1. Stöd\n\n"
      "Mål: Personer i prostitution ska få stöd.\n"
      "Aktivitet: Samtalsgrupp för personer som vill lämna prostitution.\n"
      "Ansvar: samordnaren för stöd i länets fyra kommuner, Q3–Q4.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].responsible.size(), 1u);
  EXPECT_EQ(chains[0].responsible[0].raw, "samordnaren för stöd i länets fyra kommuner");
}

TEST_F(ResponsibleActorsTest, ALeadInGivesItsActorToTheTasksUnderIt) {
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

// A task's subject of one word that names no known actor ("Kuratorn",
// "Projektledaren") is responsible by its words; the subject of a goal, a
// short pronoun and who gives an assignment are not.
TEST_F(ResponsibleActorsTest, ATasksUnknownSubjectIsResponsibleByItsWords) {
  const auto chains = chains_of(
      "2. Prostitution\n\n"
      "Mål: Fler unga i prostitution ska få stöd.\n"
      "Kuratorn ska erbjuda samtal om sex mot ersättning.\n"
      "Projektledaren genomförde en utbildning om prostitution.\n"
      "Vi ska anordna en konferens om prostitution.\n");
  ASSERT_EQ(chains.size(), 1u);
  std::vector<std::string> raw;
  for (const auto& actor : chains[0].responsible) {
    EXPECT_TRUE(actor.code.empty()) << actor.raw;
    raw.push_back(actor.raw);
  }
  EXPECT_EQ(raw, (std::vector<std::string>{"Kuratorn", "Projektledaren"}));
  const auto goal_only = chains_of("2. Prostitution\n\nMål: Eleverna ska känna till lagen om sexköp.\n");
  ASSERT_EQ(goal_only.size(), 1u);
  EXPECT_TRUE(goal_only[0].responsible.empty());
}

TEST_F(ResponsibleActorsTest, ASentenceAboutThePlanNamesNoResponsible) {
  const auto chains = chains_of(
      "2. Mål\n\nMål: Färre ska köpa sexuella tjänster.\n"
      "Strategin anger inte vem som har ansvar för målet.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].responsible.empty());
  EXPECT_TRUE(has_flag(chains[0], "goal_without_responsible"));
}

// Pattern 3: past tense in final reports, assignments and partners.
TEST_F(ResponsibleActorsTest, PastTenseAndAssignmentsAreActivitiesWithTheirActors) {
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

TEST_F(ResponsibleActorsTest, WhoDoesTheActivitiesIsResponsibleWithTheNamedOnes) {
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

TEST_F(ResponsibleActorsTest, AnAssigneeEndsAtTheTaskAndAnActiveReportNamesItsDoer) {
  const auto chains = chains_of(
      "2. Uppdrag och genomförande\n\n"
      "Regeringen uppdrar åt Länsstyrelsen att stödja polisen i arbetet mot människohandel.\n\n"
      "Socialtjänsten genomförde 2019 en utbildning om prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.county_board"});
  EXPECT_EQ(actor_codes(chains[1]), std::vector<std::string>{"actor.social_services"});
}

TEST_F(ResponsibleActorsTest, CarryingOutTheAssignmentIsAResponsibilityNoActivity) {
  const auto chains = chains_of(
      "2. Prostitution\n\n"
      "Målet är att färre ska utnyttjas i prostitution.\n"
      "Länsstyrelsen ska genomföra uppdraget i samverkan med polisen.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].activities.empty());
  EXPECT_EQ(actor_codes(chains[0]),
            (std::vector<std::string>{"actor.county_board", "actor.police"}));
}

// "Huvudansvarig" names who answers for the work; "Medverkande" who takes
// part: not responsible.
TEST_F(ResponsibleActorsTest, TheLeadIsResponsibleAndTheContributorsAreNot) {
  const auto chains = chains_of(
      "3. Brottsbekämpning\n\n"
      "Mål: Fler sexköpare ska lagföras.\n"
      "Aktivitet: Insatsveckor mot sexköp.\n"
      "Huvudansvarig: Polisen\n"
      "Medverkande: Migrationsverket, socialtjänsten\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.police"});
}

// A deed in the present tense names its doer ("Länsstyrelsen samordnar ...").
TEST_F(ResponsibleActorsTest, TheSubjectOfAPresentDeedIsResponsible) {
  const auto chains = chains_of(
      "4. Stöd\n\n"
      "Mål: Personer i prostitution ska få stöd.\n"
      "Länsstyrelsen samordnar ett nätverk om sex mot ersättning.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 1u);
  EXPECT_EQ(actor_codes(chains[0]), std::vector<std::string>{"actor.county_board"});
}

}  // namespace
}  // namespace goalchain::chain
