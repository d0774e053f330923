#include "hit_index.h"

#include <algorithm>

namespace goalchain::chain {

std::span<const codebook::Hit> HitIndex::between(const document::Segment& segment,
                                                 std::size_t begin, std::size_t end) {
  const auto& hits = sorted(segment);
  const auto first = std::lower_bound(
      hits.begin(), hits.end(), begin,
      [](const codebook::Hit& hit, std::size_t at) { return hit.begin < at; });
  const auto last = std::lower_bound(
      first, hits.end(), end,
      [](const codebook::Hit& hit, std::size_t at) { return hit.begin < at; });
  return {first, last};
}

const std::vector<codebook::Hit>& HitIndex::sorted(const document::Segment& segment) {
  auto [it, fresh] = order_.try_emplace(&segment, &segment.hits);
  if (fresh) {
    auto by_begin = [](const codebook::Hit& a, const codebook::Hit& b) {
      return a.begin < b.begin;
    };
    if (!std::is_sorted(segment.hits.begin(), segment.hits.end(), by_begin)) {
      auto& copy = copies_.emplace_back(segment.hits);
      std::stable_sort(copy.begin(), copy.end(), by_begin);
      it->second = &copy;
    }
  }
  return *it->second;
}

}  // namespace goalchain::chain
