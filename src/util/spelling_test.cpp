#include "goalchain/util/spelling.h"

#include <gtest/gtest.h>

namespace goalchain::util {
namespace {

TEST(SpellingTest, CountsEditsInCharacters) {
  EXPECT_EQ(edit_distance("Västmanland", "Västmanland"), 0u);
  EXPECT_EQ(edit_distance("Västmanlnad", "Västmanland"), 1u);  // swapped neighbours
  EXPECT_EQ(edit_distance("Vastmanland", "Västmanland"), 1u);  // one character, two bytes
  EXPECT_EQ(edit_distance("KEYWORDS", "keywords"), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(SpellingTest, SuggestsOnlyPlausibleTypos) {
  const std::vector<std::string> keys = {"id", "label", "parent", "keywords", "description"};
  EXPECT_EQ(suggest_closest("keyword", keys), "keywords");
  EXPECT_EQ(suggest_closest("lable", keys), "label");
  EXPECT_EQ(suggest_closest("colour", keys), std::nullopt);
  EXPECT_EQ(suggest_closest("x", {}), std::nullopt);
}

TEST(SpellingTest, TiesGoToTheCandidateWrittenInTheSameCase) {
  // "ns" and "NS1" are both one edit from "NS5" without regard to case; the
  // code written like it is the better guess, whatever the order.
  EXPECT_EQ(suggest_closest("NS5", {"ns", "NS1", "NS2"}), "NS1");
  EXPECT_EQ(suggest_closest("ns5", {"NS1", "ns"}), "ns");
  // Otherwise the first of equals.
  EXPECT_EQ(suggest_closest("lable", {"label", "table"}), "label");
}

}  // namespace
}  // namespace goalchain::util
