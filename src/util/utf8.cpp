#include "goalchain/util/utf8.h"

#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace goalchain::util {
namespace {

std::string map_with(std::string_view utf8, int options) {
  if (utf8.empty()) return {};
  utf8proc_uint8_t* out = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                   static_cast<utf8proc_ssize_t>(utf8.size()), &out,
                                   static_cast<utf8proc_option_t>(options));
  if (length < 0) throw std::invalid_argument(utf8proc_errmsg(length));
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

}  // namespace

std::size_t skip_ascii(std::string_view text, std::size_t pos) {
  const char* data = text.data();
  const std::size_t size = text.size();
#if defined(__SSE2__)
  while (pos + 16 <= size) {
    const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos)));
    if (high != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(high)));
    pos += 16;
  }
#endif
  while (pos < size && static_cast<unsigned char>(data[pos]) < 0x80) ++pos;
  return pos;
}

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    pos = skip_ascii(text, pos);  // ASCII is always valid
    if (pos >= text.size()) break;
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                                    static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) return pos;
    pos += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

namespace {

// fold_case for text made only of U+0001..U+00FF, whose folds are few and
// which NFC leaves alone, and of U+2002..U+206F (dashes, quotes, bullets),
// which neither fold nor compose; false (and `out` unspecified) for any other
// text.
bool fold_latin1(std::string_view utf8, std::string& out) {
  // Every fold on this path keeps the length (ß -> ss, µ -> μ: two bytes
  // each), so the text is copied once and folded in place.
  out.assign(utf8);
  auto* bytes = reinterpret_cast<unsigned char*>(out.data());
  const std::size_t size = out.size();
  for (std::size_t i = 0; i < size; ++i) {
    const unsigned char c = bytes[i];
    if (c < 0x80) {
      if (c == 0) return false;
      if (c >= 'A' && c <= 'Z') bytes[i] = static_cast<unsigned char>(c + 32);
    } else if ((c == 0xC2 || c == 0xC3) && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
      const unsigned char second = bytes[++i];
      if (c == 0xC2 && second == 0xB5) {  // micro sign -> Greek mu
        bytes[i - 1] = 0xCE;
        bytes[i] = 0xBC;
      } else if (c == 0xC3) {
        char folded[2];
        fold_latin1_letter(second, folded);
        bytes[i - 1] = static_cast<unsigned char>(folded[0]);
        bytes[i] = static_cast<unsigned char>(folded[1]);
      }
    } else if (c == 0xE2 && i + 2 < size && (bytes[i + 2] & 0xC0) == 0x80 &&
               ((bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x82) ||
                (bytes[i + 1] == 0x81 && bytes[i + 2] <= 0xAF))) {
      i += 2;  // U+2002..U+206F
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t bad = find_invalid_utf8(text.substr(pos));
    if (bad == std::string_view::npos) break;
    out.append(text, pos, bad);
    out += "\xEF\xBF\xBD";
    pos += bad + 1;
  }
  out.append(text, pos, std::string_view::npos);
  return out;
}

std::string fold_case(std::string_view utf8) {
  std::string folded;
  if (fold_latin1(utf8, folded)) return folded;
  if (find_invalid_utf8(utf8) != std::string_view::npos) {
    return fold_case(replace_invalid_utf8(utf8));
  }
  return map_with(utf8, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

namespace {

// True when `line` is valid UTF-8 made only of code points that NFC leaves
// alone and that never compose with a neighbour: U+0000..U+02FF (below the
// combining marks) and U+2002..U+206F (dashes, quotes, bullets). Most
// Swedish text is made of nothing else.
bool is_nfc_inert(std::string_view line) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t size = line.size();
  std::size_t i = 0;
  while (i < size) {
    i = skip_ascii(line, i);
    if (i >= size) break;
    const unsigned char c = bytes[i];
    if (c >= 0xC2 && c <= 0xCB && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
      i += 2;  // U+0080..U+02FF
    } else if (c == 0xE2 && i + 2 < size && (bytes[i + 2] & 0xC0) == 0x80 &&
               ((bytes[i + 1] == 0x80 && bytes[i + 2] >= 0x82) ||
                (bytes[i + 1] == 0x81 && bytes[i + 2] <= 0xAF))) {
      i += 3;  // U+2002..U+206F
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view utf8) {
  // A line feed never composes, so each line can be normalised on its own,
  // and only lines with something NFC could change go through utf8proc.
  std::string out;
  out.reserve(utf8.size());
  std::size_t begin = 0;
  while (begin < utf8.size()) {
    std::size_t end = utf8.find('\n', begin);
    end = end == std::string_view::npos ? utf8.size() : end + 1;
    const std::string_view line = utf8.substr(begin, end - begin);
    if (is_nfc_inert(line)) {
      out.append(line);
    } else {
      out += map_with(line, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    }
    begin = end;
  }
  return out;
}

std::string to_ascii_slug(std::string_view utf8) {
  const std::string stripped =
      map_with(utf8, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  std::string slug;
  bool pending_dash = false;
  for (const char c : stripped) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-';
    pending_dash = false;
    slug += c;
  }
  return slug;
}

std::size_t count_code_points(std::string_view utf8) {
  // Bytes less continuation bytes (10xxxxxx), counted eight at a time: a
  // byte's top bit and not its next one, summed by multiplying.
  constexpr std::uint64_t kTopBits = 0x8080808080808080ULL;
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  std::size_t continuation = 0;
  std::size_t i = 0;
  for (; i + 8 <= utf8.size(); i += 8) {
    std::uint64_t block = 0;
    std::memcpy(&block, utf8.data() + i, sizeof block);
    const std::uint64_t marks = (block & ~(block << 1)) & kTopBits;
    continuation += static_cast<std::size_t>(((marks >> 7) * kOnes) >> 56);
  }
  for (; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) ++continuation;
  }
  return utf8.size() - continuation;
}

char32_t decode_code_point(std::string_view utf8, std::size_t& pos) {
  if (pos < utf8.size()) {
    const auto lead = static_cast<unsigned char>(utf8[pos]);
    if (lead < 0x80) return utf8[pos++] & 0x7F;
    // Two bytes (U+0080..U+07FF: Latin letters with marks, among others).
    if (lead >= 0xC2 && lead <= 0xDF && pos + 1 < utf8.size()) {
      const auto next = static_cast<unsigned char>(utf8[pos + 1]);
      if ((next & 0xC0) == 0x80) {
        pos += 2;
        return static_cast<char32_t>(((lead & 0x1F) << 6) | (next & 0x3F));
      }
    }
  }
  utf8proc_int32_t cp = 0;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data() + pos),
                                  static_cast<utf8proc_ssize_t>(utf8.size() - pos), &cp);
  if (n <= 0) {
    ++pos;
    return U'\uFFFD';
  }
  pos += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

char32_t decode_code_point_before(std::string_view utf8, std::size_t end, std::size_t& start) {
  if (end == 0) {
    start = 0;
    return U'\0';
  }
  start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80) --start;
  std::size_t pos = start;
  return decode_code_point(utf8, pos);
}

bool is_word_character(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
  }
  if (cp >= 0xC0 && cp <= 0xFF) return cp != 0xD7 && cp != 0xF7;  // Latin-1 letters; not × ÷
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

bool is_upper_case(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool is_letter(char32_t cp) {
  if (cp < 0x100) {  // ASCII and Latin-1, most of a Swedish text, without a table lookup
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp >= 0xC0) return cp != 0xD7 && cp != 0xF7;
    return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

}  // namespace goalchain::util
