#include "goalchain/chain/plan_grammar.h"

#include "goalchain/util/word_tokens.h"
#include "section_labels.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace goalchain::chain {
namespace {

using codebook::matches_word;
using codebook::Phrase;

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A count of people or things ("118 personer"), not a year ("2019 bildades").
bool is_count(const std::string& word) {
  constexpr int kFirstYear = 1900;
  constexpr int kLastYear = 2100;
  if (word.empty() || word.find_first_not_of("0123456789") != std::string::npos || word.size() > 6) {
    return false;
  }
  const int value = std::stoi(word);
  return value < kFirstYear || value > kLastYear;
}

bool ends_with_colon(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" \t\n");
  return last != std::string_view::npos && text[last] == ':';
}

// The first words of a grammar's phrases, numbered: a sentence's words are
// looked up once, not once for each phrase list.
using WordIds = std::unordered_map<std::string, std::size_t>;
constexpr std::size_t kOtherWord = static_cast<std::size_t>(-1);

// A sentence's folded words and the number of each in WordIds (kOtherWord
// for a word no phrase starts with).
struct SentenceWords {
  std::vector<std::string> words;
  std::vector<std::size_t> ids;
};

// A phrase list by first word: codebook::phrase_at's answer (the first phrase
// that starts at a word) from the phrases whose first word is that word or a
// pattern ending in '*'.
class PhraseIndex {
 public:
  PhraseIndex(const std::vector<Phrase>& phrases, WordIds& ids) : phrases_(phrases) {
    for (std::size_t p = 0; p < phrases.size(); ++p) {
      if (phrases[p].empty()) continue;
      const std::string& head = phrases[p].front();
      if (head.ends_with('*')) {
        patterns_.push_back(p);
        continue;
      }
      const std::size_t id = ids.emplace(head, ids.size()).first->second;
      if (id >= by_word_.size()) by_word_.resize(id + 1);
      by_word_[id].push_back(p);
    }
  }

  std::optional<std::size_t> at(const SentenceWords& sentence, std::size_t at) const {
    const auto& words = sentence.words;
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
    if (const std::size_t id = sentence.ids[at]; id < by_word_.size()) first_of(by_word_[id]);
    first_of(patterns_);
    return first;
  }

  // The first word at or after `from`, and before `to`, where a phrase starts.
  std::optional<std::size_t> find(const SentenceWords& sentence, std::size_t from,
                                  std::size_t to) const {
    for (std::size_t w = from; w < std::min(to, sentence.words.size()); ++w) {
      if (at(sentence, w)) return w;
    }
    return std::nullopt;
  }

  // The first word at or after `from`, and before `to`, where one of the
  // phrases of several words starts, its later words each at most `gap` words
  // after the one before: adverbials split a verb from its particle or
  // auxiliary ("tog 2020 i samverkan med Region Värmland fram", "har under
  // året genomförts"). Phrases of one word are found where they stand (at).
  std::optional<std::size_t> find_spread(const SentenceWords& sentence, std::size_t from,
                                         std::size_t to, std::size_t gap) const {
    const auto& words = sentence.words;
    const auto spread_from = [&](const std::vector<std::size_t>& candidates, std::size_t w) {
      for (const std::size_t p : candidates) {
        if (matches_spread(phrases_[p], words, w, gap)) return true;
      }
      return false;
    };
    for (std::size_t w = from; w < std::min(to, words.size()); ++w) {
      if (const std::size_t id = sentence.ids[w]; id < by_word_.size() && spread_from(by_word_[id], w)) {
        return w;
      }
      if (spread_from(patterns_, w)) return w;
    }
    return std::nullopt;
  }

