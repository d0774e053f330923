#include "goalchain/util/progress_line.h"

#include <gtest/gtest.h>

#include <sstream>

namespace goalchain::util {
namespace {

TEST(ProgressLineTest, DescribesCountRateAndTimeLeft) {
  EXPECT_EQ(describe_progress(0, 10, 0, 5'000'000, 0.0, "documents"), "0/10 documents");
  // 2 MB in 2 s is 1 MB/s; 3 MB are left: 3 s.
  EXPECT_EQ(describe_progress(4, 10, 2'000'000, 5'000'000, 2.0, "documents"),
            "4/10 documents, 1.0 MB/s, 0:03 left");
  // 1 MB in 1 s with 149 MB left: 2 minutes 29 seconds.
  EXPECT_EQ(describe_progress(1, 100, 1'000'000, 150'000'000, 1.0, "documents"),
            "1/100 documents, 1.0 MB/s, 2:29 left");
  EXPECT_EQ(describe_progress(10, 10, 5'000'000, 5'000'000, 2.0, "documents"),
            "10/10 documents, 2.5 MB/s");
  // Too early to tell a rate.
  EXPECT_EQ(describe_progress(1, 10, 100, 1000, 0.1, "documents"), "1/10 documents");
}

TEST(ProgressLineTest, RewritesOneLineAndErasesItAtTheEnd) {
  std::ostringstream out;
  ProgressLine line(out, 2, 20, "documents");
  line.advance(10);
  line.advance(10);  // the last item is always shown, however soon
  line.finish();
  EXPECT_EQ(out.str(),
            "\r1/2 documents\x1b[K"
            "\r2/2 documents\x1b[K"
            "\r\x1b[K");
}

TEST(ProgressLineTest, MessagesGoAboveTheLineWhichIsDrawnAgainAfterThem) {
  std::ostringstream out;
  ProgressLine line(out, 3, 30, "documents");
  line.advance(10);
  line.print_above("a.txt: warning: no county found\n");
  line.print_above("");  // nothing to say: the line stays
  line.advance(10);
  line.advance(10);
  line.finish();
  EXPECT_EQ(out.str(),
            "\r1/3 documents\x1b[K"
            "\r\x1b[Ka.txt: warning: no county found\n"
            "\r2/3 documents\x1b[K"
            "\r3/3 documents\x1b[K"
            "\r\x1b[K");
}

TEST(ProgressLineTest, NothingIsWrittenWhenNothingWasShown) {
  std::ostringstream out;
  ProgressLine line(out, 0, 0, "documents");
  line.finish();
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace goalchain::util
