#include "goalchain/util/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace goalchain::util {
namespace {

// Later items are quicker, so on several threads they finish out of order.
void wait_for(std::size_t i, std::size_t count) {
  std::this_thread::sleep_for(std::chrono::microseconds(50 * (count - i)));
}

TEST(OrderedPipelineTest, ConsumesEveryResultInInputOrderWhateverTheJobs) {
  for (const unsigned jobs : {1u, 2u, 4u, 8u}) {
    constexpr std::size_t count = 200;
    std::vector<std::size_t> consumed;
    produce_in_order<std::string>(
        count, jobs, 3,
        [&](std::size_t i) {
          wait_for(i % 20, 20);
          return std::to_string(i * i);
        },
        [&](std::size_t i, std::string value) {
          EXPECT_EQ(value, std::to_string(i * i));
          consumed.push_back(i);
        });
    ASSERT_EQ(consumed.size(), count) << jobs << " jobs";
    for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(consumed[i], i) << jobs << " jobs";
  }
}

TEST(OrderedPipelineTest, HoldsNoMoreThanTheWindowAheadOfTheNextOneConsumed) {
  constexpr std::size_t count = 300;
  constexpr std::size_t window = 4;
  constexpr unsigned jobs = 4;
  std::atomic<std::size_t> started{0};
  std::atomic<std::size_t> consumed{0};
  std::atomic<std::size_t> most_ahead{0};
  std::atomic<int> alive{0};
  std::atomic<int> most_alive{0};
  struct Counted {  // counts the values in existence
    explicit Counted(std::atomic<int>& n) : alive(&n) { note(); }
    Counted(Counted&& other) noexcept : alive(other.alive) { other.alive = nullptr; }
    Counted& operator=(Counted&&) = delete;
    ~Counted() {
      if (alive != nullptr) --*alive;
    }
    void note() { ++*alive; }
    std::atomic<int>* alive;
  };
  produce_in_order<Counted>(
      count, jobs, window,
      [&](std::size_t i) {
        const std::size_t ahead = ++started - consumed.load();
        std::size_t seen = most_ahead.load();
        while (ahead > seen && !most_ahead.compare_exchange_weak(seen, ahead)) {
        }
        wait_for(i % 7, 7);
        Counted value(alive);
        int now = alive.load();
        int top = most_alive.load();
        while (now > top && !most_alive.compare_exchange_weak(top, now)) {
        }
        return value;
      },
      [&](std::size_t, Counted) { ++consumed; });
  EXPECT_EQ(consumed.load(), count);
  EXPECT_EQ(alive.load(), 0);
  EXPECT_LE(most_ahead.load(), window);
  EXPECT_LE(most_alive.load(), static_cast<int>(window + jobs));
}

TEST(OrderedPipelineTest, StopsAndRethrowsWhenProducingFails) {
  std::vector<std::size_t> consumed;
  EXPECT_THROW(produce_in_order<int>(
                   100, 3, 2,
                   [](std::size_t i) -> int {
                     if (i == 10) throw std::runtime_error("item 10");
                     return static_cast<int>(i);
                   },
                   [&](std::size_t i, int) { consumed.push_back(i); }),
               std::runtime_error);
  EXPECT_LE(consumed.size(), 10u);
  for (std::size_t i = 0; i < consumed.size(); ++i) EXPECT_EQ(consumed[i], i);
}

TEST(OrderedPipelineTest, StopsAndRethrowsWhenConsumingFails) {
  std::atomic<std::size_t> produced{0};
  EXPECT_THROW(produce_in_order<int>(
                   1000, 2, 2,
                   [&](std::size_t i) {
                     ++produced;
                     return static_cast<int>(i);
                   },
                   [](std::size_t i, int) {
                     if (i == 5) throw std::runtime_error("disk full");
                   }),
               std::runtime_error);
  EXPECT_LT(produced.load(), 20u);
}

}  // namespace
}  // namespace goalchain::util
