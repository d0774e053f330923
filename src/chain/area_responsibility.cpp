#include "area_responsibility.h"

#include "section_labels.h"

#include "goalchain/util/utf8.h"
#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {

bool label_names_area(std::string_view label, std::string_view heading) {
  constexpr std::size_t kMaxAreaNameChars = 2;
  const auto label_words = util::tokenize_words(label);
  if (label_words.size() < 2) return false;
  const auto in_label = [&](const std::string& word) {
    return std::any_of(label_words.begin() + 1, label_words.end(),
                       [&](const util::WordToken& token) { return token.folded == word; });
  };
  const auto words = util::tokenize_words(heading);
  const auto first = std::find_if(words.begin(), words.end(),
                                  [](const util::WordToken& word) { return !is_number(word.folded); });
  if (first == words.end() || !in_label(first->folded)) return false;
  const auto name = first + 1;
  return name == words.end() || util::count_code_points(name->folded) > kMaxAreaNameChars || in_label(name->folded);
}

}  // namespace goalchain::chain
