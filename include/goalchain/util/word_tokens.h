// Splits text into words: maximal runs of letters, marks and digits.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::util {

struct WordToken {
  std::string folded;      // case-folded, NFC
  std::size_t begin = 0;   // byte offset of the first byte in the source text
  std::size_t end = 0;     // byte offset one past the last byte
};

// Words of `utf8` in order, each case-folded. Punctuation, spaces and symbols
// separate words ("hbtq-personer" gives "hbtq" and "personer").
std::vector<WordToken> tokenize_words(std::string_view utf8);

}  // namespace goalchain::util