  // The last word of the first phrase that starts at `w` with its later
  // words each at most `gap` words after the one before ("kommer under 2025
  // att"); nullopt when none does.
  std::optional<std::size_t> end_spread(const SentenceWords& sentence, std::size_t w, std::size_t gap) const {
    const auto& words = sentence.words;
    if (w >= words.size()) return std::nullopt;
    const auto end_of = [&](const std::vector<std::size_t>& candidates) -> std::optional<std::size_t> {
      for (const std::size_t p : candidates) {
        if (const auto end = spread_end(phrases_[p], words, w, gap)) return end;
      }
      return std::nullopt;
    };
    if (const std::size_t id = sentence.ids[w]; id < by_word_.size()) {
      if (const auto end = end_of(by_word_[id])) return end;
    }
    return end_of(patterns_);
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

  static bool matches_spread(const Phrase& phrase, const std::vector<std::string>& words,
                             std::size_t w, std::size_t gap) {
    return phrase.size() >= 2 && spread_end(phrase, words, w, gap).has_value();
  }

  static std::optional<std::size_t> spread_end(const Phrase& phrase, const std::vector<std::string>& words,
                                               std::size_t w, std::size_t gap) {
    if (phrase.empty() || !matches_word(phrase.front(), words[w])) return std::nullopt;
    std::size_t at = w;
    for (std::size_t k = 1; k < phrase.size(); ++k) {
      bool found = false;
      for (std::size_t next = at + 1; next < words.size() && next <= at + gap + 1; ++next) {
        if (matches_word(phrase[k], words[next])) {
          at = next;
          found = true;
          break;
        }
      }
      if (!found) return std::nullopt;
    }
    return at;
  }

  const std::vector<Phrase>& phrases_;
  std::vector<std::vector<std::size_t>> by_word_;  // by WordIds number
  std::vector<std::size_t> patterns_;              // phrases whose first word ends in '*'
};


// The goal numbers from word `from` on: numbers, those written together with
// a point making one ("6.2"), separated by linking words ("1 och 4", "1, 2");
// after a goal's label (`named`) also a label's letter ("mål A och C", "mål
// D2"); `words_end` is set to the first word that is neither.
std::vector<std::string> numbers_from(std::string_view sentence, const std::vector<util::WordToken>& tokens,
                                      const std::vector<std::string>& linking, std::size_t from,
                                      std::size_t to, std::size_t& words_end, bool named = false) {
  std::vector<std::string> numbers;
  std::size_t w = from;
  for (; w < to; ++w) {
    const std::string& word = tokens[w].folded;
    const bool lettered = named && !is_number(word) && is_label_number(sentence, tokens[w]);
    if (lettered) {
      numbers.push_back(word);
      continue;
    }
    if (is_number(word)) {
      const bool after_number =
          w > from && (is_number(tokens[w - 1].folded) || (named && is_label_number(sentence, tokens[w - 1])));
      const std::string_view between =
          after_number ? sentence.substr(tokens[w - 1].end, tokens[w].begin - tokens[w - 1].end) : "";
      const bool joined = between == ".";
      // "1, 2": a list; "2018:1197", "1–3": no goal numbers.
      if (after_number && !joined && between.find_first_not_of(", ") != std::string_view::npos) break;
      if (joined && !numbers.empty()) {
        numbers.back() += '.';
        numbers.back() += word;
      } else {
        numbers.push_back(word);
      }
      continue;
    }
    if (numbers.empty() || !contains(linking, word)) break;
  }
  words_end = w;
  return numbers;
}

// The goals named by letter from word `from` on ("a", "a och c", "b, d");
// `words_end` as numbers_from sets it.
std::vector<std::string> letters_from(const std::vector<util::WordToken>& tokens,
                                      const std::vector<std::string>& linking, std::size_t from, std::size_t to,
                                      std::size_t& words_end) {
  std::vector<std::string> places;
  std::size_t w = from;
  for (; w < to; ++w) {
    const std::string& word = tokens[w].folded;
    if (word.size() == 1 && word[0] >= 'a' && word[0] <= 'z') {
      places.push_back(word);
      continue;
    }
    if (places.empty() || !contains(linking, word)) break;
  }
  words_end = w;
  return places;
}

}  // namespace

