#include "goalchain/codebook/chain_rules.h"

#include "goalchain/util/word_tokens.h"

#include <array>

namespace goalchain::codebook {
namespace {

constexpr std::array<std::pair<ChainRole, std::string_view>, 6> kRoleNames = {{
    {ChainRole::problem, "problem"},
    {ChainRole::goal, "goal"},
    {ChainRole::activity, "activity"},
    {ChainRole::indicator, "indicator"},
    {ChainRole::responsibility, "responsibility"},
    {ChainRole::follow_up, "follow_up"},
}};

bool is_number(std::string_view word) {
  return !word.empty() && word.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::string_view to_string(ChainRole role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "goal";
}

std::optional<ChainRole> chain_role_from_string(std::string_view name) {
  for (const auto& [r, n] : kRoleNames) {
    if (n == name) return r;
  }
  return std::nullopt;
}

std::optional<ChainRole> role_of_label(const ChainRules& rules, std::string_view label) {
  const auto words = util::tokenize_words(label);
  std::size_t first = 0;
  while (first < words.size() && is_number(words[first].folded)) ++first;
  if (first == words.size()) return std::nullopt;
  int other_words = 0;
  for (std::size_t w = first + 1; w < words.size(); ++w) {
    if (!is_number(words[w].folded)) ++other_words;
  }
  if (other_words > 2) return std::nullopt;
  for (const auto& [word, role] : rules.field_labels) {
    if (word == words[first].folded) return role;
  }
  return std::nullopt;
}

bool matches_word(std::string_view pattern, std::string_view word) {
  if (pattern.ends_with('*')) {
    pattern.remove_suffix(1);
    return word.starts_with(pattern);
  }
  return pattern == word;
}

std::optional<std::size_t> phrase_at(const std::vector<Phrase>& phrases,
                                     const std::vector<std::string>& words, std::size_t at) {
  if (at >= words.size()) return std::nullopt;
  const std::string& word = words[at];
  for (std::size_t p = 0; p < phrases.size(); ++p) {
    const Phrase& phrase = phrases[p];
    if (phrase.empty() || at + phrase.size() > words.size()) continue;
    // Most phrases differ from the word in its first byte; a '*' pattern or
    // an empty word is left to matches_word.
    const std::string& head = phrase.front();
    if (!head.empty() && !word.empty() && head[0] != word[0] && head[0] != '*') continue;
    bool all = true;
    for (std::size_t k = 0; k < phrase.size() && all; ++k) {
      all = matches_word(phrase[k], words[at + k]);
    }
    if (all) return p;
  }
  return std::nullopt;
}

}  // namespace goalchain::codebook
