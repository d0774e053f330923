// The matcher's tokenizer: splits text into words exactly as
// util::tokenize_words does, but folds them into one reused buffer, with a
// fast path for ASCII and Latin-1 letters and no allocation per word.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

struct ScannedWord {
  std::uint32_t begin = 0;  // byte offsets in the text
  std::uint32_t end = 0;
  std::uint32_t folded_begin = 0;  // byte offsets in the folded buffer
  std::uint32_t folded_end = 0;
};

// Replaces `words` with the words of `utf8` and `folded` with their case-folded
// forms (NFC), back to back. Texts must be shorter than 4 GiB.
void scan_words(std::string_view utf8, std::vector<ScannedWord>& words, std::string& folded);

// The folded form of `word` in `folded`.
inline std::string_view folded_word(const std::string& folded, const ScannedWord& word) {
  return std::string_view(folded).substr(word.folded_begin, word.folded_end - word.folded_begin);
}

}  // namespace goalchain::codebook
