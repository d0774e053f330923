#include "goalchain/util/interrupt.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <climits>
#include <cstring>

namespace goalchain::util {
namespace {

// A run writes one file per county and a few more: 28 with every output.
constexpr int kSlots = 128;

enum SlotState : int { kFree = 0, kFilling = 1, kInUse = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  char path[PATH_MAX];
};

std::array<Slot, kSlots> slots;

extern "C" void handle_interrupt(int signal_number) {
  for (Slot& slot : slots) {
    if (slot.state.load() == kInUse) ::unlink(slot.path);
  }
  ::_exit(128 + signal_number);
}

sigset_t interrupt_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void remove_temp_files_on_interrupt() {
  struct sigaction action {};
  action.sa_handler = handle_interrupt;
  sigemptyset(&action.sa_mask);
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

InterruptCleanup::InterruptCleanup(const std::filesystem::path& temp_path) noexcept {
  const std::string& text = temp_path.native();
  if (text.size() >= PATH_MAX) return;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!slots[i].state.compare_exchange_strong(expected, kFilling)) continue;
    std::memcpy(slots[i].path, text.c_str(), text.size() + 1);
    slots[i].state.store(kInUse);
    slot_ = i;
    return;
  }
}

InterruptCleanup::~InterruptCleanup() { release(); }

InterruptCleanup::InterruptCleanup(InterruptCleanup&& other) noexcept : slot_(other.slot_) {
  other.slot_ = -1;
}

void InterruptCleanup::release() noexcept {
  if (slot_ < 0) return;
  slots[slot_].state.store(kFree);
  slot_ = -1;
}

InterruptsDeferred::InterruptsDeferred() {
  const sigset_t set = interrupt_signals();
  held_ = ::pthread_sigmask(SIG_BLOCK, &set, nullptr) == 0;
}

InterruptsDeferred::~InterruptsDeferred() {
  if (!held_) return;
  const sigset_t set = interrupt_signals();
  ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

}  // namespace goalchain::util
