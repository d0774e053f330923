#include "goalchain/document/text_lines.h"

#include "goalchain/util/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace goalchain::document {
namespace {

// util::decode_code_point with ASCII, nearly all of the text, handled here.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(s[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return util::decode_code_point(s, pos);
}

}  // namespace

bool is_white_space(char32_t cp) {
  switch (cp) {
    case U' ':
    case U'\t':
    case U'\v':
    case U'\f':
    case U'\r':
    case U'\n':
    case U'\u00A0':  // no-break space
    case U'\u1680':
    case U'\u202F':  // narrow no-break space
    case U'\u205F':
    case U'\u3000':
    case U'\uFEFF':  // stray byte-order mark
      return true;
    default:
      return cp >= U'\u2000' && cp <= U'\u200B';
  }
}

std::size_t white_space_length(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t next = pos;
  return is_white_space(next_code_point(s, next)) ? next - pos : 0;
}

std::string_view trim_white_space(std::string_view s) {
  while (const std::size_t n = white_space_length(s, 0)) s.remove_prefix(n);
  while (!s.empty()) {
    std::size_t start = 0;
    if (!is_white_space(util::decode_code_point_before(s, s.size(), start))) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

namespace {

// True when collapse_white_space would return `s` as it is: single spaces
// between words, and beyond ASCII only U+00C0..U+00FF and U+2010..U+2027
// (dashes, quotes, bullets), none of them white space. Most lines are so.
bool is_collapsed(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t size = s.size();
  for (std::size_t i = 0; i < size; ++i) {
#if defined(__SSE2__)
    // Sixteen bytes at a time to the next byte to look at: one below ' ' or
    // beyond ASCII (signed, so both compare below ' '), or a space before a space.
    const __m128i space = _mm_set1_epi8(' ');
    while (i + 17 <= size) {
      const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i + 1));
      const int special = _mm_movemask_epi8(_mm_cmplt_epi8(here, space));
      const int doubled = _mm_movemask_epi8(_mm_cmpeq_epi8(here, space)) &
                          _mm_movemask_epi8(_mm_cmpeq_epi8(next, space));
      if ((special | doubled) != 0) {
        i += static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(special | doubled)));
        break;
      }
      i += 16;
    }
    if (i >= size) break;
#endif
    const unsigned char c = bytes[i];
    if (c > ' ' && c < 0x80) continue;
    if (c == ' ') {
      if (bytes[i + 1] == ' ') return false;  // s does not end in a space
      continue;
    }
    if (c == 0xC3 && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < size && bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x90 &&
        bytes[i + 2] <= 0xA7) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

std::string collapse_white_space(std::string_view s) {
  if (is_collapsed(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte > ' ' && byte < 0x80) {
      if (pending) out += ' ';
      pending = false;
      // The whole run of plain ASCII at once.
      std::size_t end = pos + 1;
      while (end < s.size()) {
        const auto c = static_cast<unsigned char>(s[end]);
        if (c <= ' ' || c >= 0x80) break;
        ++end;
      }
      out.append(s, pos, end - pos);
      pos = end;
      continue;
    }
    const std::size_t start = pos;
    if (is_white_space(next_code_point(s, pos))) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out.append(s.substr(start, pos - start));
  }
  return out;
}

std::string collapse_ascii_white_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

std::string normalize_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t cr = text.find('\r', pos);
    if (cr == std::string_view::npos) {
      out.append(text, pos);
      break;
    }
    out.append(text, pos, cr - pos);
    out += '\n';
    pos = cr + 1;
    if (pos < text.size() && text[pos] == '\n') ++pos;
  }
  return out;
}

namespace {

// White space characters at the start of `s`.
std::size_t count_indent(std::string_view s) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (const std::size_t n = white_space_length(s, pos)) {
    pos += n;
    ++count;
  }
  return count;
}

}  // namespace

std::vector<TextLine> split_text_lines(std::string_view text) {
  std::vector<TextLine> lines;
  int number = 0;
  int page = 1;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (true) {
      const std::size_t feed = line.find('\f');
      const std::string_view part = line.substr(0, feed);
      lines.push_back({trim_white_space(part), number, page, count_indent(part), false});
      if (feed == std::string_view::npos) break;
      lines.push_back({std::string_view{}, number, page, 0, true});
      ++page;
      line.remove_prefix(feed + 1);
    }
    if (end == text.size()) break;
    pos = end + 1;
  }
  return lines;
}

int count_pages(std::string_view text) {
  int pages = 1;
  int feeds_pending = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (feeds_pending == 0) {  // only a form feed matters until the next one
      pos = text.find('\f', pos);
      if (pos == std::string_view::npos) break;
    }
    if (text[pos] == '\f') {
      ++feeds_pending;
      ++pos;
      continue;
    }
    const std::size_t space = white_space_length(text, pos);
    if (space != 0) {
      pos += space;
      continue;
    }
    pages += feeds_pending;
    feeds_pending = 0;
    next_code_point(text, pos);
  }
  return pages;
}

}  // namespace goalchain::document
