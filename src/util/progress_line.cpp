#include "goalchain/util/progress_line.h"

#include <fmt/format.h>

#include <cmath>
#include <ostream>

namespace goalchain::util {

std::string describe_progress(std::size_t done, std::size_t total, std::uint64_t done_bytes,
                              std::uint64_t total_bytes, double seconds, std::string_view unit) {
  std::string line = fmt::format("{}/{} {}", done, total, unit);
  if (done_bytes == 0 || seconds < 0.5) return line;
  const double rate = static_cast<double>(done_bytes) / seconds;  // bytes per second
  line += fmt::format(", {:.1f} MB/s", rate / 1e6);
  if (done < total && total_bytes > done_bytes) {
    const auto left = static_cast<long long>(
        std::llround(static_cast<double>(total_bytes - done_bytes) / rate));
    line += fmt::format(", {}:{:02} left", left / 60, left % 60);
  }
  return line;
}

ProgressLine::ProgressLine(std::ostream& out, std::size_t total, std::uint64_t total_bytes,
                           std::string unit)
    : out_(out), total_(total), total_bytes_(total_bytes), unit_(std::move(unit)) {}

void ProgressLine::advance(std::uint64_t bytes) {
  const std::lock_guard lock(mutex_);
  ++done_;
  done_bytes_ += bytes;
  const auto now = Clock::now();
  if (done_ < total_ && shown_ && now - last_shown_ < std::chrono::milliseconds(100)) return;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  // "\r" back to the start, "\x1b[K" clears what a longer line left.
  out_ << '\r'
       << describe_progress(done_, total_, done_bytes_, total_bytes_, seconds, unit_)
       << "\x1b[K" << std::flush;
  last_shown_ = now;
  shown_ = true;
}

void ProgressLine::print_above(std::string_view lines) {
  if (lines.empty()) return;
  const std::lock_guard lock(mutex_);
  if (shown_) out_ << "\r\x1b[K";
  out_ << lines << std::flush;
  shown_ = false;
}

void ProgressLine::finish() {
  const std::lock_guard lock(mutex_);
  if (shown_) out_ << "\r\x1b[K" << std::flush;
  shown_ = false;
}

}  // namespace goalchain::util