// A hash of strings that also takes a string_view, so that a sentence is
// looked up without copying it.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct PlanGrammar::Impl {
  explicit Impl(const codebook::ChainRules& r)
      : rules(r),
        goal_verbs(r.goal_verbs, ids),
        activity_verbs(r.activity_verbs, ids),
        past_activity(r.past_activity, ids),
        past_activity_active(r.past_activity_active, ids),
        work_itself(r.work_itself, ids),
        assignment_phrases(r.assignment_phrases, ids),
        partner_phrases(r.partner_phrases, ids),
        deadline_phrases(r.deadline_phrases, ids),
        plan_phrases(r.plan_phrases, ids),
        goal_openings(r.goal_openings, ids),
        goal_reference(r.goal_reference, ids),
        passive_agent(r.passive_agent, ids),
        pending_indicator(r.pending_indicator, ids),
        vision_openings(r.vision_openings, ids),
        assessments(r.assessments, ids),
        serves_goal_before(r.serves_goal_before, ids),
        intention(r.intention, ids) {}

  const codebook::ChainRules& rules;
  WordIds ids;  // filled by the lists below, so declared before them
  PhraseIndex goal_verbs;
  PhraseIndex activity_verbs;
  PhraseIndex past_activity;
  PhraseIndex past_activity_active;
  PhraseIndex work_itself;
  PhraseIndex assignment_phrases;
  PhraseIndex partner_phrases;
  PhraseIndex deadline_phrases;
  PhraseIndex plan_phrases;
  PhraseIndex goal_openings;
  PhraseIndex goal_reference;
  PhraseIndex passive_agent;
  PhraseIndex pending_indicator;
  PhraseIndex vision_openings;
  PhraseIndex assessments;
  PhraseIndex serves_goal_before;
  PhraseIndex intention;
  // The readings so far, by sentence, without and with a list after it: a
  // document's sentences are read again by later steps, and plans repeat
  // their phrasings.
  mutable std::unordered_map<std::string, SentenceReading, TextHash, std::equal_to<>> readings[2];

  SentenceReading read(std::string_view sentence, bool list_follows) const;
  std::vector<GoalReference> goal_references(std::string_view sentence,
                                             const std::vector<util::WordToken>& tokens,
                                             const SentenceWords& folded,
                                             std::optional<std::size_t>& tail, bool& only) const;
  SentenceWords words_of(std::string_view text, std::vector<util::WordToken>* tokens = nullptr) const;
};

SentenceWords PlanGrammar::Impl::words_of(std::string_view text,
                                          std::vector<util::WordToken>* tokens_out) const {
  auto tokens = util::tokenize_words(text);
  SentenceWords folded;
  folded.words.reserve(tokens.size());
  folded.ids.reserve(tokens.size());
  for (auto& token : tokens) {
    const auto id = ids.find(token.folded);
    folded.ids.push_back(id == ids.end() ? kOtherWord : id->second);
    folded.words.push_back(token.folded);
  }
  if (tokens_out != nullptr) *tokens_out = std::move(tokens);
  return folded;
}

