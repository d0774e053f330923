#include "goalchain/document/text_decoder.h"

#include "goalchain/document/text_lines.h"
#include "goalchain/util/diagnostic.h"
#include "goalchain/util/utf8.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <stdexcept>

namespace goalchain::document {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// One iconv conversion descriptor into UTF-8.
class Utf8Converter {
 public:
  explicit Utf8Converter(const char* from_code) : cd_(iconv_open("UTF-8", from_code)) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) {
      throw std::runtime_error(fmt::format("iconv cannot convert from {}", from_code));
    }
  }
  ~Utf8Converter() { iconv_close(cd_); }
  Utf8Converter(const Utf8Converter&) = delete;
  Utf8Converter& operator=(const Utf8Converter&) = delete;

  // Appends the UTF-8 of `input` to `out` up to the end or the first bytes that
  // do not decode; returns how many bytes were consumed.
  std::size_t convert(std::string_view input, std::string& out) {
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    // glibc's iconv takes char** but does not write through it.
    char* in = const_cast<char*>(input.data());
    std::size_t in_left = input.size();
    char buffer[4096];
    while (in_left > 0) {
      char* out_ptr = buffer;
      std::size_t out_left = sizeof buffer;
      const std::size_t result = iconv(cd_, &in, &in_left, &out_ptr, &out_left);
      out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
      if (result == static_cast<std::size_t>(-1) && errno != E2BIG) break;
    }
    return input.size() - in_left;
  }

 private:
  iconv_t cd_;
};

DecodedText finish(std::string_view utf8, std::string encoding) {
  return DecodedText{util::to_nfc(normalize_line_ends(utf8)), std::move(encoding), {}};
}

util::Diagnostic diagnostic_at(const std::string& text, std::size_t offset, const std::string& path,
                               std::string message, std::string hint) {
  const util::TextPosition position = util::locate_offset(text, offset);
  util::Diagnostic diagnostic;
  diagnostic.file = path;
  diagnostic.line = position.line;
  diagnostic.column = position.column;
  diagnostic.message = std::move(message);
  diagnostic.hint = std::move(hint);
  diagnostic.source_line = position.line_text;
  return diagnostic;
}

[[noreturn]] void throw_binary(const std::string& path) {
  util::Diagnostic diagnostic;
  diagnostic.file = path;
  diagnostic.message = "not a text file (contains NUL bytes)";
  diagnostic.hint =
      "goalchain reads text (.txt, .md), PDF (.pdf), Word (.docx, .odt) and YAML (.yaml, .yml) files: save the "
      "document as PDF or plain text; for UTF-16 text without a byte-order mark give "
      "--encoding utf-16";
  throw util::DiagnosticError(std::move(diagnostic));
}

std::size_t count_invalid_utf8(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t bad = util::find_invalid_utf8(text.substr(pos));
    if (bad == std::string_view::npos) break;
    ++count;
    pos += bad + 1;
  }
  return count;
}

DecodedText decode_utf8(std::string_view bytes, const std::string& path, bool forced) {
  const bool bom = bytes.starts_with(kUtf8Bom);
  if (bom) bytes.remove_prefix(kUtf8Bom.size());
  const std::string text = normalize_line_ends(bytes);
  const std::size_t bad = util::find_invalid_utf8(text);
  if (bad == std::string::npos) {
    return DecodedText{util::to_nfc(text), bom ? "utf-8-bom" : "utf-8", {}};
  }
  const std::size_t count = count_invalid_utf8(text);
  const std::string how_many = count == 1 ? std::string("this is the only byte that is not UTF-8")
                                          : fmt::format("{} bytes in the file are not UTF-8", count);
  constexpr const char* kConvert = "iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8";
  throw util::DiagnosticError(diagnostic_at(
      text, bad, path,
      fmt::format("not valid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(text[bad])),
      forced ? fmt::format("{}; the file is probably Windows-1252: leave out --encoding utf-8 to "
                           "detect it, or convert it: {}",
                           how_many, kConvert)
             : fmt::format("the file starts with a UTF-8 byte-order mark, but {}: convert it "
                           "({}) or give --encoding windows-1252",
                           how_many, kConvert)));
}

// Invalid bytes reported one by one; the last warning counts the rest.
constexpr std::size_t kReplacedBytesNamed = 5;

// True when the non-ASCII bytes are mostly valid UTF-8 sequences: a UTF-8 file
// with a stray byte, not a Windows-1252 file (where "ä" alone is 0xE4 and
// sequences that happen to be valid UTF-8 are rare).
bool looks_like_utf8(std::string_view bytes) {
  std::size_t valid = 0;
  std::size_t invalid = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[pos]);
    if (lead < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (util::find_invalid_utf8(bytes.substr(pos, length)) == std::string_view::npos) {
      ++valid;
      pos += length;
    } else {
      ++invalid;
      ++pos;
    }
  }
  return valid > invalid;
}

