// Remembers, per distinct folded word, which atoms of a WordIndex it matched:
// natural text repeats its words, so most words are looked up in one hash
// probe instead of walking the automata (and stemming) again.
#pragma once

#include "goalchain/codebook/word_index.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace goalchain::codebook {

class WordMemo {
 public:
  // The atoms `word` (folded) matches in `index`, from memory or found now and
  // remembered. The span is valid until the next call. One memo serves one
  // index: clear() it before using it with another.
  std::span<const std::uint32_t> atoms_of(std::string_view word, const WordIndex& index,
                                          WordScratch& scratch);

  void clear();
  std::size_t size() const { return used_; }

  // Memory is bounded: past this many words the memo starts again empty.
  static constexpr std::size_t kMaxWords = 1u << 21;

 private:
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    std::uint32_t text_begin = 0;
    std::uint32_t text_size = 0;
    std::uint32_t atom_begin = 0;
    std::uint32_t atom_count = 0;
  };

  void grow();

  std::vector<Slot> slots_;
  std::string text_;                  // the words, back to back
  std::vector<std::uint32_t> atoms_;  // their atoms, back to back
  std::vector<std::uint32_t> found_;  // WordIndex::match output for a new word
  std::size_t used_ = 0;
};

}  // namespace goalchain::codebook
