#include "goalchain/util/json_stream.h"

#include <fmt/format.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <system_error>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace goalchain::util {
namespace {

constexpr std::size_t kFlushAt = 1u << 20;
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 sequence at text[pos], or 0 if it is not one.
std::size_t sequence_length(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  if (second < low || second > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[pos + i]))) return 0;
  }
  return length;
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// True when some byte of `word` is zero.
constexpr bool has_zero_byte(std::uint64_t word) { return ((word - kOnes) & ~word & kHighs) != 0; }

// True when the 8 bytes at `p` are all plain ASCII that needs no escaping.
bool is_plain_block(const char* p) {
  std::uint64_t word = 0;
  std::memcpy(&word, p, sizeof word);
  const bool high = (word & kHighs) != 0;
  const bool control = ((word - 0x2020202020202020ull) & ~word & kHighs) != 0;  // byte < 0x20
  return !high && !control && !has_zero_byte(word ^ (kOnes * '"')) &&
         !has_zero_byte(word ^ (kOnes * '\\'));
}

// The offset of the first byte at or after `pos` that is not plain ASCII
// needing no escaping (or a little before the end of `text`): sixteen bytes
// at a time where SSE2 is there, eight otherwise.
std::size_t skip_plain(std::string_view text, std::size_t pos) {
  const char* data = text.data();
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i space = _mm_set1_epi8(' ');
  while (pos + 16 <= text.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
    // Signed: bytes of 0x80 and above are negative, so below ' ' as well.
    const __m128i special =
        _mm_or_si128(_mm_cmplt_epi8(bytes, space),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
    const int mask = _mm_movemask_epi8(special);
    if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    pos += 16;
  }
#endif
  while (pos + 8 <= text.size() && is_plain_block(data + pos)) pos += 8;
  return pos;
}

// Appends `text` as a JSON string literal to `out`, which has put(string_view)
// and put(char).
template <typename Out>
void append_escaped(Out& out, std::string_view text) {
  out.put('"');
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t pos = 0;
  while (pos < text.size()) {
    pos = skip_plain(text, pos);
    if (pos >= text.size()) break;
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++pos;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF && pos + 1 < text.size() &&
        is_continuation(static_cast<unsigned char>(text[pos + 1]))) {
      pos += 2;  // å, ä, ö and the other two-byte letters
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = sequence_length(text, pos);
      if (length != 0) {
        pos += length;
        continue;
      }
    }
    out.put(text.substr(run, pos - run));
    switch (c) {
      case '"': out.put("\\\""); break;
      case '\\': out.put("\\\\"); break;
      case '\b': out.put("\\b"); break;
      case '\f': out.put("\\f"); break;
      case '\n': out.put("\\n"); break;
      case '\r': out.put("\\r"); break;
      case '\t': out.put("\\t"); break;
      default:
        if (c < 0x20) {
          out.put(fmt::format("\\u{:04x}", c));
        } else {
          out.put(kReplacement);
        }
    }
    ++pos;
    run = pos;
  }
  out.put(text.substr(run, pos - run));
  out.put('"');
}

