#include "goalchain/codebook/word_memo.h"

#include <cstring>

namespace goalchain::codebook {
namespace {

std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint32_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t size) {
  std::uint64_t h = (a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  h ^= (b ^ (size << 56)) * 0x94D049BB133111EBull;
  h ^= h >> 31;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h | 1;  // never 0, which marks an empty slot
}

// Short words hash from two overlapping loads (exact for up to 16 bytes);
// longer ones also fold in every 8 bytes of the middle.
std::uint64_t hash_word(std::string_view word) {
  const char* p = word.data();
  const std::size_t n = word.size();
  if (n >= 8) {
    std::uint64_t a = load64(p);
    for (std::size_t i = 8; i + 8 < n; i += 8) a = (a ^ load64(p + i)) * 0x9FB21C651E98DF25ull;
    return mix(a, load64(p + n - 8), n);
  }
  if (n >= 4) return mix(load32(p), load32(p + n - 4), n);
  std::uint64_t a = 0;
  for (std::size_t i = 0; i < n; ++i) a = (a << 8) | static_cast<unsigned char>(p[i]);
  return mix(a, 0, n);
}

// Equality of two strings of `n` bytes, without a call for short ones.
bool same_bytes(const char* a, const char* b, std::size_t n) {
  if (n >= 8 && n <= 16) return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
  if (n >= 4 && n < 8) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
  if (n < 4) {
    for (std::size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  return std::memcmp(a, b, n) == 0;
}

}  // namespace

void WordMemo::clear() {
  slots_.clear();
  text_.clear();
  atoms_.clear();
  used_ = 0;
}

void WordMemo::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 4096 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.hash == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

std::span<const std::uint32_t> WordMemo::atoms_of(std::string_view word, const WordIndex& index,
                                                  WordScratch& scratch) {
  if (slots_.empty()) grow();
  const std::uint64_t hash = hash_word(word);
  std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].hash != 0) {
    const Slot& slot = slots_[i];
    if (slot.hash == hash && slot.text_size == word.size() &&
        same_bytes(text_.data() + slot.text_begin, word.data(), word.size())) {
      return {atoms_.data() + slot.atom_begin, slot.atom_count};
    }
    i = (i + 1) & mask;
  }
  found_.clear();
  index.match(word, scratch, found_);
  if (used_ >= kMaxWords || text_.size() + word.size() > 0xFFFFFFFFu) {
    clear();
    grow();
    mask = slots_.size() - 1;
    i = hash & mask;
  } else if ((used_ + 1) * 2 > slots_.size()) {
    grow();
    mask = slots_.size() - 1;
    i = hash & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
  }
  Slot& slot = slots_[i];
  slot.hash = hash;
  slot.text_begin = static_cast<std::uint32_t>(text_.size());
  slot.text_size = static_cast<std::uint32_t>(word.size());
  slot.atom_begin = static_cast<std::uint32_t>(atoms_.size());
  slot.atom_count = static_cast<std::uint32_t>(found_.size());
  text_.append(word);
  atoms_.insert(atoms_.end(), found_.begin(), found_.end());
  ++used_;
  return {atoms_.data() + slot.atom_begin, slot.atom_count};
}

}  // namespace goalchain::codebook
