#include "goalchain/util/yaml_scalar.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace goalchain::util {
namespace {

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return lower;
}

// Words YAML 1.1 or 1.2 readers take as booleans or null.
bool is_reserved_word(std::string_view text) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", ".nan", ".inf"};
  const std::string lower = lower_ascii(text);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

bool can_be_plain(std::string_view text) {
  if (text.empty() || is_reserved_word(text)) return false;
  const char first = text.front();
  const char last = text.back();
  // Indicators, and anything that could start a number.
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`=<+.0123456789 \t").find(first) !=
      std::string_view::npos) {
    return false;
  }
  if (last == ' ' || last == ':') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return false;
    if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}') return false;  // flow indicators
    if (c == ':' && i + 1 < text.size() && text[i + 1] == ' ') return false;
    if (c == '#' && text[i - 1] == ' ') return false;
  }
  return true;
}

}  // namespace

std::string quote_yaml_scalar(std::string_view text) {
  if (can_be_plain(text)) return std::string(text);
  std::string quoted = "\"";
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"':
        quoted += "\\\"";
        break;
      case '\\':
        quoted += "\\\\";
        break;
      case '\n':
        quoted += "\\n";
        break;
      case '\t':
        quoted += "\\t";
        break;
      case '\r':
        quoted += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          quoted += fmt::format("\\x{:02X}", c);
        } else {
          quoted += ch;
        }
    }
  }
  quoted += '"';
  return quoted;
}

}  // namespace goalchain::util
