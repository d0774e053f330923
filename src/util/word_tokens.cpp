#include "goalchain/util/word_tokens.h"

#include "goalchain/util/utf8.h"

namespace goalchain::util {
namespace {

// Case folding of a word written in ASCII and Latin-1 letters, the common
// case, without utf8proc: A–Z and À–Þ (but not ×) lower-cased. False, with
// `out` unspecified, for anything else (ß folds to "ss", for one).
bool fold_latin1_word(std::string_view word, std::string& out) {
  out.assign(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if (byte < 0x80) {
      if (byte >= 'A' && byte <= 'Z') out[i] = static_cast<char>(byte + 0x20);
      continue;
    }
    if (byte != 0xC3 || i + 1 >= out.size()) return false;
    const auto next = static_cast<unsigned char>(out[i + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97) {
      out[i + 1] = static_cast<char>(next + 0x20);  // À..Þ -> à..þ
    } else if (next < 0xA0 || next > 0xBF || next == 0xB7) {
      return false;  // ß, ×, ÷ and broken sequences
    }
    ++i;
  }
  return true;
}

}  // namespace

namespace {

// Finds the words of `utf8` and calls `close(begin, end, ascii_lower_only)`
// for each: the one loop behind tokenize_words, count_words and
// for_each_folded_word.
template <typename Close>
void scan_words(std::string_view utf8, Close&& close) {
  std::size_t pos = 0;
  std::size_t word_begin = std::string_view::npos;
  bool ascii_lower_only = true;
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
      close(word_begin, start, ascii_lower_only);
      word_begin = std::string_view::npos;
    }
  }
  if (word_begin != std::string_view::npos) close(word_begin, utf8.size(), ascii_lower_only);
}

void fold_word(std::string_view raw, bool ascii_lower_only, std::string& folded) {
  if (ascii_lower_only) {
    folded.assign(raw);
  } else if (!fold_latin1_word(raw, folded)) {
    folded = fold_case(raw);
  }
}

}  // namespace

std::vector<WordToken> tokenize_words(std::string_view utf8) {
  std::vector<WordToken> tokens;
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    std::string folded;
    fold_word(utf8.substr(begin, end - begin), ascii_lower_only, folded);
    tokens.push_back({std::move(folded), begin, end});
  });
  return tokens;
}

std::size_t count_words(std::string_view utf8) {
  std::size_t count = 0;
  scan_words(utf8, [&](std::size_t, std::size_t, bool) { ++count; });
  return count;
}

void for_each_folded_word(std::string_view utf8, const std::function<void(const std::string&)>& visit) {
  std::string folded;
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    fold_word(utf8.substr(begin, end - begin), ascii_lower_only, folded);
    visit(folded);
  });
}

}  // namespace goalchain::util
