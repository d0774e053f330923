#include "goalchain/chain/plan_grammar.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {
namespace {

using codebook::phrase_at;

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool ends_with_colon(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" \t\n");
  return last != std::string_view::npos && text[last] == ':';
}

// The first word at or after `from` where one of `phrases` starts.
std::optional<std::size_t> find_phrase(const std::vector<codebook::Phrase>& phrases,
                                       const std::vector<std::string>& words, std::size_t from,
                                       std::size_t to) {
  for (std::size_t w = from; w < std::min(to, words.size()); ++w) {
    if (phrase_at(phrases, words, w)) return w;
  }
  return std::nullopt;
}

}  // namespace

SentenceReading read_sentence(const codebook::ChainRules& rules, std::string_view sentence,
                              bool list_follows) {
  SentenceReading reading;
  const auto tokens = util::tokenize_words(sentence);
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const auto& token : tokens) words.push_back(token.folded);
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

  // "Länsstyrelserna ska" alone above a bulleted list leads it as "Länsstyrelsen ska:" does.
  const bool ends_in_obligation = obligation && !recommendation && *obligation + 1 == words.size();
  if ((ends_with_colon(sentence) &&
       (list_follows || obligation || contains(rules.lead_in_endings, words.back()))) ||
      (list_follows && ends_in_obligation)) {
    reading.lead_in = true;
    return reading;
  }
  if (find_phrase(rules.deadline_phrases, words, 0, words.size())) {
    reading.not_an_element = true;
    return reading;
  }
  reading.about_plan = phrase_at(rules.plan_phrases, words, 0).has_value();
  reading.no_goal = recommendation || reading.about_plan;

  for (std::size_t w = obligation.value_or(0); w < words.size(); ++w) {
    if (auto p = phrase_at(rules.partner_phrases, words, w)) {
      const std::size_t after = w + rules.partner_phrases[*p].size();
      if (after < words.size()) reading.partners_from.push_back(tokens[after].begin);
    }
  }

  if (obligation) {
    // Partners between the obligation and its verb ("ska i samverkan med
    // polisen och Migrationsverket genomföra") do not use up the window.
    constexpr std::size_t kPartnerNames = 4;
    std::size_t end = *obligation + 1 + static_cast<std::size_t>(rules.verb_window);
    for (std::size_t w = *obligation + 1; w < std::min(end, words.size()); ++w) {
      if (auto p = phrase_at(rules.partner_phrases, words, w)) {
        end += rules.partner_phrases[*p].size() + kPartnerNames;
        continue;
      }
      if (phrase_at(rules.goal_verbs, words, w)) {
        reading.role = Role::goal;
        break;
      }
      if (const auto verb = phrase_at(rules.activity_verbs, words, w)) {
        // "Länsstyrelserna ska genomföra uppdraget i samverkan med ...": who
        // carries out the work, not a task of it.
        const std::size_t object = w + rules.activity_verbs[*verb].size();
        reading.role = phrase_at(rules.work_itself, words, object) ? Role::responsibility
                                                                    : Role::activity;
        break;
      }
    }
    return reading;
  }
  if (const auto at = find_phrase(rules.assignment_phrases, words, 0, words.size())) {
    reading.role = Role::activity;
    reading.subject_end = tokens[*at].begin;
    const auto phrase = phrase_at(rules.assignment_phrases, words, *at);
    const std::size_t after = *at + rules.assignment_phrases[*phrase].size();
    if (after < words.size()) reading.assignees_from.push_back(tokens[after].begin);
    return reading;
  }
  // "Länsstyrelsen genomförde 2019 en utbildning": the actors before an
  // active past verb did it; "En rutin har tagits fram": a passive names none.
  if (const auto at = find_phrase(rules.past_activity_active, words, 0, subject_limit)) {
    reading.role = Role::activity;
    reading.subject_end = tokens[*at].begin;
    return reading;
  }
  if (find_phrase(rules.past_activity, words, 0, words.size()) ||
      find_phrase(rules.past_activity_active, words, 0, words.size())) {
    reading.role = Role::activity;
  }
  return reading;
}

}  // namespace goalchain::chain
