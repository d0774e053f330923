#include "section_labels.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <vector>

namespace goalchain::chain {

namespace {

// Bold or italic markup of text exported as Markdown ("**Ansvar:**").
bool is_markup(char c) { return c == '*' || c == '_'; }

}  // namespace

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
  // "Så följer vi upp: antal ...": a phrase labelling a follow-up.
  if (!role) {
    std::vector<std::string> folded;
    for (const auto& word : util::tokenize_words(text.substr(0, colon))) folded.push_back(word.folded);
    if (const auto at = codebook::phrase_at(rules.follow_up_labels, folded, 0);
        at && rules.follow_up_labels[*at].size() == folded.size()) {
      role = Role::follow_up;
    }
  }
  if (!role) return std::nullopt;
  // "**Ansvar:** Kuratorn": markup closing the label is no part of the words.
  std::size_t content = colon + 1;
  while (content < text.size() && (text[content] == ' ' || is_markup(text[content]))) ++content;
  return std::make_pair(*role, content);
}

std::vector<std::size_t> inline_labels(const codebook::ChainRules& rules, std::string_view text) {
  std::vector<std::size_t> at;
  const auto words = util::tokenize_words(text);
  for (std::size_t w = 1; w < words.size(); ++w) {
    const auto& word = words[w];
    // "... IFO **Uppföljning:** Andel ...": the label's markup opens its piece.
    std::size_t start = word.begin;
    while (start > 0 && is_markup(text[start - 1])) --start;
    if (start == 0) continue;
    const char before = text[start - 1];
    const auto first = static_cast<unsigned char>(text[word.begin]);
    // A capital: an ASCII one, or the lead byte of a letter outside ASCII
    // ("Åtgärd:") that folds to other bytes.
    const bool capital = (first >= 'A' && first <= 'Z') ||
                         (first >= 0x80 && text.substr(word.begin, word.folded.size()) != word.folded);
    if (word.end >= text.size() || text[word.end] != ':' || before != ' ' || !capital) continue;
    // "Ansvarig: X | Tidplan: Y": a cell after '|' whose label names no role
    // ends the element before it (cell_end) and opens none; "Indikator: X |
    // Mätetal: Y" opens one.
    const std::size_t last = text.find_last_not_of(' ', start - 1);
    const bool after_bar = last != std::string_view::npos && text[last] == '|';
    if (after_bar && !role_of_label(rules, word.folded)) continue;
    const auto listed = [&](const std::vector<std::string>& labels) {
      return std::find(labels.begin(), labels.end(), word.folded) != labels.end();
    };
    if (role_of_label(rules, word.folded) || listed(rules.table_other_columns) ||
        listed(rules.result_labels)) {
      at.push_back(start);
    }
  }
  return at;
}

bool is_number(const std::string& word) {
  return !word.empty() && word.find_first_not_of("0123456789") == std::string::npos;
}

