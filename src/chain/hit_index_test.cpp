#include "hit_index.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

codebook::Hit hit_at(std::uint32_t code, std::uint32_t begin, std::uint32_t end) {
  codebook::Hit hit;
  hit.code = code;
  hit.begin = begin;
  hit.end = end;
  return hit;
}

TEST(HitIndexTest, GivesTheHitsThatBeginInARange) {
  document::Segment segment;
  segment.text = "Polisen ska genomföra insatsveckor mot sexköp.";
  segment.hits = {hit_at(1, 0, 7), hit_at(2, 22, 34), hit_at(3, 39, 45)};
  HitIndex index;
  const auto hits = index.between(segment, 8, 40);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].code, 2u);
  EXPECT_EQ(hits[1].code, 3u);
  EXPECT_TRUE(index.between(segment, 46, 60).empty());
}

TEST(HitIndexTest, SortsHitsThatCameOutOfOrder) {
  document::Segment segment;
  segment.text = "abcdefghij";
  segment.hits = {hit_at(1, 6, 8), hit_at(2, 0, 2), hit_at(3, 3, 4)};
  HitIndex index;
  const auto hits = index.between(segment, 0, 10);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].code, 2u);
  EXPECT_EQ(hits[1].code, 3u);
  EXPECT_EQ(hits[2].code, 1u);
  // The segment's own hits are left as they were.
  EXPECT_EQ(segment.hits.front().code, 1u);
}

}  // namespace
}  // namespace goalchain::chain
