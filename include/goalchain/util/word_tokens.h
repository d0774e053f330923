// Splits text into words: maximal runs of letters, marks and digits.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace goalchain::util {

struct WordToken {
  std::string folded;      // case-folded, NFC
  std::size_t begin = 0;   // byte offset of the first byte in the source text
  std::size_t end = 0;     // byte offset one past the last byte
};

// Words of `utf8` in order, each case-folded. Punctuation, spaces and symbols
// separate words ("hbtq-personer" gives "hbtq" and "personer").
std::vector<WordToken> tokenize_words(std::string_view utf8);

// tokenize_words(utf8).size(), without folding or keeping the words.
std::size_t count_words(std::string_view utf8);

// Calls `visit` with each word of `utf8` as tokenize_words folds it, in order,
// without keeping them: for a pass over a whole document.
void for_each_folded_word(std::string_view utf8, const std::function<void(const std::string&)>& visit);

// True when `test` holds for every word of `utf8`, folded as tokenize_words
// folds it; stops at the first word it fails, so a long text whose first
// word fails costs one word.
bool all_folded_words(std::string_view utf8, const std::function<bool(const std::string&)>& test);

struct WordsAmong {
  std::size_t words = 0;  // the words of the text
  std::size_t among = 0;  // of them, those in the set
};

// The words of `utf8` and how many of them, folded as tokenize_words folds
// them, are in `among` (folded words): a language check over a whole
// document, without folding the words too long to be in the set.
WordsAmong count_words_among(std::string_view utf8, const std::unordered_set<std::string>& among);

}  // namespace goalchain::util
