#include "decision_clauses.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>

namespace goalchain::chain {

std::vector<std::pair<std::size_t, std::size_t>> decision_clauses(const codebook::ChainRules& rules,
                                                                  std::string_view sentence) {
  if (rules.decisions.empty()) return {};
  const auto tokens = util::tokenize_words(sentence);
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const auto& token : tokens) words.push_back(token.folded);
  const std::size_t limit = std::min(words.size(), static_cast<std::size_t>(rules.max_subject_words) + 1);
  std::size_t marker = words.size();
  for (std::size_t w = 0; w < limit; ++w) {
    if (const auto phrase = codebook::phrase_at(rules.decisions, words, w)) {
      marker = w + rules.decisions[*phrase].size();
      break;
    }
  }
  if (marker + 1 >= words.size()) return {};
  const auto& linking = rules.linking_words;
  std::vector<std::pair<std::size_t, std::size_t>> clauses{{tokens[marker].begin, sentence.size()}};
  for (std::size_t t = marker + 1; t < words.size(); ++t) {
    if (words[t] != words[marker]) continue;
    // ", att ...", ", samt att ...", "; att ...".
    const auto separated = [&](std::size_t q) {
      return sentence.substr(tokens[q - 1].end, tokens[q].begin - tokens[q - 1].end).find_first_of(",;") !=
             std::string_view::npos;
    };
    std::size_t q = t;
    if (!separated(q) && q - 1 > marker && std::find(linking.begin(), linking.end(), words[q - 1]) != linking.end()) {
      --q;
    }
    if (!separated(q)) continue;
    clauses.back().second = tokens[q - 1].end;
    clauses.emplace_back(tokens[t].begin, sentence.size());
  }
  if (clauses.size() < 2) return {};
  return clauses;
}

}  // namespace goalchain::chain
