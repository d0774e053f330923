#include "goalchain/util/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <string>
#include <system_error>

namespace goalchain::util {
namespace {

std::filesystem::path make_temp_path(const std::filesystem::path& target) {
  static std::atomic<unsigned> counter{0};
  // Hidden, beside the target (same file system, so rename is atomic).
  return target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                 std::to_string(::getpid()) + "-" + std::to_string(counter++));
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temp_(make_temp_path(target_)) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)), temp_(std::move(other.temp_)), committed_(other.committed_) {
  other.committed_ = true;
}

AtomicFile::~AtomicFile() {
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temp_, ignored);
  }
}

void AtomicFile::commit() {
  std::filesystem::rename(temp_, target_);
  committed_ = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  AtomicFile file(target);
  {
    std::ofstream out(file.temp_path(), std::ios::binary | std::ios::trunc);
    if (!out) {
      throw std::system_error(errno, std::generic_category(),
                              "cannot create " + file.temp_path().string());
    }
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      throw std::system_error(errno, std::generic_category(), "cannot write " + target.string());
    }
  }
  file.commit();
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::system_error(errno, std::generic_category(), path.string());
  std::string content;
  char chunk[1 << 16];
  // In large blocks: a byte at a time through istreambuf_iterator cost more
  // than the rest of reading a document.
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    content.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw std::system_error(errno, std::generic_category(), path.string());
  return content;
}

}  // namespace goalchain::util
