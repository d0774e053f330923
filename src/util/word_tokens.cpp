#include "goalchain/util/word_tokens.h"

#include "goalchain/util/utf8.h"

#include <algorithm>
#include <array>

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

// What an ASCII byte is to a word: 0 none of it, 1 a lower-case letter or a
// digit, 2 an upper-case letter.
constexpr std::array<unsigned char, 128> kAsciiKind = [] {
  std::array<unsigned char, 128> kinds{};
  for (int c = 'a'; c <= 'z'; ++c) kinds[static_cast<std::size_t>(c)] = 1;
  for (int c = '0'; c <= '9'; ++c) kinds[static_cast<std::size_t>(c)] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) kinds[static_cast<std::size_t>(c)] = 2;
  return kinds;
}();

// Whether the character at `pos` belongs to a word (is_word_character),
// moving `pos` past it; `plain_lower` tells a-z and 0-9. Latin-1 letters
// (two bytes, lead 0xC3: å, ä, ö, é …) are told without decoding.
inline bool step_word_character(std::string_view utf8, std::size_t& pos, bool& plain_lower) {
  const auto byte = static_cast<unsigned char>(utf8[pos]);
  if (byte < 0x80) {
    ++pos;
    const unsigned char kind = kAsciiKind[byte];
    plain_lower = kind == 1;
    return kind != 0;
  }
  plain_lower = false;
  if (byte == 0xC3 && pos + 1 < utf8.size()) {
    const auto next = static_cast<unsigned char>(utf8[pos + 1]);
    if ((next & 0xC0) == 0x80) {
      pos += 2;
      return next != 0x97 && next != 0xB7;  // U+00C0..U+00FF but × and ÷
    }
  }
  return is_word_character(decode_code_point(utf8, pos));
}

// Finds the words of `utf8` and calls `close(begin, end, ascii_lower_only)`
// for each, until it returns false: the one loop behind tokenize_words,
// count_words, for_each_folded_word and all_folded_words.
template <typename Close>
void scan_words(std::string_view utf8, Close&& close) {
  std::size_t pos = 0;
  std::size_t word_begin = std::string_view::npos;
  bool ascii_lower_only = true;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    bool plain_lower = false;
    if (step_word_character(utf8, pos, plain_lower)) {
      if (word_begin == std::string_view::npos) {
        word_begin = start;
        ascii_lower_only = true;
      }
      ascii_lower_only = ascii_lower_only && plain_lower;
    } else if (word_begin != std::string_view::npos) {
      if (!close(word_begin, start, ascii_lower_only)) return;
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
  // About one word in seven bytes of prose; capped, as a whole document may come.
  constexpr std::size_t kMaxReserved = 1024;
  tokens.reserve(std::min(utf8.size() / 7 + 1, kMaxReserved));
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    WordToken& token = tokens.emplace_back();
    token.begin = begin;
    token.end = end;
    fold_word(utf8.substr(begin, end - begin), ascii_lower_only, token.folded);
    return true;
  });
  return tokens;
}

std::size_t count_words(std::string_view utf8) {
  std::size_t count = 0;
  scan_words(utf8, [&](std::size_t, std::size_t, bool) {
    ++count;
    return true;
  });
  return count;
}

void for_each_folded_word(std::string_view utf8, const std::function<void(const std::string&)>& visit) {
  std::string folded;
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    fold_word(utf8.substr(begin, end - begin), ascii_lower_only, folded);
    visit(folded);
    return true;
  });
}

bool all_folded_words(std::string_view utf8, const std::function<bool(const std::string&)>& test) {
  std::string folded;
  bool all = true;
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    fold_word(utf8.substr(begin, end - begin), ascii_lower_only, folded);
    all = test(folded);
    return all;
  });
  return all;
}

WordsAmong count_words_among(std::string_view utf8, const std::unordered_set<std::string>& among) {
  std::size_t longest = 0;  // no longer folded word is among them
  for (const std::string& word : among) longest = std::max(longest, word.size());
  WordsAmong counts;
  std::string folded;
  scan_words(utf8, [&](std::size_t begin, std::size_t end, bool ascii_lower_only) {
    ++counts.words;
    const std::string_view raw = utf8.substr(begin, end - begin);
    // Folding never shortens ASCII and Latin-1 (bytes below 0xC4): such a
    // word longer than the longest is none of them, and is not folded.
    if (raw.size() > longest && std::all_of(raw.begin(), raw.end(), [](char c) {
          return static_cast<unsigned char>(c) < 0xC4;
        })) {
      return true;
    }
    fold_word(raw, ascii_lower_only, folded);
    if (folded.size() <= longest && among.contains(folded)) ++counts.among;
    return true;
  });
  return counts;
}

}  // namespace goalchain::util
