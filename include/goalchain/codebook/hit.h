// One match of one codebook pattern in one segment: the evidence behind a code.
#pragma once

#include <cstdint>

namespace goalchain::codebook {

struct Hit {
  static constexpr std::uint32_t kNoRule = 0xFFFFFFFFu;

  std::uint32_t code = 0;        // index into Codebook::codes
  std::uint32_t keyword = 0;     // index into that code's keywords; for a rule hit, into
                                 // rule_patterns() of that rule
  std::uint32_t begin = 0;       // byte offset in the segment text
  std::uint32_t end = 0;         // one past the last byte of the matched words
  std::uint32_t rule = kNoRule;  // index into that code's rules, or kNoRule for a keyword
  float weight = 1.0f;           // the code's weight times the rule's weight

  bool from_rule() const { return rule != kNoRule; }
};

}  // namespace goalchain::codebook