// UTF-8 with every invalid byte replaced by U+FFFD, and a warning for each
// (the first few).
DecodedText decode_utf8_replacing(std::string_view bytes, const std::string& path) {
  const std::string text = normalize_line_ends(bytes);
  std::vector<std::size_t> invalid;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t bad = util::find_invalid_utf8(std::string_view(text).substr(pos));
    if (bad == std::string_view::npos) break;
    invalid.push_back(pos + bad);
    pos += bad + 1;
  }
  DecodedText decoded{util::to_nfc(util::replace_invalid_utf8(text)), "utf-8", {}};
  const std::size_t named = std::min(invalid.size(), kReplacedBytesNamed);
  for (std::size_t i = 0; i < named; ++i) {
    std::string hint = "the rest of the file is UTF-8; re-save it as UTF-8, or give --encoding "
                       "windows-1252 if it is Windows-1252";
    if (i + 1 == named && invalid.size() > named) {
      hint = fmt::format("{} bytes in all were replaced; {}", invalid.size(), hint);
    }
    util::Diagnostic warning = diagnostic_at(
        text, invalid[i], path,
        fmt::format("not valid UTF-8 (byte 0x{:02X}); read as U+FFFD",
                    static_cast<unsigned char>(text[invalid[i]])),
        std::move(hint));
    warning.severity = util::Severity::warning;
    decoded.warnings.push_back(std::move(warning));
  }
  return decoded;
}

// The UTF-8 of the character a byte stands for in Latin-1 (U+0000-U+00FF).
std::string latin1_character(unsigned char byte) {
  if (byte < 0x80) return std::string(1, static_cast<char>(byte));
  return {static_cast<char>(0xC0 | (byte >> 6)), static_cast<char>(0x80 | (byte & 0x3F))};
}

DecodedText decode_windows1252(std::string_view bytes) {
  Utf8Converter converter("WINDOWS-1252");
  std::string utf8;
  utf8.reserve(bytes.size() + bytes.size() / 8);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    pos += converter.convert(bytes.substr(pos), utf8);
    if (pos >= bytes.size()) break;
    // The bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are
    // the only ones iconv rejects; they decode as in Latin-1.
    utf8 += latin1_character(static_cast<unsigned char>(bytes[pos]));
    ++pos;
  }
  return finish(utf8, "windows-1252");
}

// More zero bytes at even offsets than at odd ones: high bytes first.
bool looks_big_endian(std::string_view bytes) {
  std::size_t even = 0;
  std::size_t odd = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even : odd);
  }
  return even > odd;
}

DecodedText decode_utf16(std::string_view bytes, const std::string& path) {
  bool big_endian = false;
  if (bytes.starts_with(kUtf16LeBom)) {
    bytes.remove_prefix(kUtf16LeBom.size());
  } else if (bytes.starts_with(kUtf16BeBom)) {
    big_endian = true;
    bytes.remove_prefix(kUtf16BeBom.size());
  } else {
    big_endian = looks_big_endian(bytes);
  }
  const char* name = big_endian ? "UTF-16BE" : "UTF-16LE";
  Utf8Converter converter(name);
  std::string utf8;
  const std::size_t consumed = converter.convert(bytes, utf8);
  if (consumed < bytes.size()) {
    const std::string_view unit = bytes.substr(consumed, 2);
    std::string shown = fmt::format("0x{:02X}", static_cast<unsigned char>(unit[0]));
    if (unit.size() == 2) shown += fmt::format(" 0x{:02X}", static_cast<unsigned char>(unit[1]));
    const std::string text = normalize_line_ends(utf8);
    throw util::DiagnosticError(diagnostic_at(
        text, text.size(), path,
        fmt::format("not valid {} (byte{} {})", name, unit.size() == 2 ? "s" : "", shown),
        consumed + 2 > bytes.size()
            ? "the file ends in the middle of a character: it may be cut short; re-save it"
            : "a surrogate half without its pair: re-save the file as UTF-8 or UTF-16"));
  }
  return finish(utf8, big_endian ? "utf-16be" : "utf-16le");
}

}  // namespace

DecodedText decode_text(std::string_view bytes, const std::string& path, Encoding choice) {
  const bool utf16_bom = bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom);
  switch (choice) {
    case Encoding::utf16:
      return decode_utf16(bytes, path);
    case Encoding::utf8:
      if (bytes.find('\0') != std::string_view::npos) throw_binary(path);
      return decode_utf8(bytes, path, true);
    case Encoding::windows1252:
      if (bytes.find('\0') != std::string_view::npos) throw_binary(path);
      return decode_windows1252(bytes);
    case Encoding::detect:
      break;
  }
  if (utf16_bom) return decode_utf16(bytes, path);
  if (bytes.find('\0') != std::string_view::npos) throw_binary(path);
  if (bytes.starts_with(kUtf8Bom)) return decode_utf8(bytes, path, false);
  if (util::find_invalid_utf8(bytes) == std::string_view::npos) return finish(bytes, "utf-8");
  if (looks_like_utf8(bytes)) return decode_utf8_replacing(bytes, path);
  return decode_windows1252(bytes);
}

}  // namespace goalchain::document
