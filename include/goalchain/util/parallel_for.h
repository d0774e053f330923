// Runs independent pieces of work on several threads.
#pragma once

#include <cstddef>
#include <functional>

namespace goalchain::util {

// Calls work(i) once for every i < count, on up to `jobs` threads (0: one per
// core; 1: on the calling thread, in order). Each call must touch only its own
// data. When calls throw, the first exception (by time) is rethrown after all
// threads have stopped; the remaining indexes still run.
void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work);

}  // namespace goalchain::util
