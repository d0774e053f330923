#include "goalchain/util/atomic_file.h"

#include "goalchain/util/diagnostic.h"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <mutex>
#include <set>
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

[[noreturn]] void throw_too_large(const std::string& name, std::uintmax_t max_bytes) {
  Diagnostic d;
  d.file = name;
  d.message = fmt::format("larger than {}, the limit on one input file", describe_size(max_bytes));
  d.hint =
      "reading stopped at the limit (a device or a pipe may never end); if the file is meant, "
      "raise the limit with --max-file-size";
  throw DiagnosticError(std::move(d));
}

// The process id in a name made by make_temp_path, or 0.
pid_t temp_file_owner(const std::string& name) {
  if (name.size() < 2 || name[0] != '.') return 0;
  const std::size_t tag = name.rfind(".tmp-");
  if (tag == std::string::npos || tag == 0) return 0;
  const std::size_t dash = name.find('-', tag + 5);
  if (dash == std::string::npos || dash == tag + 5 || dash + 1 == name.size()) return 0;
  const auto digits = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      if (name[i] < '0' || name[i] > '9') return false;
    }
    return to - from <= 9;
  };
  if (!digits(tag + 5, dash) || !digits(dash + 1, name.size())) return 0;
  return static_cast<pid_t>(std::stol(name.substr(tag + 5, dash - tag - 5)));
}

bool is_process_alive(pid_t pid) { return ::kill(pid, 0) == 0 || errno == EPERM; }

// Once per folder and process.
void remove_stale_temp_files_once(const std::filesystem::path& folder) {
  static std::mutex mutex;
  static std::set<std::filesystem::path> done;
  {
    const std::lock_guard lock(mutex);
    if (!done.insert(folder).second) return;
  }
  remove_stale_temp_files(folder);
}

}  // namespace

int remove_stale_temp_files(const std::filesystem::path& folder) {
  int removed = 0;
  std::error_code ec;
  const std::filesystem::path where = folder.empty() ? std::filesystem::path(".") : folder;
  for (std::filesystem::directory_iterator it(where, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = temp_file_owner(it->path().filename().string());
    if (owner <= 0 || owner == ::getpid() || is_process_alive(owner)) continue;
    std::error_code ignored;
    if (std::filesystem::remove(it->path(), ignored)) ++removed;
  }
  return removed;
}

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temp_(make_temp_path(target_)), cleanup_(temp_) {
  remove_stale_temp_files_once(target_.parent_path());
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : target_(std::move(other.target_)),
      temp_(std::move(other.temp_)),
      committed_(other.committed_),
      cleanup_(std::move(other.cleanup_)) {
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
  cleanup_.release();
}

void commit_all(std::vector<AtomicFile>& files) {
  const InterruptsDeferred held;
  for (auto& file : files) file.commit();
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

std::string describe_size(std::uintmax_t bytes) {
  constexpr std::uintmax_t kMiB = 1ull << 20;
  constexpr std::uintmax_t kGiB = 1ull << 30;
  if (bytes >= kGiB && bytes % kGiB == 0) return std::to_string(bytes / kGiB) + " GiB";
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  return std::to_string(bytes) + " bytes";
}

std::string read_stream(std::istream& in, const std::string& name, std::uintmax_t max_bytes) {
  std::string content;
  char chunk[1 << 16];
  // In large blocks: a byte at a time through istreambuf_iterator cost more
  // than the rest of reading a document.
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    content.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (content.size() > max_bytes) throw_too_large(name, max_bytes);
  }
  if (in.bad()) throw std::system_error(errno, std::generic_category(), name);
  return content;
}

std::string read_file(const std::filesystem::path& path, std::uintmax_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::system_error(errno, std::generic_category(), path.string());
  // A regular file's size is known: no need to read 256 MiB to refuse it.
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::is_regular_file(path, ec)
                                  ? std::filesystem::file_size(path, ec)
                                  : 0;
  if (!ec && size > max_bytes) throw_too_large(path.string(), max_bytes);
  return read_stream(in, path.string(), max_bytes);
}

}  // namespace goalchain::util
