#include "key_overlap.h"

#include <gtest/gtest.h>

namespace goalchain::chain {
namespace {

TEST(KeyOverlapTest, CountsEachHoldersSharedKeysOnce) {
  KeyOverlap<int> holders;
  for (const char* key : {"samt", "stöd", "samt"}) holders.add(key, 1);  // a repeat counts once
  for (const char* key : {"utbi", "stöd"}) holders.add(key, 2);
  const auto shared = holders.shared({"samt", "stöd", "hote"}, 5);
  EXPECT_EQ(shared, (std::map<int, std::size_t>{{1, 2}, {2, 1}}));
  EXPECT_EQ(most_shared(shared), 2u);
}

TEST(KeyOverlapTest, AKeyHeldByMoreThanCommonHoldersSaysNothing) {
  KeyOverlap<int> holders;
  for (int holder = 0; holder < 3; ++holder) holders.add("arbe", holder);
  holders.add("kart", 1);
  const auto shared = holders.shared({"arbe", "kart"}, 2);
  EXPECT_EQ(shared, (std::map<int, std::size_t>{{1, 1}}));
  EXPECT_EQ(most_shared(std::map<int, std::size_t>{}), 0u);
}

}  // namespace
}  // namespace goalchain::chain