// A finite double in its shortest form, with ".0" when that has no fraction
// or exponent.
std::string format_number(double value) {
  std::string out = fmt::format("{}", value);
  if (out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

// Lets append_escaped write to a std::string.
struct StringOut {
  std::string& text;
  void put(std::string_view part) { text += part; }
  void put(char c) { text += c; }
};

}  // namespace

struct JsonStream::BufferOut {
  JsonStream& stream;
  void put(std::string_view text) { stream.put(text); }
  void put(char c) { stream.put(c); }
};

JsonStream::JsonStream(std::ostream& out, Layout layout)
    : out_(out), one_line_(layout == Layout::line) {
  buffer_.resize(kFlushAt + 4096);
}

JsonStream::JsonStream(std::ostream& out, Layout layout, std::size_t base_levels)
    : JsonStream(out, layout) {
  base_levels_ = base_levels;
}

void JsonStream::grow(std::size_t more) { buffer_.resize(2 * (used_ + more)); }

void JsonStream::put_indent() {
  put('\n');
  const std::size_t spaces = 2 * (base_levels_ + levels_.size());
  if (used_ + spaces > buffer_.size()) grow(spaces);
  std::memset(buffer_.data() + used_, ' ', spaces);
  used_ += spaces;
}

void JsonStream::begin_value() {
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (level.object) {
    if (!after_key_) throw std::logic_error("JsonStream: a value in an object needs a key");
    after_key_ = false;
    return;
  }
  begin_item(level);
}

void JsonStream::begin_item(Level& level) {
  if (!level.empty) put(level.line && !level.compact ? std::string_view(", ") : std::string_view(","));
  if (!level.line) put_indent();
  level.empty = false;
}

void JsonStream::begin_key() {
  if (levels_.empty() || !levels_.back().object || after_key_) {
    throw std::logic_error("JsonStream: a key belongs inside an object, before its value");
  }
  begin_item(levels_.back());
  after_key_ = true;
}

void JsonStream::key(JsonName name) {
  begin_key();
  put('"');
  put(name.text());
  put(levels_.back().compact ? std::string_view("\":") : std::string_view("\": "));
}

void JsonStream::key_text(std::string_view name) {
  begin_key();
  BufferOut sink{*this};
  append_escaped(sink, name);
  put(levels_.back().compact ? std::string_view(":") : std::string_view(": "));
}

void JsonStream::begin_container(char open, bool object, Layout layout) {
  begin_value();
  const bool compact = layout == Layout::compact || (!levels_.empty() && levels_.back().compact);
  const bool line = one_line_ || compact || layout == Layout::line ||
                    (!levels_.empty() && levels_.back().line);
  levels_.push_back(Level{object, line, compact, true});
  put(open);
}

void JsonStream::end_container(char close, bool object) {
  if (levels_.empty() || levels_.back().object != object || after_key_) {
    throw std::logic_error("JsonStream: container closed out of order");
  }
  const Level level = levels_.back();
  levels_.pop_back();
  if (!level.empty && !level.line) put_indent();
  put(close);
  flush_if_full();
}

void JsonStream::begin_object(Layout layout) { begin_container('{', true, layout); }
void JsonStream::end_object() { end_container('}', true); }
void JsonStream::begin_array(Layout layout) { begin_container('[', false, layout); }
void JsonStream::end_array() { end_container(']', false); }

void JsonStream::string(std::string_view text) {
  begin_value();
  BufferOut sink{*this};
  append_escaped(sink, text);
  flush_if_full();
}

void JsonStream::string_or_null(std::string_view text) {
  if (text.empty()) {
    null();
  } else {
    string(text);
  }
}

void JsonStream::string_list(const std::vector<std::string>& items) {
  begin_array(Layout::line);
  for (const auto& item : items) string(item);
  end_array();
}

void JsonStream::encoded(std::string_view json_text) {
  begin_value();
  put(json_text);
  flush_if_full();
}

void JsonStream::null() {
  begin_value();
  put("null");
}

void JsonStream::boolean(bool value) {
  begin_value();
  put(value ? std::string_view("true") : std::string_view("false"));
}

void JsonStream::write_integer(std::int64_t value) {
  begin_value();
  const fmt::format_int digits(value);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonStream::write_unsigned(std::uint64_t value) {
  begin_value();
  const fmt::format_int digits(value);
  put(std::string_view(digits.data(), digits.size()));
}

void JsonStream::number(double value) {
  if (!std::isfinite(value)) {
    null();
    return;
  }
  begin_value();
  put(format_number(value));
}

void JsonStream::flush_if_full() {
  if (used_ < kFlushAt) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
  flushed_ += used_;
  used_ = 0;
  throw_if_failed();
}

void JsonStream::throw_if_failed() const {
  if (out_) return;
  // errno is the write's, e.g. ENOSPC "No space left on device".
  if (errno != 0) throw std::system_error(errno, std::generic_category(), "cannot write the JSON output");
  throw std::runtime_error("cannot write the JSON output");
}

void JsonStream::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(used_));
  flushed_ += used_;
  used_ = 0;
  out_.flush();
  throw_if_failed();
}

void JsonStream::finish() {
  if (!levels_.empty() || after_key_) {
    throw std::logic_error("JsonStream: finish() with containers still open");
  }
  put('\n');
  flush();
}

std::string quote_json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  StringOut sink{out};
  append_escaped(sink, text);
  return out;
}

std::string encode_json_number(double value) {
  return std::isfinite(value) ? format_number(value) : "null";
}

}  // namespace goalchain::util