std::vector<GoalReference> PlanGrammar::Impl::goal_references(std::string_view sentence,
                                                              const std::vector<util::WordToken>& tokens,
                                                              const SentenceWords& folded,
                                                              std::optional<std::size_t>& tail, bool& only) const {
  std::vector<GoalReference> refs;
  const auto add = [&](std::vector<std::string> numbers, GoalReference::Form form) {
    for (auto& number : numbers) {
      GoalReference ref{std::move(number), form};
      if (std::find(refs.begin(), refs.end(), ref) == refs.end()) refs.push_back(std::move(ref));
    }
  };
  const auto& linking = rules.linking_words;
  std::size_t end = 0;
  // "För att nå mål 2 ska ...", "kopplat till mål 1 och 3".
  for (std::size_t w = 0; w < tokens.size(); ++w) {
    const auto phrase = goal_reference.at(folded, w);
    if (!phrase) continue;
    const std::size_t after = w + goal_reference[*phrase].size();
    auto numbers = numbers_from(sentence, tokens, linking, after, tokens.size(), end, true);
    only = only || (w == 0 && !numbers.empty() && end == tokens.size());
    add(std::move(numbers), GoalReference::Form::named);
    w = std::max(w, end);
  }
  // "(mål 1 och 4)", "[6.2]": brackets holding goal numbers, linking words
  // and a goal's label, and nothing else.
  std::size_t t = 0;
  for (std::size_t open = sentence.find_first_of("(["); open != std::string_view::npos;
       open = sentence.find_first_of("([", open + 1)) {
    const char closer = sentence[open] == '(' ? ')' : ']';
    const std::size_t close = sentence.find(closer, open + 1);
    if (close == std::string_view::npos) break;
    while (t < tokens.size() && tokens[t].begin < open) ++t;
    std::size_t last = t;
    while (last < tokens.size() && tokens[last].end <= close) ++last;
    std::size_t w = t;
    bool named = false;
    while (w < last && codebook::role_of_label(rules, tokens[w].folded) == codebook::ChainRole::goal &&
           !is_number(tokens[w].folded)) {
      named = true;
      ++w;
    }
    // "(mål: 12 av 12)": the label and a colon state a target value.
    if (named && sentence.substr(tokens[w - 1].end, 1) == ":") {
      open = close;
      continue;
    }
    auto numbers = numbers_from(sentence, tokens, linking, w, last, end, named);
    // "(mål a och c)": goals lettered a), b), ...
    if (numbers.empty() && named) numbers = letters_from(tokens, linking, w, last, end);
    if (end == last && !numbers.empty()) {
      add(std::move(numbers), named ? GoalReference::Form::named : GoalReference::Form::bare);
      if (last == tokens.size()) tail = open;
    }
    open = close;
  }
  // "6.2 Antal anmälda brott ...": a goal's number of two parts or more
  // leading the sentence.
  if (!tokens.empty() && sentence.find_first_not_of(" \t") == tokens.front().begin) {
    const auto numbers = numbers_from(sentence, tokens, {}, 0, tokens.size(), end);
    if (numbers.size() == 1 && numbers.front().find('.') != std::string::npos && end < tokens.size()) {
      add(numbers, GoalReference::Form::leading);
    }
  }
  return refs;
}

bool PlanGrammar::opens_with_deed(std::string_view text) const {
  return impl_->activity_verbs.at(impl_->words_of(text), 0).has_value();
}

bool PlanGrammar::is_pending_indicator(std::string_view text) const {
  return impl_->pending_indicator.at(impl_->words_of(text), 0).has_value();
}

PlanGrammar::PlanGrammar(const codebook::ChainRules& rules) : impl_(std::make_unique<const Impl>(rules)) {}
PlanGrammar::~PlanGrammar() = default;
PlanGrammar::PlanGrammar(PlanGrammar&&) noexcept = default;
PlanGrammar& PlanGrammar::operator=(PlanGrammar&&) noexcept = default;

bool names_other_topic(const codebook::ChainRules& rules, std::string_view text) {
  if (rules.other_topics.empty()) return false;
  std::vector<std::string> words;
  for (auto& token : util::tokenize_words(text)) words.push_back(std::move(token.folded));
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (codebook::phrase_at(rules.other_topics, words, w)) return true;
  }
  return false;
}

SentenceReading read_sentence(const codebook::ChainRules& rules, std::string_view sentence,
                              bool list_follows) {
  return PlanGrammar(rules).read(sentence, list_follows);
}

SentenceReading PlanGrammar::read(std::string_view sentence, bool list_follows) const {
  auto& readings = impl_->readings[list_follows ? 1 : 0];
  if (const auto it = readings.find(sentence); it != readings.end()) return it->second;
  SentenceReading reading = impl_->read(sentence, list_follows);
  readings.emplace(std::string(sentence), reading);
  return reading;
}

