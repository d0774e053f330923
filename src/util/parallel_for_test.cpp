#include "goalchain/util/parallel_for.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace goalchain::util {
namespace {

TEST(ParallelForTest, EveryIndexRunsExactlyOnceForAnyNumberOfJobs) {
  for (const unsigned jobs : {0u, 1u, 2u, 3u, 8u}) {
    std::vector<int> runs(101, 0);
    parallel_for(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    EXPECT_EQ(runs, std::vector<int>(101, 1)) << jobs;
  }
  int calls = 0;
  parallel_for(0, 4, [&](std::size_t) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(ParallelForTest, OneJobRunsInOrderOnTheCallingThread) {
  std::vector<std::size_t> order;
  parallel_for(5, 1, [&](std::size_t i) { order.push_back(i); });
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
}

TEST(ParallelForTest, AnExceptionIsRethrownAfterTheOthersRan) {
  std::atomic<int> done{0};
  EXPECT_THROW(parallel_for(20, 3,
                            [&](std::size_t i) {
                              if (i == 7) throw std::runtime_error("seven");
                              ++done;
                            }),
               std::runtime_error);
  EXPECT_EQ(done.load(), 19);
}

}  // namespace
}  // namespace goalchain::util
