#include "sentence_roles.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace goalchain::chain {
namespace {

class SentenceRolesTest : public ChainTest {};
TEST_F(SentenceRolesTest, RoleOfLabelFirstWordNamesTheRole) {
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

// A dash for an empty field, as tables and forms write it, names nothing.
TEST_F(SentenceRolesTest, ALabelWithADashForItsValueNamesNoElement) {
  for (const std::string empty : {"–", "-", "—"}) {
    const auto chains = chains_of(
        "Plan\n\nMål 2: Fler personer i prostitution ska få stöd.\n"
        "Aktivitet: Samtalsstöd till den som lämnar prostitution.\n"
        "Indikator: " + empty + "\nAnsvarig: " + empty + "\n");
    ASSERT_EQ(chains.size(), 1u) << empty;
    EXPECT_TRUE(chains[0].indicators.empty()) << empty;
    EXPECT_TRUE(has_flag(chains[0], "goal_without_indicator")) << empty;
    for (const auto& actor : chains[0].responsible) EXPECT_FALSE(actor.code.empty()) << empty;
  }
}

// Questions in place of labels: each part of the goal under the question
// that asks for it; under the follow-up question a line that opens with a
// measure is an indicator, one that only says who reports is follow-up.
// The timetable's answer is no element.
TEST_F(SentenceRolesTest, QuestionHeadingsActAsTheLabelsTheyStandFor) {
  const auto chains = chains_of(
      "Plan mot människohandel\n\n"
      "Område A: Stöd\n"
      "Vad vill vi uppnå?\n"
      "Den som vill lämna prostitution får stöd tidigt.\n"
      "Vad gör vi?\n"
      "- Öppna en mottagning för samtal två kvällar i veckan.\n"
      "- Utbilda personalen på boendena.\n"
      "Vem gör det?\n"
      "Socialtjänsten\n"
      "När?\n"
      "Hösten 2027\n"
      "Hur vet vi att det fungerar?\n"
      "- Antal personer som fått samtal under året.\n"
      "- Nämnden får en rapport varje halvår.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Den som vill lämna prostitution får stöd tidigt.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal personer som fått samtal under året.");
  EXPECT_TRUE(std::any_of(chains[0].follow_up.begin(), chains[0].follow_up.end(), [](const auto& element) {
    return element.text == "Nämnden får en rapport varje halvår.";
  }));
  for (const auto& element : chains[0].follow_up) EXPECT_EQ(element.text.find("2027"), std::string::npos);
  ASSERT_EQ(chains[0].responsible.size(), 1u);
  EXPECT_EQ(chains[0].responsible[0].code, "actor.social_services");
}

// "Uppföljning:" says the line is how the goal is followed up: a measure
// after it is enough to make the line an indicator.
TEST_F(SentenceRolesTest, AMeasureAfterAFollowUpLabelIsAnIndicator) {
  const auto chains = chains_of(
      "Plan\n\nMål 3: Fler som säljer sex ska få stöd av socialtjänsten.\n"
      "Aktivitet: Samtalsstöd till den som vill lämna prostitution.\n"
      "Uppföljning: antalet personer som fått samtalsstöd under året.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "antalet personer som fått samtalsstöd under året.");
  EXPECT_FALSE(has_flag(chains[0], "goal_without_indicator"));
}

TEST_F(SentenceRolesTest, AFollowUpLabelWithoutAMeasureStaysAFollowUp) {
  const auto chains = chains_of(
      "Plan\n\nMål 3: Fler som säljer sex ska få stöd av socialtjänsten.\n"
      "Aktivitet: Samtalsstöd till den som vill lämna prostitution.\n"
      "Uppföljning: i nämndens årliga verksamhetsberättelse.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
  EXPECT_EQ(chains[0].follow_up.size(), 1u);
}

// Indicators set apart from their goals, each naming its goal by label and
// number and a dash before a measure; a goal phrased with a measure stays a
// goal.
TEST_F(SentenceRolesTest, AGoalsNumberBeforeAMeasureUnderIndicatorsIsThatGoalsIndicator) {
  const auto chains = chains_of(
      "Plan\n\nMål 1. Fler som utnyttjas i prostitution ska upptäckas av socialtjänsten.\n\n"
      "Mål 2. Färre ska köpa sexuella tjänster i kommunen.\n\n"
      "Mål 3: Antalet anmälda sexköp ska öka.\n\n"
      "Mål 2 – antalet samtal med sexköpare.\n\n"
      "Mål 1 – antal orosanmälningar om sex mot ersättning.\n");
  ASSERT_EQ(chains.size(), 3u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "antal orosanmälningar om sex mot ersättning.");
  ASSERT_EQ(chains[1].indicators.size(), 1u);
  EXPECT_EQ(chains[1].indicators[0].text, "antalet samtal med sexköpare.");
  ASSERT_EQ(chains[2].goal.size(), 1u);
  EXPECT_EQ(chains[2].goal[0].text, "Antalet anmälda sexköp ska öka.");
  EXPECT_TRUE(chains[2].indicators.empty());
}

TEST_F(SentenceRolesTest, MeasureWithoutFollowUpIsNoIndicator) {
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

// Pattern 1: "X ska <göra>" is an activity with X responsible, "X ska <bli,
// ha, nå>" a goal; deadlines are nothing.
TEST_F(SentenceRolesTest, TheVerbAfterSkaTellsAGoalFromAnActivity) {
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

TEST_F(SentenceRolesTest, EveryActivityWithSkaIsNoGoal) {
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

TEST_F(SentenceRolesTest, DeadlinesThePlanItselfAndRecommendationsAreNoGoals) {
  const auto chains = chains_of(
      "1. Om planen\n\n"
      "Handlingsplanen ska ha fokus på prostitution och människohandel.\n"
      "Ansökan om medel mot prostitution ska lämnas senast den 1 mars.\n"
      "Kommunerna bör ta fram rutiner mot prostitution.\n");
  EXPECT_TRUE(chains.empty());
}

// A lead-in that names goals by their label and no task ("... föreslår två
// mål för perioden:") leads goals: its items with no role of their own are
// goals, not tasks; one naming tasks leads tasks.
TEST_F(SentenceRolesTest, ALeadInNamingGoalsLeadsGoals) {
  auto chains = chains_of(
      "3. Bedömning\n\n"
      "Nämnden föreslår två mål för perioden:\n"
      "- Tidig upptäckt av unga i prostitution.\n"
      "- Stöd till alla som lämnar prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[1].goal.size(), 1u);
  chains = chains_of(
      "3. Bedömning\n\n"
      "Insatser som genomförs utan koppling till ett mål:\n"
      "- Samtal om prostitution i skolan.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].goal.empty());
}

// Under "Indikatorer:" a sentence that the codes make a follow-up naming
// no measure is no indicator; one naming a measure is.
TEST_F(SentenceRolesTest, AFollowUpWithoutAMeasureUnderAnIndicatorLabelIsNoIndicator) {
  auto chains = chains_of(
      "2. Prostitution\n\nMål: Sexköpen ska minska.\n\n"
      "Indikatorer:\nArbetet följs upp av nämnden varje höst.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_TRUE(chains[0].indicators.empty());
  chains = chains_of(
      "2. Prostitution\n\nMål: Sexköpen ska minska.\n\n"
      "Indikatorer:\nArbetet följs upp med antalet anmälda sexköp.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].indicators.size(), 1u);
}

TEST_F(SentenceRolesTest, AProblemSectionDescribesWhatWasDone) {
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

TEST_F(SentenceRolesTest, ASummaryOrAForewordOpensNoChain) {
  const auto chains = chains_of(
      "Sammanfattning\n\nMålet är att fler sexköpare ska lagföras.\n\n"
      "Förord\n\nMålet är att färre ska köpa sexuella tjänster i länet.\n\n"
      "Mål och insatser\n\nMålet är att fler sexköpare ska lagföras.\n");
  ASSERT_EQ(chains.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].line, 11);
}

// Under a heading that is only an activity label ("Åtgärder"), what has no
// label of its own is one of the actions it lists: a sentence with no role,
// one that reads as a goal ("ska arbeta för att" in an action), a deed
// opening one that codes call follow-up.
TEST_F(SentenceRolesTest, UnderALabelHeadingTheHeadingsRoleDecides) {
  const auto chains = chains_of(
      "Område 1\n\nMål 1: Sexköpen i kommunen ska minska.\n\n"
      "Åtgärder\n\n"
      "1.1 Fältgruppen utökar kvällsarbetet kring sexköp till stationen.\n"
      "Ansvarig: Socialtjänsten | Tidplan: hösten 2025\n"
      "1.2 Socialtjänsten ska arbeta för att möta unga i prostitution på nätet.\n"
      "1.3 Genomföra uppföljning av sexköpslagen med hotellen.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  ASSERT_EQ(chains[0].activities.size(), 3u);
  EXPECT_TRUE(chains[0].activities[0].text.starts_with("1.1 Fältgruppen utökar"));
  EXPECT_TRUE(chains[0].activities[1].text.starts_with("1.2 Socialtjänsten ska arbeta"));
  EXPECT_TRUE(chains[0].activities[2].text.starts_with("1.3 Genomföra uppföljning"));
  EXPECT_TRUE(chains[0].follow_up.empty());
}

// "Ansvarig: X | Tidplan: Y", a table row flattened with '|': the next cell
// is no part of the responsibility; a next cell with a label of its own
// ("Mätetal:") is an element of its own.
TEST_F(SentenceRolesTest, AFlattenedRowsNextCellEndsTheLabelledElement) {
  const auto chains = chains_of(
      "1. Mål och insatser\n\n"
      "Mål: Polisen ska lagföra fler för människohandel.\n\n"
      "Ansvarig: Kommunstyrelsen | Tidplan: 2026\n\n"
      "Indikator: Antal lagförda sexköpare | Mätetal: antal domar\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].responsible.size(), 1u);
  EXPECT_EQ(chains[0].responsible[0].raw, "Kommunstyrelsen");
  ASSERT_EQ(chains[0].indicators.size(), 2u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal lagförda sexköpare");
  EXPECT_EQ(chains[0].indicators[1].text, "antal domar");
}

}  // namespace
}  // namespace goalchain::chain
