#include "goal_topics.h"

#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"
#include "responsibility_appendix.h"

#include <algorithm>
#include <set>

namespace goalchain::chain {

namespace {

// The keys of `text`'s words; a word with a capital within a sentence
// ("Färre sexköp i Karlstad") names a place or body, no topic.
std::set<std::string> topic_keys(std::string_view text, const std::vector<std::string>& linking_words) {
  std::set<std::string> keys;
  bool opens = true;  // the next word opens the text, a sentence or a label's value
  std::size_t from = 0;
  for (const auto& word : util::tokenize_words(text)) {
    const std::string_view before = text.substr(from, word.begin - from);
    from = word.end;
    if (before.find_first_of(":.") != std::string_view::npos) opens = true;
    std::size_t at = word.begin;
    const char32_t letter = util::decode_code_point(text, at);
    if (!util::is_letter(letter)) continue;
    const bool name = !opens && util::is_upper_case(letter);
    opens = false;
    if (name) continue;
    if (auto key = task_word_key(word.folded, linking_words); !key.empty()) keys.insert(std::move(key));
  }
  return keys;
}

}  // namespace

std::optional<std::size_t> restated_goal(std::string_view text, const std::vector<std::string_view>& goals,
                                         const std::vector<std::string>& linking_words) {
  const auto keys = topic_keys(text, linking_words);
  if (keys.empty()) return std::nullopt;
  std::optional<std::size_t> best;
  std::size_t best_shared = 0;
  bool tied = false;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    const auto goal_keys = topic_keys(goals[g], linking_words);
    const auto shared = static_cast<std::size_t>(
        std::count_if(keys.begin(), keys.end(), [&](const std::string& key) { return goal_keys.contains(key); }));
    if (shared > best_shared) {
      best = g;
      best_shared = shared;
      tied = false;
    } else if (shared != 0 && shared == best_shared) {
      tied = true;
    }
  }
  constexpr std::size_t kMinShared = 2;
  if (tied || best_shared < kMinShared || 2 * best_shared < keys.size()) return std::nullopt;
  return best;
}

std::optional<std::size_t> goal_of_topic(std::string_view heading, const std::vector<std::string_view>& goals,
                                         const std::vector<std::string>& linking_words) {
  const auto keys = topic_keys(heading, linking_words);
  if (keys.empty()) return std::nullopt;
  std::optional<std::size_t> best;
  std::size_t best_shared = 0;
  bool tied = false;
  for (std::size_t g = 0; g < goals.size(); ++g) {
    std::set<std::string> met;
    for (const auto& key : topic_keys(goals[g], linking_words)) {
      if (keys.contains(key)) met.insert(key);
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
