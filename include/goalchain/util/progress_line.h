// A one-line progress report for a terminal: "12/340 documents, 14.2 MB/s,
// 0:35 left", rewritten in place with a carriage return.
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>

namespace goalchain::util {

// What the line says at one moment, without the terminal control characters:
// "3/10 documents, 1.5 MB/s, 0:07 left". The rate and the time left are left
// out until some bytes are done and some time has passed.
std::string describe_progress(std::size_t done, std::size_t total, std::uint64_t done_bytes,
                              std::uint64_t total_bytes, double seconds, std::string_view unit);

class ProgressLine {
 public:
  using Clock = std::chrono::steady_clock;

  // Reports on `out` (a terminal); `unit` names what is counted ("documents").
  ProgressLine(std::ostream& out, std::size_t total, std::uint64_t total_bytes, std::string unit);

  // One more item of `bytes` is done. Safe to call from several threads; the
  // line is rewritten at most every 100 ms, and always for the last item.
  void advance(std::uint64_t bytes);

  // Writes `lines` (messages ending in a newline) above the line: erases it
  // first; the next advance() draws it again below them.
  void print_above(std::string_view lines);

  // Erases the line, so that what is written next starts on a clean line.
  void finish();

 private:
  std::ostream& out_;
  std::mutex mutex_;
  std::size_t total_;
  std::uint64_t total_bytes_;
  std::string unit_;
  std::size_t done_ = 0;
  std::uint64_t done_bytes_ = 0;
  Clock::time_point started_ = Clock::now();
  Clock::time_point last_shown_{};
  bool shown_ = false;
};

}  // namespace goalchain::util
