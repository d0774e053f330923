#include "goalchain/document/hyphenation.h"

#include "goalchain/util/utf8.h"

#include <cstddef>

namespace goalchain::document {
namespace {

constexpr char32_t kSoftHyphen = U'\u00AD';
constexpr char32_t kEnDash = U'\u2013';

bool is_hyphen(char32_t cp) { return cp == U'-' || cp == U'\u2010' || cp == U'\u2011'; }

bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

// The code point that ends `s` (s must not be empty); `start` is set to its first byte.
char32_t last_code_point(std::string_view s, std::size_t& start) {
  start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t pos = start;
  return util::decode_code_point(s, pos);
}

char32_t first_code_point(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? U'\0' : util::decode_code_point(s, pos);
}

// The letters and digits that end `s`.
std::string_view trailing_word(std::string_view s) {
  std::size_t begin = s.size();
  while (begin > 0) {
    std::size_t start = 0;
    if (!util::is_word_character(last_code_point(s.substr(0, begin), start))) break;
    begin = start;
  }
  return s.substr(begin);
}

// The letters and digits that start `s`.
std::string_view leading_word(std::string_view s) {
  std::size_t end = 0;
  while (end < s.size()) {
    std::size_t next = end;
    if (!util::is_word_character(util::decode_code_point(s, next))) break;
    end = next;
  }
  return s.substr(0, end);
}

// "e-post", "u-land": a single letter before the hyphen is a prefix too.
bool is_hyphen_prefix(std::string_view folded, const HyphenationWords& words) {
  return util::count_code_points(folded) == 1 || words.prefixes.count(std::string(folded)) != 0;
}

enum class Join { space, no_space, drop_last };

Join choose_join(std::string_view text, std::string_view line, const HyphenationWords& words) {
  std::size_t last_start = 0;
  const char32_t last = last_code_point(text, last_start);
  if (last == kSoftHyphen) return Join::drop_last;
  if (last_start == 0) return Join::space;  // a hyphen or dash alone
  std::size_t before_start = 0;
  const char32_t before = last_code_point(text.substr(0, last_start), before_start);
  const char32_t next = first_code_point(line);
  if (last == kEnDash) return is_digit(before) && is_digit(next) ? Join::no_space : Join::space;
  if (!is_hyphen(last) || !util::is_word_character(before)) return Join::space;

  const std::string_view next_word = leading_word(line);
  if (next == U',' || next == U';' || words.hanging.count(util::fold_case(next_word)) != 0) {
    return Join::space;
  }
  if (util::is_upper_case(before) || is_digit(before)) return Join::no_space;
  const std::string fragment = util::fold_case(trailing_word(text.substr(0, last_start)));
  if (is_hyphen_prefix(fragment, words)) return Join::no_space;
  if (!next_word.empty() &&
      words.hyphenated.count(fragment + '-' + util::fold_case(next_word)) != 0) {
    return Join::no_space;
  }
  if (util::is_letter(next) && !util::is_upper_case(next)) return Join::drop_last;
  return Join::no_space;
}

}  // namespace

std::unordered_set<std::string> collect_hyphenated_words(std::string_view utf8_text) {
  std::unordered_set<std::string> words;
  std::size_t pos = 0;
  std::size_t word_begin = std::string_view::npos;  // start of the current word run
  bool has_hyphen = false;
  std::size_t last_word_end = 0;
  auto finish = [&]() {
    if (word_begin != std::string_view::npos && has_hyphen) {
      words.insert(util::fold_case(utf8_text.substr(word_begin, last_word_end - word_begin)));
    }
    word_begin = std::string_view::npos;
    has_hyphen = false;
  };
  while (pos < utf8_text.size()) {
    // ASCII letters and digits, and ASCII that neither is a word character
    // nor a hyphen, without decoding.
    if (const auto byte = static_cast<unsigned char>(utf8_text[pos]); byte < 0x80 && byte != '-') {
      if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
          (byte >= '0' && byte <= '9')) {
        if (word_begin == std::string_view::npos) word_begin = pos;
        last_word_end = ++pos;
      } else {
        ++pos;
        finish();
      }
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = util::decode_code_point(utf8_text, pos);
    if (util::is_word_character(cp)) {
      if (word_begin == std::string_view::npos) word_begin = start;
      last_word_end = pos;
      continue;
    }
    // A hyphen between two word characters joins the words into one.
    if (is_hyphen(cp) && word_begin != std::string_view::npos && last_word_end == start &&
        pos < utf8_text.size()) {
      std::size_t after = pos;
      if (util::is_word_character(util::decode_code_point(utf8_text, after))) {
        has_hyphen = true;
        continue;
      }
    }
    finish();
  }
  finish();
  return words;
}

HyphenationWords collect_hyphenation_words(std::string_view utf8_text, const codebook::LayoutRules& rules) {
  HyphenationWords words;
  words.hyphenated = collect_hyphenated_words(utf8_text);
  // Folded as the words they are compared with: letters and digits, so
  // "resp." is "resp".
  const auto fold = [](const std::string& word) { return util::fold_case(leading_word(word)); };
  for (const std::string& word : rules.hanging_hyphen_words) words.hanging.insert(fold(word));
  for (const std::string& word : rules.hyphen_prefixes) words.prefixes.insert(fold(word));
  return words;
}

void append_wrapped_line(std::string& text, std::string_view line, const HyphenationWords& words) {
  if (line.empty()) return;
  if (text.empty()) {
    text.assign(line);
    return;
  }
  switch (choose_join(text, line, words)) {
    case Join::space:
      text += ' ';
      break;
    case Join::no_space:
      break;
    case Join::drop_last: {
      std::size_t start = 0;
      last_code_point(text, start);
      text.resize(start);
      break;
    }
  }
  text.append(line);
}

}  // namespace goalchain::document
