#include "question_labels.h"

#include "goalchain/util/word_tokens.h"

#include <algorithm>
#include <string>
#include <vector>

namespace goalchain::chain {

std::optional<QuestionLabel> question_label(const codebook::ChainRules& rules,
                                            std::string_view sentence) {
  const std::string text = trimmed(sentence);
  if (text.empty() || text.back() != '?') return std::nullopt;
  const auto tokens = util::tokenize_words(text);
  if (tokens.empty()) return std::nullopt;
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const auto& token : tokens) words.push_back(token.folded);
  if (words.size() == 1 && contains(rules.table_other_columns, words.front())) {
    return QuestionLabel{std::nullopt};
  }
  // "Vad ska göras för att nå målet?" still heads the activities; a longer
  // question is the plan's own text.
  constexpr std::size_t kMaxWordsAfter = 4;
  for (const auto& [phrase, role] : rules.question_labels) {
    if (phrase.size() <= words.size() && words.size() <= phrase.size() + kMaxWordsAfter &&
        codebook::phrase_at({phrase}, words, 0)) {
      return QuestionLabel{role};
    }
  }
  return std::nullopt;
}

std::optional<std::size_t> question_tail(const codebook::ChainRules& rules,
                                         std::string_view sentence) {
  if (rules.question_labels.empty() || trimmed(sentence).empty() || trimmed(sentence).back() != '?') {
    return std::nullopt;
  }
  const auto tokens = util::tokenize_words(sentence);
  for (std::size_t w = 1; w < tokens.size(); ++w) {
    const auto first = static_cast<unsigned char>(sentence[tokens[w].begin]);
    const bool capital = (first >= 'A' && first <= 'Z') ||
                         (first >= 0x80 && sentence.substr(tokens[w].begin, tokens[w].folded.size()) !=
                                               tokens[w].folded);
    if (!capital || sentence[tokens[w].begin - 1] != ' ') continue;
    if (question_label(rules, sentence.substr(tokens[w].begin))) return tokens[w].begin;
  }
  return std::nullopt;
}

void answer_question(const QuestionLabel& question, bool names_measure, Piece& piece) {
  if (piece.inert || piece.lead_in) return;
  if (!question.role) {
    piece.role.reset();
    piece.inert = true;
    return;
  }
  if (piece.role == Role::indicator) return;
  // "Hur följer vi upp?" / "Antal anmälda brott ...": a measure, as after
  // "Uppföljning:".
  if (question.role == Role::follow_up && names_measure) {
    piece.role = Role::indicator;
    piece.measured = true;
    return;
  }
  piece.answers_question = true;
  if (piece.role == question.role) return;
  piece.role = question.role;
  piece.measured = false;
}

}  // namespace goalchain::chain
