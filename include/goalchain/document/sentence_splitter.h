// Splits a segment's text into sentences.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct SentenceSpan {
  std::size_t begin = 0;  // byte offset of the first character
  std::size_t end = 0;    // one past the last byte (terminal punctuation included)
};

// Abbreviations after whose period a sentence goes on: the codebook's
// `layout: sentence_abbreviations:` ("t.ex.", "bl.a.", "e.g."), case-folded,
// without their last period, sorted.
struct SentenceAbbreviations {
  std::vector<std::string> words;
};

// `written` as the codebook writes them ("T.ex.", "bl.a", " kap. ").
SentenceAbbreviations make_sentence_abbreviations(const std::vector<std::string>& written);

// Makes `abbreviations` the ones split_sentences(text) knows (the program
// sets the codebook's, else the shipped codebook's). Until then it knows none.
// Not to be called while documents are being read.
void use_sentence_abbreviations(const std::vector<std::string>& abbreviations);

// Sentences of `utf8_text` in order, covering every non-space character once.
// The abbreviations in use (use_sentence_abbreviations), numbers ("2021:14",
// "5,2 miljoner", "3.3") and initials do not end a sentence.
std::vector<SentenceSpan> split_sentences(std::string_view utf8_text);

// The same with `abbreviations`.
std::vector<SentenceSpan> split_sentences(std::string_view utf8_text,
                                          const SentenceAbbreviations& abbreviations);

}  // namespace goalchain::document
