#include "question_labels.h"

#include "chain_test_fixture.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

class QuestionLabelsTest : public ChainTest {
 protected:
  static const codebook::ChainRules& rules() { return *codebook_->chains; }
};

TEST_F(QuestionLabelsTest, AQuestionOfTheCodebookNamesTheRoleOfItsAnswers) {
  EXPECT_EQ(question_label(rules(), "Vad ska göras?")->role, Role::activity);
  EXPECT_EQ(question_label(rules(), "Vad ska göras under året?")->role, Role::activity);
  EXPECT_EQ(question_label(rules(), "Vem ansvarar? ")->role, Role::responsibility);
  EXPECT_EQ(question_label(rules(), "När?")->role, std::nullopt);  // a column of no element
  EXPECT_FALSE(question_label(rules(), "Vad ska göras"));          // no question mark
  EXPECT_FALSE(question_label(rules(), "Vad ska göras för att kvinnor i prostitution ska få stöd i tid?"));
  EXPECT_FALSE(question_label(rules(), "Varför köper män sex?"));
}

TEST_F(QuestionLabelsTest, AQuestionRunOnToTheLineBeforeIsFoundAtItsCapital) {
  const std::string_view joined = "Mål 4. Fler unga ska få stöd Vad vill vi uppnå?";
  EXPECT_EQ(question_tail(rules(), joined), joined.find("Vad"));
  EXPECT_FALSE(question_tail(rules(), "Mål 4. Fler unga ska få stöd vad vill vi uppnå?"));
  EXPECT_FALSE(question_tail(rules(), "Vad vill vi uppnå?"));
}

// A plan that sets the same questions over every goal: the answers take the
// questions' roles, the questions are no elements, and the numbered goal
// line above only heads the goal its first answer states.
TEST_F(QuestionLabelsTest, AnswersTakeTheRoleOfTheQuestionAboveThem) {
  const auto chains = chains_of(
      "Mål och insatser\n\n"
      "Mål 1. Stöd till personer i prostitution\n"
      "Vad vill vi uppnå?\n"
      "Att den som säljer sex får hjälp att sluta.\n"
      "Vad ska göras?\n"
      "• Samtalsstöd för personer i prostitution på mottagningen\n"
      "• Socialtjänsten ska erbjuda stöd med boende till den som utnyttjas i prostitution.\n"
      "Vem ansvarar?\n"
      "Socialtjänsten tillsammans med Polisen.\n"
      "När?\n"
      "Under hela perioden.\n"
      "Hur följer vi upp?\n"
      "Antal personer som fått samtalsstöd.\n");
  ASSERT_EQ(chains.size(), 1u);
  ASSERT_EQ(chains[0].goal.size(), 1u);
  EXPECT_EQ(chains[0].goal[0].text, "Att den som säljer sex får hjälp att sluta.");
  ASSERT_EQ(chains[0].activities.size(), 2u);
  ASSERT_EQ(chains[0].indicators.size(), 1u);
  EXPECT_EQ(chains[0].indicators[0].text, "Antal personer som fått samtalsstöd.");
  EXPECT_EQ(actor_codes(chains[0]), (std::vector<std::string>{"actor.police", "actor.social_services"}));
}

TEST_F(QuestionLabelsTest, AHeadingEndsWhatAQuestionHeads) {
  const auto chains = chains_of(
      "Mål 1. Stöd till personer i prostitution\n"
      "Vem ansvarar?\n"
      "Socialtjänsten.\n\n"
      "Uppföljning av prostitution\n\n"
      "Länsstyrelsen ska genomföra en kartläggning av prostitution.\n");
  ASSERT_EQ(chains.size(), 2u);
  EXPECT_TRUE(chains[1].goal.empty());
  EXPECT_EQ(chains[1].activities.size(), 1u);
}

}  // namespace
}  // namespace goalchain::chain
