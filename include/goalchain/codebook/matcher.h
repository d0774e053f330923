// The codebook compiled for matching: cost grows with the text, not with the
// number of patterns. Words are folded once and looked up in automata
// (word_index.h); phrases, regexes and rules are then checked only where one
// of their words or parts matched.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/hit.h"
#include "goalchain/codebook/pattern.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

// A byte range of a text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// One unit of text to code (a segment) with what the scopes need.
struct Passage {
  std::string_view text;
  std::uint32_t section = 0;         // passages with the same number form one section
  std::vector<TextRange> sentences;  // in order; empty: the whole text is one sentence
};

class Matcher {
 public:
  // Compiles every keyword, rule and exclusion of every code. The codebook must
  // outlive the matcher. Invalid patterns are skipped (parse_codebook reports
  // them); codes whose `requires` form a cycle never fire.
  explicit Matcher(const Codebook& codebook);
  ~Matcher();
  Matcher(Matcher&&) noexcept;
  Matcher& operator=(Matcher&&) noexcept;

  // Hits in each passage, each list ordered by start, code, end, rule and
  // keyword. Overlapping matches are all reported, except that one code
  // matching the same words through two patterns counts once (for its first
  // keyword, keywords before rules). Section scope spans passages with the
  // same section number; sentence scope uses each passage's sentences.
  std::vector<std::vector<Hit>> match_passages(std::span<const Passage> passages) const;

  // Hits in one text taken as one paragraph, one section and, unless
  // `sentences` are given, one sentence.
  std::vector<Hit> match(std::string_view text, std::vector<TextRange> sentences = {}) const;

  // True when some rule or code has `scope: sentence`: only then do callers
  // need to split passages into sentences.
  bool uses_sentences() const;

  // True when some rule or code has `scope: section`: only then do callers
  // need to number the sections of their passages.
  bool uses_sections() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace goalchain::codebook
