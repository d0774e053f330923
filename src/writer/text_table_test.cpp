#include "goalchain/writer/text_table.h"

#include <gtest/gtest.h>

namespace goalchain::writer {
namespace {

TEST(TextTableTest, PadsTheFirstColumnRightAndTheOthersLeftByCodePoints) {
  const auto lines = align_columns({{"plan", "recall"}, {"Örebro", "1"}, {"ab", "0.500"}});
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "plan    recall");
  EXPECT_EQ(lines[1], "Örebro       1");
  EXPECT_EQ(lines[2], "ab       0.500");
}

TEST(TextTableTest, DropsTrailingSpacesOfShortRows) {
  const auto lines = align_columns({{"a", "b"}, {"long"}});
  EXPECT_EQ(lines[1], "long");
  EXPECT_EQ(lines[0], "a     b");
}

}  // namespace
}  // namespace goalchain::writer
