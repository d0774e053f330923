// One match of one codebook pattern in one segment: the evidence behind a code.
#pragma once

#include <cstdint>

namespace goalchain::codebook {

struct Hit {
  std::uint32_t code = 0;     // index into Codebook::codes
  std::uint32_t keyword = 0;  // index into that code's keywords
  std::uint32_t begin = 0;    // byte offset in the segment text
  std::uint32_t end = 0;      // one past the last byte of the matched words
};

}  // namespace goalchain::codebook
