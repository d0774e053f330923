// The codebook compiled for matching: cost grows with the text, not with the
// number of patterns.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/hit.h"

#include <memory>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// A keyword pattern split into words. `*` at the start or end of a word makes
// it match any beginning or ending; a pattern of several words is a phrase.
struct PatternWord {
  std::string text;         // case-folded, without the '*'
  bool any_prefix = false;  // written "*word"
  bool any_suffix = false;  // written "word*"
};

// Splits and folds a pattern. Returns an error message (and leaves `words`
// empty) for an empty pattern, a lone or inner '*', or a word without letters.
std::vector<PatternWord> parse_pattern(std::string_view pattern, std::string& error);

class Matcher {
 public:
  // Compiles every keyword of every code. The codebook must outlive the matcher
  // and must have been validated by parse_codebook.
  explicit Matcher(const Codebook& codebook);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Every match in `text`, ordered by start, code, end and keyword. Overlapping
  // matches are all reported, except that one code matching the same words
  // through two keywords counts once (for the first keyword).
  std::vector<Hit> match(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace goalchain::codebook
