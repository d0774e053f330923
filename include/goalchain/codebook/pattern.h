// Word patterns: a pattern is one or more words (a phrase); a word may hold
// the wildcards '*' (any run of characters, also none) and '?' (exactly one
// character) anywhere. Patterns are split into words the way the text is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// One word of a pattern.
struct PatternWord {
  std::string text;  // case-folded (NFC), wildcards as written: "organi?ation", "*prostitution"

  bool has_wildcards() const { return text.find_first_of("*?") != std::string::npos; }
};

// Splits and folds a pattern. Returns the words, or nothing with `error` set
// for an empty pattern or a word made of wildcards only. A pattern with no
// letters or digits at all also gives nothing, with `error` saying so; it is
// not invalid, it can only never match.
std::vector<PatternWord> parse_pattern(std::string_view pattern, std::string& error);

// True when `text` has a letter or digit: a pattern without any cannot match.
bool has_word_characters(std::string_view text);

// True when the folded `word` matches the folded `glob` ('*' and '?' count
// code points). Linear in practice and never worse than |glob| x |word|.
bool match_glob(std::string_view glob, std::string_view word);

// True when every word `specific` matches is also matched by `general` (both
// folded globs): "polis*" covers "polisen" and "polisens*", not "polis?".
bool glob_covers(std::string_view general, std::string_view specific);

}  // namespace goalchain::codebook
