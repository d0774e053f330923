// Writes a file so that readers see either the old file or the complete new
// one, never a half-written file: write beside it, then rename over it.
#pragma once

#include <filesystem>
#include <string_view>

namespace goalchain::util {

// A temporary path beside `target`; commit() renames it onto `target`.
// Destroying an uncommitted AtomicFile removes the temporary file.
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
};

// Writes `content` to `target` through an AtomicFile. Throws on I/O errors.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

// Reads a whole file. Throws std::system_error naming the path and the reason.
std::string read_file(const std::filesystem::path& path);

}  // namespace goalchain::util
