#include "goalchain/util/xml_escape.h"

#include "goalchain/util/utf8.h"

namespace goalchain::util {

std::string escape_xml(std::string_view text, bool attribute) {
  // A file name or a decoded text may hold bytes that are not UTF-8; an XML
  // parser refuses the whole document for one of them.
  std::string valid;
  if (find_invalid_utf8(text) != std::string_view::npos) {
    valid = replace_invalid_utf8(text);
    text = valid;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
    if (ch == '\xEF' && i + 2 < text.size() && text[i + 1] == '\xBF' &&
        (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
      i += 2;
      continue;
    }
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (static_cast<unsigned char>(ch) >= 0x20) out += ch;
    }
  }
  return out;
}

}  // namespace goalchain::util
