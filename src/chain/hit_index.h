// The hits of a document's segments ordered by where they begin, so that the
// hits of one sentence are found without scanning the whole paragraph's.
#pragma once

#include "goalchain/codebook/hit.h"
#include "goalchain/document/document.h"

#include <cstddef>
#include <deque>
#include <span>
#include <unordered_map>
#include <vector>

namespace goalchain::chain {

// A 4 MB line of thousands of sentences stays linear: each segment's hits are
// checked (and, when out of order, copied and sorted) once. The segments must
// outlive the index.
class HitIndex {
 public:
  // The hits of `segment` that begin in [begin, end), by where they begin.
  std::span<const codebook::Hit> between(const document::Segment& segment, std::size_t begin,
                                         std::size_t end);

 private:
  const std::vector<codebook::Hit>& sorted(const document::Segment& segment);

  std::unordered_map<const document::Segment*, const std::vector<codebook::Hit>*> order_;
  std::deque<std::vector<codebook::Hit>> copies_;
};

}  // namespace goalchain::chain