SentenceReading PlanGrammar::Impl::read(std::string_view sentence, bool list_follows) const {
  const Impl& g = *this;
  const codebook::ChainRules& rules = g.rules;
  SentenceReading reading;
  std::vector<util::WordToken> tokens;  // for their offsets
  const SentenceWords folded = words_of(sentence, &tokens);
  const std::vector<std::string>& words = folded.words;
  if (words.empty()) return reading;

  reading.goal_references =
      goal_references(sentence, tokens, folded, reading.reference_tail, reading.reference_only);

  // The obligation ("ska") or recommendation ("bör") near the start.
  std::optional<std::size_t> obligation;
  std::size_t verbs_from = 0;  // the word after the obligation, or after its phrase
  bool recommendation = false;
  const std::size_t subject_limit =
      std::min(words.size(), static_cast<std::size_t>(rules.max_subject_words) + 1);
  const auto gap = static_cast<std::size_t>(rules.verb_window);
  for (std::size_t w = 0; w < subject_limit; ++w) {
    if (contains(rules.obligation_words, words[w])) {
      obligation = w;
      verbs_from = w + 1;
      break;
    }
    // "Länsstyrelsen kommer under 2025 att erbjuda ...": an intention serves
    // as the obligation, its verb after the phrase.
    if (const auto end = g.intention.end_spread(folded, w, gap)) {
      obligation = w;
      verbs_from = *end + 1;
      break;
    }
    if (contains(rules.recommendation_words, words[w])) {
      obligation = w;
      recommendation = true;
      break;
    }
  }
  if (obligation) {
    reading.subject_end = tokens[*obligation].begin;
    if (verbs_from < words.size()) reading.after_obligation = tokens[verbs_from].begin;
  }

  // "Länsstyrelserna ska" alone above a bulleted list leads it as "Länsstyrelsen ska:" does.
  const bool ends_in_obligation = obligation && !recommendation && verbs_from == words.size();
  // "Polismyndigheten åtar sig att" over "a) ...": a sentence left open on a
  // lead-in ending leads the list under it, colon or not.
  const bool left_open = tokens.back().end == sentence.find_last_not_of(" \t\n") + 1 &&
                         contains(rules.lead_in_endings, words.back());
  if ((ends_with_colon(sentence) &&
       (list_follows || obligation || contains(rules.lead_in_endings, words.back()))) ||
      (list_follows && (ends_in_obligation || left_open))) {
    reading.lead_in = true;
    // "Under året genomförde länsstyrelsen:", "Kommunen har fått i uppdrag
    // att:": a deed or an assignment names what the list holds, tasks.
    reading.lead_names_deeds = obligation.has_value() || g.activity_verbs.find(folded, 0, words.size()) ||
                               g.past_activity.find(folded, 0, words.size()) ||
                               g.past_activity_active.find(folded, 0, words.size()) ||
                               g.assignment_phrases.find(folded, 0, words.size());
    return reading;
  }
  // A label of no element ("Tidplan: hösten 2023", "Resultat: 230 personer
  // deltog", as the table columns that hold none).
  if (contains(rules.table_other_columns, words.front())) {
    const std::size_t after = sentence.find_first_not_of(" \t", tokens.front().end);
    if (after != std::string_view::npos && sentence[after] == ':') {
      reading.not_an_element = true;
      return reading;
    }
  }
  // What came of the work ("Resultat: 230 personer deltog"): follow-up.
  if (contains(rules.result_labels, words.front())) {
    const std::size_t after = sentence.find_first_not_of(" \t", tokens.front().end);
    if (after != std::string_view::npos && sentence[after] == ':') {
      reading.result = true;
      reading.role = Role::follow_up;
      return reading;
    }
  }
  if (g.deadline_phrases.find(folded, 0, words.size())) {
    reading.not_an_element = true;
    return reading;
  }
  reading.about_plan = g.plan_phrases.at(folded, 0).has_value();
  reading.no_goal = recommendation || reading.about_plan || g.vision_openings.at(folded, 0).has_value();
  reading.serves_goal_before = g.serves_goal_before.at(folded, 0).has_value();
  // "Polisen bedömer att sexköpen ökar": a view of the situation before any
  // obligation, neither goal nor task.
  if (const auto at = g.assessments.find(folded, 0, subject_limit); at && (!obligation || *at < *obligation)) {
    reading.assessment = true;
    return reading;
  }

  for (std::size_t w = obligation.value_or(0); w < words.size(); ++w) {
    if (auto p = g.partner_phrases.at(folded, w)) {
      const std::size_t after = w + g.partner_phrases[*p].size();
      if (after < words.size()) reading.partners_from.push_back(tokens[after].begin);
      reading.partner_phrases.emplace_back(tokens[w].begin, tokens[after - 1].end);
    }
  }
  // "Målet för året var att ... skulle ha ...": a goal, whatever its verbs.
  if (!reading.no_goal &&
      (g.goal_openings.at(folded, 0) || g.goal_openings.find_spread(folded, 0, 1, gap))) {
    reading.role = Role::goal;
    return reading;
  }

  if (obligation) {
    // Partners between the obligation and its verb ("ska i samverkan med
    // polisen och Migrationsverket genomföra") do not use up the window.
    constexpr std::size_t kPartnerNames = 4;
    std::size_t end = verbs_from + static_cast<std::size_t>(rules.verb_window);
    for (std::size_t w = verbs_from; w < std::min(end, words.size()); ++w) {
      if (auto p = g.partner_phrases.at(folded, w)) {
        end += g.partner_phrases[*p].size() + kPartnerNames;
        continue;
      }
      if (g.goal_verbs.at(folded, w)) {
        reading.role = Role::goal;
        break;
      }
      if (const auto verb = g.activity_verbs.at(folded, w)) {
        // "Länsstyrelserna ska genomföra uppdraget i samverkan med ...": who
        // carries out the work, not a task of it.
        const std::size_t object = w + g.activity_verbs[*verb].size();
        // "Uppdraget ska genomföras i samverkan med ...": the work as subject.
        reading.whole_plan = g.work_itself.at(folded, object).has_value() ||
                             (*obligation > 0 && g.work_itself.at(folded, *obligation - 1).has_value() &&
                              *obligation == g.work_itself[*g.work_itself.at(folded, *obligation - 1)].size());
        reading.role = reading.whole_plan ? Role::responsibility : Role::activity;
        break;
      }
    }
    return reading;
  }
  if (const auto at = g.assignment_phrases.find(folded, 0, words.size())) {
    reading.role = Role::activity;
    // "Länsstyrelsen har av Jämställdhetsmyndigheten fått i uppdrag att":
    // the agent gave the assignment; the subject ends before it.
    const auto giver = g.passive_agent.find(folded, 1, *at);
    reading.subject_end = tokens[giver.value_or(*at)].begin;
    const auto phrase = g.assignment_phrases.at(folded, *at);
    const std::size_t after = *at + g.assignment_phrases[*phrase].size();
    if (after < words.size()) reading.assignees_from.push_back(tokens[after].begin);
    return reading;
  }
  // "Länsstyrelsen genomförde 2019 en utbildning": the actors before an
  // active past verb did it; "En rutin har tagits fram": a passive names none.
  auto active = g.past_activity_active.find(folded, 0, subject_limit);
  if (!active) active = g.past_activity_active.find_spread(folded, 0, subject_limit, gap);
  if (const auto at = active) {
    // "118 personer deltog": a figure of what came of the work, a result.
    if (*at > 0 && is_count(words.front())) {
      reading.result = true;
      reading.role = Role::follow_up;
      return reading;
    }
    reading.role = Role::activity;
    reading.subject_end = tokens[*at].begin;
    if (const auto phrase = g.past_activity_active.at(folded, *at)) {
      const std::size_t after = *at + g.past_activity_active[*phrase].size();
      reading.figure_after_verb = *at > 0 && after < words.size() && is_count(words[after]);
    }
    return reading;
  }
  auto passive = g.past_activity.find(folded, 0, words.size());
  if (!passive) passive = g.past_activity.find_spread(folded, 0, words.size(), gap);
  if (passive) {
    // "... genomfördes i februari av Polisen": the agent did it.
    if (const auto agent = g.passive_agent.find(folded, *passive + 1, words.size())) {
      const std::size_t after = *agent + g.passive_agent[*g.passive_agent.at(folded, *agent)].size();
      if (after < words.size()) reading.assignees_from.push_back(tokens[after].begin);
    }
    reading.role = Role::activity;
    return reading;
  }
  if (g.past_activity_active.find(folded, 0, words.size()) ||
      g.past_activity_active.find_spread(folded, 0, words.size(), gap)) {
    reading.role = Role::activity;
  }
  return reading;
}

}  // namespace goalchain::chain
