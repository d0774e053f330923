// The word level of the matcher: which word patterns ("atoms") a folded word
// matches. Exact words and literal beginnings are walked in a trie, literal
// endings in a trie over reversed words, inner parts and compound parts in an
// Aho-Corasick automaton, so the cost per word does not grow with the number
// of patterns. Swedish stems are found through the trie (a Swedish Snowball
// stem is always a beginning of its word); other stems through a table.
#pragma once

#include "goalchain/codebook/codebook.h"
#include "goalchain/codebook/stemmer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace goalchain::codebook {

// One word pattern.
struct WordAtom {
  enum class Kind { glob, stem, compound };
  Kind kind = Kind::glob;
  std::string text;  // glob: folded, with '*' and '?'; stem: the folded word as written;
                     // compound: the folded word, at most a trailing '*'
  Compound compound = Compound::none;
  std::string stemmer;  // kind stem: the Snowball algorithm
};

// Per-thread state for WordIndex::match: a stem cache per algorithm, which
// may outlive one index.
class WordScratch {
 public:
  StemCache& cache(const std::string& algorithm);

 private:
  std::vector<std::pair<std::string, std::unique_ptr<StemCache>>> caches_;
};

class WordIndex {
 public:
  // Adds an atom (or finds the same one added before); returns its id.
  std::uint32_t add(const WordAtom& atom);

  // Builds the automata; call once after the last add().
  void build();

  std::size_t size() const { return atoms_.size(); }
  const WordAtom& atom(std::uint32_t id) const { return atoms_[id].atom; }

  // Appends the id of every atom that `word` (folded) matches, each once.
  void match(std::string_view word, WordScratch& scratch, std::vector<std::uint32_t>& out) const;

 private:
  enum class Check : std::uint8_t { whole, any, verify };
  struct Entry {
    std::uint32_t atom;
    Check check;
  };
  // A trie as a double array: the child of `node` for byte class c is
  // t = cells[node].base + c when cells[t].check == node. Compact, so the
  // walk stays in cache however many patterns there are.
  struct Cell {
    std::int32_t base = 0;
    std::int32_t check = -1;  // parent cell; -1: free
    std::uint32_t entry_begin = 0;
    std::uint32_t entry_end = 0;
  };
  struct DoubleArray {
    std::vector<Cell> cells;
    std::vector<Entry> entries;
  };
  // Aho-Corasick as a full transition table (few, short keys).
  struct Automaton {
    std::vector<std::int32_t> next;          // state * classes + class -> state
    std::vector<std::uint32_t> entry_begin;  // per state, into entries; one extra at the end
    std::vector<Entry> entries;
  };
  struct Compiled {
    WordAtom atom;
    std::string key;            // the literal the atom is indexed by
    std::string stem;           // kind stem: the stem to compare with
    std::uint32_t stemmer = 0;  // kind stem: index into stemmers_
  };
  struct Key {
    std::string bytes;
    Entry entry;
  };

  bool verify(const Compiled& atom, std::string_view word, std::size_t key_end,
              WordScratch& scratch) const;
  void take(const Entry* begin, const Entry* end, std::string_view word, std::size_t key_end,
            bool at_end, bool dedupe, std::size_t first, WordScratch& scratch,
            std::vector<std::uint32_t>& out) const;
  void build_double_array(const std::vector<Key>& keys, DoubleArray& trie) const;
  void build_aho_corasick(const std::vector<Key>& keys, Automaton& automaton) const;

  std::vector<Compiled> atoms_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::vector<std::string> stemmers_;  // algorithms in use

  std::vector<Key> forward_keys_;
  std::vector<Key> backward_keys_;  // reversed bytes
  std::vector<Key> inner_keys_;

  std::uint8_t classes_[256] = {};
  std::uint32_t class_count_ = 1;
  DoubleArray forward_;
  DoubleArray backward_;
  Automaton inner_;
  struct StemHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using StemTable =
      std::unordered_map<std::string, std::vector<std::uint32_t>, StemHash, std::equal_to<>>;
  std::vector<StemTable> by_stem_;  // per stemmer: stem -> atoms (algorithms other than Swedish)
  std::size_t shortest_inner_ = 0;
};

}  // namespace goalchain::codebook
