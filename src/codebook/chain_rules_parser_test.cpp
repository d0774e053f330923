#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/codebook_parser.h"

#include <gtest/gtest.h>

namespace goalchain::codebook {
namespace {

constexpr const char* kHead = R"(goalchain_codebook: 1
name: r
codes:
  - id: pmh
    label: PMH
    keywords: [prostitution]
)";

ParsedCodebook parsed(const std::string& sections) {
  return parse_codebook_with_diagnostics(std::string(kHead) + sections, "r.yaml");
}

TEST(ChainRulesParserTest, ReadsEveryRuleFoldedWithItsCodes) {
  const auto book = parse_codebook(std::string(kHead) + R"(chains:
  topic: pmh
  roles: {goal: pmh}
  national_goals: {pmh: 2}
  labels: {goal: [Mål, Delmål], activity: [Insats]}
  obligation: [Ska]
  goal_verbs: [Minska, bidra till att]
  activity_verbs: ["genomför*"]
  verb_window: 5
  partners: [I samverkan med]
profile:
  topic: pmh
  places: {internet: pmh, street: null}
)");
  ASSERT_TRUE(book.chains);
  const ChainRules& rules = *book.chains;
  EXPECT_EQ(rules.topic, "pmh");
  ASSERT_EQ(rules.role_codes.size(), 1u);
  EXPECT_EQ(rules.role_codes[0], (std::pair<ChainRole, std::string>{ChainRole::goal, "pmh"}));
  EXPECT_EQ(rules.national_goals, (std::vector<std::pair<std::string, int>>{{"pmh", 2}}));
  EXPECT_EQ(rules.field_labels.size(), 3u);
  EXPECT_EQ(rules.field_labels[0].first, "mål");
  EXPECT_EQ(rules.obligation_words, std::vector<std::string>{"ska"});
  EXPECT_EQ(rules.goal_verbs[1], (Phrase{"bidra", "till", "att"}));
  EXPECT_EQ(rules.activity_verbs[0], Phrase{"genomför*"});
  EXPECT_EQ(rules.partner_phrases[0], (Phrase{"i", "samverkan", "med"}));
  EXPECT_EQ(rules.verb_window, 5);
  // Every code named, with its place, for lint.
  ASSERT_EQ(rules.named_codes.size(), 3u);
  EXPECT_EQ(rules.named_codes[0].rule, "chains.topic");
  EXPECT_EQ(rules.named_codes[0].line, 8);
  EXPECT_EQ(rules.named_codes[0].column, 10);
  ASSERT_TRUE(book.profile);
  EXPECT_EQ(book.profile->places,
            (std::vector<std::pair<std::string, std::string>>{{"internet", "pmh"}, {"street", ""}}));
}

TEST(ChainRulesParserTest, ReadsTheRulesOfReportsPreamblesAndTables) {
  const auto book = parse_codebook(std::string(kHead) + R"(chains:
  topic: pmh
  roles: {goal: pmh}
  past_activity_active: [Genomförde, har genomfört]
  work_itself: [Uppdraget]
  preamble_labels: [Inledning, Sammanfattning]
  table_other_columns: [Tidplan]
  sub_goal_labels: [Delmål, Effektmål]
  result_labels: [Resultat, Utfall]
  other_topics: [Hedersrelaterat, våld i nära relation*]
  goal_openings: [Målet var att]
  goal_reference: [för att nå mål]
  passive_agent: [av]
  pending_indicator: [tas fram]
  problem_headings: [Så ser det ut, Why this matters]
  intention: [kommer att]
)");
  ASSERT_TRUE(book.chains);
  const ChainRules& rules = *book.chains;
  EXPECT_EQ(rules.goal_openings, (std::vector<Phrase>{{"målet", "var", "att"}}));
  EXPECT_EQ(rules.goal_reference, (std::vector<Phrase>{{"för", "att", "nå", "mål"}}));
  EXPECT_EQ(rules.passive_agent, std::vector<Phrase>{{"av"}});
  EXPECT_EQ(rules.pending_indicator, (std::vector<Phrase>{{"tas", "fram"}}));
  EXPECT_EQ(rules.problem_headings,
            (std::vector<Phrase>{{"så", "ser", "det", "ut"}, {"why", "this", "matters"}}));
  EXPECT_EQ(rules.intention, (std::vector<Phrase>{{"kommer", "att"}}));
  EXPECT_EQ(rules.past_activity_active,
            (std::vector<Phrase>{{"genomförde"}, {"har", "genomfört"}}));
  EXPECT_EQ(rules.work_itself, std::vector<Phrase>{{"uppdraget"}});
  EXPECT_EQ(rules.preamble_labels, (std::vector<std::string>{"inledning", "sammanfattning"}));
  EXPECT_EQ(rules.table_other_columns, std::vector<std::string>{"tidplan"});
  EXPECT_EQ(rules.sub_goal_labels, (std::vector<std::string>{"delmål", "effektmål"}));
  EXPECT_EQ(rules.result_labels, (std::vector<std::string>{"resultat", "utfall"}));
  EXPECT_EQ(rules.other_topics,
            (std::vector<Phrase>{{"hedersrelaterat"}, {"våld", "i", "nära", "relation*"}}));
}

TEST(ChainRulesParserTest, EveryMistakeIsReportedWithItsPlace) {
  const auto result = parsed(R"(chains:
  topic: pmh
  roles: {goal: pmh, aktivitet: pmh}
  obligation: [ska skall]
  goal_verbs: minska
  verb_window: 0
profile: [pmh]
)");
  std::vector<std::pair<int, std::string>> found;
  for (const auto& d : result.diagnostics) found.emplace_back(d.line, d.message);
  const std::vector<std::pair<int, std::string>> expected = {
      {9, "unknown key 'aktivitet' in 'roles'"},
      {10, "'obligation' takes single words"},
      {11, "'goal_verbs' must be a list of words or phrases"},
      {12, "verb_window must be a whole number of at least 1"},
      {13, "'profile' must be a map of rules"},
  };
  EXPECT_EQ(found, expected);
}

TEST(ChainRulesParserTest, ACodebookWithoutTheSectionsHasNoRules) {
  const auto book = parse_codebook(kHead);
  EXPECT_FALSE(book.chains);
  EXPECT_FALSE(book.profile);
}

TEST(ChainRulesParserTest, ReadsTheReportsQuestionsInOrder) {
  const auto book = parse_codebook(std::string(kHead) + R"(profile:
  topic: pmh
  places: {internet: pmh}
  questions:
    - {answer: pmh_mentioned, label: PMH nämns, label_en: PMH mentioned}
    - {answer: place.internet, label: Internet}
)");
  ASSERT_TRUE(book.profile);
  const auto& questions = book.profile->questions;
  ASSERT_EQ(questions.size(), 2u);
  EXPECT_EQ(questions[0].answer, "pmh_mentioned");
  EXPECT_EQ(questions[0].label, "PMH nämns");
  EXPECT_EQ(questions[0].label_en, "PMH mentioned");
  EXPECT_EQ(questions[0].line, 11);
  EXPECT_EQ(questions[1].answer, "place.internet");
  EXPECT_EQ(questions[1].label_en, "");
}

TEST(ChainRulesParserTest, EveryMistakeInTheQuestionsIsReported) {
  const auto result = parsed(R"(profile:
  topic: pmh
  places: {internet: pmh}
  questions:
    - {answer: pmh_mentiond, label: PMH nämns}
    - {answer: place.street, label: Gatan}
    - {answer: chains}
    - {answer: chains, label: Kedjor, lable_en: Chains}
    - pmh_mentioned
)");
  std::vector<std::pair<int, std::string>> found;
  for (const auto& d : result.diagnostics) found.emplace_back(d.line, d.message);
  const std::vector<std::pair<int, std::string>> expected = {
      {11, "unknown answer 'pmh_mentiond'"},
      {12, "unknown answer 'place.street'"},
      {13, "a question has no 'label'"},
      {14, "answer 'chains' is asked twice"},
      {14, "unknown key 'lable_en' in a question"},
      {15, "a question must be a map with 'answer' and 'label'"},
  };
  EXPECT_EQ(found, expected);
  EXPECT_EQ(result.diagnostics.at(0).hint, "did you mean 'pmh_mentioned'?");
}

}  // namespace
}  // namespace goalchain::codebook
