#include "goalchain/chain/chain_rules.h"

#include "goalchain/util/word_tokens.h"

namespace goalchain::chain {

std::optional<Role> role_of_label(const ChainRules& rules, std::string_view label) {
  const auto words = util::tokenize_words(label);
  if (words.empty()) return std::nullopt;
  int other_words = 0;
  for (std::size_t w = 1; w < words.size(); ++w) {
    const bool number = words[w].folded.find_first_not_of("0123456789") == std::string::npos;
    if (!number) ++other_words;
  }
  if (other_words > 2) return std::nullopt;
  for (const auto& [word, role] : rules.field_labels) {
    if (word == words[0].folded) return role;
  }
  return std::nullopt;
}

}  // namespace goalchain::chain
