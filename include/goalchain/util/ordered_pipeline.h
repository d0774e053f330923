// Work done on several threads and handed on in order, with a bounded number
// of results waiting: what lets a run write documents as they finish without
// holding them all.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace goalchain::util {

// Calls produce(i) for every i < count on up to `jobs` threads (0: one per
// core), and consume(i, value) with each result in the order of i, one call
// at a time, as soon as that result and every one before it are there. No
// more than `window` (at least 1) results are made ahead of the next one to
// be consumed, so at most about `window` + `jobs` values live at once,
// whatever `count`; T needs only to be move-constructible. After a call
// throws nothing more is produced or consumed, and the first exception is
// rethrown once every thread stopped.
template <typename T, typename Produce, typename Consume>
void produce_in_order(std::size_t count, unsigned jobs, std::size_t window, Produce&& produce,
                      Consume&& consume) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  window = std::max<std::size_t>(window, 1);
  const std::size_t threads = std::min<std::size_t>(jobs, count);
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  std::mutex mutex;
  std::condition_variable room;              // a result was consumed, or work stopped
  std::vector<std::optional<T>> ready(window);  // result i waits in ready[i % window]
  std::size_t next_claim = 0;
  std::size_t next_consume = 0;
  bool consuming = false;  // a thread is handing results on
  std::exception_ptr failure;

  const auto fail = [&](std::unique_lock<std::mutex>& lock) {
    if (!lock.owns_lock()) lock.lock();
    if (!failure) failure = std::current_exception();
    room.notify_all();
  };
  const auto worker = [&] {
    std::unique_lock lock(mutex);
    while (true) {
      room.wait(lock, [&] {
        return failure || next_claim >= count || next_claim < next_consume + window;
      });
      if (failure || next_claim >= count) return;
      const std::size_t i = next_claim++;
      lock.unlock();
      std::optional<T> value;
      try {
        value.emplace(produce(i));
      } catch (...) {
        fail(lock);
        return;
      }
      lock.lock();
      ready[i % window].emplace(std::move(*value));
      if (consuming) continue;  // the thread handing results on takes this one too
      consuming = true;
      while (!failure && next_consume < count && ready[next_consume % window]) {
        T item = std::move(*ready[next_consume % window]);
        ready[next_consume % window].reset();
        const std::size_t index = next_consume;
        lock.unlock();
        try {
          consume(index, std::move(item));
        } catch (...) {
          fail(lock);
          consuming = false;
          return;
        }
        lock.lock();
        ++next_consume;
        room.notify_all();
      }
      consuming = false;
    }
  };
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace goalchain::util
