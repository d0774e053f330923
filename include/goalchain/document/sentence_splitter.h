// Splits a segment's text into sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct SentenceSpan {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // one past the last byte (terminal punctuation included)
};

// Sentences of `utf8_text` in order, covering every non-space character once.
// Swedish abbreviations (t.ex., bl.a., s.k., m.fl., dvs., osv., fr.o.m., kap.,
// st. ...), numbers ("2021:14", "5,2 miljoner", "3.3") and initials do not end
// a sentence.
std::vector<SentenceSpan> split_sentences(std::string_view utf8_text);

}  // namespace goalchain::document
