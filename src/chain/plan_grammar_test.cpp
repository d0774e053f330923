#include "goalchain/chain/plan_grammar.h"

#include "goalchain/codebook/codebook.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::chain {
namespace {

// The grammar of a small `chains:` section in the phrasing of Swedish plans;
// the words are the codebook's business, the test only needs some.
const codebook::ChainRules& rules() {
  static const codebook::Codebook book = codebook::parse_codebook(R"(goalchain_codebook: 1
name: grammar
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
  - id: goal
    label: Mål
chains:
  topic: pmh
  roles: {goal: goal}
  labels:
    goal: [mål, delmål]
    responsibility: [ansvar]
  linking_words: [och, samt]
  obligation: [ska, skall]
  recommendation: [bör]
  goal_verbs: [ha, vara, minska, öka, kunna, få, upptäckas, stärkas, utveckla, bidra till att]
  activity_verbs: [genomför*, anordna*, erbjuda, ställa, ta fram, utbilda, bidra med]
  past_activity: [genomfördes, har genomförts, bildades, anordnades]
  past_activity_active: [genomförde, har genomfört, genomfört, anordnade, tog fram]
  work_itself: [uppdraget, handlingsplanen]
  assignment: [i uppdrag att, uppdrar åt]
  partners: [tillsammans med, i samverkan med, i samarbete med, med stöd av]
  deadlines: [senast den, lämnas senast, rekvisition*]
  plan_itself: [handlingsplanen, planen, denna plan]
  lead_in_endings: [att, följande]
  table_other_columns: [tidplan]
  result_labels: [resultat, utfall]
  other_topics: [hedersrelaterat, våld i nära relation*]
  goal_openings: [målet är att, målet var att]
  goal_reference: [för att nå mål, kopplat till mål, bidrar till mål]
  vision_openings: [visionen är, vår vision är]
  assessments: [bedömer att, bedömning är att]
  serves_goal_before: [för att nå dit, för att uppnå detta]
  passive_agent: [av]
  pending_indicator: [tas fram, saknas]
  intention: [kommer att, avser att]
)");
  return *book.chains;
}

std::optional<Role> role_of(std::string_view sentence) { return read_sentence(rules(), sentence).role; }

TEST(PlanGrammarTest, ADeedAfterTheObligationIsAnActivity) {
  EXPECT_EQ(role_of("Kommunerna ska erbjuda stödsamtal till personer med erfarenhet av "
                    "prostitution."),
            Role::activity);
  EXPECT_EQ(role_of("Polisen ska under våren genomföra insatsveckor mot sexköp."), Role::activity);
  EXPECT_EQ(role_of("Personal inom öppenvården ska ställa frågor om sexuell utsatthet."),
            Role::activity);
  EXPECT_EQ(role_of("Länsstyrelsen ska tillsammans med regionkoordinatorn anordna en "
                    "konferens."),
            Role::activity);
  EXPECT_EQ(role_of("Länsstyrelsen ska bidra med kompetensstöd till kommunerna."), Role::activity);
}

TEST(PlanGrammarTest, AStateToReachAfterTheObligationIsAGoal) {
  EXPECT_EQ(role_of("Alla kommuner i länet ska ha rutiner för att upptäcka prostitution."),
            Role::goal);
  EXPECT_EQ(role_of("Efterfrågan på sexuella tjänster ska minska."), Role::goal);
  EXPECT_EQ(role_of("Barn som utsätts för människohandel ska upptäckas tidigare."), Role::goal);
  EXPECT_EQ(role_of("Samverkan mellan myndigheterna ska stärkas."), Role::goal);
  EXPECT_EQ(role_of("Personer som vill lämna prostitution ska kunna få stöd i hela länet."),
            Role::goal);
  // The report's Stockholm goal: the direction of an actor's work.
  EXPECT_EQ(role_of("Polisen ska utveckla arbetet med att utreda och lagföra sexköpare."),
            Role::goal);
  EXPECT_EQ(role_of("Länsstyrelsen ska bidra till att kunskapen om människohandel ökar."),
            Role::goal);
}

TEST(PlanGrammarTest, AnUnknownVerbLeavesTheDecisionToTheCodes) {
  EXPECT_EQ(role_of("Polisen ska analysera omfattningen av prostitution i länet."), std::nullopt);
  EXPECT_EQ(role_of("Prostitutionen har flyttat ut på nätet."), std::nullopt);
}

TEST(PlanGrammarTest, DeadlinesAndAdministrationAreNoElement) {
  const auto deadline = read_sentence(rules(), "Rekvisitionen ska lämnas senast den 1 december.");
  EXPECT_TRUE(deadline.not_an_element);
  EXPECT_EQ(deadline.role, std::nullopt);
  EXPECT_TRUE(read_sentence(rules(), "Slutredovisningen lämnas senast den 31 mars 2021.")
                  .not_an_element);
  EXPECT_FALSE(read_sentence(rules(), "Efterfrågan på sexuella tjänster ska minska.")
                   .not_an_element);
}

TEST(PlanGrammarTest, ALabelOfNoElementMakesNoElement) {
  EXPECT_TRUE(read_sentence(rules(), "Tidplan: hösten 2023 genomförs kampanjen.").not_an_element);
  EXPECT_TRUE(read_sentence(rules(), "TIDPLAN : utbildningen genomfördes").not_an_element);
}

// What came of the work in a final report is follow-up of the element above
// it (DOMAIN.md: figures of what was done are results, follow-up), not
// nothing and not an indicator.
TEST(PlanGrammarTest, AResultLabelMakesAResult) {
  for (const char* line : {"Resultat: 230 personer deltog i utbildningarna.",
                           "RESULTAT : utbildningen genomfördes", "Utfall: Delvis uppnått."}) {
    const auto reading = read_sentence(rules(), line);
    EXPECT_TRUE(reading.result) << line;
    EXPECT_FALSE(reading.not_an_element) << line;
    EXPECT_EQ(reading.role, Role::follow_up) << line;
  }
  // The word without its label's colon is text like any other.
  const auto reading = read_sentence(rules(), "Resultatet av utbildningen genomfördes 2019.");
  EXPECT_FALSE(reading.not_an_element);
  EXPECT_EQ(reading.role, Role::activity);
}

TEST(PlanGrammarTest, AHeadingNamingAnotherTopicIsShared) {
  const auto& r = rules();
  EXPECT_TRUE(names_other_topic(
      r, "Målområde 1: Mäns våld mot kvinnor, hedersrelaterat våld samt prostitution"));
  EXPECT_TRUE(names_other_topic(r, "3.1 Våld i nära relationer och människohandel"));
  EXPECT_FALSE(names_other_topic(r, "3.2 Prostitution och människohandel"));
  codebook::ChainRules none = r;
  none.other_topics.clear();
  EXPECT_FALSE(names_other_topic(none, "3.1 Hedersrelaterat våld och människohandel"));
}

TEST(PlanGrammarTest, TheHandlingsplanItselfAndRecommendationsAreNoGoals) {
  EXPECT_TRUE(read_sentence(rules(), "Handlingsplanen ska ha ett tydligt fokus på prostitution.")
                  .no_goal);
  EXPECT_TRUE(read_sentence(rules(), "Denna plan beskriver hur arbetet ska bedrivas.").no_goal);
  const auto advice = read_sentence(rules(), "Kommunerna bör ta fram rutiner för prostitution.");
  EXPECT_TRUE(advice.no_goal);
  EXPECT_FALSE(read_sentence(rules(), "Polisen ska genomföra insatsveckor.").no_goal);
}

TEST(PlanGrammarTest, LeadInsEndInAColon) {
  const auto lead = read_sentence(
      rules(), "Genom samordningsfunktionen ska länsstyrelserna stödja och bidra till att:");
  EXPECT_TRUE(lead.lead_in);
  EXPECT_EQ(lead.role, std::nullopt);
  EXPECT_TRUE(read_sentence(rules(), "Länsstyrelsen ska:").lead_in);
  EXPECT_TRUE(read_sentence(rules(), "Under året planeras följande:").lead_in);
  // A colon alone does not make a lead-in: "Så här:" names no actor or task.
  EXPECT_FALSE(read_sentence(rules(), "Exempel på detta:").lead_in);
  EXPECT_FALSE(read_sentence(rules(), "Länsstyrelsen ska genomföra utbildningar.").lead_in);
  // Without its colon, the obligation alone above a list leads it.
  EXPECT_TRUE(read_sentence(rules(), "Länsstyrelserna ska", true).lead_in);
  EXPECT_FALSE(read_sentence(rules(), "Länsstyrelserna ska", false).lead_in);
}

TEST(PlanGrammarTest, PastTenseInReportsIsAnActivity) {
  EXPECT_EQ(role_of("Under 2019 genomfördes en utbildningsdag om människohandel."),
            Role::activity);
  EXPECT_EQ(role_of("Två utbildningar har genomförts för socialtjänsten."), Role::activity);
  EXPECT_EQ(role_of("Ett regionalt nätverk mot prostitution bildades 2018."), Role::activity);
}

TEST(PlanGrammarTest, AssignmentsAreActivitiesWithTheirAssignee) {
  const std::string_view given = "Länsstyrelsen ges i uppdrag att kartlägga prostitutionen.";
  const auto reading = read_sentence(rules(), given);
  EXPECT_EQ(reading.role, Role::activity);
  ASSERT_TRUE(reading.subject_end);
  EXPECT_EQ(given.substr(0, *reading.subject_end), "Länsstyrelsen ges ");
  const std::string_view order =
      "Regeringen uppdrar åt Jämställdhetsmyndigheten att stödja länsstyrelserna.";
  const auto assigned = read_sentence(rules(), order);
  EXPECT_EQ(assigned.role, Role::activity);
  // The assignee is named after the phrase, apart from partners.
  EXPECT_TRUE(assigned.partners_from.empty());
  ASSERT_EQ(assigned.assignees_from.size(), 1u);
  EXPECT_TRUE(order.substr(assigned.assignees_from[0]).starts_with("Jämställdhetsmyndigheten"));
}

// Who did it, when the grammar reads `sentence` as an activity with a doer.
std::optional<std::string_view> doer_of(std::string_view sentence) {
  const auto reading = read_sentence(rules(), sentence);
  if (reading.role != Role::activity || !reading.subject_end) return std::nullopt;
  return sentence.substr(0, *reading.subject_end);
}

TEST(PlanGrammarTest, AnActivePastVerbNamesItsDoer) {
  // A final report's "X genomförde ...": X did it.
  EXPECT_EQ(doer_of("Länsstyrelsen genomförde 2019 en utbildning om rutinen."), "Länsstyrelsen ");
  // Partners between the auxiliary and the participle stay partners.
  const std::string_view with =
      "Länsstyrelsen har i samarbete med ungdomsmottagningen genomfört föreläsningar.";
  ASSERT_TRUE(doer_of(with));
  EXPECT_TRUE(doer_of(with)->starts_with("Länsstyrelsen har i samarbete"));
  EXPECT_FALSE(read_sentence(rules(), with).partners_from.empty());
  // Adverbials split the verb from its particle: "tog ... fram".
  EXPECT_EQ(doer_of("Länsstyrelsen tog 2020 i samverkan med Region Värmland fram ett kunskapsstöd."),
            "Länsstyrelsen ");
  // Too far apart, the words are no phrase.
  EXPECT_EQ(role_of("Hon tog upp frågan om stödet till de som vill lämna sexhandeln i länet "
                    "och i landet fram till 2025."),
            std::nullopt);
  // A passive names what was done, not who did it.
  const auto passive = read_sentence(rules(), "En länsgemensam rutin genomfördes under hösten.");
  EXPECT_EQ(passive.role, Role::activity);
  EXPECT_FALSE(passive.subject_end);
}

TEST(PlanGrammarTest, SpreadPhrasesAreFoundWhetherTheirFirstWordIsAPatternOrAWord) {
  // The spread phrases are looked up by first word as the other lists are; a
  // first word ending in '*' is tried at every word.
  const std::string_view sentence =
      "Länsstyrelsen tog 2020 i samverkan med Region Värmland fram ett kunskapsstöd.";
  const auto doer_with = [&](std::vector<codebook::Phrase> phrases) -> std::string {
    codebook::ChainRules spread = rules();
    spread.past_activity_active = std::move(phrases);
    const auto reading = PlanGrammar(spread).read(sentence);
    if (reading.role != Role::activity || !reading.subject_end) return "(none)";
    return std::string(sentence.substr(0, *reading.subject_end));
  };
  EXPECT_EQ(doer_with({{"tog", "fram"}}), "Länsstyrelsen ");
  EXPECT_EQ(doer_with({{"to*", "fram"}}), "Länsstyrelsen ");
  EXPECT_EQ(doer_with({{"ta*", "fram"}}), "(none)");
  EXPECT_EQ(doer_with({{"tog", "upp"}}), "(none)");
}

TEST(PlanGrammarTest, ASentenceReadAgainReadsAsTheFirstTime) {
  // PlanGrammar keeps its readings by sentence and by whether a list
  // follows; each reading must equal a fresh grammar's.
  const auto same = [](const SentenceReading& a, const SentenceReading& b) {
    return a.role == b.role && a.lead_in == b.lead_in && a.not_an_element == b.not_an_element &&
           a.no_goal == b.no_goal && a.about_plan == b.about_plan && a.subject_end == b.subject_end &&
           a.partners_from == b.partners_from && a.assignees_from == b.assignees_from;
  };
  const std::vector<std::string> sentences = {
      "Länsstyrelsen ska:",
      "Länsstyrelserna ska",
      "Polisen ska i samverkan med kommunerna genomföra insatser.",
      "Länsstyrelsen tog 2020 i samverkan med Region Värmland fram ett kunskapsstöd.",
      "Rekvisitionen ska lämnas senast den 1 december.",
  };
  const PlanGrammar grammar(rules());
  for (int round = 0; round < 2; ++round) {
    for (const std::string& sentence : sentences) {
      for (const bool list_follows : {false, true}) {
        EXPECT_TRUE(same(grammar.read(sentence, list_follows),
                         PlanGrammar(rules()).read(sentence, list_follows)))
            << sentence << " " << list_follows;
      }
    }
  }
  // The list after it decides "Länsstyrelserna ska" alone: read both ways
  // from one grammar, in either order.
  EXPECT_TRUE(grammar.read("Länsstyrelserna ska", true).lead_in);
  EXPECT_FALSE(grammar.read("Länsstyrelserna ska", false).lead_in);
}

TEST(PlanGrammarTest, CarryingOutTheWorkItselfIsAResponsibility) {
  EXPECT_EQ(role_of("Länsstyrelserna ska genomföra uppdraget i samverkan med "
                    "regionkoordinatorerna och Polismyndigheten."),
            Role::responsibility);
  EXPECT_EQ(role_of("Socialtjänsten ska genomföra handlingsplanen."), Role::responsibility);
  EXPECT_EQ(role_of("Länsstyrelserna ska genomföra utbildningar om uppdraget."), Role::activity);
}

TEST(PlanGrammarTest, PartnersFollowEveryPartnerPhrase) {
  const std::string_view text =
      "Länsstyrelsen ska i samverkan med polisen och i samarbete med Migrationsverket "
      "genomföra en insatsvecka med stöd av regionkoordinatorn.";
  const auto reading = read_sentence(rules(), text);
  EXPECT_EQ(reading.role, Role::activity);
  ASSERT_EQ(reading.partners_from.size(), 3u);
  EXPECT_TRUE(text.substr(reading.partners_from[0]).starts_with("polisen"));
  EXPECT_TRUE(text.substr(reading.partners_from[1]).starts_with("Migrationsverket"));
  EXPECT_TRUE(text.substr(reading.partners_from[2]).starts_with("regionkoordinatorn"));
  EXPECT_EQ(text.substr(0, *reading.subject_end), "Länsstyrelsen ");
}

TEST(PlanGrammarTest, TheFirstListedPhraseWinsWhetherItsFirstWordIsAPatternOrAWord) {
  // The indexed lists answer as codebook::phrase_at over the whole list does:
  // the first phrase in the codebook's order starting at the word, whether
  // its first word is a pattern ("samverk*") or a word ("samverkan"). The
  // phrase found decides where the partners' names begin.
  const std::string sentence = "Polisen ska i samverkan med kommunerna genomföra insatser.";
  const auto partners_after = [&](std::vector<codebook::Phrase> phrases) {
    codebook::ChainRules partners = rules();
    partners.partner_phrases = std::move(phrases);
    const auto reading = PlanGrammar(partners).read(sentence);
    EXPECT_EQ(reading.role, Role::activity);
    if (reading.partners_from.size() != 1) return std::string("(none)");
    const std::string_view rest = std::string_view(sentence).substr(reading.partners_from[0]);
    return std::string(rest.substr(0, rest.find(' ')));
  };
  EXPECT_EQ(partners_after({{"samverk*", "med"}, {"samverkan"}}), "kommunerna");
  EXPECT_EQ(partners_after({{"samverkan"}, {"samverk*", "med"}}), "med");
  EXPECT_EQ(partners_after({{"samverkan", "med"}, {"samverk*"}}), "kommunerna");
  EXPECT_EQ(partners_after({{"samverkan", "utan"}, {"samverk*"}}), "med");
}

// A report states its goal in the past, "skulle" and all: a goal, whatever
// the verbs after it say.
TEST(PlanGrammarTest, AGoalOpeningMakesAGoalInThePastToo) {
  EXPECT_EQ(read_sentence(rules(), "Målet för året var att yrkesverksamma skulle ha kunskap.").role,
            Role::goal);
  EXPECT_EQ(read_sentence(rules(), "Målet är att kommunerna ska erbjuda stödsamtal.").role, Role::goal);
  EXPECT_NE(read_sentence(rules(), "Målet för året genomfördes inte.").role, Role::goal);
}

// "För att nå mål 2 ska ...": the number of the goal the sentence serves,
// and where the subject after the obligation starts.
TEST(PlanGrammarTest, AGoalReferenceGivesTheGoalsNumber) {
  using Form = GoalReference::Form;
  const std::string sentence = "För att nå mål 2.1 ska Polisen genomföra insatsveckor.";
  const auto reading = read_sentence(rules(), sentence);
  EXPECT_EQ(reading.goal_references, (std::vector<GoalReference>{{"2.1", Form::named}}));
  EXPECT_EQ(reading.role, Role::activity);
  ASSERT_TRUE(reading.after_obligation.has_value());
  EXPECT_EQ(sentence.substr(*reading.after_obligation, 7), "Polisen");
  EXPECT_TRUE(read_sentence(rules(), "För att nå målet ska vi genomföra en utbildning.").goal_references.empty());
  const auto lead = read_sentence(rules(), "För att nå mål 1 ska länsstyrelsen:", true);
  EXPECT_TRUE(lead.lead_in);
  EXPECT_EQ(lead.goal_references, (std::vector<GoalReference>{{"1", Form::named}}));
  EXPECT_EQ(read_sentence(rules(), "För att nå mål 1 och 3 ska kommunen anordna en konferens.").goal_references,
            (std::vector<GoalReference>{{"1", Form::named}, {"3", Form::named}}));
}

// A line of nothing but the reference and the goals' numbers says which
// goal the block above it serves; one with more words is a sentence.
TEST(PlanGrammarTest, ALineOfOnlyAGoalReferenceSaysSo) {
  EXPECT_TRUE(read_sentence(rules(), "Kopplat till mål: 3").reference_only);
  EXPECT_TRUE(read_sentence(rules(), "Bidrar till mål 1 och 2").reference_only);
  EXPECT_FALSE(read_sentence(rules(), "För att nå mål 1 ska kommunen anordna en konferens.").reference_only);
  EXPECT_FALSE(read_sentence(rules(), "Samtalsstöd erbjuds i hela länet (delmål 1).").reference_only);
}

// Items that name the goal they serve in brackets, with or without the
// goal's label, one goal or several; the element's words end before it.
TEST(PlanGrammarTest, ABracketedReferenceNamesTheGoalsItServes) {
  using Form = GoalReference::Form;
  const std::string item = "anordna en konferens om sexköp för socialtjänsten (mål 2 och 4),";
  const auto reading = read_sentence(rules(), item);
  EXPECT_EQ(reading.goal_references, (std::vector<GoalReference>{{"2", Form::named}, {"4", Form::named}}));
  ASSERT_TRUE(reading.reference_tail.has_value());
  EXPECT_EQ(item.substr(*reading.reference_tail), "(mål 2 och 4),");
  EXPECT_EQ(read_sentence(rules(), "Utbildning för skolkuratorer [3.1] Ansvar: kommunerna").goal_references,
            (std::vector<GoalReference>{{"3.1", Form::bare}}));
  EXPECT_EQ(read_sentence(rules(), "Samtalsstöd erbjuds i hela länet (delmål 1, 2 och 5).").goal_references,
            (std::vector<GoalReference>{{"1", Form::named}, {"2", Form::named}, {"5", Form::named}}));
  // Brackets that hold other words name no goal.
  EXPECT_TRUE(read_sentence(rules(), "Polisen ska anordna en konferens (se bilaga 2).").goal_references.empty());
  EXPECT_TRUE(read_sentence(rules(), "Enligt lagen (2018:1197) ska barn ha stöd.").goal_references.empty());
  // A goal's label and a colon state a target value, and letters number goals.
  const auto target = read_sentence(rules(), "antal utbildade socialsekreterare (mål: 40 av 40).");
  EXPECT_TRUE(target.goal_references.empty());
  EXPECT_FALSE(target.reference_tail.has_value());
  EXPECT_EQ(read_sentence(rules(), "anordna en kampanj mot sexköp (mål B och D2)").goal_references,
            (std::vector<GoalReference>{{"b", Form::named}, {"d2", Form::named}}));
  // Goals lettered a), b), ... named by letter after the goal's label; a
  // letter alone in brackets names none.
  EXPECT_EQ(read_sentence(rules(), "antal besök på mottagningen (mål a och c)").goal_references,
            (std::vector<GoalReference>{{"a", Form::named}, {"c", Form::named}}));
  EXPECT_TRUE(read_sentence(rules(), "antal besök på mottagningen (a)").goal_references.empty());
}

// "4.2 Antal ärenden ...": a goal's number of two parts leading a line; a
// single number or a year does not.
TEST(PlanGrammarTest, ANumberLeadingTheSentenceNamesAGoal) {
  EXPECT_EQ(read_sentence(rules(), "4.2 Andel kommuner med en rutin för prostitution.").goal_references,
            (std::vector<GoalReference>{{"4.2", GoalReference::Form::leading}}));
  EXPECT_TRUE(read_sentence(rules(), "2025 ska alla kommuner ha en rutin.").goal_references.empty());
  EXPECT_TRUE(read_sentence(rules(), "3 kommuner har en rutin.").goal_references.empty());
}

// A sentence left open on a lead-in ending over a list leads it as one with
// a colon does: commitments in an agreement, responsibilities.
TEST(PlanGrammarTest, ALineLeftOpenOverAListIsALeadIn) {
  EXPECT_TRUE(read_sentence(rules(), "Regionen åtar sig att", true).lead_in);
  EXPECT_TRUE(read_sentence(rules(), "Kommunen förbinder sig att", true).lead_in);
  EXPECT_TRUE(read_sentence(rules(), "Socialnämnden ansvarar för att", true).lead_in);
  EXPECT_TRUE(read_sentence(rules(), "Polisen kommer att arbeta med följande", true).lead_in);
  // Without a list after it, or ended, it leads nothing.
  EXPECT_FALSE(read_sentence(rules(), "Regionen åtar sig att", false).lead_in);
  EXPECT_FALSE(read_sentence(rules(), "Regionen åtar sig att stödja kommunerna.", true).lead_in);
}

// A vision states a direction, no goal; a sentence that says how the goal
// before it is reached is what is done for it, whatever its verbs.
TEST(PlanGrammarTest, AVisionIsNoGoalAndTheWayThereServesTheGoalBefore) {
  EXPECT_TRUE(read_sentence(rules(), "Visionen är ett län där ingen utnyttjas i prostitution.").no_goal);
  EXPECT_TRUE(read_sentence(rules(), "Vår vision är att ingen ska köpa sex.").no_goal);
  EXPECT_FALSE(read_sentence(rules(), "Efterfrågan på sexuella tjänster ska minska.").no_goal);
  EXPECT_TRUE(read_sentence(rules(), "För att nå dit ska kommunen utbilda all personal.").serves_goal_before);
  EXPECT_TRUE(read_sentence(rules(), "För att uppnå detta ska fler ha kunskap.").serves_goal_before);
  EXPECT_FALSE(read_sentence(rules(), "Kommunen ska utbilda all personal för att nå dit.").serves_goal_before);
}

// Someone's view of the situation, before any obligation, is neither goal
// nor task, whatever verbs its clauses hold.
TEST(PlanGrammarTest, AnAssessmentOfTheSituationIsNoGoalNorActivity) {
  const auto view = read_sentence(rules(), "Kommunens bedömning är att sexköpen har ökat sedan polisen genomförde sin insats.");
  EXPECT_TRUE(view.assessment);
  EXPECT_FALSE(view.role);
  EXPECT_TRUE(read_sentence(rules(), "Polisen bedömer att efterfrågan kommer att minska.").assessment);
  const auto task = read_sentence(rules(), "Socialtjänsten ska erbjuda stöd när den bedömer att det behövs.");
  EXPECT_FALSE(task.assessment);
  EXPECT_EQ(task.role, Role::activity);
}

// A figure of people before an active past verb is a result, not a deed; a
// year there is when it was done.
TEST(PlanGrammarTest, AFigureBeforeAPastVerbIsAResult) {
  const auto result = read_sentence(rules(), "118 personer genomförde kursen.");
  EXPECT_TRUE(result.result);
  EXPECT_EQ(result.role, Role::follow_up);
  const auto deed = read_sentence(rules(), "2019 genomförde länsstyrelsen en utbildning.");
  EXPECT_FALSE(deed.result);
  EXPECT_EQ(deed.role, Role::activity);
}

// "genomfördes ... av Polisen": the agent of a passive did it.
TEST(PlanGrammarTest, ThePassiveAgentIsNamed) {
  const std::string sentence = "En insatsvecka genomfördes i februari av Polisen i Östersund.";
  const auto reading = read_sentence(rules(), sentence);
  EXPECT_EQ(reading.role, Role::activity);
  ASSERT_EQ(reading.assignees_from.size(), 1u);
  EXPECT_EQ(sentence.substr(reading.assignees_from[0], 7), "Polisen");
  // An assignment's agent gave it: the subject ends before "av".
  const std::string given = "Länsstyrelsen har av Migrationsverket fått i uppdrag att kartlägga.";
  const auto assignment = read_sentence(rules(), given);
  EXPECT_EQ(assignment.role, Role::activity);
  ASSERT_TRUE(assignment.subject_end.has_value());
  EXPECT_EQ(given.substr(0, *assignment.subject_end), "Länsstyrelsen har ");
  // "av" before the verb names what was done.
  EXPECT_TRUE(read_sentence(rules(), "Utbildning av polisen genomfördes.").assignees_from.empty());
}

// Carrying out the assignment itself names who does the whole plan.
TEST(PlanGrammarTest, TheWorkItselfIsTheWholePlans) {
  const auto reading = read_sentence(rules(), "Uppdraget ska genomföras i samverkan med polisen.");
  EXPECT_EQ(reading.role, Role::responsibility);
  EXPECT_TRUE(reading.whole_plan);
  EXPECT_FALSE(read_sentence(rules(), "Polisen ska genomföra en kampanj.").whole_plan);
}

TEST(PlanGrammarTest, DeedsAndPendingIndicatorsAreRecognisedAtTheStart) {
  const PlanGrammar grammar(rules());
  EXPECT_TRUE(grammar.opens_with_deed("Genomföra en kampanj mot sexköp."));
  EXPECT_FALSE(grammar.opens_with_deed("Fler sexköpare ska genomföra samtal."));
  EXPECT_TRUE(grammar.is_pending_indicator("tas fram under 2025."));
  EXPECT_TRUE(grammar.is_pending_indicator("Saknas."));
  EXPECT_FALSE(grammar.is_pending_indicator("Antal ärenden som tas fram."));
}

// An intention serves as the obligation, its words apart: what follows it
// decides as after "ska".
TEST(PlanGrammarTest, AnIntentionServesAsTheObligation) {
  const auto reading = read_sentence(rules(), "Regionen kommer under hösten 2026 att anordna en konferens.");
  EXPECT_EQ(reading.role, Role::activity);
  ASSERT_TRUE(reading.subject_end);
  EXPECT_EQ(*reading.subject_end, std::string_view("Regionen ").size());
  EXPECT_EQ(role_of("Kommunen avser att utbilda all personal i socialtjänsten."), Role::activity);
  EXPECT_EQ(role_of("Antalet anmälningar kommer sannolikt att öka."), Role::goal);
  EXPECT_EQ(role_of("Personer som kommer i kontakt med socialtjänsten får stöd."), std::nullopt);
}

// "Totalt deltog 164 personer": the figure after the verb; "Länsstyrelsen
// genomförde 12 utbildningar" has one too, and the codes say whether anyone
// is named before the verb.
TEST(PlanGrammarTest, AFigureAfterAPastVerbIsMarked) {
  EXPECT_TRUE(read_sentence(rules(), "Sammanlagt genomförde 40 kommuner insatsen.").figure_after_verb);
  EXPECT_TRUE(read_sentence(rules(), "Länsstyrelsen genomförde 12 utbildningar.").figure_after_verb);
  EXPECT_FALSE(read_sentence(rules(), "Under 2023 genomförde länsstyrelsen en utbildning.").figure_after_verb);
  EXPECT_FALSE(read_sentence(rules(), "Genomförde 2023 en utbildning.").figure_after_verb);  // the year
}

}  // namespace
}  // namespace goalchain::chain
