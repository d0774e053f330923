// What an interrupted run (Ctrl-C, SIGINT; kill, SIGTERM) leaves behind:
// nothing. Temporary output files are registered while they exist; the
// signal handler unlinks them and exits 130 (SIGINT) or 143 (SIGTERM), the
// shell's 128 + signal number.
#pragma once

#include <filesystem>

namespace goalchain::util {

// Installs the SIGINT and SIGTERM handlers. Called once, by the program.
void remove_temp_files_on_interrupt();

// A temporary file the handler removes if the run is interrupted while it is
// registered. Registration copies the path into a fixed slot, so the handler
// does nothing but unlink() and _exit(): both async-signal-safe.
class InterruptCleanup {
 public:
  explicit InterruptCleanup(const std::filesystem::path& temp_path) noexcept;
  ~InterruptCleanup();
  InterruptCleanup(InterruptCleanup&& other) noexcept;
  InterruptCleanup& operator=(InterruptCleanup&&) = delete;
  InterruptCleanup(const InterruptCleanup&) = delete;
  InterruptCleanup& operator=(const InterruptCleanup&) = delete;

  // The file is gone or renamed: the handler need not remove it.
  void release() noexcept;

 private:
  int slot_ = -1;  // -1: not registered (every slot taken, or path too long)
};

// Holds SIGINT and SIGTERM back on this thread for its lifetime: renaming a
// run's outputs into place is all or nothing; a signal that arrives meanwhile
// is acted on afterwards.
class InterruptsDeferred {
 public:
  InterruptsDeferred();
  ~InterruptsDeferred();
  InterruptsDeferred(const InterruptsDeferred&) = delete;
  InterruptsDeferred& operator=(const InterruptsDeferred&) = delete;

 private:
  bool held_ = false;
};

}  // namespace goalchain::util
