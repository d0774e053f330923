#include "goalchain/document/sentence_splitter.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"

#include <algorithm>
#include <iterator>
#include <string>

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxMarkerDigits = 3;

// The abbreviations in use (use_sentence_abbreviations).
SentenceAbbreviations& abbreviations_in_use() {
  static SentenceAbbreviations in_use;
  return in_use;
}

bool is_terminator(char32_t cp) { return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u2026'; }

bool is_closing(char32_t cp) {
  return cp == U')' || cp == U']' || cp == U'"' || cp == U'\'' || cp == U'\u201D' ||
         cp == U'\u2019' || cp == U'\u00BB';
}

bool is_opening_quote(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == U'\u201C' || cp == U'\u201D' || cp == U'\u2018' ||
         cp == U'\u2019' || cp == U'\u00AB' || cp == U'\u00BB' || cp == U'\u201E';
}

bool is_bullet(char32_t cp) {
  return cp == U'\u2022' || cp == U'\u2013' || cp == U'-' || cp == U'\u25AA' || cp == U'\uF0B7';
}

bool is_ascii_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

char32_t code_point_at(std::string_view s, std::size_t pos, std::size_t& next) {
  next = pos;
  return pos < s.size() ? util::decode_code_point(s, next) : U'\0';
}

// True when a sentence may start with `cp`.
bool starts_sentence(char32_t cp) {
  return util::is_upper_case(cp) || is_ascii_digit(cp) || is_opening_quote(cp) || is_bullet(cp);
}

// The word before the period at `period`: the characters back to white
// space, without opening brackets and quotes, case-folded.
std::string word_before(std::string_view text, std::size_t period, std::size_t floor) {
  std::size_t begin = period;
  while (begin > floor) {
    std::size_t start = 0;
    const char32_t cp = util::decode_code_point_before(text, begin, start);
    if (is_white_space(cp) || cp == U'(' || cp == U'[' || is_opening_quote(cp)) break;
    begin = start;
  }
  return util::fold_case(text.substr(begin, period - begin));
}

// "3.3", "2.1.4": a section number.
bool is_dotted_number(std::string_view word) {
  if (word.empty() || word.find('.') == std::string_view::npos) return false;
  return std::all_of(word.begin(), word.end(),
                     [](char c) { return c == '.' || (c >= '0' && c <= '9'); });
}

// True when the single period at `period` ends an abbreviation, an initial
// or a section number rather than a sentence.
bool period_continues_sentence(std::string_view text, std::size_t period, std::size_t floor,
                               const SentenceAbbreviations& abbreviations) {
  const std::string word = word_before(text, period, floor);
  if (word.empty()) return false;
  if (util::count_code_points(word) == 1) {
    std::size_t next = 0;
    return util::is_letter(code_point_at(word, 0, next));  // "K. Davis", "s. 14"
  }
  if (is_dotted_number(word)) return true;
  return std::binary_search(abbreviations.words.begin(), abbreviations.words.end(), word);
}

}  // namespace

SentenceAbbreviations make_sentence_abbreviations(const std::vector<std::string>& written) {
  SentenceAbbreviations abbreviations;
  for (const auto& abbreviation : written) {
    std::string word = util::fold_case(trim_white_space(abbreviation));
    if (!word.empty() && word.back() == '.') word.pop_back();
    if (!word.empty()) abbreviations.words.push_back(std::move(word));
  }
  std::sort(abbreviations.words.begin(), abbreviations.words.end());
  abbreviations.words.erase(std::unique(abbreviations.words.begin(), abbreviations.words.end()),
                            abbreviations.words.end());
  return abbreviations;
}

void use_sentence_abbreviations(const std::vector<std::string>& abbreviations) {
  abbreviations_in_use() = make_sentence_abbreviations(abbreviations);
}

std::vector<SentenceSpan> split_sentences(std::string_view utf8_text) {
  return split_sentences(utf8_text, abbreviations_in_use());
}

std::vector<SentenceSpan> split_sentences(std::string_view utf8_text,
                                          const SentenceAbbreviations& abbreviations) {
  const std::string_view text = utf8_text;
  std::vector<SentenceSpan> spans;
  std::size_t pos = 0;
  while (const std::size_t n = white_space_length(text, pos)) pos += n;
  if (pos >= text.size()) return spans;
  std::size_t begin = pos;
  std::size_t last_end = pos;  // end of the last non-space character seen

  while (pos < text.size()) {
    // Most characters are ASCII letters, digits and punctuation that neither
    // end a sentence nor are white space.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte > ' ' && byte < 0x80 && byte != '.' && byte != '!' && byte != '?') {
      last_end = ++pos;
      continue;
    }
    if (byte == ' ') {
      ++pos;
      continue;
    }
    std::size_t next = 0;
    const char32_t cp = code_point_at(text, pos, next);
    if (is_white_space(cp)) {
      pos = next;
      continue;
    }
    last_end = next;
    if (!is_terminator(cp)) {
      pos = next;
      continue;
    }
    const std::size_t terminator = pos;
    std::size_t before_start = 0;
    const char32_t before = util::decode_code_point_before(text, terminator, before_start);
    // The run of terminators and the closing brackets and quotes after it.
    std::size_t end = next;
    int terminators = 1;
    while (true) {
      std::size_t after = 0;
      const char32_t c = code_point_at(text, end, after);
      if (is_terminator(c)) {
        ++terminators;
      } else if (!is_closing(c)) {
        break;
      }
      end = after;
    }
    // A footnote marker glued to the end of the sentence: "område.1 Nästa".
    if (util::is_letter(before) || is_closing(before)) {
      std::size_t digits_end = end;
      std::size_t digits = 0;
      std::size_t after = 0;
      while (digits <= kMaxMarkerDigits && is_ascii_digit(code_point_at(text, digits_end, after))) {
        digits_end = after;
        ++digits;
      }
      if (digits > 0 && digits <= kMaxMarkerDigits &&
          (digits_end == text.size() || white_space_length(text, digits_end) != 0)) {
        end = digits_end;
      }
    }
    last_end = end;
    pos = end;
    if (white_space_length(text, end) == 0) continue;  // "3.3", "t.ex", "2021:14"
    std::size_t start = end;
    while (const std::size_t n = white_space_length(text, start)) start += n;
    if (start >= text.size()) break;
    std::size_t unused = 0;
    if (!starts_sentence(code_point_at(text, start, unused))) continue;
    if (cp == U'.' && terminators == 1 && period_continues_sentence(text, terminator, begin, abbreviations)) {
      continue;
    }
    spans.push_back({begin, end});
    begin = start;
    pos = start;
  }
  spans.push_back({begin, last_end});
  return spans;
}

}  // namespace goalchain::document
