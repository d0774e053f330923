#include "overall_goals.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <string>
#include <vector>

namespace goalchain::chain {
namespace {

// The folded words of `text`, item numbers before the first word skipped.
std::vector<std::string> words_after_numbers(std::string_view text) {
  std::vector<std::string> words;
  for (const auto& word : util::tokenize_words(text)) {
    const bool number = std::any_of(word.folded.begin(), word.folded.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (words.empty() && number) continue;
    words.push_back(word.folded);
  }
  return words;
}

// True when `text` is one of `phrases` and nothing more.
bool is_whole_phrase(const std::vector<codebook::Phrase>& phrases, std::string_view text) {
  const auto words = words_after_numbers(text);
  return std::any_of(phrases.begin(), phrases.end(), [&](const codebook::Phrase& phrase) { return phrase == words; });
}

}  // namespace

bool names_overall_goal(const codebook::ChainRules& rules, const document::Segment& segment,
                        std::string_view sentence) {
  if (rules.overall_goals.empty()) return false;
  if (codebook::phrase_at(rules.overall_goals, words_after_numbers(sentence), 0)) return true;
  if (!segment.label.empty() && is_whole_phrase(rules.overall_goals, segment.label)) return true;
  return !segment.section.empty() && is_whole_phrase(rules.overall_goals, segment.section.back());
}

}  // namespace goalchain::chain
