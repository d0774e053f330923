// UTF-8 helpers over utf8proc. Knows nothing of documents or codebooks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace goalchain::util {

// Offset of the first byte at or after `pos` that is not ASCII (0x80 or
// above), or text.size(): sixteen bytes at a time where SSE2 is there.
std::size_t skip_ascii(std::string_view text, std::size_t pos);

// Byte offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text);

// `text` with every byte that does not start a valid UTF-8 sequence replaced
// by U+FFFD.
std::string replace_invalid_utf8(std::string_view text);

// Full Unicode case folding ("Å" -> "å", "É" -> "é", "ß" -> "ss"), NFC-composed.
// Never throws: invalid bytes fold as U+FFFD (a name from a hostile file can
// reach "did you mean" through a reader's escapes).
std::string fold_case(std::string_view utf8);

// The case fold of U+00C0..U+00FF, whose UTF-8 is 0xC3 and `second`, written
// to `out` (room for two bytes): "ß" as "ss", À..Þ except × as their small
// letters, the rest as they are. Returns the number of bytes written.
inline std::size_t fold_latin1_letter(unsigned char second, char* out) {
  if (second == 0x9F) {
    out[0] = 's';
    out[1] = 's';
  } else {
    out[0] = static_cast<char>(0xC3);
    out[1] = static_cast<char>(second <= 0x9E && second != 0x97 ? second + 0x20 : second);
  }
  return 2;
}

// Canonical composition (NFC). Input must be valid UTF-8.
std::string to_nfc(std::string_view utf8);

// "Västra Götaland" -> "vastra-gotaland": diacritics stripped, ASCII lower case,
// every run of other characters one '-', no leading or trailing '-'.
std::string to_ascii_slug(std::string_view utf8);

// Number of code points in valid UTF-8 (character offsets for outputs).
std::size_t count_code_points(std::string_view utf8);

// Decodes the code point at `pos` and advances `pos` past it; invalid bytes
// decode as U+FFFD one byte at a time.
char32_t decode_code_point(std::string_view utf8, std::size_t& pos);

// Decodes the code point that ends at byte `end` (exclusive) and sets `start`
// to its first byte; U'\0' with `start` 0 when `end` is 0.
char32_t decode_code_point_before(std::string_view utf8, std::size_t end, std::size_t& start);

// True for letters, marks and digits: the characters words are made of.
bool is_word_character(char32_t cp);

// True for Unicode upper-case letters.
bool is_upper_case(char32_t cp);

// True for Unicode letters.
bool is_letter(char32_t cp);

}  // namespace goalchain::util
