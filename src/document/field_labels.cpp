#include "goalchain/document/field_labels.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

namespace goalchain::document {
namespace {

constexpr std::size_t kMaxLabelChars = 30;
constexpr int kMaxLabelAloneWords = 3;
constexpr std::size_t kMaxQuestionChars = 60;
constexpr std::size_t kMaxQuestionLineWords = 8;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The label before the first ':' of `s`: its words, or -1 when `s` does not
// start with one. `colon_end` is set past the ':'.
int label_words(std::string_view s, std::size_t& colon_end) {
  std::size_t pos = 0;
  if (s.empty()) return -1;
  const char32_t first = util::decode_code_point(s, pos);
  if (!util::is_upper_case(first)) return -1;
  std::size_t label_chars = 0;
  int words = 1;
  bool in_space = false;
  char32_t previous = first;
  while (pos < s.size()) {
    const char32_t cp = util::decode_code_point(s, pos);
    if (cp == U':') {
      colon_end = pos;
      return label_chars < 1 ? -1 : words;
    }
    if (++label_chars > kMaxLabelChars) return -1;
    if (cp == U' ') {
      in_space = true;
    } else if (util::is_word_character(cp) ||
               (cp == U'.' && previous >= U'0' && previous <= U'9' && pos < s.size() &&
                is_digit(s[pos]))) {
      if (in_space) ++words;
      in_space = false;
    } else {
      return -1;
    }
    previous = cp;
  }
  return -1;
}

}  // namespace

bool is_label_line(std::string_view s) {
  std::size_t colon_end = 0;
  const int words = label_words(s, colon_end);
  if (words < 1 || words > 2) return false;
  return colon_end == s.size() || white_space_length(s, colon_end) != 0;
}

std::string label_alone(std::string_view s) {
  s = trim_white_space(s);
  std::size_t colon_end = 0;
  const int words = label_words(s, colon_end);
  if (words < 1 || words > kMaxLabelAloneWords || colon_end != s.size()) return {};
  return collapse_white_space(s.substr(0, s.size() - 1));
}

bool is_question_line(std::string_view line) {
  line = trim_white_space(line);
  if (line.size() < 2 || line.back() != '?' || util::count_code_points(line) > kMaxQuestionChars) return false;
  std::size_t pos = 0;
  if (!util::is_upper_case(util::decode_code_point(line, pos))) return false;
  return util::count_words(line) <= kMaxQuestionLineWords;
}

namespace {

bool ends_in_sentence_stop(std::string_view text) {
  return !text.empty() && (text.back() == '.' || text.back() == '!');
}

}  // namespace

std::string question_label(std::string_view line, const codebook::LayoutRules& rules) {
  if (rules.question_labels.empty()) return {};
  line = trim_white_space(line);
  while (!line.empty() && (line.back() == '?' || line.back() == ':')) line.remove_suffix(1);
  line = trim_white_space(line);
  if (line.empty() || util::count_code_points(line) > kMaxQuestionChars) return {};
  const std::string folded = util::fold_case(collapse_white_space(line));
  // "Så vet vi att vi når målet" stands for "Så vet vi": a phrase of three
  // words or more may go on by up to four words, as a chain's question label
  // does; a shorter one ("När") must stand alone.
  constexpr std::size_t kMinPhraseWordsToGoOn = 3;
  constexpr std::size_t kMaxWordsAfter = 4;
  for (const auto& [question, label] : rules.question_labels) {
    std::string_view asked = trim_white_space(question);
    while (!asked.empty() && (asked.back() == '?' || asked.back() == ':')) asked.remove_suffix(1);
    const std::string phrase = util::fold_case(collapse_white_space(trim_white_space(asked)));
    if (phrase == folded) return label;
    if (folded.size() > phrase.size() && folded.starts_with(phrase) && folded[phrase.size()] == ' ' &&
        util::count_words(phrase) >= kMinPhraseWordsToGoOn &&
        util::count_words(folded) <= util::count_words(phrase) + kMaxWordsAfter &&
        !ends_in_sentence_stop(folded)) {
      return label;
    }
  }
  return {};
}

}  // namespace goalchain::document
