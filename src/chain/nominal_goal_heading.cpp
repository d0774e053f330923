#include "nominal_goal_heading.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {

std::optional<std::size_t> nominal_goal_heading(const codebook::ChainRules& rules,
                                                std::string_view heading) {
  if (rules.nominal_goals.empty()) return std::nullopt;
  const auto words = util::tokenize_words(heading);
  std::size_t w = 0;
  while (w < words.size() && words[w].folded.find_first_not_of("0123456789.") == std::string::npos) ++w;
  // "Effektivare brottsbekämpning" names an area, as the national strategy's
  // goals do; a goal says what changes and for whom or where.
  constexpr std::size_t kMinGoalWords = 3;
  if (w + kMinGoalWords > words.size()) return std::nullopt;
  const auto& first = words[w].folded;
  const bool opens = std::any_of(rules.nominal_goals.begin(), rules.nominal_goals.end(),
                                 [&](const std::string& word) { return codebook::matches_word(word, first); });
  if (!opens) return std::nullopt;
  return words[w].begin;
}

}  // namespace goalchain::chain
