// The patterns hits can come from, numbered once per codebook, so that an
// output can describe each pattern once and let every hit refer to it.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/hit.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace goalchain::codebook {

// A keyword of a code, or one pattern of one of its rules.
struct HitSource {
  std::uint32_t code = 0;
  std::uint32_t rule = Hit::kNoRule;  // kNoRule for a keyword
  std::uint32_t keyword = 0;          // as Hit::keyword counts it
  float weight = 1.0f;                // the weight a hit from here carries
};

class HitSources {
 public:
  // Every source, in codebook order: each code's keywords, then the patterns
  // of each of its rules (rule_patterns order).
  explicit HitSources(const Codebook& codebook);

  const std::vector<HitSource>& all() const { return sources_; }

  // The position in all() of the source `hit` names. The hit must come from a
  // matcher of the same codebook.
  std::size_t index_of(const Hit& hit) const;

 private:
  std::vector<HitSource> sources_;
  std::vector<std::size_t> keywords_start_;           // per code
  std::vector<std::vector<std::size_t>> rules_start_;  // per code, per rule
};

}  // namespace goalchain::codebook
