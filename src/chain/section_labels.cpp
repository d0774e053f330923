#include "section_labels.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <vector>

namespace goalchain::chain {

std::optional<std::pair<Role, std::size_t>> field_label(const codebook::ChainRules& rules,
                                                         std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  auto role = role_of_label(rules, text.substr(0, colon));
  // "Exempel på insatser:", "Ansvariga aktörer:": a label of a few words
  // whose last word names the role.
  constexpr std::size_t kMaxLabelWords = 3;
  if (const auto words = util::tokenize_words(text.substr(0, colon));
      !role && words.size() > 1 && words.size() <= kMaxLabelWords && !is_number(words.back().folded)) {
    role = role_of_label(rules, words.back().folded);
  }
  if (!role) return std::nullopt;
  std::size_t content = colon + 1;
  while (content < text.size() && text[content] == ' ') ++content;
  return std::make_pair(*role, content);
}

std::vector<std::size_t> inline_labels(const codebook::ChainRules& rules, std::string_view text) {
  std::vector<std::size_t> at;
  const auto words = util::tokenize_words(text);
  for (std::size_t w = 1; w < words.size(); ++w) {
    const auto& word = words[w];
    const char before = text[word.begin - 1];
    const auto first = static_cast<unsigned char>(text[word.begin]);
    // A capital: an ASCII one, or the lead byte of a letter outside ASCII
    // ("Åtgärd:") that folds to other bytes.
    const bool capital = (first >= 'A' && first <= 'Z') ||
                         (first >= 0x80 && text.substr(word.begin, word.folded.size()) != word.folded);
    if (word.end >= text.size() || text[word.end] != ':' || before != ' ' || !capital) continue;
    const auto listed = [&](const std::vector<std::string>& labels) {
      return std::find(labels.begin(), labels.end(), word.folded) != labels.end();
    };
    if (role_of_label(rules, word.folded) || listed(rules.table_other_columns) ||
        listed(rules.result_labels)) {
      at.push_back(word.begin);
    }
  }
  return at;
}

bool is_number(const std::string& word) {
  return !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
}

std::optional<std::size_t> goal_heading(const codebook::ChainRules& rules, std::string_view text) {
  if (auto label = field_label(rules, text); label && label->first == Role::goal) {
    return label->second;
  }
  const auto words = util::tokenize_words(text);
  if (words.size() < 3 || !is_number(words[1].folded)) return std::nullopt;
  if (role_of_label(rules, words[0].folded) != Role::goal) return std::nullopt;
  std::size_t w = 1;
  while (w < words.size() && is_number(words[w].folded)) ++w;
  if (w == words.size()) return std::nullopt;
  return words[w].begin;
}

std::optional<std::pair<Role, std::size_t>> numbered_label(const codebook::ChainRules& rules,
                                                            std::string_view text) {
  const auto words = util::tokenize_words(text);
  if (words.size() < 3 || !is_number(words[1].folded)) return std::nullopt;
  const auto role = role_of_label(rules, words[0].folded);
  if (role != Role::goal && role != Role::activity) return std::nullopt;
  std::size_t w = 1;
  while (w < words.size() && is_number(words[w].folded)) ++w;
  if (w == words.size()) return std::nullopt;
  return std::make_pair(*role, words[w].begin);
}

bool is_bare_numbered_label(const codebook::ChainRules& rules, std::string_view text) {
  const auto words = util::tokenize_words(text);
  if (words.size() < 2) return false;
  const auto role = role_of_label(rules, words[0].folded);
  if (role != Role::goal && role != Role::activity) return false;
  return std::all_of(words.begin() + 1, words.end(), [](const auto& word) { return is_number(word.folded); });
}

namespace {

// The heading's first word ("Lägesbild prostitution och människohandel"
// starts with "Lägesbild"; numbers before it skipped) is a label of `role`
// (or, without a role, one of `labels`), and none of its words labels another
// role than `role`.
bool opens_with_label(const codebook::ChainRules& rules, std::string_view heading,
                      const std::vector<std::string>& labels, std::optional<Role> role) {
  const auto words = util::tokenize_words(heading);
  const auto first = std::find_if(words.begin(), words.end(),
                                  [](const util::WordToken& word) { return !is_number(word.folded); });
  if (first == words.end()) return false;
  const bool opens = role ? role_of_label(rules, first->folded) == role
                          : std::find(labels.begin(), labels.end(), first->folded) != labels.end();
  return opens && std::none_of(words.begin(), words.end(), [&](const util::WordToken& word) {
           const auto other = role_of_label(rules, word.folded);
           return other && other != role && *other != Role::problem;
         });
}

}  // namespace

bool is_problem_heading(const codebook::ChainRules& rules, std::string_view heading) {
  return opens_with_label(rules, heading, {}, Role::problem);
}

bool is_preamble_heading(const codebook::ChainRules& rules, std::string_view heading) {
  return opens_with_label(rules, heading, rules.preamble_labels, std::nullopt);
}

}  // namespace goalchain::chain
