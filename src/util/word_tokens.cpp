#include "goalchain/util/word_tokens.h"

#include "goalchain/util/utf8.h"

namespace goalchain::util {

std::vector<WordToken> tokenize_words(std::string_view utf8) {
  std::vector<WordToken> tokens;
  std::size_t pos = 0;
  std::size_t word_begin = std::string_view::npos;
  bool ascii_lower_only = true;
  auto close_word = [&](std::size_t end) {
    const std::string_view raw = utf8.substr(word_begin, end - word_begin);
    std::string folded = ascii_lower_only ? std::string(raw) : fold_case(raw);
    tokens.push_back({std::move(folded), word_begin, end});
    word_begin = std::string_view::npos;
  };
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    bool word;
    bool plain_lower = false;
    if (byte < 0x80) {
      ++pos;
      plain_lower = (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9');
      word = plain_lower || (byte >= 'A' && byte <= 'Z');
    } else {
      word = is_word_character(decode_code_point(utf8, pos));
    }
    if (word) {
      if (word_begin == std::string_view::npos) {
        word_begin = start;
        ascii_lower_only = true;
      }
      ascii_lower_only = ascii_lower_only && plain_lower;
    } else if (word_begin != std::string_view::npos) {
      close_word(start);
    }
  }
  if (word_begin != std::string_view::npos) close_word(utf8.size());
  return tokens;
}

}  // namespace goalchain::util
