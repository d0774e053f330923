// Turns the bytes of a text file into UTF-8, whatever encoding they came in.
#pragma once

#include "goalchain/document/read_options.h"
#include "goalchain/util/diagnostic.h"

#include <string>
#include <string_view>
#include <vector>

namespace goalchain::document {

struct DecodedText {
  std::string text;      // UTF-8, NFC; CRLF and lone CR made LF; form feeds kept
  std::string encoding;  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252"
  std::vector<util::Diagnostic> warnings;  // bytes replaced by U+FFFD, with line and column
};

// Decodes `bytes` (`path` names the file in messages). Encoding::detect takes a
// UTF-8 or UTF-16 byte-order mark, then valid UTF-8, then UTF-8 with a few
// invalid bytes (fewer than its valid non-ASCII characters: each invalid byte
// becomes U+FFFD, with a warning naming its line and column), then
// Windows-1252 (which never fails: the five bytes it leaves undefined decode
// as in Latin-1).
// Encoding::utf16 without a byte-order mark guesses the byte order from where
// the zero bytes are. Throws util::DiagnosticError for bytes with NUL and no
// UTF-16 byte-order mark (not a text file), and, with a forced encoding, for
// the first bytes that do not decode (line, column and the byte value).
DecodedText decode_text(std::string_view bytes, const std::string& path, Encoding choice);

}  // namespace goalchain::document
