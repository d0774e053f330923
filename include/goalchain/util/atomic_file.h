// Writes a file so that readers see either the old file or the complete new
// one, never a half-written file: write beside it, then rename over it.
#pragma once

#include "goalchain/util/interrupt.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>
#include <string_view>

namespace goalchain::util {

// A temporary path beside `target` (".NAME.tmp-PID-N"); commit() renames it
// onto `target`. Destroying an uncommitted AtomicFile removes the temporary
// file, and so does SIGINT or SIGTERM (util/interrupt.h). The first
// AtomicFile in a folder removes temporary files there that a killed run
// left: those of the pattern whose process is gone.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::filesystem::path& temp_path() const { return temp_; }
  const std::filesystem::path& target() const { return target_; }

  // Renames the temporary file onto the target. Throws std::filesystem::filesystem_error.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool committed_ = false;
  InterruptCleanup cleanup_;
};

// Removes the temporary files in `folder` that AtomicFile names
// (".NAME.tmp-PID-N") whose process no longer runs; returns how many.
int remove_stale_temp_files(const std::filesystem::path& folder);

// Renames every file onto its target with SIGINT and SIGTERM held back, so
// that an interrupted run changes all of its outputs or none.
void commit_all(std::vector<AtomicFile>& files);

// Writes `content` to `target` through an AtomicFile. Throws on I/O errors.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

// The most bytes one input file may have unless a command says otherwise:
// far above any real plan (the largest are a few MB), low enough that a
// device or a pipe that never ends stops with an error, not out of memory.
inline constexpr std::uintmax_t kDefaultMaxFileSize = 256ull << 20;

// Reads a whole file, regular or not (a pipe, a device), stopping once it has
// read more than `max_bytes`. Throws std::system_error naming the path and the
// reason, or util::DiagnosticError naming the limit when the file exceeds it.
std::string read_file(const std::filesystem::path& path,
                      std::uintmax_t max_bytes = kDefaultMaxFileSize);

// read_file for a stream, such as standard input; `name` names it in messages.
std::string read_stream(std::istream& in, const std::string& name,
                        std::uintmax_t max_bytes = kDefaultMaxFileSize);

// "256 MiB", "1 GiB", "1000 bytes": a size as the limit messages give it.
std::string describe_size(std::uintmax_t bytes);

}  // namespace goalchain::util
