#include "responsibility_appendix.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

// Words meet by their first letters, so that a task named in a noun meets
// the verb or compound of the activity; short and linking words say nothing.
TEST(ResponsibilityAppendixTest, WordsMeetByTheirFirstLetters) {
  const std::vector<std::string> linking = {"och", "samt", "till"};
  EXPECT_EQ(task_word_key("samtalsstöd", linking), task_word_key("samtal", linking));
  EXPECT_EQ(task_word_key("information", linking), task_word_key("informera", linking));
  EXPECT_EQ(task_word_key("frågor", linking), task_word_key("fråga", linking));
  EXPECT_NE(task_word_key("rutin", linking), task_word_key("samtal", linking));
  EXPECT_TRUE(task_word_key("sex", linking).empty());
  EXPECT_TRUE(task_word_key("samt", linking).empty());
  EXPECT_TRUE(task_word_key("till", linking).empty());
}

}  // namespace
}  // namespace goalchain::chain
