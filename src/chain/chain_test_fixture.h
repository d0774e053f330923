// What the chain finder's unit tests share: a small codebook with a
// `chains:` section like the shipped one's, so that the tests do not move when
// the shipped codebook does, and a fixture that reads and codes a plan with it.
#pragma once

#include "goalchain/chain/chain_finder.h"
#include "goalchain/codebook/matcher.h"
#include "goalchain/coding/document_coder.h"
#include "goalchain/document/text_reader.h"
#include "goalchain/document/yaml_document_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::chain {

// these tests do not move when the shipped codebook does.
inline constexpr const char* kChainTestCodebook = R"(goalchain_codebook: 1
name: chains
layout:
  lead_in_words: [ska, att]
  section_words: [Mål, Lägesbild, Sammanfattning, Insatsområde]
  question_labels: {"Vad vill vi uppnå?": Mål, "Vad gör vi?": Åtgärder, "Vem gör det?": Ansvar,
                    "När?": Tidplan, "Hur vet vi att det fungerar?": Uppföljning}
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
    responsibility: [ansvarig, ansvariga, ansvar, huvudansvarig]
    follow_up: [uppföljning]
  obligation: [ska, skall]
  intention: [kommer att, avser att]
  recommendation: [bör]
  goal_verbs: [ha, minska, öka, kunna, få, leva, stärkas, upptäckas, utveckla, bidra till att]
  activity_verbs: [genomföra, genomföras, anordna, erbjuda, ställa, utbilda, ta fram, sprida]
  past_activity: [genomfördes, har genomförts, bildades]
  past_activity_active: [genomförde, har genomfört, genomfört, samordnar]
  work_itself: [uppdraget, handlingsplanen]
  preamble_labels: [inledning, sammanfattning, förord, om, ordlista]
  table_other_columns: [nr, tidplan, medverkande, när]
  result_labels: [resultat]
  other_topics: [hedersrelaterat, våld i nära relation*]
  sub_goal_labels: [delmål]
  overall_goals: [långsiktigt mål, övergripande mål, syftet]
  nominal_goals: [ökad, minskad, stärkt, effektivare]
  assignment: [i uppdrag att, uppdrar åt, åtagit sig att, åtar sig att]
  partners: [tillsammans med, i samverkan med, i samarbete med, med stöd av]
  deadlines: [senast den, lämnas senast, rekvisition*]
  plan_itself: [handlingsplanen, planen, strategin]
  lead_in_endings: [att, följande]
  goal_openings: [målet är att, målet var att, målet att]
  goal_reference: [för att nå mål, kopplat till mål, bidrar till mål]
  vision_openings: [visionen är, vår vision är]
  assessments: [bedömer att, bedömning är att]
  serves_goal_before: [för att nå dit, för att uppnå detta]
  responsibility_sections: [ansvarsfördelning, roller och ansvar]
  passive_agent: [av]
  decisions: [beslutar, föreslås besluta]
  name_joiners: [och, samt]
  follow_up_labels: [så följer vi upp]
  pending_indicator: [tas fram, saknas]
  problem_headings: [så ser det ut, så ser läget ut, current situation, why this matters]
  follow_up_headings: [så följer vi upp, uppföljning]
  question_labels: {goal: [vad vill vi uppnå], activity: [vad ska göras],
                    responsibility: [vem ansvarar], follow_up: [hur följer vi upp],
                    indicator: [hur vet vi om vi]}
  linking_words: [och, samt, av, för, med, är, sker, ansvarar, ansvarig, ansvariga, ansvar,
                  uppföljning, uppföljningen, följs, följer, upp, som, den, det, de, i, inom,
                  till, genom]
)";

class ChainTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    codebook_ = new codebook::Codebook(codebook::parse_codebook(kChainTestCodebook));
    matcher_ = new codebook::Matcher(*codebook_);
  }
  static void TearDownTestSuite() {
    delete matcher_;
    delete codebook_;
    matcher_ = nullptr;
    codebook_ = nullptr;
  }

  // The document as goalchain code reads and codes it: with the codebook's
  // layout words.
  static document::Document coded_text(const std::string& text) {
    document::ReadOptions options;
    options.layout = &codebook_->layout;
    auto doc = document::read_text_document(text, "plan-2020.txt", options);
    coding::code_document(doc, *matcher_);
    return doc;
  }

  static std::vector<Chain> chains_of(const std::string& text) {
    return find_chains(coded_text(text), *codebook_);
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

}  // namespace goalchain::chain
