#include "decision_clauses.h"

#include <gtest/gtest.h>

#include <string>

namespace goalchain::chain {
namespace {

codebook::ChainRules rules() {
  codebook::ChainRules rules;
  rules.decisions = {{"beslutar"}, {"föreslås", "besluta"}};
  rules.linking_words = {"och", "samt", "det"};
  rules.max_subject_words = 12;
  return rules;
}

std::vector<std::string> clauses_of(std::string_view sentence) {
  std::vector<std::string> texts;
  for (const auto& [begin, end] : decision_clauses(rules(), sentence)) {
    texts.emplace_back(sentence.substr(begin, end - begin));
  }
  return texts;
}

TEST(DecisionClausesTest, EachAttClauseAfterACommaIsOneClause) {
  EXPECT_EQ(clauses_of("Nämnden beslutar att ge förvaltningen i uppdrag att hjälpa den som vill göra det, "
                       "att anta rutinen; samt att avslå motionen."),
            (std::vector<std::string>{"att ge förvaltningen i uppdrag att hjälpa den som vill göra det",
                                      "att anta rutinen", "att avslå motionen."}));
  EXPECT_EQ(clauses_of("Kommunstyrelsen föreslås besluta att anta planen, att avsätta medel."),
            (std::vector<std::string>{"att anta planen", "att avsätta medel."}));
}

TEST(DecisionClausesTest, NoDecisionOrOneClauseIsNone) {
  EXPECT_TRUE(clauses_of("Nämnden beslutar att anta planen.").empty());
  EXPECT_TRUE(clauses_of("Polisen ska genomföra insatsveckor, att döma av planen.").empty());
  EXPECT_TRUE(clauses_of("Det var först i maj som nämnden till sist efter en mycket lång och svår "
                         "debatt om pengar beslutar att anta planen, att avsätta medel.")
                  .empty());
}

}  // namespace
}  // namespace goalchain::chain
