// Questions a plan sets over the parts of each goal ("Vad vill vi uppnå?",
// "Vad ska göras?", "Vem ansvarar?", "När?", "Hur följer vi upp?"), by the
// codebook's question_labels: each names the role of what answers it.
#pragma once

#include "chain_pieces.h"
#include "goalchain/codebook/chain_rules.h"

#include <optional>
#include <string_view>

namespace goalchain::chain {

// A question that heads a part of a goal; `role` nullopt for one that names
// no element ("När?": one of table_other_columns asked).
struct QuestionLabel {
  std::optional<Role> role;
};

// The question label `sentence` is: it ends in '?' and opens with one of
// question_labels, with at most a few words after it ("Vad ska göras under
// året?"), or it is one word of table_other_columns ("När?"); else nullopt.
std::optional<QuestionLabel> question_label(const codebook::ChainRules& rules,
                                            std::string_view sentence);

// Where a question label run on to the words before it starts: "Mål 3.
// Personer ... ska få stöd att lämna Vad vill vi uppnå?", two lines joined
// into one sentence; the question opens with a capital. nullopt without one.
std::optional<std::size_t> question_tail(const codebook::ChainRules& rules,
                                         std::string_view sentence);

// The role of `piece`, a sentence with no field label under question label
// `question`: what answers the question takes its role, except an indicator,
// a lead-in or what is no element; under a follow-up question one that
// `names_measure` ("Antal anmälda brott ...") is an indicator. An answer
// under a question of no element is none.
void answer_question(const QuestionLabel& question, bool names_measure, Piece& piece);

}  // namespace goalchain::chain
