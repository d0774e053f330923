#include "goalchain/document/list_markers.h"

#include <gtest/gtest.h>

namespace goalchain::document {
namespace {

TEST(ListMarkersTest, BulletsWithTheirWhiteSpace) {
  EXPECT_EQ(bullet_length("\u2022 Punkt"), 4u);
  EXPECT_EQ(bullet_length("- punkt"), 2u);
  EXPECT_EQ(bullet_length("\u2013 punkt"), 4u);
  EXPECT_EQ(bullet_length("\u2022"), 3u);  // a bullet alone on its line
  EXPECT_EQ(bullet_length("-punkt"), 0u);
}

TEST(ListMarkersTest, EnumeratorsButNotPageReferences) {
  EXPECT_EQ(enumerator_length("1. Första"), 3u);
  EXPECT_EQ(enumerator_length("12) Tolfte"), 4u);
  EXPECT_EQ(enumerator_length("a) första"), 3u);
  EXPECT_EQ(enumerator_length("s. 14"), 0u);
  EXPECT_EQ(enumerator_length("2020. Året"), 0u);
  EXPECT_EQ(list_marker_length("Text"), 0u);
}

}  // namespace
}  // namespace goalchain::document
