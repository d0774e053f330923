#include "goalchain/codebook/word_scanner.h"

#include "goalchain/util/utf8.h"

#include <array>
#include <cstring>

namespace goalchain::codebook {
namespace {

// ASCII letters and digits folded; 0 for everything else.
constexpr std::array<char, 256> make_ascii_folds() {
  std::array<char, 256> folds{};
  for (int b = 0; b < 128; ++b) {
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) folds[b] = static_cast<char>(b);
    if (b >= 'A' && b <= 'Z') folds[b] = static_cast<char>(b + 32);
  }
  return folds;
}

constexpr std::array<char, 256> kAsciiFolds = make_ascii_folds();

// What the character at `pos` (not ASCII) is.
enum class Kind { separator, latin1_letter, other_word_character };

Kind classify(std::string_view text, std::size_t pos, std::size_t& next) {
  if (static_cast<unsigned char>(text[pos]) == 0xC3 && pos + 1 < text.size()) {
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second >= 0x80 && second <= 0xBF) {
      next = pos + 2;
      // U+00C0..U+00FF: letters except × and ÷.
      return second == 0x97 || second == 0xB7 ? Kind::separator : Kind::latin1_letter;
    }
  }
  next = pos;
  return util::is_word_character(util::decode_code_point(text, next)) ? Kind::other_word_character
                                                                      : Kind::separator;
}

}  // namespace

void scan_words(std::string_view utf8, std::vector<ScannedWord>& words, std::string& folded) {
  words.clear();
  const std::size_t size = utf8.size();
  folded.resize(size);  // the fast path never makes a word longer
  char* out = folded.data();
  std::size_t written = 0;
  const auto* text = reinterpret_cast<const unsigned char*>(utf8.data());

  std::size_t pos = 0;
  while (pos < size) {
    // Skip to the start of the next word.
    if (kAsciiFolds[text[pos]] == 0) {
      if (text[pos] < 0x80) {
        ++pos;
        continue;
      }
      std::size_t next = 0;
      if (classify(utf8, pos, next) == Kind::separator) {
        pos = next;
        continue;
      }
    }
    const std::size_t word_begin = pos;
    const std::size_t folded_begin = written;
    bool slow = false;  // a character outside ASCII and Latin-1: fold the word with utf8proc
    while (pos < size) {
      const unsigned char byte = text[pos];
      if (const char fold = kAsciiFolds[byte]; fold != 0) {
        out[written++] = fold;
        ++pos;
        continue;
      }
      if (byte < 0x80) break;
      std::size_t next = 0;
      const Kind kind = classify(utf8, pos, next);
      if (kind == Kind::separator) break;
      if (kind == Kind::latin1_letter) {
        written += util::fold_latin1_letter(text[pos + 1], out + written);
      } else {
        slow = true;  // copied as it is for now, folded below
        for (std::size_t i = pos; i < next; ++i) out[written++] = static_cast<char>(text[i]);
      }
      pos = next;
    }
    if (slow) {
      const std::string refolded = util::fold_case(utf8.substr(word_begin, pos - word_begin));
      written = folded_begin;
      // Keep room for the rest of the text, which the fast path copies unchecked.
      const std::size_t needed = written + refolded.size() + (size - pos);
      if (needed > folded.size()) {
        folded.resize(needed + size / 8 + 16);
        out = folded.data();
      }
      std::memcpy(out + written, refolded.data(), refolded.size());
      written += refolded.size();
    }
    words.push_back({static_cast<std::uint32_t>(word_begin), static_cast<std::uint32_t>(pos),
                     static_cast<std::uint32_t>(folded_begin),
                     static_cast<std::uint32_t>(written)});
  }
  folded.resize(written);
}

}  // namespace goalchain::codebook