bool is_label_number(std::string_view text, const util::WordToken& word) {
  if (is_number(word.folded)) return true;
  constexpr std::size_t kMaxLetterNumber = 3;
  const std::string_view original = text.substr(word.begin, word.end - word.begin);
  return !original.empty() && original.size() <= kMaxLetterNumber && original[0] >= 'A' && original[0] <= 'Z' &&
         original.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

std::optional<std::size_t> goal_heading(const codebook::ChainRules& rules, std::string_view text) {
  if (auto label = field_label(rules, text); label && label->first == Role::goal) {
    return label->second;
  }
  const auto words = util::tokenize_words(text);
  if (words.size() < 3 || !is_label_number(text, words[1])) return std::nullopt;
  if (role_of_label(rules, words[0].folded) != Role::goal) return std::nullopt;
  std::size_t w = 2;
  while (w < words.size() && is_number(words[w].folded)) ++w;
  if (w == words.size()) return std::nullopt;
  return words[w].begin;
}

std::optional<std::pair<Role, std::size_t>> numbered_label(const codebook::ChainRules& rules,
                                                            std::string_view text) {
  const auto words = util::tokenize_words(text);
  if (words.size() < 3 || !is_label_number(text, words[1])) return std::nullopt;
  const auto role = role_of_label(rules, words[0].folded);
  if (role != Role::goal && role != Role::activity) return std::nullopt;
  std::size_t w = 2;
  while (w < words.size() && is_number(words[w].folded)) ++w;
  if (w == words.size()) return std::nullopt;
  return std::make_pair(*role, words[w].begin);
}

bool is_bare_numbered_label(const codebook::ChainRules& rules, std::string_view text) {
  const auto words = util::tokenize_words(text);
  if (words.size() < 2) return false;
  const auto role = role_of_label(rules, words[0].folded);
  if (role != Role::goal && role != Role::activity) return false;
  return is_label_number(text, words[1]) &&
         std::all_of(words.begin() + 2, words.end(), [](const auto& word) { return is_number(word.folded); });
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
  if (opens_with_label(rules, heading, {}, Role::problem)) return true;
  const auto words = util::tokenize_words(heading);
  // "Del 1. Läget i Luleå", "Kapitel 2 Bakgrund": a chapter's word and number
  // before the heading's own words.
  std::size_t first = 0;
  while (first < words.size() && is_number(words[first].folded)) ++first;
  if (first + 1 < words.size() && is_number(words[first + 1].folded) &&
      !role_of_label(rules, words[first].folded)) {
    first += 2;
    while (first < words.size() && is_number(words[first].folded)) ++first;
  }
  if (first >= words.size()) return false;
  const std::string_view rest = heading.substr(words[first].begin);
  if (first > 0 && opens_with_label(rules, rest, {}, Role::problem)) return true;
  // "Så ser det ut i Jönköping", "Why this matters": a phrase of the codebook.
  std::vector<std::string> folded;
  folded.reserve(words.size() - first);
  for (std::size_t w = first; w < words.size(); ++w) folded.push_back(words[w].folded);
  if (codebook::phrase_at(rules.problem_headings, folded, 0)) {
    return std::none_of(folded.begin(), folded.end(), [&](const std::string& word) {
      const auto other = role_of_label(rules, word);
      return other && *other != Role::problem;
    });
  }
  // "Current situation", "Nationell bakgrund": a heading of two or three
  // words named by its last, as a field label is.
  constexpr std::size_t kMaxLabelWords = 3;
  return folded.size() > 1 && folded.size() <= kMaxLabelWords &&
         role_of_label(rules, folded.back()) == Role::problem &&
         std::none_of(folded.begin(), folded.end() - 1, [&](const std::string& word) {
           return role_of_label(rules, word).has_value();
         });
}

std::optional<Role> label_heading(const codebook::ChainRules& rules, std::string_view heading) {
  const auto role = role_of_label(rules, heading);
  if (!role || *role == Role::goal || *role == Role::problem || *role == Role::follow_up) {
    return std::nullopt;
  }
  // Numbered headings ("5. Uppföljning") are chapters of their own.
  const auto words = util::tokenize_words(heading);
  if (words.empty() || words.size() > 2 || (heading[0] >= '0' && heading[0] <= '9')) {
    return std::nullopt;
  }
  return role;
}

std::size_t cell_end(const codebook::ChainRules& rules, std::string_view text) {
  for (std::size_t bar = text.find('|'); bar != std::string_view::npos; bar = text.find('|', bar + 1)) {
    const std::string_view rest = text.substr(bar + 1);
    const auto words = util::tokenize_words(rest);
    const bool ends = words.empty();
    bool labelled = false;
    if (!ends) {
      const std::size_t colon = rest.find(':');
      const bool first_word_labelled =
          colon != std::string_view::npos && words.front().end <= colon &&
          (words.size() == 1 || words[1].begin > colon);
      labelled = field_label(rules, rest).has_value() ||
                 (first_word_labelled &&
                  std::find(rules.table_other_columns.begin(), rules.table_other_columns.end(),
                            words.front().folded) != rules.table_other_columns.end());
    }
    if (!ends && !labelled) continue;
    std::size_t end = bar;
    while (end > 0 && text[end - 1] == ' ') --end;
    return end;
  }
  return text.size();
}

std::size_t after_item_number(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && text[begin] == ' ') ++begin;
  const std::size_t space = text.find(' ', begin);
  if (space == std::string_view::npos) return 0;
  const std::string_view token = text.substr(begin, space - begin);
  constexpr std::size_t kMaxItemNumber = 8;
  // "A1.2", "3.1.2", "4)", "b)": digits with a point, bracket or letter; a
  // year alone ("2023 genomförde ...") is no item number.
  const bool digits = token.find_first_of("0123456789") != std::string_view::npos &&
                      token.find_first_not_of("0123456789") != std::string_view::npos;
  const bool letter = token.size() == 2 && token[1] == ')';
  if (token.empty() || token.size() > kMaxItemNumber || (!digits && !letter) ||
      token.find_first_not_of("0123456789.)ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") !=
          std::string_view::npos) {
    return 0;
  }
  std::size_t words = space;
  while (words < text.size() && text[words] == ' ') ++words;
  return words;
}

std::string activities_goal_number(const codebook::ChainRules& rules, std::string_view heading) {
  const auto words = util::tokenize_words(heading);
  bool activities = false;
  for (std::size_t w = 0; w + 1 < words.size(); ++w) {
    const std::string& word = words[w].folded;
    if (is_number(word)) continue;
    const auto role = role_of_label(rules, word);
    if (role == Role::activity) {
      activities = true;
      continue;
    }
    if (!activities || !is_number(words[w + 1].folded)) continue;
    // "projektmål", "verksamhetsmål": a compound whose last part is a goal label.
    const bool goal = role == Role::goal ||
                      std::any_of(rules.field_labels.begin(), rules.field_labels.end(), [&](const auto& label) {
                        return label.second == Role::goal && word.size() > label.first.size() &&
                               word.ends_with(label.first);
                      });
    if (!goal) continue;
    std::string number;
    for (std::size_t n = w + 1; n < words.size() && is_number(words[n].folded); ++n) {
      if (!number.empty()) number += '.';
      number += words[n].folded;
    }
    return number;
  }
  return {};
}

bool is_preamble_heading(const codebook::ChainRules& rules, std::string_view heading) {
  if (opens_with_label(rules, heading, rules.preamble_labels, std::nullopt)) return true;
  // "Bilaga 2 Ordlista", "Bilaga. Förkortningar och begrepp": an appendix's
  // word with its number or a full stop before the heading's own words.
  const auto words = util::tokenize_words(heading);
  std::size_t first = 0;
  while (first < words.size() && is_number(words[first].folded)) ++first;
  if (first + 1 >= words.size() || role_of_label(rules, words[first].folded)) return false;
  const bool stop = heading.substr(words[first].end, 1) == ".";
  if (!stop && !is_number(words[first + 1].folded)) return false;
  std::size_t own = first + 1;
  while (own < words.size() && is_number(words[own].folded)) ++own;
  return own < words.size() &&
         opens_with_label(rules, heading.substr(words[own].begin), rules.preamble_labels, std::nullopt);
}

}  // namespace goalchain::chain
