#include "goalchain/document/field_labels.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

TEST(FieldLabelsTest, LabelLinesHaveOneOrTwoWordsBeforeTheColon) {
  EXPECT_TRUE(is_label_line("Ansvarig: Polismyndigheten"));
  EXPECT_TRUE(is_label_line("Aktivitet 1.1: Utbildning"));
  EXPECT_TRUE(is_label_line("Mål:"));
  EXPECT_FALSE(is_label_line("Grupper som bedöms särskilt utsatta är: unga"));
  EXPECT_FALSE(is_label_line("Mål:inget mellanslag"));
  EXPECT_FALSE(is_label_line("klockan 10:30"));
}

TEST(FieldLabelsTest, ALabelAloneIsItsWordsWithoutTheColon) {
  EXPECT_EQ(label_alone("Aktiviteter:"), "Aktiviteter");
  EXPECT_EQ(label_alone("  Mål och mått: "), "Mål och mått");
  EXPECT_EQ(label_alone("Ansvarig: Polisen"), "");      // a value after it
  EXPECT_EQ(label_alone("En lång rad med fyra ord:"), "");  // a sentence before a list
  EXPECT_EQ(label_alone("aktiviteter:"), "");           // lower case
  EXPECT_EQ(label_alone("Aktiviteter"), "");
}

TEST(FieldLabelsTest, AQuestionAloneOnItsLine) {
  EXPECT_TRUE(is_question_line("Vad ska göras?"));
  EXPECT_TRUE(is_question_line("  Vem ansvarar för uppföljningen?  "));
  EXPECT_TRUE(is_question_line("Who is responsible?"));
  EXPECT_FALSE(is_question_line("vad ska göras?"));  // no capital: a sentence's tail
  EXPECT_FALSE(is_question_line("Vad ska göras"));
  EXPECT_FALSE(is_question_line("Hur många av dem som utsätts för människohandel i länet får i dag det stöd de behöver?"));
}
}  // namespace
}  // namespace goalchain::document
