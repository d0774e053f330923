#include "goalchain/document/list_markers.h"

#include "goalchain/document/text_lines.h"

#include <array>

namespace goalchain::document {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t bullet_length(std::string_view s) {
  static constexpr std::array<std::string_view, 11> kBullets{
      "\u2022",  // •
      "-",      "\u2013",  // –
      "*",      "\u25AA",  // ▪
      "\u25CB",          // ○
      "\u00B7",          // ·
      "\u25E6",          // ◦
      "\u2023",          // ‣
      "\uF0B7",          // Symbol-font bullet as pdftotext extracts it
      "\uF0A7",          // Wingdings square bullet
  };
  for (const std::string_view bullet : kBullets) {
    if (!s.starts_with(bullet)) continue;
    const std::size_t after = bullet.size();
    if (after == s.size()) return after;  // a bullet alone on its line
    if (const std::size_t space = white_space_length(s, after)) return after + space;
  }
  return 0;
}

std::size_t enumerator_length(std::string_view s) {
  std::size_t pos = 0;
  bool letter = false;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
    pos = 1;
    letter = true;
  } else {
    while (pos < s.size() && pos < 3 && is_digit(s[pos])) ++pos;
    if (pos == 0) return 0;
  }
  if (pos >= s.size() || (s[pos] != '.' && s[pos] != ')')) return 0;
  const bool dot = s[pos] == '.';
  ++pos;
  const std::size_t space = white_space_length(s, pos);
  if (space == 0) return 0;
  // "s. 14" is a page reference, not item s.
  if (letter && dot && pos + space < s.size() && is_digit(s[pos + space])) return 0;
  return pos + space;
}

std::size_t list_marker_length(std::string_view s) {
  if (const std::size_t n = bullet_length(s)) return n;
  return enumerator_length(s);
}

}  // namespace goalchain::document
