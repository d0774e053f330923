#include "goal_topics.h"

#include "goalchain/util/word_tokens.h"
#include "responsibility_appendix.h"

#include <algorithm>
#include <set>

namespace goalchain::chain {

std::optional<std::size_t> goal_of_topic(std::string_view heading, const std::vector<std::string_view>& goals,
                                         const std::vector<std::string>& linking_words) {
  std::set<std::string> keys;
  for (const auto& word : util::tokenize_words(heading)) {
    if (auto key = task_word_key(word.folded, linking_words); !key.empty()) keys.insert(std::move(key));
  }
  if (keys.empty()) return std::nullopt;
  std::optional<std::size_t> best;
  std::size_t best_shared = 0;
  bool tied = false;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    std::set<std::string> met;
    for (const auto& word : util::tokenize_words(goals[g])) {
      if (auto key = task_word_key(word.folded, linking_words); keys.contains(key)) met.insert(std::move(key));
    }
    if (met.size() > best_shared) {
      best = g;
      best_shared = met.size();
      tied = false;
    } else if (!met.empty() && met.size() == best_shared) {
      tied = true;
    }
  }
  if (tied) return std::nullopt;
  return best;
}

}  // namespace goalchain::chain
