#include "goalchain/chain/plan_grammar.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

namespace goalchain::chain {
namespace {

using codebook::matches_word;
using codebook::Phrase;

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool ends_with_colon(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" \t\n");
  return last != std::string_view::npos && text[last] == ':';
}

// A phrase list by first word: codebook::phrase_at's answer (the first phrase
// that starts at a word) from the phrases whose first word is that word or a
// pattern ending in '*'.
class PhraseIndex {
 public:
  explicit PhraseIndex(const std::vector<Phrase>& phrases) : phrases_(phrases) {
    for (std::size_t p = 0; p < phrases.size(); ++p) {
      if (phrases[p].empty()) continue;
      if (phrases[p].front().ends_with('*')) {
        patterns_.push_back(p);
      } else {
        by_word_[phrases[p].front()].push_back(p);
      }
    }
  }

  std::optional<std::size_t> at(const std::vector<std::string>& words, std::size_t at) const {
    if (at >= words.size()) return std::nullopt;
    std::optional<std::size_t> first;
    const auto first_of = [&](const std::vector<std::size_t>& candidates) {
      for (const std::size_t p : candidates) {
        if (first && p > *first) return;
        if (matches(phrases_[p], words, at)) {
          first = p;
          return;
        }
      }
    };
    if (const auto it = by_word_.find(words[at]); it != by_word_.end()) first_of(it->second);
    first_of(patterns_);
    return first;
  }

  // The first word at or after `from` (and before `to`) where a phrase starts.
  std::optional<std::size_t> find(const std::vector<std::string>& words, std::size_t from,
                                  std::size_t to) const {
    for (std::size_t w = from; w < std::min(to, words.size()); ++w) {
      if (at(words, w)) return w;
    }
    return std::nullopt;
  }

  const Phrase& operator[](std::size_t p) const { return phrases_[p]; }

 private:
  static bool matches(const Phrase& phrase, const std::vector<std::string>& words, std::size_t at) {
    if (at + phrase.size() > words.size()) return false;
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (!matches_word(phrase[k], words[at + k])) return false;
    }
    return true;
  }

  const std::vector<Phrase>& phrases_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_word_;
  std::vector<std::size_t> patterns_;  // phrases whose first word ends in '*'
};

}  // namespace

struct PlanGrammar::Impl {
  explicit Impl(const codebook::ChainRules& r)
      : rules(r),
        goal_verbs(r.goal_verbs),
        activity_verbs(r.activity_verbs),
        past_activity(r.past_activity),
        assignment_phrases(r.assignment_phrases),
        partner_phrases(r.partner_phrases),
        deadline_phrases(r.deadline_phrases),
        plan_phrases(r.plan_phrases) {}

  const codebook::ChainRules& rules;
  PhraseIndex goal_verbs;
  PhraseIndex activity_verbs;
  PhraseIndex past_activity;
  PhraseIndex assignment_phrases;
  PhraseIndex partner_phrases;
  PhraseIndex deadline_phrases;
  PhraseIndex plan_phrases;
};

PlanGrammar::PlanGrammar(const codebook::ChainRules& rules) : impl_(std::make_unique<const Impl>(rules)) {}
PlanGrammar::~PlanGrammar() = default;
PlanGrammar::PlanGrammar(PlanGrammar&&) noexcept = default;
PlanGrammar& PlanGrammar::operator=(PlanGrammar&&) noexcept = default;

SentenceReading read_sentence(const codebook::ChainRules& rules, std::string_view sentence,
                              bool list_follows) {
  return PlanGrammar(rules).read(sentence, list_follows);
}

SentenceReading PlanGrammar::read(std::string_view sentence, bool list_follows) const {
  const Impl& g = *impl_;
  const codebook::ChainRules& rules = g.rules;
  SentenceReading reading;
  auto tokens = util::tokenize_words(sentence);  // their offsets stay; the words move
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (auto& token : tokens) words.push_back(std::move(token.folded));
  if (words.empty()) return reading;

  // The obligation ("ska") or recommendation ("bör") near the start.
  std::optional<std::size_t> obligation;
  bool recommendation = false;
  const std::size_t subject_limit =
      std::min(words.size(), static_cast<std::size_t>(rules.max_subject_words) + 1);
  for (std::size_t w = 0; w < subject_limit; ++w) {
    if (contains(rules.obligation_words, words[w])) {
      obligation = w;
      break;
    }
    if (contains(rules.recommendation_words, words[w])) {
      obligation = w;
      recommendation = true;
      break;
    }
  }
  if (obligation) reading.subject_end = tokens[*obligation].begin;

  if (ends_with_colon(sentence) &&
      (list_follows || obligation || contains(rules.lead_in_endings, words.back()))) {
    reading.lead_in = true;
    return reading;
  }
  if (g.deadline_phrases.find(words, 0, words.size())) {
    reading.not_an_element = true;
    return reading;
  }
  reading.about_plan = g.plan_phrases.at(words, 0).has_value();
  reading.no_goal = recommendation || reading.about_plan;

  for (std::size_t w = obligation.value_or(0); w < words.size(); ++w) {
    if (auto p = g.partner_phrases.at(words, w)) {
      const std::size_t after = w + g.partner_phrases[*p].size();
      if (after < words.size()) reading.partners_from.push_back(tokens[after].begin);
    }
  }

  if (obligation) {
    // Partners between the obligation and its verb ("ska i samverkan med
    // polisen och Migrationsverket genomföra") do not use up the window.
    constexpr std::size_t kPartnerNames = 4;
    std::size_t end = *obligation + 1 + static_cast<std::size_t>(rules.verb_window);
    for (std::size_t w = *obligation + 1; w < std::min(end, words.size()); ++w) {
      if (auto p = g.partner_phrases.at(words, w)) {
        end += g.partner_phrases[*p].size() + kPartnerNames;
        continue;
      }
      if (g.goal_verbs.at(words, w)) {
        reading.role = Role::goal;
        break;
      }
      if (g.activity_verbs.at(words, w)) {
        reading.role = Role::activity;
        break;
      }
    }
    return reading;
  }
  if (const auto at = g.assignment_phrases.find(words, 0, words.size())) {
    reading.role = Role::activity;
    reading.subject_end = tokens[*at].begin;
    const auto phrase = g.assignment_phrases.at(words, *at);
    const std::size_t after = *at + g.assignment_phrases[*phrase].size();
    if (after < words.size()) reading.partners_from.push_back(tokens[after].begin);
    return reading;
  }
  if (g.past_activity.find(words, 0, words.size())) reading.role = Role::activity;
  return reading;
}

}  // namespace goalchain::chain
